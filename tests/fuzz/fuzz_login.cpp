// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

// The login answer: the 201 body of POST /icws/connection and its ININ-ICWS-Session-ID and
// ININ-ICWS-CSRF-Token headers. Input: body, then optionally NUL, session ID header, NUL, CSRF
// token header.
#include "fuzzicws.h"

#include <QUrl>

namespace {

const QUrl BaseUrl(QStringLiteral("https://cic1.example.com:8019"));

void checkSessionUrls(const Icws::ConnectionResponse &response)
{
    for (const QString &resource :
         {QStringLiteral("dialer/update-call-data"), QStringLiteral("connection")}) {
        const QUrl url = Icws::sessionUrl(BaseUrl, response.sessionId, resource);
        // The session's requests go to the server that issued it, whatever its ID holds.
        FUZZ_CHECK(url.scheme() == BaseUrl.scheme() && url.host() == BaseUrl.host()
                   && url.port() == BaseUrl.port());
        FUZZ_CHECK(url.path().startsWith(QStringLiteral("/icws/")) && url.path().endsWith(resource));
        // Even after Qt removes dot segments (as it does when sending), the request stays in the session.
        const QString sessionPath =
            QStringLiteral("/icws/") + url.path().section(QLatin1Char('/'), 2, 2) + QLatin1Char('/');
        FUZZ_CHECK(url.adjusted(QUrl::NormalizePathSegments).path().startsWith(sessionPath));
        FUZZ_CHECK(!url.hasQuery() && !url.hasFragment());
    }
}

void checkAlternateHosts(const Icws::ConnectionResponse &response)
{
    // Switchover keeps the scheme and port: a server's host list can never downgrade to http.
    for (const QString &host : response.alternateHosts) {
        const QUrl other = Icws::withHost(BaseUrl, host);
        if (!other.isValid())
            continue;
        FUZZ_CHECK(other.scheme() == BaseUrl.scheme() && other.port() == BaseUrl.port());
        FUZZ_CHECK(!other.host().isEmpty() && other.userInfo().isEmpty() && other.path().isEmpty());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> parts = Fuzz::bytes(data, size).split('\0');
    const QByteArray body = parts.value(0);
    const QByteArray sessionIdHeader = parts.value(1);
    const QByteArray csrfHeader = parts.value(2);

    QString problem;
    const auto response = Icws::parseConnectionResponse(body, sessionIdHeader, csrfHeader, &problem);
    if (!response) {
        FUZZ_CHECK(!problem.isEmpty()); // a refusal always says why
        return 0;
    }
    // The ID goes into every request path and the token into a header: visible ASCII only.
    FUZZ_CHECK(!response->sessionId.isEmpty() && !response->csrfToken.isEmpty());
    for (const QString &secret : {response->sessionId, response->csrfToken}) {
        for (const QChar c : secret)
            FUZZ_CHECK(c.unicode() >= 0x21 && c.unicode() <= 0x7e);
    }
    Fuzz::checkFeatures(response->features);
    Fuzz::checkVersion(response->version);
    checkSessionUrls(*response);
    checkAlternateHosts(*response);

    // What was accepted comes back the same when a server sends it as plain JSON strings.
    QJsonArray hosts;
    for (const QString &host : response->alternateHosts)
        hosts.append(host);
    QJsonObject written {
        {QStringLiteral("sessionId"), response->sessionId},
        {QStringLiteral("csrfToken"), response->csrfToken},
        {QStringLiteral("userID"), response->userId},
        {QStringLiteral("userDisplayName"), response->userDisplayName},
        {QStringLiteral("icServer"), response->icServer},
        {QStringLiteral("alternateHostList"), hosts},
        {QStringLiteral("version"), Fuzz::versionJson(response->version)},
    };
    if (response->featuresIncluded)
        written.insert(QStringLiteral("features"), Fuzz::featureListJson(response->features));
    const auto again = Icws::parseConnectionResponse(Fuzz::compact(written), {}, {});
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(again->sessionId == response->sessionId && again->csrfToken == response->csrfToken);
    FUZZ_CHECK(again->userId == response->userId && again->userDisplayName == response->userDisplayName);
    FUZZ_CHECK(again->icServer == response->icServer && again->alternateHosts == response->alternateHosts);
    FUZZ_CHECK(again->featuresIncluded == response->featuresIncluded);
    FUZZ_CHECK(Fuzz::sameFeatures(again->features, response->features));
    FUZZ_CHECK(Fuzz::sameVersion(again->version, response->version));
    return 0;
}
