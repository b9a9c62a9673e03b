// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "attributefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QStringDecoder>

namespace CallData {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CallData::AttributeFile)
};

constexpr qint64 MaxAttributeFileBytes = 16 * 1024 * 1024;

AttributeParseResult failure(const QString &message)
{
    AttributeParseResult result;
    result.error = message;
    return result;
}

bool isHeaderRow(const QStringList &row)
{
    return row.size() == 2 && row.at(0).trimmed().compare(QLatin1String("key"), Qt::CaseInsensitive) == 0
        && row.at(1).trimmed().compare(QLatin1String("value"), Qt::CaseInsensitive) == 0;
}

/**
 * Walks a JSON object member by member in the file's order. Meant for text whose syntax
 * QJsonDocument has already accepted, but checks every step anyway and stops on anything odd.
 */
class JsonObjectReader
{
public:
    explicit JsonObjectReader(QStringView text) : m_text(text)
    {
        skipSpace();
        m_failed = !take(u'{');
    }

    /** Moves to the next member and reads its key; false at the end of the object or on bad text. */
    bool nextKey()
    {
        if (m_failed || m_done)
            return false;
        skipSpace();
        if (take(u'}')) {
            m_done = true;
            return false;
        }
        if (m_members > 0 && !take(u',')) {
            m_failed = true;
            return false;
        }
        skipSpace();
        m_failed = !readString(&m_key);
        skipSpace();
        m_failed = m_failed || !take(u':');
        skipSpace();
        ++m_members;
        return !m_failed;
    }
    /** Reads the current member's value; false when it is not a string. */
    bool readStringValue()
    {
        if (!readString(&m_value))
            m_failed = true;
        return !m_failed;
    }
    const QString &key() const { return m_key; }
    const QString &value() const { return m_value; }
    /** True once the closing brace was read without a problem on the way. */
    bool atEnd() const { return m_done && !m_failed; }

private:
    QChar peek() const { return m_pos < m_text.size() ? m_text.at(m_pos) : QChar(); }
    bool take(char16_t c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    void skipSpace()
    {
        while (m_pos < m_text.size()
               && (peek() == u' ' || peek() == u'\t' || peek() == u'\n' || peek() == u'\r'))
            ++m_pos;
    }
    bool readString(QString *out)
    {
        out->clear();
        if (!take(u'"'))
            return false;
        while (m_pos < m_text.size()) {
            // Copy the run up to the next quote or backslash at once.
            qsizetype end = m_pos;
            while (end < m_text.size() && m_text.at(end) != u'"' && m_text.at(end) != u'\\')
                ++end;
            out->append(m_text.mid(m_pos, end - m_pos));
            m_pos = end;
            if (take(u'"'))
                return true;
            if (!take(u'\\') || m_pos >= m_text.size())
                return false;
            const char16_t escape = m_text.at(m_pos++).unicode();
            switch (escape) {
            case u'"':
            case u'\\':
            case u'/':
                out->append(QChar(escape));
                break;
            case u'b':
                out->append(u'\b');
                break;
            case u'f':
                out->append(u'\f');
                break;
            case u'n':
                out->append(u'\n');
                break;
            case u'r':
                out->append(u'\r');
                break;
            case u't':
                out->append(u'\t');
                break;
            case u'u': {
                bool ok = false;
                const ushort unit = m_text.mid(m_pos, 4).toUShort(&ok, 16);
                if (!ok || m_text.mid(m_pos, 4).size() != 4)
                    return false;
                m_pos += 4;
                out->append(QChar(unit)); // a lone surrogate is kept: validation names it
                break;
            }
            default:
                return false;
            }
        }
        return false;
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    int m_members = 0;
    bool m_failed = false;
    bool m_done = false;
    QString m_key;
    QString m_value;
};

} // namespace

std::optional<QString> decodeUtf8(QByteArrayView bytes)
{
    // Notepad and spreadsheets like to write a UTF-8 byte-order mark: the decoder drops the first
    // one by itself (a second would be text, as QString::fromUtf8 and the clipboard see it).
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

AttributeParseResult readAttributeFile(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return failure(Text::tr("Could not open %1: %2. Check the path and that you may read the file.")
                           .arg(name, file.errorString()));
    if (file.size() > MaxAttributeFileBytes)
        return failure(
            Text::tr("%1 is larger than 16 MiB; call data files are much smaller. Choose the right file.")
                .arg(name));
    const QByteArray bytes = file.readAll();

    const QString suffix = QFileInfo(path).suffix().toLower();
    AttributeParseResult result;
    if (suffix == QLatin1String("json")) {
        result = parseJsonAttributes(bytes);
    } else if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv")) {
        const std::optional<QString> text = decodeUtf8(bytes);
        if (!text)
            return failure(
                Text::tr("%1 is not valid UTF-8 text. Save it as UTF-8 (\"CSV UTF-8\") and try again.")
                    .arg(name));
        result = parseDelimitedAttributes(
            *text, suffix == QLatin1String("tsv") ? QLatin1Char('\t') : QLatin1Char(','));
    } else {
        return failure(Text::tr("%1 has an unknown type. Use a .json, .csv or .tsv file.").arg(name));
    }
    if (!result.ok())
        result.error = name + QStringLiteral(": ") + result.error;
    return result;
}

AttributeParseResult parseJsonAttributes(const QByteArray &json)
{
    const std::optional<QString> text = decodeUtf8(json);
    if (!text)
        return failure(Text::tr("not valid UTF-8 text. Save the file as UTF-8 and try again."));
    // QJsonDocument checks the syntax and words its errors; it cannot give the members in the
    // file's order or see a key written twice, so JsonObjectReader walks the (valid) text again.
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failure(
            Text::tr("not valid JSON (%1 at byte %2). Expected an object such as {\"key\": \"value\"}.")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    if (!document.isObject())
        return failure(
            Text::tr("the JSON is not an object. Expected an object such as {\"key\": \"value\"}."));

    JsonObjectReader reader(*text);
    AttributeParseResult result;
    QHash<QString, int> entryOfKey;
    for (int entry = 1; reader.nextKey(); ++entry) {
        const QString key = reader.key();
        if (!reader.readStringValue())
            return failure(Text::tr("entry %1: the value of \"%2\" is not a string. Put the value in "
                                    "quotes, for example \"%2\": \"42\".")
                               .arg(entry)
                               .arg(Icws::elidedForMessage(key)));
        if (const auto it = entryOfKey.constFind(key); it != entryOfKey.constEnd())
            return failure(Text::tr("entries %1 and %2 both have the key \"%3\"; JSON would keep only "
                                    "one of them. Remove the entry that is wrong.")
                               .arg(it.value())
                               .arg(entry)
                               .arg(Icws::elidedForMessage(key)));
        entryOfKey.insert(key, entry);
        result.attributes.append({key, reader.value()});
    }
    if (!reader.atEnd())
        return failure(Text::tr("the JSON could not be read in order. Expected an object such as "
                                "{\"key\": \"value\"}."));
    return result;
}

AttributeParseResult parseDelimitedAttributes(const QString &text, QChar delimiter)
{
    QList<QStringList> rows;
    QList<int> rowLines;
    QStringList row;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int line = 1;
    int rowStartLine = 1;

    const auto endField = [&] {
        row.append(field);
        field.clear();
        fieldWasQuoted = false;
    };
    const auto endRow = [&] {
        endField();
        const bool blank = row.size() == 1 && row.first().isEmpty();
        if (!blank) {
            rows.append(row);
            rowLines.append(rowStartLine);
        }
        row.clear();
        rowStartLine = line;
    };

    const auto endsField = [&](qsizetype i) {
        return i >= text.size() || text.at(i) == delimiter || text.at(i) == QLatin1Char('\n')
            || text.at(i) == QLatin1Char('\r');
    };

    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else if (!endsField(i + 1)) {
                    return failure(Text::tr("line %1: there is text after the closing quote of a field. Put "
                                            "the whole field in quotes and double each quote inside it, "
                                            "for example \"12\"\" pipe\".")
                                       .arg(line));
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || fieldWasQuoted)
                return failure(Text::tr("line %1: a quote inside a field that does not start with one. Put "
                                        "the whole field in quotes and double each quote inside it, for "
                                        "example \"12\"\" pipe\".")
                                   .arg(line));
            inQuotes = true;
            fieldWasQuoted = true;
        } else if (c == delimiter) {
            endField();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            continue; // CRLF: the \n ends the row
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            ++line;
            endRow();
        } else {
            // Copy the plain run up to the next special character at once: pastes can be large.
            int end = i + 1;
            while (!endsField(end) && text.at(end) != QLatin1Char('"'))
                ++end;
            field.append(QStringView(text).mid(i, end - i));
            i = end - 1;
        }
    }
    if (inQuotes)
        return failure(
            Text::tr("line %1: a quoted field is not closed. Add the closing quote (\").").arg(rowStartLine));
    if (!field.isEmpty() || !row.isEmpty())
        endRow();

