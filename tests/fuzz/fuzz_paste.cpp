// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

// Paste rows: clipboard text (tab- or comma-separated, as spreadsheets copy it) into the table,
// then what the window would send. The first byte picks UTF-8 or raw UTF-16 (fuzzcommon.h).
#include "attributefile.h"
#include "calldatamodel.h"
#include "fuzzcommon.h"
#include "protocol.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace {

void checkRequestBody(const Icws::CallDataUpdate &update, const QList<Icws::ValidationIssue> &issues)
{
    if (Icws::hasErrors(issues))
        return;
    const QList<Icws::Attribute> &attributes = update.attributes;
    // Qt's JSON reader, used here to read the body back, drops U+FEFF inside strings; the body
    // itself keeps it. Such rows cannot be compared this way.
    for (const Icws::Attribute &attribute : attributes) {
        if (attribute.first.contains(QChar(0xFEFF)) || attribute.second.contains(QChar(0xFEFF)))
            return;
    }
    // Sent exactly as shown: one entry per row, keys trimmed, values untouched.
    const QJsonObject sent = QJsonDocument::fromJson(Icws::updateCallDataBody(update))
                                 .object()
                                 .value(QLatin1String("callAttributes"))
                                 .toObject();
    FUZZ_CHECK(sent.size() == attributes.size());
    for (const Icws::Attribute &attribute : attributes)
        FUZZ_CHECK(sent.value(attribute.first.trimmed()).toString() == attribute.second);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString clipboard = Fuzz::text(data, size);
    if (clipboard.trimmed().isEmpty())
        return 0; // the window refuses an empty clipboard before parsing
    const CallData::AttributeParseResult parsed =
        CallData::parseDelimitedAttributes(clipboard, CallData::guessDelimiter(clipboard));

    // The clipboard's UTF-8 bytes give the same rows, or are refused when they are not UTF-8.
    if (data[0] % 2 == 0) {
        const CallData::AttributeParseResult fromBytes =
            CallData::parsePastedText(QByteArrayView(data + 1, static_cast<qsizetype>(size - 1)));
        if (fromBytes.ok())
            FUZZ_CHECK(parsed.ok() && parsed.attributes == fromBytes.attributes);
    }
    if (!parsed.ok() || parsed.attributes.isEmpty())
        return 0;

    CallData::CallDataModel model;
    model.insertAttributes(0, parsed.attributes);
    FUZZ_CHECK(model.attributes() == parsed.attributes);
    FUZZ_CHECK(model.errorCount() <= model.rowCount() && model.warningCount() <= model.rowCount());
    FUZZ_CHECK(!model.summary().isEmpty());

    // The table marks exactly the keys the send refuses (values it checks only when sending).
    Icws::CallDataUpdate update {QStringLiteral("C1"), QStringLiteral("1234"), parsed.attributes};
    const QList<Icws::ValidationIssue> issues = Icws::validate(update);
    const auto keyErrors =
        std::count_if(issues.cbegin(), issues.cend(), [](const Icws::ValidationIssue &issue) {
            return issue.severity == Icws::ValidationIssue::Severity::Error
                && issue.field == Icws::ValidationIssue::Field::AttributeKey;
        });
    FUZZ_CHECK(model.errorCount() == keyErrors);
    checkRequestBody(update, issues);

    // Copy and paste again gives the same rows.
    const QString copied = CallData::toTsv(model.attributes());
    const CallData::AttributeParseResult again =
        CallData::parseDelimitedAttributes(copied, CallData::guessDelimiter(copied));
    FUZZ_CHECK(again.ok() && again.attributes == parsed.attributes);

    // One undo step, fully undone and redone.
    model.undoStack()->undo();
    FUZZ_CHECK(model.rowCount() == 0);
    model.undoStack()->redo();
    FUZZ_CHECK(model.attributes() == parsed.attributes);
    return 0;
}
