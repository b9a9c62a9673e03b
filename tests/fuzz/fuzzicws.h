// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// Invariants and JSON writers for the ICWS answers, shared by the login, features and version
// targets: what a parser accepted must be consistent, and must come back the same through JSON.

#include "fuzzcommon.h"
#include "protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Fuzz {

inline void checkFeatures(const Icws::FeatureVersions &features)
{
    const QStringList ids = features.featureIds();
    FUZZ_CHECK(features.isEmpty() == ids.isEmpty());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        FUZZ_CHECK(!ids.at(i).isEmpty());
        FUZZ_CHECK(i == 0 || ids.at(i - 1) < ids.at(i)); // sorted, no duplicates
    }
    const bool supported = features.supportsUpdateCallData();
    FUZZ_CHECK(
        supported
        == (features.version(QStringLiteral("dialer")) >= Icws::MinimumDialerVersionForUpdateCallData));
    FUZZ_CHECK(Icws::featureGateProblem(features).isEmpty() == supported);
}

/** The featureInfoList an ICWS server would send for these features. */
inline QJsonArray featureListJson(const Icws::FeatureVersions &features)
{
    QJsonArray list;
    for (const QString &id : features.featureIds())
        list.append(QJsonObject {{QStringLiteral("featureId"), id},
                                 {QStringLiteral("version"), features.version(id)}});
    return list;
}

inline bool sameFeatures(const Icws::FeatureVersions &a, const Icws::FeatureVersions &b)
{
    if (a.featureIds() != b.featureIds())
        return false;
    for (const QString &id : a.featureIds()) {
        if (a.version(id) != b.version(id))
            return false;
    }
    return true;
}

inline void checkVersion(const Icws::ServerVersion &version)
{
    const QString shown = version.displayString();
    FUZZ_CHECK(shown.isEmpty() == version.isEmpty());
    if (!version.productReleaseDisplayString.isEmpty())
        FUZZ_CHECK(shown.startsWith(version.productReleaseDisplayString));
}

inline QJsonObject versionJson(const Icws::ServerVersion &version)
{
    return QJsonObject {
        {QStringLiteral("majorVersion"), version.majorVersion},
        {QStringLiteral("minorVersion"), version.minorVersion},
        {QStringLiteral("su"), version.su},
        {QStringLiteral("build"), version.build},
        {QStringLiteral("productReleaseDisplayString"), version.productReleaseDisplayString},
        {QStringLiteral("productPatchDisplayString"), version.productPatchDisplayString},
    };
}

inline bool sameVersion(const Icws::ServerVersion &a, const Icws::ServerVersion &b)
{
    return a.majorVersion == b.majorVersion && a.minorVersion == b.minorVersion && a.su == b.su
        && a.build == b.build && a.productReleaseDisplayString == b.productReleaseDisplayString
        && a.productPatchDisplayString == b.productPatchDisplayString;
}

inline QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace Fuzz
