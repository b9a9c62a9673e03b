// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "protocol.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUrlQuery>

#include <algorithm>
#include <cctype>
#include <utility>

namespace Icws {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Icws::Protocol)
};

QUrl withPath(const QUrl &baseUrl, const QString &path)
{
    QUrl url = baseUrl;
    url.setPath(path);
    return url;
}

} // namespace

QString jsonScalarString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

QUrl parseServerAddress(const QString &input, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QUrl();
    };
    const QString text = input.trimmed();
    if (text.isEmpty())
        return fail(
            Text::tr("Server is empty. Enter the CIC server's host name, for example cic1.example.com."));

    // A bare "host" or "host:port" becomes https; QUrl would read "host:8019" as scheme "host".
    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    const bool hasScheme = schemeEnd >= 0;
    // A user name or password typed into the address is never repeated in any message (messages end
    // up on screen, in --json output and in logs): this check comes before every message that quotes
    // the text. Any '@' counts, since a password may itself hold '/', '?' or '#'; a server address
    // has no other use for one.
    if (text.contains(QLatin1Char('@')))
        return fail(Text::tr("Server: the address contains a user name or password; type only the host (and, "
                             "if needed, the port) there, and the user name and password in their own "
                             "fields."));

    const QUrl parsed(hasScheme ? text : QStringLiteral("https://") + text, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return fail(
            Text::tr("Server \"%1\" is not a valid address. Use a host name, host:port or https://host:port.")
                .arg(text));

    const QString scheme = parsed.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return fail(
            Text::tr(
                "Server \"%1\" uses the scheme \"%2\". Use https:// (or http:// only if the server has no "
                "HTTPS).")
                .arg(text, parsed.scheme()));
    if (parsed.port() == 0)
        return fail(
            Text::tr("Server \"%1\" has port 0, which no server listens on. Leave the port out (ICWS "
                     "uses 8019 for HTTPS, 8018 for HTTP) or type the port the administrator gave you.")
                .arg(text));
    const QString path = parsed.path();
    if (!path.isEmpty() && path != QLatin1String("/") && path != QLatin1String("/icws")
        && path != QLatin1String("/icws/"))
        return fail(
            Text::tr("Server \"%1\" has a path. Enter only the host and, if needed, the port.").arg(text));

    QUrl base;
    base.setScheme(scheme);
    base.setHost(parsed.host());
    base.setPort(parsed.port(scheme == QLatin1String("https") ? DefaultHttpsPort : DefaultHttpPort));
    if (error)
        error->clear();
    return base;
}

QString hostPort(const QUrl &baseUrl)
{
    const QString host = baseUrl.host();
    const QString shown = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return shown + QLatin1Char(':') + QString::number(baseUrl.port());
}

QUrl withHost(const QUrl &baseUrl, const QString &host)
{
    // Only a bare host name or address is taken: an entry with a scheme, port or path could
    // otherwise downgrade https to http or point the session somewhere else.
    QUrl url = baseUrl;
    url.setHost(host.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || host.contains(QLatin1Char('/'))
        || host.contains(QLatin1Char('@')))
        return QUrl();
    return url;
}

namespace {

// inet_aton()'s rules, which the system resolver applies to a host name made of numbers: one to
// four parts, each decimal, octal (leading 0) or hex (0x); the last part fills the bytes left.
std::optional<quint32> numericIpv4(const QString &host)
{
    const QStringList parts = host.split(QLatin1Char('.'));
    if (parts.isEmpty() || parts.size() > 4)
        return std::nullopt;
    quint64 address = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QString part = parts.at(i);
        int base = 10;
        if (part.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)) {
            base = 16;
            part = part.mid(2);
            if (part.isEmpty())
                part = QStringLiteral("0"); // inet_aton takes a bare "0x" as zero
        } else if (part.size() > 1 && part.startsWith(QLatin1Char('0'))) {
            base = 8;
        }
        if (part.isEmpty() || part.size() > 12)
            return std::nullopt;
        for (const QChar c : part) {
            if (c.unicode() > 0x7f || !std::isxdigit(static_cast<unsigned char>(c.toLatin1())))
                return std::nullopt;
        }
        bool ok = false;
        const quint64 value = part.toULongLong(&ok, base);
        if (!ok)
            return std::nullopt;
        const bool last = i == parts.size() - 1;
        const int bitsLeft = 8 * int(4 - i);
        if (last ? value >= (quint64(1) << bitsLeft) : value > 255)
            return std::nullopt;
        address |= last ? value : value << (bitsLeft - 8);
    }
    return quint32(address);
}

} // namespace

