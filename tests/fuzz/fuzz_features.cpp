// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

// GET /icws/connection/features: {"featureInfoList":[{"featureId":"dialer","version":3},…]}.
#include "fuzzicws.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Icws::FeatureVersions features = Icws::parseFeatures(Fuzz::bytes(data, size));
    Fuzz::checkFeatures(features);

    const QByteArray written =
        Fuzz::compact(QJsonObject {{QStringLiteral("featureInfoList"), Fuzz::featureListJson(features)}});
    FUZZ_CHECK(Fuzz::sameFeatures(Icws::parseFeatures(written), features));
    return 0;
}
