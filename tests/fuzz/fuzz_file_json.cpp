// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

// `--file x.json` and Import: an object of string values.
#include "fuzzfile.h"

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytes(data, size);
    const CallData::AttributeParseResult fromFile = Fuzz::readAsFile(bytes, QStringLiteral("input.json"));
    const CallData::AttributeParseResult parsed = CallData::parseJsonAttributes(bytes);
    if (!fromFile.ok())
        return 0;
    FUZZ_CHECK(parsed.ok() && parsed.attributes == fromFile.attributes);

    // Written back as a JSON object, the same keys and values come back.
    QJsonObject object;
    for (const Icws::Attribute &attribute : fromFile.attributes)
        object.insert(attribute.first, attribute.second);
    FUZZ_CHECK(object.size() == fromFile.attributes.size()); // no key twice
    const CallData::AttributeParseResult again =
        CallData::parseJsonAttributes(QJsonDocument(object).toJson(QJsonDocument::Compact));
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(Fuzz::sorted(again.attributes) == Fuzz::sorted(fromFile.attributes));
    return 0;
}