QString normalizedHost(const QString &host)
{
    QString name = host.trimmed();
    if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
        name = name.mid(1, name.size() - 2);
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (const auto ipv4 = numericIpv4(name))
        return QHostAddress(*ipv4).toString();
    if (QHostAddress address; address.setAddress(name)) {
        bool mapped = false;
        const quint32 ipv4 = address.toIPv4Address(&mapped);
        return mapped ? QHostAddress(ipv4).toString() : address.toString().toLower();
    }
    const QString ace = QString::fromLatin1(QUrl::toAce(name));
    return ace.isEmpty() ? name.toLower() : ace.toLower();
}

QUrl connectionUrl(const QUrl &baseUrl)
{
    QUrl url = withPath(baseUrl, QStringLiteral("/icws/connection"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("include"), QStringLiteral("features,version"));
    url.setQuery(query);
    return url;
}

QUrl featuresUrl(const QUrl &baseUrl)
{
    return withPath(baseUrl, QStringLiteral("/icws/connection/features"));
}

QUrl versionUrl(const QUrl &baseUrl)
{
    return withPath(baseUrl, QStringLiteral("/icws/connection/version"));
}

QUrl sessionUrl(const QUrl &baseUrl, const QString &sessionId, const QString &resource)
{
    // The session ID is a path segment: percent-encode it so it can never add segments.
    const QString encodedId = QString::fromLatin1(QUrl::toPercentEncoding(sessionId));
    QUrl url = baseUrl;
    url.setPath(QStringLiteral("/icws/") + encodedId + QLatin1Char('/') + resource, QUrl::StrictMode);
    return url;
}

QString acceptLanguageFor(const QLocale &locale)
{
    if (locale.language() == QLocale::C)
        return QStringLiteral("en-US");
    return locale.name().replace(QLatin1Char('_'), QLatin1Char('-'));
}

namespace {

/**
 * Appends text as a JSON string (RFC 8259): UTF-8, with quote, backslash and control characters
 * escaped. Half a surrogate pair, which validation refuses, is written as U+FFFD.
 * Written straight into out, with no intermediate UTF-8 copy: the login body is built this way
 * rather than through QJsonObject, whose internal copies of the password would be freed without
 * being overwritten; here the only copy is the body itself (wiped by the client after sending),
 * provided the caller reserved room for 6 bytes per UTF-16 unit so nothing reallocates.
 */
void appendJsonString(QByteArray &out, QStringView text)
{
    static constexpr char Hex[] = "0123456789abcdef";
    // Room for the worst case (\u00XX, six bytes, per UTF-16 unit), trimmed to what was written.
    const qsizetype start = out.size();
    out.resize(start + 6 * text.size() + 2);
    char *p = out.data() + start;
    *p++ = '"';
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = text.at(i).unicode();
        if (c < 0x80) {
            if (c >= 0x20 && c != u'"' && c != u'\\') {
                *p++ = char(c);
                continue;
            }
            *p++ = '\\';
            switch (c) {
            case u'"':
                *p++ = '"';
                break;
            case u'\\':
                *p++ = '\\';
                break;
            case u'\b':
                *p++ = 'b';
                break;
            case u'\f':
                *p++ = 'f';
                break;
            case u'\n':
                *p++ = 'n';
                break;
            case u'\r':
                *p++ = 'r';
                break;
            case u'\t':
                *p++ = 't';
                break;
            default:
                *p++ = 'u';
                *p++ = '0';
                *p++ = '0';
                *p++ = Hex[c >> 4];
                *p++ = Hex[c & 0xF];
                break;
            }
            continue;
        }
        if (QChar::isSurrogate(c)) {
            if (QChar::isHighSurrogate(c) && i + 1 < size && text.at(i + 1).isLowSurrogate())
                c = QChar::surrogateToUcs4(char16_t(c), text.at(++i).unicode());
            else
                c = QChar::ReplacementCharacter;
        }
        if (c < 0x800) {
            *p++ = char(0xC0 | (c >> 6));
        } else if (c < 0x10000) {
            *p++ = char(0xE0 | (c >> 12));
            *p++ = char(0x80 | ((c >> 6) & 0x3F));
        } else {
            *p++ = char(0xF0 | (c >> 18));
            *p++ = char(0x80 | ((c >> 12) & 0x3F));
            *p++ = char(0x80 | ((c >> 6) & 0x3F));
        }
        *p++ = char(0x80 | (c & 0x3F));
    }
    *p++ = '"';
    out.resize(p - out.constData());
}

} // namespace

