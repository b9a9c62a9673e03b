// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "calldata.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

/** Pure ICWS request building and response parsing: no I/O, so every rule is unit-testable. */
namespace Icws {

constexpr quint16 DefaultHttpsPort = 8019;
constexpr quint16 DefaultHttpPort = 8018;
constexpr int MinimumDialerVersionForUpdateCallData = 3;
constexpr qint64 MaxErrorBodyBytes = 64 * 1024;
inline constexpr char ApplicationName[] = "Call Data Editor";
inline constexpr char CsrfHeader[] = "ININ-ICWS-CSRF-Token";
inline constexpr char SessionIdHeader[] = "ININ-ICWS-Session-ID";
/** What every request accepts: ICWS's own media type first, plain JSON as a fallback. */
inline constexpr char AcceptValue[] = "application/vnd.inin.icws+JSON, application/json;q=0.9";
inline constexpr char JsonContentType[] = "application/json; charset=utf-8";

/** A JSON string, or a number written as text (ICWS sends some IDs and versions either way). */
QString jsonScalarString(const QJsonValue &value);

/**
 * Turns what a user typed ("cic1", "cic1:9000", "https://cic1", "http://cic1") into a base URL
 * with scheme, host and port only. No scheme means https on 8019; http (8018) only when typed.
 * Returns an invalid QUrl and sets *error (translated, names the field and the fix) on bad input.
 */
QUrl parseServerAddress(const QString &input, QString *error = nullptr);
/** "host:port" of a base URL, brackets around IPv6 hosts. */
QString hostPort(const QUrl &baseUrl);
/** The same scheme and port as baseUrl, on another host (switchover); invalid unless host is a bare name. */
QUrl withHost(const QUrl &baseUrl, const QString &host);
/**
 * One spelling for one server, so switchover never tries the same one twice: lower case,
 * no trailing dot, IDN as ACE, every numeric IPv4 form (127.1, 2130706433, 0x7f.1, 0177.0.0.1)
 * as a dotted quad, IPv6 in its canonical form (an IPv4-mapped one as IPv4). Names are not
 * resolved: "localhost" and "127.0.0.1" stay different.
 */
QString normalizedHost(const QString &host);

QUrl connectionUrl(const QUrl &baseUrl); ///< /icws/connection?include=features,version
QUrl featuresUrl(const QUrl &baseUrl); ///< /icws/connection/features
QUrl versionUrl(const QUrl &baseUrl); ///< /icws/connection/version
QUrl sessionUrl(const QUrl &baseUrl, const QString &sessionId, const QString &resource);

/** The locale as a BCP 47 tag for Accept-Language, e.g. "en-US"; "en-US" for the C locale. */
QString acceptLanguageFor(const QLocale &locale);

/** The icAuthConnectionRequestSettings body. The only place the password is serialised. */
QByteArray loginRequestBody(const QString &user, const QString &password);
/** {"callId","campaignId","callAttributes":{…}} with trimmed IDs and keys. */
QByteArray updateCallDataBody(const CallDataUpdate &update);

/**
 * Feature versions; versions may arrive as numbers or numeric strings, whole ("3") or not ("2.9").
 * The text as sent is kept for messages; comparisons use its whole-number part.
 */
class FeatureVersions
{
public:
    static FeatureVersions fromJson(const QJsonArray &featureList);
    /** The whole-number part ("2.9" → 2); 0 when the feature is absent or its version is no number. */
    int version(const QString &featureId) const;
    /** The version as the server wrote it, e.g. "2.9"; empty when the feature is absent. */
    QString versionText(const QString &featureId) const;
    bool contains(const QString &featureId) const { return m_texts.contains(featureId); }
    bool isEmpty() const { return m_versions.isEmpty(); }
    QStringList featureIds() const; ///< sorted
    bool supportsUpdateCallData() const
    {
        return version(QStringLiteral("dialer")) >= MinimumDialerVersionForUpdateCallData;
    }

private:
    QHash<QString, int> m_versions;
    QHash<QString, QString> m_texts;
};

struct ServerVersion
{
    QString majorVersion;
    QString minorVersion;
    QString su;
    QString build;
    QString productReleaseDisplayString;
    QString productPatchDisplayString;

    bool isEmpty() const { return majorVersion.isEmpty() && productReleaseDisplayString.isEmpty(); }
    /** "2018 R5 Patch 3" when the server sent display strings, else "18.5 SU 3 (build …)". */
    QString displayString() const;
    static ServerVersion fromJson(const QJsonObject &object);
};

/**
 * Why a session ID or CSRF token from a login answer cannot be used (translated), or empty when it
 * can. Both go into every later request, the token as a header value and the ID as a path segment:
 * anything but visible ASCII could inject headers, and "." or ".." (or '/', '?', '#', '%', '\\',
 * ';') would move the request out of /icws/{sessionId}/.
 */
QString sessionSecretProblem(const QString &sessionId, const QString &csrfToken);

/** What a 201 from POST /icws/connection carries. */
struct ConnectionResponse
{
    QString sessionId;
    QString csrfToken;
    QString userId;
    QString userDisplayName;
    QString icServer;
    QStringList alternateHosts;
    ServerVersion version;
    FeatureVersions features;
    bool featuresIncluded = false;
};

/**
 * Why this server cannot take update-call-data (translated: the dialer version found, the one
 * needed, what to do), or empty when it can.
 */
QString featureGateProblem(const FeatureVersions &features);

/**
 * Parses the 201 body; the session ID and CSRF token fall back to the
 * ININ-ICWS-Session-ID / ININ-ICWS-CSRF-Token headers. Empty optional when unusable, with the
 * reason (translated) in *problem.
 */
std::optional<ConnectionResponse> parseConnectionResponse(const QByteArray &body,
                                                          const QByteArray &sessionIdHeader,
                                                          const QByteArray &csrfHeader,
                                                          QString *problem = nullptr);
/** alternateHostList of a 503 body; empty when absent or unparsable. */
QStringList parseAlternateHosts(const QByteArray &body);
/** {"featureInfoList":[…]} from GET /icws/connection/features. */
FeatureVersions parseFeatures(const QByteArray &body);

/** A connectionStateChangeMessage reporting the connection down, if the batch has one. */
struct ConnectionDown
{
    QString reason;
    bool shouldReconnect = false;
};
std::optional<ConnectionDown> findConnectionDown(const QJsonArray &messages);

} // namespace Icws

Q_DECLARE_METATYPE(Icws::FeatureVersions)
Q_DECLARE_METATYPE(Icws::ServerVersion)
