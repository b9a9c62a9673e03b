// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "calldata.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

/** Reading and writing key/value rows: files (.json, .csv, .tsv), clipboard text and TSV copies. */
namespace CallData {

struct AttributeParseResult
{
    /// keys and values exactly as written, in the file's order (for JSON: the order of the members)
    QList<Icws::Attribute> attributes;
    QString error; ///< translated; names the file/line and the fix; empty on success

    bool ok() const { return error.isEmpty(); }
};

/** Reads a UTF-8 .json (object of string → string), .csv or .tsv file, chosen by extension. */
AttributeParseResult readAttributeFile(const QString &path);

/**
 * A UTF-8 JSON object whose every value is a string; anything else is an error naming the key
 * and its entry number (1 for the first member in the file). A key written twice with the same
 * spelling is an error naming both entries (JSON readers would silently keep only the last).
 */
AttributeParseResult parseJsonAttributes(const QByteArray &json);

/**
 * Two-column delimited text with RFC 4180 quoting (quoted fields may hold the delimiter,
 * doubled quotes and line breaks). An optional first row "key<delim>value" (any case) is
 * skipped. Blank lines are skipped. A row with other than two columns, a quote inside a field
 * that does not start with one and text after a closing quote are errors naming the line.
 */
AttributeParseResult parseDelimitedAttributes(const QString &text, QChar delimiter);

/**
 * Text pasted from the clipboard (its UTF-8 bytes) as rows, delimiter guessed. Bytes that are not
 * UTF-8 are refused rather than turned into U+FFFD and sent.
 */
AttributeParseResult parsePastedText(QByteArrayView utf8);

/** bytes as UTF-8 text without a leading byte-order mark; nullopt when they are not valid UTF-8. */
std::optional<QString> decodeUtf8(QByteArrayView bytes);

/**
 * Tab when the first non-blank row has a tab, else comma: what spreadsheets put on the clipboard.
 * Line breaks inside a quoted field do not end the row.
 */
QChar guessDelimiter(const QString &text);

/**
 * Rows as tab-separated text, quoting fields that contain tabs, quotes or line breaks; led by a
 * "key\tvalue" header only when the first row would otherwise be read back as one.
 */
QString toTsv(const QList<Icws::Attribute> &attributes);

} // namespace CallData