QByteArray loginRequestBody(const QString &user, const QString &password)
{
    QByteArray body;
    // Reserved up front so appending never reallocates and leaves a stray copy of the password behind.
    body.reserve(200 + 6 * (user.size() + password.size()));
    body += R"({"__type":"urn:inin.com:connection:icAuthConnectionRequestSettings","applicationName":)";
    appendJsonString(body, QString::fromLatin1(ApplicationName));
    body += R"(,"userID":)";
    appendJsonString(body, user);
    body += R"(,"password":)";
    appendJsonString(body, password);
    body += '}';
    return body;
}

QByteArray updateCallDataBody(const CallDataUpdate &update)
{
    // Written directly rather than through QJsonObject, whose insert() keeps keys sorted and so
    // made a body of n attributes cost O(n²) (200,000 rows took 19 s). Keys keep the user's order.
    qsizetype estimate = 64 + update.callId.size() + update.campaignId.size();
    for (const Attribute &attribute : update.attributes)
        estimate += attribute.first.size() + attribute.second.size() + 6;
    QByteArray body;
    body.reserve(estimate + estimate / 4);
    body.append("{\"callId\":");
    appendJsonString(body, QStringView(update.callId).trimmed());
    body.append(",\"campaignId\":");
    appendJsonString(body, QStringView(update.campaignId).trimmed());
    body.append(",\"callAttributes\":{");
    bool first = true;
    for (const Attribute &attribute : update.attributes) {
        if (!first)
            body.append(',');
        first = false;
        appendJsonString(body, QStringView(attribute.first).trimmed());
        body.append(':');
        appendJsonString(body, attribute.second);
    }
    body.append("}}");
    return body;
}

FeatureVersions FeatureVersions::fromJson(const QJsonArray &featureList)
{
    FeatureVersions result;
    for (const QJsonValue &entry : featureList) {
        const QJsonObject feature = entry.toObject();
        const QString id = feature.value(QLatin1String("featureId")).toString();
        const QJsonValue versionValue = feature.value(QLatin1String("version"));
        QString text;
        if (versionValue.isString())
            text = versionValue.toString().trimmed();
        else if (versionValue.isDouble())
            text = QString::number(versionValue.toDouble(), 'g', QLocale::FloatingPointShortest);
        if (id.isEmpty() || text.isEmpty())
            continue;
        bool ok = false;
        const double number = text.toDouble(&ok);
        result.m_texts.insert(id, text);
        // "2.9" is version 2 (below 3), not "no dialer feature"; an unreadable version counts as 0.
        result.m_versions.insert(id, ok && number >= 0 && number < 1e9 ? int(number) : 0);
    }
    return result;
}

int FeatureVersions::version(const QString &featureId) const
{
    return m_versions.value(featureId, 0);
}

QString FeatureVersions::versionText(const QString &featureId) const
{
    return m_texts.value(featureId);
}

QStringList FeatureVersions::featureIds() const
{
    QStringList ids = m_versions.keys();
    ids.sort();
    return ids;
}

QString ServerVersion::displayString() const
{
    if (!productReleaseDisplayString.isEmpty()) {
        return productPatchDisplayString.isEmpty()
            ? productReleaseDisplayString
            : productReleaseDisplayString + QLatin1Char(' ') + productPatchDisplayString;
    }
    if (majorVersion.isEmpty())
        return {};
    QString text = majorVersion + QLatin1Char('.') + minorVersion;
    if (!su.isEmpty())
        text += QStringLiteral(" SU ") + su;
    if (!build.isEmpty())
        text += QStringLiteral(" (build ") + build + QLatin1Char(')');
    return text;
}

ServerVersion ServerVersion::fromJson(const QJsonObject &object)
{
    ServerVersion version;
    version.majorVersion = jsonScalarString(object.value(QLatin1String("majorVersion")));
    version.minorVersion = jsonScalarString(object.value(QLatin1String("minorVersion")));
    version.su = jsonScalarString(object.value(QLatin1String("su")));
    version.build = jsonScalarString(object.value(QLatin1String("build")));
    version.productReleaseDisplayString =
        object.value(QLatin1String("productReleaseDisplayString")).toString();
    version.productPatchDisplayString = object.value(QLatin1String("productPatchDisplayString")).toString();
    return version;
}

QString featureGateProblem(const FeatureVersions &features)
{
    if (features.supportsUpdateCallData())
        return {};
    const QString dialer = features.versionText(QStringLiteral("dialer"));
    if (dialer.isEmpty())
        return Text::tr("The server does not report the Interaction Dialer feature; updating call data needs "
                        "dialer feature version %1 or later. Ask the CIC administrator.")
            .arg(MinimumDialerVersionForUpdateCallData);
    return Text::tr(
               "The server reports Interaction Dialer feature version %1; updating call data needs version "
               "%2 or later. Ask the CIC administrator about an upgrade.")
        .arg(dialer)
        .arg(MinimumDialerVersionForUpdateCallData);
}

