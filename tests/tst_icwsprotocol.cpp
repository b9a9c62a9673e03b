// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

// Pure tests of request building, response parsing, validation and error texts: no sockets.
#include "calldata.h"
#include "protocol.h"
#include "result.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Icws;
using namespace Qt::StringLiterals;

class tst_IcwsProtocol final : public QObject
{
    Q_OBJECT

private slots:
    void parseServerAddress_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: rejected

        QTest::newRow("bare host → https 8019") << u"cic1"_s << u"https://cic1:8019"_s;
        QTest::newRow("host with spaces") << u"  cic1.example.com "_s << u"https://cic1.example.com:8019"_s;
        QTest::newRow("host:port → https") << u"cic1:9000"_s << u"https://cic1:9000"_s;
        QTest::newRow("https URL") << u"https://cic1"_s << u"https://cic1:8019"_s;
        QTest::newRow("https URL with port") << u"https://cic1:443/"_s << u"https://cic1:443"_s;
        QTest::newRow("explicit http → 8018") << u"http://cic1"_s << u"http://cic1:8018"_s;
        QTest::newRow("scheme case") << u"HTTPS://CIC1"_s << u"https://cic1:8019"_s;
        QTest::newRow("icws path tolerated") << u"https://cic1/icws"_s << u"https://cic1:8019"_s;
        QTest::newRow("ipv4") << u"127.0.0.1:8019"_s << u"https://127.0.0.1:8019"_s;
        QTest::newRow("ipv6") << u"[::1]:9000"_s << u"https://[::1]:9000"_s;
        QTest::newRow("empty") << u""_s << QString();
        QTest::newRow("blank") << u"   "_s << QString();
        QTest::newRow("ftp scheme") << u"ftp://cic1"_s << QString();
        QTest::newRow("credentials in URL") << u"https://bob:secret@cic1"_s << QString();
        QTest::newRow("other path") << u"https://cic1/api/x"_s << QString();
        QTest::newRow("bad port") << u"cic1:99999"_s << QString();
        QTest::newRow("port 0") << u"cic1:0"_s << QString();
        QTest::newRow("https port 0") << u"https://cic1:0"_s << QString();
        QTest::newRow("space inside") << u"cic 1"_s << QString();
    }
    void parseServerAddress()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QString error;
        const QUrl url = Icws::parseServerAddress(input, &error);
        if (expected.isEmpty()) {
            QVERIFY2(!url.isValid(), qPrintable(url.toString()));
            QVERIFY2(error.contains(u"Server"_s), qPrintable(error));
        } else {
            QCOMPARE(url.toString(), expected);
            QVERIFY(error.isEmpty());
        }
    }

    void urlsAreBuiltFromTheBase()
    {
        const QUrl base = Icws::parseServerAddress(u"cic1"_s);
        QCOMPARE(connectionUrl(base).toString(),
                 u"https://cic1:8019/icws/connection?include=features,version"_s);
        QCOMPARE(featuresUrl(base).toString(), u"https://cic1:8019/icws/connection/features"_s);
        QCOMPARE(sessionUrl(base, u"1731001"_s, u"dialer/update-call-data"_s).toString(),
                 u"https://cic1:8019/icws/1731001/dialer/update-call-data"_s);
        // A hostile session ID cannot escape its path segment.
        QCOMPARE(sessionUrl(base, u"../x?y"_s, u"connection"_s).path(QUrl::FullyEncoded),
                 u"/icws/..%2Fx%3Fy/connection"_s);
        QCOMPARE(withHost(base, u"cic2"_s).toString(), u"https://cic2:8019"_s);
        // Alternate hosts never change the scheme or port, and only bare names are taken.
        QVERIFY(!withHost(base, u"http://cic2"_s).isValid());
        QVERIFY(!withHost(base, u"cic2:8018"_s).isValid());
        QVERIFY(!withHost(base, u"cic2/x"_s).isValid());
        QVERIFY(!withHost(base, u"user@cic2"_s).isValid());
        QVERIFY(!withHost(base, u""_s).isValid());
        QCOMPARE(hostPort(Icws::parseServerAddress(u"[::1]:1"_s)), u"[::1]:1"_s);
    }

    void normalizedHost_data()
    {
        QTest::addColumn<QString>("spelling");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("plain") << u"127.0.0.1"_s << u"127.0.0.1"_s;
        QTest::newRow("two parts") << u"127.1"_s << u"127.0.0.1"_s;
        QTest::newRow("three parts") << u"127.0.1"_s << u"127.0.0.1"_s;
        QTest::newRow("one number") << u"2130706433"_s << u"127.0.0.1"_s;
        QTest::newRow("hex parts") << u"0x7f.1"_s << u"127.0.0.1"_s;
        QTest::newRow("hex number") << u"0X7F000001"_s << u"127.0.0.1"_s;
        QTest::newRow("octal") << u"0177.0.0.01"_s << u"127.0.0.1"_s;
        QTest::newRow("trailing dot") << u"127.0.0.1."_s << u"127.0.0.1"_s;
        QTest::newRow("mapped IPv6") << u"::ffff:127.0.0.1"_s << u"127.0.0.1"_s;
        QTest::newRow("IPv6 long") << u"0:0:0:0:0:0:0:1"_s << u"::1"_s;
        QTest::newRow("IPv6 brackets") << u"[::1]"_s << u"::1"_s;
        QTest::newRow("IPv6 case") << u"FE80::ABCD"_s << u"fe80::abcd"_s;
        QTest::newRow("name case") << u"CIC1.Example.COM"_s << u"cic1.example.com"_s;
        QTest::newRow("name dot") << u"cic1.example.com."_s << u"cic1.example.com"_s;
        QTest::newRow("IDN") << u"Bücher.example"_s << u"xn--bcher-kva.example"_s;
        // Not an address: inet_aton refuses these, so they stay names.
        QTest::newRow("octet too big") << u"127.0.0.256"_s << u"127.0.0.256"_s;
        QTest::newRow("five parts") << u"1.2.3.4.5"_s << u"1.2.3.4.5"_s;
        QTest::newRow("bad octal") << u"09.1"_s << u"09.1"_s;
        QTest::newRow("hex letters in a name") << u"cafe"_s << u"cafe"_s;
    }

    void normalizedHost()
    {
        QFETCH(QString, spelling);
        QFETCH(QString, normalized);
        QCOMPARE(Icws::normalizedHost(spelling), normalized);
    }

    void acceptLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("tag");
        QTest::newRow("C") << QLocale::c() << u"en-US"_s;
        QTest::newRow("en_US") << QLocale(u"en_US"_s) << u"en-US"_s;
        QTest::newRow("de_DE") << QLocale(u"de_DE"_s) << u"de-DE"_s;
        QTest::newRow("pt_BR") << QLocale(u"pt_BR"_s) << u"pt-BR"_s;
    }
    void acceptLanguage()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, tag);
        QCOMPARE(acceptLanguageFor(locale), tag);
    }

    void loginBodyHasExactlyTheDocumentedFields()
    {
        const QJsonObject body = QJsonDocument::fromJson(loginRequestBody(u"agent"_s, u"p\"w"_s)).object();
        QCOMPARE(body.value(u"__type"_s).toString(),
                 u"urn:inin.com:connection:icAuthConnectionRequestSettings"_s);
        QCOMPARE(body.value(u"applicationName"_s).toString(), u"Call Data Editor"_s);
        QCOMPARE(body.value(u"userID"_s).toString(), u"agent"_s);
        QCOMPARE(body.value(u"password"_s).toString(), u"p\"w"_s);
        QCOMPARE(body.size(), 4);
    }

    void updateBody()
    {
        CallDataUpdate update {u" C-7 "_s,
                               u" 1001 "_s,
                               {{u" Name "_s, u" Zoë "_s}, {u"empty"_s, QString()}, {u"客户"_s, u"💡"_s}}};
        const QByteArray json = updateCallDataBody(update);
        const QJsonObject body = QJsonDocument::fromJson(json).object();
        QCOMPARE(body.keys(), (QStringList {u"callAttributes"_s, u"callId"_s, u"campaignId"_s}));
        QCOMPARE(body.value(u"callId"_s).toString(), u"1001"_s);
        QCOMPARE(body.value(u"campaignId"_s).toString(), u"C-7"_s);
        const QJsonObject attributes = body.value(u"callAttributes"_s).toObject();
        QCOMPARE(attributes.size(), 3);
        QCOMPARE(attributes.value(u"Name"_s).toString(), u" Zoë "_s); // values are sent as typed
        QVERIFY(attributes.value(u"empty"_s).isString());
        QCOMPARE(attributes.value(u"客户"_s).toString(), u"💡"_s);
        QVERIFY(json.contains("\"Name\":\" Zo\xc3\xab \"")); // UTF-8 on the wire, not \u escapes
    }

    void updateBodyEscapesEveryCharacterJsonNeedsAndKeepsTheUsersOrder()
    {
        const QString tricky = u"q\"b\\s/\b\f\n\r\t\x01\x1f\x7f é 💡 \u2028"_s;
        CallDataUpdate update {
            u"C\"1"_s, u"10\\01"_s, {{u"zeta"_s, tricky}, {u"alpha"_s, u"1"_s}, {tricky, QString()}}};
        const QByteArray json = updateCallDataBody(update);
        QJsonParseError error {};
        const QJsonObject body = QJsonDocument::fromJson(json, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(body.value(u"campaignId"_s).toString(), u"C\"1"_s);
        QCOMPARE(body.value(u"callId"_s).toString(), u"10\\01"_s);
        const QJsonObject attributes = body.value(u"callAttributes"_s).toObject();
        QCOMPARE(attributes.value(u"zeta"_s).toString(), tricky);
        QCOMPARE(attributes.value(tricky).toString(), QString());
        QVERIFY(json.indexOf("\"zeta\"") < json.indexOf("\"alpha\"")); // the user's order, not sorted
        QVERIFY2(json.contains("\\u0001\\u001f"), json.constData());
        QVERIFY(json.contains("\xf0\x9f\x92\xa1")); // 💡 as UTF-8, one four-byte sequence
    }

    void updateBodyOfManyAttributesIsComplete()
    {
        // QJsonObject::insert per attribute made this quadratic (19 s for 200,000 rows).
        CallDataUpdate update {u"C1"_s, u"1"_s, {}};
        for (int i = 0; i < 200000; ++i)
            update.attributes.append({u"column_%1"_s.arg(i), u"value %1"_s.arg(i)});
        const QJsonObject attributes = QJsonDocument::fromJson(updateCallDataBody(update))
                                           .object()
                                           .value(u"callAttributes"_s)
                                           .toObject();
        QCOMPARE(attributes.size(), 200000);
        QCOMPARE(attributes.value(u"column_199999"_s).toString(), u"value 199999"_s);
    }

    void updateBodyWritesHalfASurrogateAsReplacementCharacter()
    {
        QString broken(1, QChar(0xD800));
        broken.append(u'x');
        QCOMPARE(broken.size(), 2);
        CallDataUpdate update {u"C1"_s, u"1"_s, {{u"k"_s, broken}}};
        const QByteArray json = updateCallDataBody(update);
        QVERIFY2(json.contains("\"k\":\"\xef\xbf\xbdx\""), json.toHex().constData());
    }

    void keyIdentity_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<bool>("same");
        QTest::newRow("ascii case") << u"Customer_Name"_s << u"CUSTOMER_name"_s << true;
        QTest::newRow("ascii different") << u"name"_s << u"names"_s << false;
        QTest::newRow("sharp s full folding") << u"straße"_s << u"STRASSE"_s << true;
        QTest::newRow("capital sharp s") << u"STRAẞE"_s << u"strasse"_s << true;
        QTest::newRow("ligature") << u"ﬁle"_s << u"FILE"_s << true;
        QTest::newRow("nfc vs nfd") << u"caf\u00e9"_s << u"cafe\u0301"_s << true;
        QTest::newRow("nfd upper") << u"CAFE\u0301"_s << u"caf\u00e9"_s << true;
        QTest::newRow("greek prosgegrammeni") << u"\u1FBC"_s << u"\u03B1\u03B9"_s << true;
        QTest::newRow("zero-width space") << u"na\u200Bme"_s << u"name"_s << true;
        QTest::newRow("bidi override") << u"\u202Ename\u202C"_s << u"name"_s << true;
        QTest::newRow("byte-order mark") << u"\uFEFFname"_s << u"name"_s << true;
        QTest::newRow("tag character") << u"name\U000E0041"_s << u"name"_s << true;
        QTest::newRow("accent matters") << u"cafe"_s << u"café"_s << false;
        QTest::newRow("non-latin case") << u"ΣΟΦΊΑ"_s << u"σοφία"_s << true;
    }
    void keyIdentity()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(bool, same);
        QCOMPARE(Icws::keyIdentity(first) == Icws::keyIdentity(second), same);
    }

    void keysDifferingOnlyByCaseFoldingNormalizationOrInvisibleCharactersRepeat()
    {
        const QList<KeyCheck> checks = checkKeys({{u"straße"_s, u"1"_s},
                                                  {u"STRASSE"_s, u"2"_s},
                                                  {u"caf\u00e9"_s, u""_s},
                                                  {u"cafe\u0301"_s, u""_s},
                                                  {u"zip"_s, u""_s},
                                                  {u"z\u200Bip"_s, u""_s}});
        QVERIFY(checks.at(0).error.isEmpty());
        QVERIFY2(checks.at(1).error.contains(u"row 1"_s), qPrintable(checks.at(1).error));
        QVERIFY2(checks.at(1).error.contains(u"straße"_s), qPrintable(checks.at(1).error));
        QVERIFY2(checks.at(3).error.contains(u"row 3"_s), qPrintable(checks.at(3).error));
        QVERIFY2(checks.at(5).error.contains(u"row 5"_s), qPrintable(checks.at(5).error));
    }

    void invisibleCharacterInKeyWarns()
    {
        const QList<KeyCheck> checks = checkKeys({{u"name\u200F"_s, u"x"_s}, {u"plain"_s, u"y"_s}});
        QVERIFY(checks.at(0).error.isEmpty());
        QVERIFY2(checks.at(0).warning.contains(u"invisible"_s), qPrintable(checks.at(0).warning));
        QVERIFY(checks.at(1).warning.isEmpty());
    }

    void keyWithPercentSignsIsQuotedAsTyped()
    {
        const QList<KeyCheck> checks = checkKeys({{u"%3%2"_s, u"1"_s}, {u"%3%2"_s, u"2"_s}});
        QVERIFY2(checks.at(1).error.contains(u"\"%3%2\" repeats row 1"_s), qPrintable(checks.at(1).error));
    }

    void longKeysAreElidedInMessages()
    {
        const QString key(10000, u'k');
        const QList<KeyCheck> checks = checkKeys({{key, u"1"_s}, {key, u"2"_s}, {u"I3_"_s + key, u""_s}});
        QVERIFY(checks.at(1).error.size() < 300);
        QVERIFY(checks.at(1).error.contains(QChar(0x2026)));
        QVERIFY(checks.at(2).warning.size() < 300);
        QCOMPARE(elidedForMessage(u"short"_s), u"short"_s);
        QCOMPARE(elidedForMessage(u"abc💡def"_s, 4), u"abc…"_s); // never half a surrogate pair
    }

    void campaignAndCallWithControlOrInvisibleCharactersAreRefused_data()
    {
        QTest::addColumn<QString>("campaign");
        QTest::addColumn<QString>("call");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("tab in campaign") << u"C\t1"_s << u"1001"_s << u"Campaign ID"_s;
        QTest::newRow("newline in call") << u"C1"_s << u"10\n01"_s << u"Call ID"_s;
        QTest::newRow("escape in call") << u"C1"_s << u"1001\x1b[2J"_s << u"Call ID"_s;
        QTest::newRow("zero-width in call") << u"C1"_s << u"10\u200B01"_s << u"Call ID"_s;
        QTest::newRow("bidi in campaign") << u"\u202EC1"_s << u"1001"_s << u"Campaign ID"_s;
    }
    void campaignAndCallWithControlOrInvisibleCharactersAreRefused()
    {
        QFETCH(QString, campaign);
        QFETCH(QString, call);
        QFETCH(QString, mentions);
        const QList<ValidationIssue> issues = validate({campaign, call, {{u"k"_s, u"v"_s}}});
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().severity, ValidationIssue::Severity::Error);
        QVERIFY2(issues.first().message.startsWith(mentions), qPrintable(issues.first().message));
        // Surrounding white space is trimmed, as before, not an error.
        QVERIFY(validate({u" C1\t"_s, u"\n1001 "_s, {{u"k"_s, u"v"_s}}}).isEmpty());
    }

    void valueWithBrokenCharacterIsRefused()
    {
        const QList<ValidationIssue> issues =
            validate({u"C1"_s, u"1"_s, {{u"ok"_s, u"v"_s}, {u"k"_s, QString(QChar(0xDC00))}}});
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().field, ValidationIssue::Field::Attributes);
        QCOMPARE(issues.first().row, 1);
        QVERIFY2(issues.first().message.contains(u"Row 2"_s), qPrintable(issues.first().message));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("campaign");
        QTest::addColumn<QString>("call");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<int>("errors");
        QTest::addColumn<int>("warnings");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("valid") << u"C1"_s << u"42"_s << QStringList {u"name"_s} << 0 << 0 << QString();
        QTest::newRow("empty campaign")
            << u"  "_s << u"42"_s << QStringList {u"a"_s} << 1 << 0 << u"Campaign ID"_s;
        QTest::newRow("empty call") << u"C1"_s << u""_s << QStringList {u"a"_s} << 1 << 0 << u"Call ID"_s;
        QTest::newRow("no attributes") << u"C1"_s << u"42"_s << QStringList {} << 1 << 0 << u"at least one"_s;
        QTest::newRow("empty key") << u"C1"_s << u"42"_s << QStringList {u"  "_s} << 1 << 0 << u"Row 1"_s;
        QTest::newRow("control char")
            << u"C1"_s << u"42"_s << QStringList {u"a\tb"_s} << 1 << 0 << u"control"_s;
        QTest::newRow("duplicate ignoring case")
            << u"C1"_s << u"42"_s << QStringList {u"Name"_s, u" nAME "_s} << 1 << 0 << u"row 1"_s;
        QTest::newRow("dialer columns warn")
            << u"C1"_s << u"42"_s
            << QStringList {u"I3_Identity"_s, u"status"_s, u"Zone"_s, u"attempts"_s, u"ok"_s} << 0 << 4
            << u"Dialer manages"_s;
    }
    void validation()
    {
        QFETCH(QString, campaign);
        QFETCH(QString, call);
        QFETCH(QStringList, keys);
        QFETCH(int, errors);
        QFETCH(int, warnings);
        QFETCH(QString, mentions);

        CallDataUpdate update {campaign, call, {}};
        for (const QString &key : keys)
            update.attributes.append({key, u"v"_s});
        const QList<ValidationIssue> issues = validate(update);
        const auto count = [&](ValidationIssue::Severity severity) {
            return std::count_if(issues.cbegin(), issues.cend(),
                                 [severity](const ValidationIssue &i) { return i.severity == severity; });
        };
        QCOMPARE(count(ValidationIssue::Severity::Error), errors);
        QCOMPARE(count(ValidationIssue::Severity::Warning), warnings);
        QCOMPARE(hasErrors(issues), errors > 0);
        if (!mentions.isEmpty()) {
            QVERIFY(std::any_of(issues.cbegin(), issues.cend(),
                                [&](const ValidationIssue &i) { return i.message.contains(mentions); }));
        }
    }

    void moreThan200AttributesWarns()
    {
        CallDataUpdate update {u"C1"_s, u"42"_s, {}};
        for (int i = 0; i < 201; ++i)
            update.attributes.append({u"col%1"_s.arg(i), QString()});
        const QList<ValidationIssue> issues = validate(update);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().severity, ValidationIssue::Severity::Warning);
        QVERIFY(issues.first().message.contains(u"200"_s));
    }

    void connectionResponse()
    {
        const QByteArray body = R"({"csrfToken":"tok","sessionId":"1731001","alternateHostList":["cic-b"],
            "userID":"agent","userDisplayName":"Agent Smith","icServer":"CIC-A",
            "features":[{"featureId":"dialer","version":"3"},{"featureId":"connection","version":8}],
            "version":{"majorVersion":18,"minorVersion":5,"su":3,"build":"18.5.3.12",
                       "productReleaseDisplayString":"2018 R5","productPatchDisplayString":"Patch 3"}})";
        const auto response = parseConnectionResponse(body, {}, {});
        QVERIFY(response);
        QCOMPARE(response->sessionId, u"1731001"_s);
        QCOMPARE(response->csrfToken, u"tok"_s);
        QCOMPARE(response->alternateHosts, QStringList {u"cic-b"_s});
        QCOMPARE(response->userDisplayName, u"Agent Smith"_s);
        QCOMPARE(response->features.version(u"dialer"_s), 3);
        QCOMPARE(response->features.version(u"connection"_s), 8);
        QCOMPARE(response->features.version(u"absent"_s), 0);
        QVERIFY(response->features.supportsUpdateCallData());
        QCOMPARE(response->version.displayString(), u"2018 R5 Patch 3"_s);
    }

    void connectionResponseFallsBackToHeaders()
    {
        const auto response = parseConnectionResponse(R"({"userID":"agent"})", "99", "hdr-token");
        QVERIFY(response);
        QCOMPARE(response->sessionId, u"99"_s);
        QCOMPARE(response->csrfToken, u"hdr-token"_s);
        QVERIFY(!parseConnectionResponse("<html>", {}, {}));
        QVERIFY(!parseConnectionResponse(R"({"sessionId":"1"})", {}, {}));
    }

    // Finding 1 and 5: a token or session ID that could inject headers or leave /icws/{sessionId}/
    // is refused at login, with words of its own.
    void unsafeSessionSecretsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("named"); // a word the refusal must contain
        QTest::newRow("csrf with CR LF")
            << QByteArray(R"({"sessionId":"1","csrfToken":"a\r\nX-Evil: 1"})") << u"CSRF token"_s;
        QTest::newRow("csrf with NUL")
            << QByteArray(R"({"sessionId":"1","csrfToken":"a\u0000b"})") << u"CSRF token"_s;
        QTest::newRow("csrf with space")
            << QByteArray(R"({"sessionId":"1","csrfToken":"a b"})") << u"CSRF token"_s;
        QTest::newRow("csrf non-ASCII")
            << QByteArray(R"({"sessionId":"1","csrfToken":"tök"})") << u"CSRF token"_s;
        QTest::newRow("session dot") << QByteArray(R"({"sessionId":".","csrfToken":"t"})") << u"session ID"_s;
        QTest::newRow("session dot dot")
            << QByteArray(R"({"sessionId":"..","csrfToken":"t"})") << u"session ID"_s;
        QTest::newRow("session slash")
            << QByteArray(R"({"sessionId":"1/../2","csrfToken":"t"})") << u"session ID"_s;
        QTest::newRow("session percent")
            << QByteArray(R"({"sessionId":"%2e%2e","csrfToken":"t"})") << u"session ID"_s;
        QTest::newRow("session LF") << QByteArray(R"({"sessionId":"1\n","csrfToken":"t"})")
                                    << u"session ID"_s;
        QTest::newRow("session query")
            << QByteArray(R"({"sessionId":"1?x=","csrfToken":"t"})") << u"session ID"_s;
    }
    void unsafeSessionSecretsAreRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, named);
        QString problem;
        QVERIFY(!parseConnectionResponse(body, {}, {}, &problem));
        QVERIFY2(problem.contains(named), qPrintable(problem));
        QVERIFY2(problem.contains(u"nothing further was sent"_s), qPrintable(problem));
    }
    // Found by fuzz_login: Qt 6.4 sent "/icws/.o/connection" as "/icws//connection", so a session
    // ID such as ".o" left the session's path although it is neither "." nor "..". Whatever Qt
    // version normalizes which names, an ID it would rewrite is refused and any other is kept.
    void sessionIdThatQtWouldDropFromThePathIsRefused()
    {
        for (const QString &id : {u".o"_s, u".1"_s, u".-"_s, u".ab"_s, u"a.b"_s, u"..x"_s, u"o."_s}) {
            const QUrl url = sessionUrl(QUrl(u"https://cic1:8019"_s), id, u"connection"_s);
            const bool rewritten = url.adjusted(QUrl::NormalizePathSegments).path() != url.path();
            QCOMPARE(!sessionSecretProblem(id, u"t"_s).isEmpty(), rewritten);
        }
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
        QString problem;
        QVERIFY(!parseConnectionResponse(R"({"sessionId":".o","csrfToken":"t"})", {}, {}, &problem));
        QVERIFY2(problem.contains(u"session ID"_s), qPrintable(problem));
#endif
    }
    void base64TokensAndNumericSessionIdsStayUsable()
    {
        QVERIFY(parseConnectionResponse(R"({"sessionId":"1731001","csrfToken":"ab+/cd=="})", {}, {}));
        QVERIFY(parseConnectionResponse(R"({"sessionId":1731001,"csrfToken":"WDk5"})", {}, {}));
        QVERIFY(sessionSecretProblem(u"..."_s, u"t"_s).isEmpty()); // three dots are a plain name
    }

    // Finding 6: the password typed into the address is named, never repeated.
    void credentialsInTheAddressAreNeverEchoed_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("user and password") << u"http://bob:S3cret-pw@cic1"_s;
        QTest::newRow("no scheme") << u"bob:S3cret-pw@cic1:8019"_s;
        QTest::newRow("other scheme") << u"ftp://bob:S3cret-pw@cic1"_s;
        QTest::newRow("slash in password") << u"https://bob:S3cret-pw/x@cic1"_s;
        QTest::newRow("invalid host too") << u"https://bob:S3cret-pw@ci c1"_s;
    }
    void credentialsInTheAddressAreNeverEchoed()
    {
        QFETCH(QString, input);
        QString error;
        QVERIFY(!Icws::parseServerAddress(input, &error).isValid());
        QVERIFY2(!error.contains(u"S3cret"_s), qPrintable(error));
        QVERIFY2(!error.contains(u"bob"_s), qPrintable(error));
        QVERIFY2(error.contains(u"user name or password"_s), qPrintable(error));
        QVERIFY2(error.contains(u"type only the host"_s), qPrintable(error));
    }

    // Finding 8: the login body is built without QJsonObject's unwiped copies, and is still the
    // exact documented JSON, whatever the password holds.
    void loginBodyEscapesEveryPassword()
    {
        const QString password = u"q\"uo\\te\n\t\u0001ü👩‍💻"_s;
        const QJsonObject body =
            QJsonDocument::fromJson(loginRequestBody(u"agent \"x\""_s, password)).object();
        QCOMPARE(body.value(u"password"_s).toString(), password);
        QCOMPARE(body.value(u"userID"_s).toString(), u"agent \"x\""_s);
        QCOMPARE(body.value(u"applicationName"_s).toString(), u"Call Data Editor"_s);
        QCOMPARE(body.value(u"__type"_s).toString(),
                 u"urn:inin.com:connection:icAuthConnectionRequestSettings"_s);
    }

    // Finding 22: a dialer version "2.9" is version 2, named as sent, not "no dialer feature".
    void fractionalDialerVersionIsNamedAsSent_data()
    {
        QTest::addColumn<QByteArray>("features");
        QTest::addColumn<bool>("supported");
        QTest::addColumn<QString>("named");
        QTest::newRow("string 2.9") << QByteArray(
            R"({"featureInfoList":[{"featureId":"dialer","version":"2.9"}]})")
                                    << false << u"version 2.9;"_s;
        QTest::newRow("number 2.9") << QByteArray(
            R"({"featureInfoList":[{"featureId":"dialer","version":2.9}]})")
                                    << false << u"version 2.9;"_s;
        QTest::newRow("number 3.1") << QByteArray(
            R"({"featureInfoList":[{"featureId":"dialer","version":3.1}]})")
                                    << true << QString();
        QTest::newRow("garbage") << QByteArray(
            R"({"featureInfoList":[{"featureId":"dialer","version":"x"}]})")
                                 << false << u"version x;"_s;
    }
    void fractionalDialerVersionIsNamedAsSent()
    {
        QFETCH(QByteArray, features);
        QFETCH(bool, supported);
        QFETCH(QString, named);
        const FeatureVersions parsed = parseFeatures(features);
        QCOMPARE(parsed.supportsUpdateCallData(), supported);
        const QString problem = featureGateProblem(parsed);
        QCOMPARE(problem.isEmpty(), supported);
        if (!supported) {
            QVERIFY2(problem.contains(named), qPrintable(problem));
            QVERIFY2(!problem.contains(u"does not report"_s), qPrintable(problem));
        }
    }

    // Finding 22: odd errorCode values are shown as sent, never as 0.
    void oddErrorCodesAreShownAsSent_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("shown");
        QTest::newRow("hex string") << QByteArray(R"({"errorCode":"0x80040005"})") << u"0x80040005"_s;
        QTest::newRow("fraction") << QByteArray(R"({"errorCode":1.5})") << u"1.5"_s;
        QTest::newRow("beyond 64 bits") << QByteArray(R"({"errorCode":1e30})") << u"1e+30"_s;
        QTest::newRow("negative HRESULT") << QByteArray(R"({"errorCode":-2147221503})") << u"-2147221503"_s;
    }
    void oddErrorCodesAreShownAsSent()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, shown);
        Result result;
        result.outcome = Outcome::ServerError;
        result.httpStatus = 500;
        result.serverError = parseServerError(body);
        QCOMPARE(result.serverError.errorCode, shown);
        QVERIFY2(describe(result).contains(u"Error code: "_s + shown), qPrintable(describe(result)));
    }

    // Finding 21: whatever a login refusal carries, the advice is about logging in.
    void loginRefusalWithOnlyAnErrorCodeGetsLoginAdvice()
    {
        Result result;
        result.outcome = Outcome::BadRequest;
        result.httpStatus = 400;
        result.operation = Operation::Login;
        result.serverError =
            parseServerError(R"({"errorCode":-2147221503,"message":"The authentication process failed."})");
        const QString text = describe(result);
        QVERIFY2(text.contains(u"user name and password"_s), qPrintable(text));
        QVERIFY2(text.contains(u"expired"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"campaign"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"call ID"_s), qPrintable(text));

        result.operation = Operation::Update; // the same 400 on an update is about the call
        QVERIFY(describe(result).contains(u"campaign ID, call ID"_s));
    }

    // Finding 22: a canceled login is not a canceled update.
    void canceledLoginTalksOfTheLogin()
    {
        Result result;
        result.outcome = Outcome::Canceled;
        result.operation = Operation::Login;
        const QString text = describe(result);
        QVERIFY2(text.contains(u"login was canceled"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"update"_s), qPrintable(text));
        result.operation = Operation::Update;
        QVERIFY(describe(result).contains(u"canceled update"_s));
    }

    // Finding 22: a 413 is about size, not the port; a 3xx names its Location.
    void tooLargeAndRedirectHaveTheirOwnWords()
    {
        Result tooLarge;
        tooLarge.outcome = outcomeForHttpStatus(413);
        tooLarge.httpStatus = 413;
        QVERIFY2(describe(tooLarge).contains(u"too large"_s), qPrintable(describe(tooLarge)));
        QVERIFY2(!describe(tooLarge).contains(u"port"_s), qPrintable(describe(tooLarge)));

        Result moved;
        moved.outcome = outcomeForHttpStatus(301);
        moved.httpStatus = 301;
        moved.location = u"https://cic2.example.com/icws/connection"_s;
        QVERIFY2(describe(moved).contains(u"https://cic2.example.com/icws/connection"_s),
                 qPrintable(describe(moved)));
        QVERIFY2(describe(moved).contains(u"not followed"_s), qPrintable(describe(moved)));
    }

    void featureGate_data()
    {
        QTest::addColumn<QByteArray>("features");
        QTest::addColumn<bool>("supported");
        QTest::newRow("number 3") << QByteArray(R"({"featureInfoList":[{"featureId":"dialer","version":3}]})")
                                  << true;
        QTest::newRow("string 4") << QByteArray(
            R"({"featureInfoList":[{"featureId":"dialer","version":"4"}]})")
                                  << true;
        QTest::newRow("2") << QByteArray(R"({"featureInfoList":[{"featureId":"dialer","version":2}]})")
                           << false;
        QTest::newRow("absent") << QByteArray(
            R"({"featureInfoList":[{"featureId":"messaging","version":2}]})")
                                << false;
        QTest::newRow("garbage version")
            << QByteArray(R"({"featureInfoList":[{"featureId":"dialer","version":"x"}]})") << false;
        QTest::newRow("not json") << QByteArray("<html>") << false;
    }
    void featureGate()
    {
        QFETCH(QByteArray, features);
        QFETCH(bool, supported);
        QCOMPARE(parseFeatures(features).supportsUpdateCallData(), supported);
    }

    void serverError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("errorId");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("errorCode"); // empty: none

        QTest::newRow("full") << QByteArray(
            R"({"errorId":"error.request.connection.authenticationFailure","errorCode":-2147221503,"message":"The authentication process failed."})")
                              << u"error.request.connection.authenticationFailure"_s
                              << u"The authentication process failed."_s << u"-2147221503"_s;
        QTest::newRow("message only") << QByteArray(R"({"message":"The call is not active."})") << QString()
                                      << u"The call is not active."_s << QString();
        QTest::newRow("code only") << QByteArray(R"({"errorCode":2})") << QString() << QString() << u"2"_s;
        QTest::newRow("empty") << QByteArray() << QString() << QString() << QString();
        QTest::newRow("html") << QByteArray("<html><body><h1>500 Internal Server Error</h1></body></html>")
                              << QString() << QString() << QString();
        QTest::newRow("array") << QByteArray("[1,2]") << QString() << QString() << QString();
        QTest::newRow("truncated") << QByteArray("{\"errorId\":\"x\",\"mess") << QString() << QString()
                                   << QString();
        QTest::newRow("huge message") << QByteArray("{\"message\":\"" + QByteArray(100000, 'a') + "\"}")
                                      << QString() << QString(500, u'a') + QChar(0x2026) << QString();
        QTest::newRow("multi-line message") << QByteArray(R"({"message":"line one\n   line two"})")
                                            << QString() << u"line one line two"_s << QString();
    }
    void serverError()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, errorId);
        QFETCH(QString, message);
        QFETCH(QString, errorCode);
        const ServerError error = parseServerError(body);
        QCOMPARE(error.errorId, errorId);
        QCOMPARE(error.message, message);
        QCOMPARE(error.errorCode, errorCode);
    }

    // Found by fuzz_error_body: the cut at 500 characters split an emoji into a lone surrogate.
    void longServerMessageIsNotCutInsideACharacter()
    {
        const QString emoji = u"\U0001F600"_s;
        const QString message = QString(499, u'a') + emoji + u"tail"_s;
        const ServerError error =
            parseServerError(QJsonDocument(QJsonObject {{u"message"_s, message}}).toJson());
        QCOMPARE(error.message, QString(499, u'a') + QChar(0x2026));
        const QString fits = QString(498, u'a') + emoji + u"tail"_s;
        QCOMPARE(parseServerError(QJsonDocument(QJsonObject {{u"message"_s, fits}}).toJson()).message,
                 QString(498, u'a') + emoji + QChar(0x2026));
    }

    void outcomeMapping_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<Outcome>("outcome");
        QTest::newRow("201") << 201 << Outcome::Success;
        QTest::newRow("202") << 202 << Outcome::Success;
        QTest::newRow("400") << 400 << Outcome::BadRequest;
        QTest::newRow("401") << 401 << Outcome::Unauthorized;
        QTest::newRow("404") << 404 << Outcome::OtherHttpStatus;
        QTest::newRow("410") << 410 << Outcome::Gone;
        QTest::newRow("500") << 500 << Outcome::ServerError;
        QTest::newRow("502") << 502 << Outcome::ServerError;
        QTest::newRow("503") << 503 << Outcome::ServiceUnavailable;
        QTest::newRow("302") << 302 << Outcome::Redirected;
        QTest::newRow("307") << 307 << Outcome::Redirected;
        QTest::newRow("413") << 413 << Outcome::RequestTooLarge;
        QTest::newRow("102") << 102 << Outcome::InterimAnswerOnly;
        QTest::newRow("103") << 103 << Outcome::InterimAnswerOnly;
    }
    void outcomeMapping()
    {
        QFETCH(int, status);
        QFETCH(Outcome, outcome);
        QCOMPARE(outcomeForHttpStatus(status), outcome);
    }

    // Every outcome has its own words, and the texts carry the server's details.
    void everyOutcomeHasItsOwnSummary()
    {
        const QList<Outcome> outcomes {Outcome::Success,           Outcome::BadRequest,
                                       Outcome::Unauthorized,      Outcome::Gone,
                                       Outcome::ServerError,       Outcome::ServiceUnavailable,
                                       Outcome::OtherHttpStatus,   Outcome::OtherSuccessStatus,
                                       Outcome::InterimAnswerOnly, Outcome::Redirected,
                                       Outcome::RequestTooLarge,   Outcome::ConnectionRefused,
                                       Outcome::HostNotFound,      Outcome::Timeout,
                                       Outcome::TlsFailure,        Outcome::ConnectionReset,
                                       Outcome::DeliveryUnknown,   Outcome::NetworkFailure,
                                       Outcome::Canceled,          Outcome::FeatureUnavailable,
                                       Outcome::InvalidInput,      Outcome::NotLoggedIn,
                                       Outcome::ProtocolError};
        QSet<QString> seen;
        for (Outcome outcome : outcomes) {
            Result result;
            result.outcome = outcome;
            result.host = u"cic1:8019"_s;
            result.httpStatus = 401;
            const QString text = summary(result);
            QVERIFY2(!text.isEmpty(), qPrintable(QString::number(int(outcome))));
            QVERIFY2(!seen.contains(text), qPrintable(text));
            seen.insert(text);
        }
    }

    void describeNamesStatusErrorIdMessageAndNextStep()
    {
        Result result;
        result.outcome = Outcome::BadRequest;
        result.httpStatus = 400;
        result.serverError = parseServerError(
            R"({"errorId":"error.request.dialer.callNotActive","message":"The call is not active."})");
        const QString text = describe(result);
        QVERIFY(text.contains(u"400"_s));
        QVERIFY(text.contains(u"error.request.dialer.callNotActive"_s));
        QVERIFY(text.contains(u"The call is not active."_s));
        QVERIFY(text.contains(u"while the call is active"_s));

        result.serverError =
            parseServerError(R"({"errorId":"error.request.connection.authenticationFailure","message":"x"})");
        QVERIFY(describe(result).contains(u"user name and password"_s));
    }

    void describeNeverShowsHtml()
    {
        Result result;
        result.outcome = Outcome::ServerError;
        result.httpStatus = 500;
        result.serverError = parseServerError("<html><body><h1>500 Internal Server Error</h1></body></html>");
        const QString text = describe(result);
        QVERIFY(!text.contains(u"<"_s));
        QVERIFY(text.contains(u"500"_s));
    }

    void connectionDownMessage()
    {
        const QJsonArray messages = QJsonDocument::fromJson(R"([
            {"__type":"urn:inin.com:status:userStatusMessage"},
            {"__type":"urn:inin.com:connection:connectionStateChangeMessage","previousConnectionState":1,
             "newConnectionState":2,"reason":"Closed by admin","shouldReconnect":true}])")
                                        .array();
        const auto down = findConnectionDown(messages);
        QVERIFY(down);
        QCOMPARE(down->reason, u"Closed by admin"_s);
        QVERIFY(down->shouldReconnect);
        QVERIFY(!findConnectionDown(
            QJsonDocument::fromJson(
                R"([{"__type":"urn:inin.com:connection:connectionStateChangeMessage","newConnectionState":1}])")
                .array()));
    }

    void fingerprints_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        const QString hex = u"AB"_s.repeated(32);
        QTest::newRow("plain") << hex << true;
        QTest::newRow("lower") << hex.toLower() << true;
        QTest::newRow("colons") << QString(hex).replace(QRegularExpression(u"(..)(?!$)"_s), u"\\1:"_s)
                                << true;
        QTest::newRow("short") << hex.left(62) << false;
        QTest::newRow("non-hex") << QString(hex).replace(0, 1, u'G') << false;
        QTest::newRow("empty") << QString() << false;
    }
    void fingerprints()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const QByteArray raw = parseSha256Fingerprint(text);
        QCOMPARE(raw.size(), valid ? 32 : 0);
        if (valid)
            QCOMPARE(formatSha256Fingerprint(raw), u"AB:"_s.repeated(31) + u"AB"_s);
    }
};

QTEST_APPLESS_MAIN(tst_IcwsProtocol)
#include "tst_icwsprotocol.moc"