    AttributeParseResult result;
    for (int i = 0; i < rows.size(); ++i) {
        const QStringList &fields = rows.at(i);
        if (i == 0 && isHeaderRow(fields))
            continue;
        if (fields.size() > 2)
            return failure(Text::tr("line %1 has %2 columns; expected two (key and value). Quote values that "
                                    "contain the separator.")
                               .arg(rowLines.at(i))
                               .arg(fields.size()));
        // A key alone would blank that column on the call: an empty value must be written out.
        if (fields.size() < 2)
            return failure(Text::tr("line %1 has only one column; expected two (key and value). Add the "
                                    "separator and the value; for an empty value end the line with the "
                                    "separator.")
                               .arg(rowLines.at(i)));
        result.attributes.append({fields.at(0), fields.at(1)});
    }
    return result;
}

AttributeParseResult parsePastedText(QByteArrayView utf8)
{
    const std::optional<QString> text = decodeUtf8(utf8);
    if (!text)
        return failure(Text::tr("the clipboard text is not valid UTF-8, so some characters would be "
                                "lost. Copy it again, or save it as a UTF-8 file and import that."));
    // Some platforms decode the clipboard before we see it (X11 does so for UTF8_STRING): bytes
    // that were not UTF-8 then arrive as U+FFFD, the mark of a character already lost. Sending it
    // would write that loss onto the call.
    if (const qsizetype lost = text->indexOf(QChar::ReplacementCharacter); lost >= 0)
        return failure(
            Text::tr("line %1 of the clipboard text holds U+FFFD (\uFFFD), the mark of a character lost "
                     "because the copied text was not valid UTF-8. Copy it again from a "
                     "program that writes UTF-8, or save it as a UTF-8 file and import that.")
                .arg(text->left(lost).count(QLatin1Char('\n')) + 1));
    return parseDelimitedAttributes(*text, guessDelimiter(*text));
}

