// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

// `--file x.csv` / `--file x.tsv` and Import: two columns with RFC 4180 quoting. Every input is
// read both ways, as a .csv and as a .tsv.
#include "fuzzfile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytes(data, size);
    for (const QString &fileName : {QStringLiteral("input.csv"), QStringLiteral("input.tsv")}) {
        const CallData::AttributeParseResult parsed = Fuzz::readAsFile(bytes, fileName);
        if (!parsed.ok())
            continue;
        // Copied as rows (what Copy puts on the clipboard) and pasted back, nothing changes.
        const QString copied = CallData::toTsv(parsed.attributes);
        const CallData::AttributeParseResult pasted =
            CallData::parseDelimitedAttributes(copied, CallData::guessDelimiter(copied));
        FUZZ_CHECK(pasted.ok());
        FUZZ_CHECK(pasted.attributes == parsed.attributes);
    }
    return 0;
}