QString sessionSecretProblem(const QString &sessionId, const QString &csrfToken)
{
    const auto visibleAscii = [](const QString &text) {
        return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
            return c.unicode() >= 0x21 && c.unicode() <= 0x7e;
        });
    };
    // Qt normalizes the path of every request it sends: "." and ".." vanish, and Qt 6.4 also drops
    // two-character segments that start with a dot (".o"). An ID Qt would rewrite is refused.
    const auto rewrittenWhenSent = [](const QString &id) {
        const QUrl url =
            sessionUrl(QUrl(QStringLiteral("https://icws.invalid")), id, QStringLiteral("connection"));
        return url.adjusted(QUrl::NormalizePathSegments).path() != url.path();
    };
    const bool idMovesThePath = std::any_of(sessionId.cbegin(), sessionId.cend(),
                                            [](QChar c) { return QStringLiteral("/\\?#%;").contains(c); })
        || rewrittenWhenSent(sessionId);
    if (!visibleAscii(sessionId) || idMovesThePath)
        return Text::tr("The server sent a session ID that is not a plain word of visible ASCII characters "
                        "(or a name such as \".\" or \"..\" that the request address would drop); it "
                        "cannot be used safely in a request address, so nothing further was sent. Check "
                        "that the address points to a genuine CIC server.");
    if (!visibleAscii(csrfToken))
        return Text::tr("The server sent a CSRF token with characters other than visible ASCII (such as line "
                        "breaks); it cannot be used safely in a request header, so nothing further was sent. "
                        "Check that the address points to a genuine CIC server.");
    return {};
}

std::optional<ConnectionResponse> parseConnectionResponse(const QByteArray &body,
                                                          const QByteArray &sessionIdHeader,
                                                          const QByteArray &csrfHeader, QString *problem)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    ConnectionResponse response;
    response.sessionId = jsonScalarString(object.value(QLatin1String("sessionId")));
    if (response.sessionId.isEmpty())
        response.sessionId = QString::fromUtf8(sessionIdHeader).trimmed();
    response.csrfToken = object.value(QLatin1String("csrfToken")).toString();
    if (response.csrfToken.isEmpty())
        response.csrfToken = QString::fromUtf8(csrfHeader).trimmed();
    if (response.sessionId.isEmpty() || response.csrfToken.isEmpty()) {
        if (problem)
            *problem =
                Text::tr("The server's login answer has no session ID or no CSRF token. Check that the "
                         "address points to the CIC server's ICWS port.");
        return std::nullopt;
    }
    if (const QString unsafe = sessionSecretProblem(response.sessionId, response.csrfToken);
        !unsafe.isEmpty()) {
        if (problem)
            *problem = unsafe;
        return std::nullopt;
    }

    response.userId = object.value(QLatin1String("userID")).toString();
    response.userDisplayName = object.value(QLatin1String("userDisplayName")).toString();
    response.icServer = object.value(QLatin1String("icServer")).toString();
    for (const QJsonValue &host : object.value(QLatin1String("alternateHostList")).toArray())
        response.alternateHosts.append(host.toString());
    response.version = ServerVersion::fromJson(object.value(QLatin1String("version")).toObject());
    response.featuresIncluded = object.contains(QLatin1String("features"));
    response.features = FeatureVersions::fromJson(object.value(QLatin1String("features")).toArray());
    return response;
}

QStringList parseAlternateHosts(const QByteArray &body)
{
    QStringList hosts;
    const QJsonArray list =
        QJsonDocument::fromJson(body).object().value(QLatin1String("alternateHostList")).toArray();
    for (const QJsonValue &host : list) {
        const QString name = host.toString().trimmed();
        if (!name.isEmpty())
            hosts.append(name);
    }
    return hosts;
}

FeatureVersions parseFeatures(const QByteArray &body)
{
    return FeatureVersions::fromJson(
        QJsonDocument::fromJson(body).object().value(QLatin1String("featureInfoList")).toArray());
}

std::optional<ConnectionDown> findConnectionDown(const QJsonArray &messages)
{
    for (const QJsonValue &value : messages) {
        const QJsonObject message = value.toObject();
        if (message.value(QLatin1String("__type")).toString()
            != QLatin1String("urn:inin.com:connection:connectionStateChangeMessage"))
            continue;
        // ConnectionState: 0 none, 1 up, 2 down.
        if (message.value(QLatin1String("newConnectionState")).toInt() == 2)
            return ConnectionDown {message.value(QLatin1String("reason")).toString(),
                                   message.value(QLatin1String("shouldReconnect")).toBool()};
    }
    return std::nullopt;
}

} // namespace Icws
