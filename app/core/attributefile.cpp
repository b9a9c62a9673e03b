#include "attributefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
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

} // namespace

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
    QByteArray bytes = file.readAll();

    const QString suffix = QFileInfo(path).suffix().toLower();
    AttributeParseResult result;
    if (suffix == QLatin1String("json")) {
        result = parseJsonAttributes(bytes);
    } else if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv")) {
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes.remove(0, 3); // spreadsheets like to write a UTF-8 byte-order mark
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder(bytes);
        if (decoder.hasError())
            return failure(
                Text::tr("%1 is not valid UTF-8 text. Save it as UTF-8 (\"CSV UTF-8\") and try again.")
                    .arg(name));
        result = parseDelimitedAttributes(
            text, suffix == QLatin1String("tsv") ? QLatin1Char('\t') : QLatin1Char(','));
    } else {
        return failure(Text::tr("%1 has an unknown type. Use a .json, .csv or .tsv file.").arg(name));
    }
    if (!result.ok())
        result.error = name + QStringLiteral(": ") + result.error;
    return result;
}

AttributeParseResult parseJsonAttributes(const QByteArray &json)
{
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

    const QJsonObject object = document.object();
    AttributeParseResult result;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString())
            return failure(Text::tr("the value of \"%1\" is not a string. Put the value in quotes, "
                                    "for example \"%1\": \"42\".")
                               .arg(it.key()));
        result.attributes.append({it.key(), it.value().toString()});
    }
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

    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
        } else if (c == QLatin1Char('"') && field.isEmpty() && !fieldWasQuoted) {
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
            while (end < text.size()) {
                const QChar next = text.at(end);
                if (next == delimiter || next == QLatin1Char('\n') || next == QLatin1Char('\r'))
                    break;
                ++end;
            }
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
        result.attributes.append({fields.at(0), fields.size() > 1 ? fields.at(1) : QString()});
    }
    return result;
}

QChar guessDelimiter(const QString &text)
{
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty())
            continue;
        return line.contains(QLatin1Char('\t')) ? QLatin1Char('\t') : QLatin1Char(',');
    }
    return QLatin1Char('\t');
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
    for (const Icws::Attribute &attribute : attributes)
        text += quoted(attribute.first) + QLatin1Char('\t') + quoted(attribute.second) + QLatin1Char('\n');
    return text;
}

} // namespace CallData
