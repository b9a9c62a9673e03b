// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// The attribute file targets read their input through readAttributeFile(), the function behind
// `calldata-cli --file` and the window's Import, so size limits, the byte-order mark and UTF-8
// decoding are fuzzed too. The file lives in a private temporary folder.

#include "attributefile.h"
#include "fuzzcommon.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>

namespace Fuzz {

inline CallData::AttributeParseResult readAsFile(const QByteArray &bytes, const QString &fileName)
{
    static QTemporaryDir directory(QDir::tempPath() + QStringLiteral("/calldata-fuzz-XXXXXX"));
    FUZZ_CHECK(directory.isValid());
    const QString path = directory.filePath(fileName);
    QFile file(path);
    FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    FUZZ_CHECK(file.write(bytes) == bytes.size());
    file.close();
    const CallData::AttributeParseResult result = CallData::readAttributeFile(path);
    // A refusal names the file, so the user knows which one to fix.
    FUZZ_CHECK(result.ok() || result.error.contains(fileName));
    // Never more rows than the file has bytes (each row needs at least a line break).
    FUZZ_CHECK(result.attributes.size() <= bytes.size() + 1);
    return result;
}

inline QList<Icws::Attribute> sorted(QList<Icws::Attribute> attributes)
{
    std::sort(attributes.begin(), attributes.end());
    return attributes;
}

} // namespace Fuzz
