// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

// Reading call data from files and clipboard text, and copying it back out as TSV.
#include "attributefile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace CallData;
using namespace Qt::StringLiterals;
using Rows = QList<Icws::Attribute>;

class tst_AttributeFile final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write test file");
        return path;
    }

private slots:
    void delimited_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<Rows>("rows");

        QTest::newRow("tsv rows") << u"a\t1\nb\t2\n"_s << QChar(u'\t')
                                  << Rows {{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}};
        QTest::newRow("header skipped")
            << u"Key,Value\r\nname,Zoë\r\n"_s << QChar(u',') << Rows {{u"name"_s, u"Zoë"_s}};
        QTest::newRow("header only as first row")
            << u"x,1\nkey,value\n"_s << QChar(u',') << Rows {{u"x"_s, u"1"_s}, {u"key"_s, u"value"_s}};
        QTest::newRow("quoted comma") << u"addr,\"1 Main St, Springfield\"\n"_s << QChar(u',')
                                      << Rows {{u"addr"_s, u"1 Main St, Springfield"_s}};
        QTest::newRow("doubled quotes")
            << u"q,\"say \"\"hi\"\"\"\n"_s << QChar(u',') << Rows {{u"q"_s, u"say \"hi\""_s}};
        QTest::newRow("line break in quotes") << u"note,\"two\nlines\"\nnext,x"_s << QChar(u',')
                                              << Rows {{u"note"_s, u"two\nlines"_s}, {u"next"_s, u"x"_s}};
        QTest::newRow("blank lines skipped") << u"\n\na,1\n\n"_s << QChar(u',') << Rows {{u"a"_s, u"1"_s}};
        QTest::newRow("quoted empty value") << u"a,\"\"\n"_s << QChar(u',') << Rows {{u"a"_s, QString()}};
        QTest::newRow("empty value kept") << u"a,\n"_s << QChar(u',') << Rows {{u"a"_s, QString()}};
        QTest::newRow("no trailing newline") << u"a\t1"_s << QChar(u'\t') << Rows {{u"a"_s, u"1"_s}};
    }
    void delimited()
    {
        QFETCH(QString, text);
        QFETCH(QChar, delimiter);
        QFETCH(Rows, rows);
        const AttributeParseResult result = parseDelimitedAttributes(text, delimiter);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.attributes, rows);
    }

    void delimitedErrorsNameTheLine()
    {
        AttributeParseResult result = parseDelimitedAttributes(u"a,1\nb,2,3\n"_s, u',');
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"line 2"_s), qPrintable(result.error));
        result = parseDelimitedAttributes(u"a,\"open\n"_s, u',');
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"quote"_s), qPrintable(result.error));
    }

    void delimitedRowWithOneFieldIsAnErrorNamingTheLine()
    {
        // A keys-only file used to blank those columns on the call.
        const AttributeParseResult result = parseDelimitedAttributes(u"a,1\n\nflag\nb,2\n"_s, u',');
        QVERIFY(!result.ok());
        QVERIFY(result.attributes.isEmpty());
        QVERIFY2(result.error.contains(u"line 3"_s), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"one column"_s), qPrintable(result.error));
        QVERIFY(!parseDelimitedAttributes(u"flag\n"_s, u'\t').ok());
    }

    void delimitedTextAfterClosingQuoteIsAnError()
    {
        const AttributeParseResult result = parseDelimitedAttributes(u"a,1\nb,\"12\" pipe\n"_s, u',');
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"line 2"_s), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"after the closing quote"_s), qPrintable(result.error));
        QVERIFY(!parseDelimitedAttributes(u"\"a\"b\t1\n"_s, u'\t').ok());
    }

    void delimitedStrayQuoteIsAnError()
    {
        const AttributeParseResult result =
            parseDelimitedAttributes(u"a\t1\nb\t2\nsize\t12\" pipe\n"_s, u'\t');
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"line 3"_s), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"quote"_s), qPrintable(result.error));
        // Line numbers count the line breaks inside quoted fields.
        const AttributeParseResult later = parseDelimitedAttributes(u"note,\"x\ny\"\nk,a\"b\n"_s, u',');
        QVERIFY2(later.error.contains(u"line 3"_s), qPrintable(later.error));
    }

    void pastedTextWithInvalidUtf8IsRefused()
    {
        AttributeParseResult result = parsePastedText("name\tZo\xEB\n"); // Latin-1 ë
        QVERIFY(!result.ok());
        QVERIFY(result.attributes.isEmpty());
        QVERIFY2(result.error.contains(u"UTF-8"_s), qPrintable(result.error));
        result = parsePastedText("name\tZo\xC3\xAB\ncity\tx, y\n");
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.attributes, (Rows {{u"name"_s, u"Zoë"_s}, {u"city"_s, u"x, y"_s}}));
    }

    // Found by fuzz_paste: the byte-order mark was dropped twice (once by hand, once by the
    // decoder), so "\uFEFF" pasted after a BOM vanished from the bytes but not from the text.
    void onlyTheFirstByteOrderMarkIsDropped()
    {
        QCOMPARE(decodeUtf8("\xEF\xBB\xBFkey"), std::optional<QString>(u"key"_s));
        QCOMPARE(decodeUtf8("\xEF\xBB\xBF\xEF\xBB\xBFkey"), std::optional<QString>(u"\uFEFFkey"_s));
        QCOMPARE(decodeUtf8("\xEF\xBB\xBF\xEF\xBB\xBF"),
                 std::optional<QString>(QString::fromUtf8("\xEF\xBB\xBF\xEF\xBB\xBF")));
    }

    // X11 hands the clipboard over already decoded: a Latin-1 byte arrives as U+FFFD, which
    // would otherwise be sent as the value.
    void pastedReplacementCharacterIsRefusedWithItsLine()
    {
        const AttributeParseResult result = parsePastedText("name\tAnn\ncity\tZo\xEF\xBF\xBD\n");
        QVERIFY(!result.ok());
        QVERIFY(result.attributes.isEmpty());
        QVERIFY2(result.error.contains(u"line 2"_s), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"UTF-8"_s), qPrintable(result.error));
    }

    void jsonKeepsTheFileOrder()
    {
        const AttributeParseResult result =
            parseJsonAttributes(" { \"zip\" : \"46204\", \"a\\u00e9\" :\"x\\n\\\"y\\\"\", \"b\":\"\" } ");
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.attributes,
                 (Rows {{u"zip"_s, u"46204"_s}, {u"aé"_s, u"x\n\"y\""_s}, {u"b"_s, QString()}}));
    }

    void jsonRepeatedKeyIsAnErrorNamingBothEntries()
    {
        const AttributeParseResult result =
            parseJsonAttributes(R"({"zip":"1","name":"Jane","city":"X","name":"John"})");
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"entries 2 and 4"_s), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"\"name\""_s), qPrintable(result.error));
        // An escape spelling the same key is the same spelling once read.
        QVERIFY(!parseJsonAttributes("{\"n\":\"1\",\"\\u006e\":\"2\"}").ok());
    }

    void jsonValueErrorNamesTheEntryInFileOrder()
    {
        const AttributeParseResult result = parseJsonAttributes(R"({"zz":"1","yy":"2","aa":3})");
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"entry 3"_s), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"\"aa\""_s), qPrintable(result.error));
    }

    void jsonWithInvalidUtf8IsRefused()
    {
        const AttributeParseResult result = parseJsonAttributes("{\"name\":\"Zo\xEB\"}");
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"UTF-8"_s), qPrintable(result.error));
    }

    void guessDelimiter()
    {
        QCOMPARE(CallData::guessDelimiter(u"\na\tb,c\n"_s), QChar(u'\t'));
        QCOMPARE(CallData::guessDelimiter(u"a,b\n"_s), QChar(u','));
    }

    // Found by fuzz_file_delimited: rows whose first key holds a line break were copied as TSV
    // but pasted back split at the comma guess, because the guess read only the first line.
    // Found by fuzz_file_delimited: a first row "Key"/"Value" was dropped as a header when pasted.
    void copiedHeaderLikeFirstRowPastesBack()
    {
        const Rows rows {{u"Key"_s, u" value"_s}, {u"name"_s, u"Jane"_s}};
        QCOMPARE(parseDelimitedAttributes(toTsv(rows), u'\t').attributes, rows);
        QCOMPARE(toTsv({{u"name"_s, u"Jane"_s}}), u"name\tJane\n"_s);
    }

    void copiedRowsWithMultiLineFirstKeyPasteBack()
    {
        const Rows rows {{u"first\nkey"_s, u"a,b"_s}, {u"second"_s, u"c"_s}};
        const QString copied = toTsv(rows);
        QCOMPARE(CallData::guessDelimiter(copied), QChar(u'\t'));
        QCOMPARE(parseDelimitedAttributes(copied, CallData::guessDelimiter(copied)).attributes, rows);
        QCOMPARE(CallData::guessDelimiter(u"\"a\nb\",c\nd\te\n"_s), QChar(u','));
    }

    void tsvRoundTrip()
    {
        const Rows rows {
            {u"plain"_s, u"x"_s}, {u"tab"_s, u"a\tb"_s}, {u"quote"_s, u"\"q\""_s}, {u"nl"_s, u"1\n2"_s}};
        const QString tsv = toTsv(rows);
        QCOMPARE(tsv.section(u'\n', 0, 0), u"plain\tx"_s);
        QCOMPARE(parseDelimitedAttributes(tsv, u'\t').attributes, rows);
    }

    void readsFilesByExtension()
    {
        AttributeParseResult result = readAttributeFile(write(u"a.json"_s, R"({"b":"2","a":"Zoë"})"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.attributes, (Rows {{u"b"_s, u"2"_s}, {u"a"_s, u"Zoë"_s}}));

        result = readAttributeFile(write(u"a.csv"_s, "\xEF\xBB\xBFkey,value\nname,\"Smith, J\"\n"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.attributes, (Rows {{u"name"_s, u"Smith, J"_s}}));

        result = readAttributeFile(write(u"a.TSV"_s, "name\tJ, Smith\n"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.attributes, (Rows {{u"name"_s, u"J, Smith"_s}}));

        // Notepad's "UTF-8" (with byte-order mark) is as good as plain UTF-8 for JSON too.
        result = readAttributeFile(write(u"bom.json"_s, "\xEF\xBB\xBF{\"name\":\"Zo\xC3\xAB\"}"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.attributes, (Rows {{u"name"_s, u"Zoë"_s}}));
    }

    void fileErrors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("number value") << u"n.json"_s << QByteArray(R"({"age": 42})") << u"\"age\""_s;
        QTest::newRow("array") << u"arr.json"_s << QByteArray("[]") << u"not an object"_s;
        QTest::newRow("broken json") << u"b.json"_s << QByteArray("{\"a\":") << u"not valid JSON"_s;
        QTest::newRow("bad utf8") << u"u.csv"_s << QByteArray("a,\xff\xfe\n") << u"UTF-8"_s;
        QTest::newRow("bad utf8 json") << u"u.json"_s << QByteArray("{\"a\":\"\xff\"}") << u"UTF-8"_s;
        QTest::newRow("repeated key")
            << u"r.json"_s << QByteArray(R"({"a":"1","a":"2"})") << u"entries 1 and 2"_s;
        QTest::newRow("key only csv") << u"k.csv"_s << QByteArray("key,value\nflag\n") << u"line 2"_s;
        QTest::newRow("unknown type") << u"x.xlsx"_s << QByteArray("PK") << u".json, .csv or .tsv"_s;
    }
    void fileErrors()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mentions);
        const AttributeParseResult result = readAttributeFile(write(name, bytes));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(mentions), qPrintable(result.error));
        QVERIFY2(result.error.contains(name), qPrintable(result.error));
    }

    void missingFile()
    {
        const AttributeParseResult result = readAttributeFile(m_dir.filePath(u"missing.csv"_s));
        QVERIFY(!result.ok());
        QVERIFY(result.error.contains(u"missing.csv"_s));
    }
};

QTEST_APPLESS_MAIN(tst_AttributeFile)
#include "tst_attributefile.moc"