QChar guessDelimiter(const QString &text)
{
    // The first row that is not blank decides. A quoted field may hold line breaks (a multi-line
    // cell, or a key copied with toTsv()): they do not end the row.
    bool inQuotes = false;
    bool atFieldStart = true;
    bool rowHasText = false;
    bool rowHasTab = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                    ++i;
                else
                    inQuotes = false;
            }
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (rowHasText)
                break;
            rowHasTab = false;
            atFieldStart = true;
        } else if (c == QLatin1Char('\t') || c == QLatin1Char(',')) {
            rowHasTab = rowHasTab || c == QLatin1Char('\t');
            rowHasText = rowHasText || c == QLatin1Char(',');
            atFieldStart = true;
        } else {
            inQuotes = c == QLatin1Char('"') && atFieldStart;
            rowHasText = rowHasText || !c.isSpace();
            atFieldStart = false;
        }
    }
    if (!rowHasText)
        return QLatin1Char('\t');
    return rowHasTab ? QLatin1Char('\t') : QLatin1Char(',');
}

QString toTsv(const QList<Icws::Attribute> &attributes)
{
    const auto quoted = [](const QString &field) -> QString {
        if (!field.contains(QLatin1Char('\t')) && !field.contains(QLatin1Char('"'))
            && !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
            return field;
        QString escaped = field;
        escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + escaped + QLatin1Char('"');
    };
    QString text;
    // A first row that reads "key, value" would be skipped as a header when pasted: give it one.
    if (!attributes.isEmpty() && isHeaderRow({attributes.first().first, attributes.first().second}))
        text += QStringLiteral("key\tvalue\n");
    for (const Icws::Attribute &attribute : attributes)
        text += quoted(attribute.first) + QLatin1Char('\t') + quoted(attribute.second) + QLatin1Char('\n');
    return text;
}

} // namespace CallData
