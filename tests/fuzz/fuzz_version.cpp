// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

// GET /icws/connection/version: majorVersion, minorVersion, su, build and display strings, any of
// them missing, numbers or strings.
#include "fuzzicws.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonObject object = QJsonDocument::fromJson(Fuzz::bytes(data, size)).object();
    const Icws::ServerVersion version = Icws::ServerVersion::fromJson(object);
    Fuzz::checkVersion(version);

    const QJsonObject written = QJsonDocument::fromJson(Fuzz::compact(Fuzz::versionJson(version))).object();
    FUZZ_CHECK(Fuzz::sameVersion(Icws::ServerVersion::fromJson(written), version));
    return 0;
}
