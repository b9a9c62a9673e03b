#pragma once

#include "calldata.h"

#include <QList>
#include <QString>

/** Reading and writing key/value rows: files (.json, .csv, .tsv), clipboard text and TSV copies. */
namespace CallData {

struct AttributeParseResult
{
    /// keys and values exactly as written; in file order (JSON objects: sorted by key, as JSON has no order)
    QList<Icws::Attribute> attributes;
    QString error; ///< translated; names the file/line and the fix; empty on success

    bool ok() const { return error.isEmpty(); }
};

/** Reads a UTF-8 .json (object of string → string), .csv or .tsv file, chosen by extension. */
AttributeParseResult readAttributeFile(const QString &path);

/** A JSON object whose every value is a string; anything else is an error naming the key. */
AttributeParseResult parseJsonAttributes(const QByteArray &json);

/**
 * Two-column delimited text with RFC 4180 quoting (quoted fields may hold the delimiter,
 * doubled quotes and line breaks). An optional first row "key<delim>value" (any case) is
 * skipped. Blank lines are skipped. A row with one column is a key with an empty value;
 * more than two columns is an error naming the line.
 */
AttributeParseResult parseDelimitedAttributes(const QString &text, QChar delimiter);

/** Tab when the first non-empty line has a tab, else comma: what spreadsheets put on the clipboard. */
QChar guessDelimiter(const QString &text);

/** Rows as tab-separated text, quoting fields that contain tabs, quotes or line breaks. */
QString toTsv(const QList<Icws::Attribute> &attributes);

} // namespace CallData
