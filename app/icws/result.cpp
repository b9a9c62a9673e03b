// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "result.h"

#include "protocol.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cctype>
#include <cmath>

namespace Icws {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Icws::Result)
};

// Server texts are shown to the user; keep them to one readable paragraph.
QString tidyMessage(QString message)
{
    message = message.simplified();
    constexpr int MaxMessageLength = 500;
    if (message.size() > MaxMessageLength) {
        // Never cut between the two halves of a surrogate pair (an emoji, a rare CJK character).
        const qsizetype cut =
            message.at(MaxMessageLength - 1).isHighSurrogate() ? MaxMessageLength - 1 : MaxMessageLength;
        message = message.left(cut) + QChar(0x2026);
    }
    return message;
}

// errorCode as the server wrote it: HRESULTs arrive as negative numbers, but a server may send a
// hex string or a number that is not a whole number; none of them may turn into a made-up 0.
QString errorCodeText(const QJsonValue &code)
{
    if (code.isString())
        return tidyMessage(code.toString());
    if (!code.isDouble())
        return {};
    const double value = code.toDouble();
    constexpr double ExactIntegerLimit = 9007199254740992.0; // 2^53: every whole number below is exact
    if (value == std::floor(value) && std::fabs(value) < ExactIntegerLimit)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

bool isHiddenControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c;
}

QString visibleText(const QString &text)
{
    QString shown;
    shown.reserve(text.size());
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if (!isHiddenControl(code))
            shown.append(c);
        else if (code < 0x20)
            shown.append(QChar(char16_t(0x2400 + code))); // the control picture, e.g. U+241B for ESC
        else if (code == 0x7f)
            shown.append(QChar(char16_t(0x2421)));
        else
            shown.append(QChar(QChar::ReplacementCharacter));
    }
    return shown;
}

QString CertificateInfo::sha256Hex() const
{
    return formatSha256Fingerprint(sha256);
}

QByteArray parseSha256Fingerprint(const QString &text)
{
    QString hex;
    for (const QChar c : text) {
        if (c == QLatin1Char(':') || c.isSpace())
            continue;
        if (c.unicode() > 0x7f || !isxdigit(static_cast<unsigned char>(c.toLatin1())))
            return {};
        hex.append(c);
    }
    if (hex.size() != 64)
        return {};
    return QByteArray::fromHex(hex.toLatin1());
}

QString formatSha256Fingerprint(const QByteArray &raw)
{
    return QString::fromLatin1(raw.toHex(':').toUpper());
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Success:
        return QStringLiteral("success");
    case Outcome::BadRequest:
        return QStringLiteral("badRequest");
    case Outcome::Unauthorized:
        return QStringLiteral("unauthorized");
    case Outcome::Gone:
        return QStringLiteral("gone");
    case Outcome::ServerError:
        return QStringLiteral("serverError");
    case Outcome::ServiceUnavailable:
        return QStringLiteral("serviceUnavailable");
    case Outcome::OtherHttpStatus:
        return QStringLiteral("otherHttpStatus");
    case Outcome::OtherSuccessStatus:
        return QStringLiteral("otherSuccessStatus");
    case Outcome::InterimAnswerOnly:
        return QStringLiteral("interimAnswerOnly");
    case Outcome::Redirected:
        return QStringLiteral("redirected");
    case Outcome::RequestTooLarge:
        return QStringLiteral("requestTooLarge");
    case Outcome::ConnectionRefused:
        return QStringLiteral("connectionRefused");
    case Outcome::HostNotFound:
        return QStringLiteral("hostNotFound");
    case Outcome::Timeout:
        return QStringLiteral("timeout");
    case Outcome::TlsFailure:
        return QStringLiteral("tlsFailure");
    case Outcome::ConnectionReset:
        return QStringLiteral("connectionReset");
    case Outcome::DeliveryUnknown:
        return QStringLiteral("deliveryUnknown");
    case Outcome::NetworkFailure:
        return QStringLiteral("networkFailure");
    case Outcome::Canceled:
        return QStringLiteral("canceled");
    case Outcome::FeatureUnavailable:
        return QStringLiteral("featureUnavailable");
    case Outcome::InvalidInput:
        return QStringLiteral("invalidInput");
    case Outcome::NotLoggedIn:
        return QStringLiteral("notLoggedIn");
    case Outcome::ProtocolError:
        return QStringLiteral("protocolError");
    }
    return QStringLiteral("unknown");
}

Outcome outcomeForHttpStatus(int status)
{
    if (status >= 100 && status < 200)
        return Outcome::InterimAnswerOnly;
    if (status >= 200 && status < 300)
        return Outcome::Success;
    if (status >= 300 && status < 400)
        return Outcome::Redirected;
    switch (status) {
    case 413:
        return Outcome::RequestTooLarge;
    case 400:
        return Outcome::BadRequest;
    case 401:
        return Outcome::Unauthorized;
    case 410:
        return Outcome::Gone;
    case 503:
        return Outcome::ServiceUnavailable;
    default:
        return status >= 500 && status < 600 ? Outcome::ServerError : Outcome::OtherHttpStatus;
    }
}

ServerError parseServerError(const QByteArray &body)
{
    ServerError error;
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return error; // HTML from a proxy, a truncated body or nothing at all: no details to show.

    const QJsonObject object = document.object();
    error.bodyWasJson = true;
    error.errorId = jsonScalarString(object.value(QLatin1String("errorId")));
    error.message = tidyMessage(jsonScalarString(object.value(QLatin1String("message"))));
    error.type = object.value(QLatin1String("__type")).toString();
    error.propertyName = object.value(QLatin1String("propertyName")).toString();
    error.errorCode = errorCodeText(object.value(QLatin1String("errorCode")));
    return error;
}

namespace {

QString unsafeSummary(const Result &result)
{
    const QString status = QString::number(result.httpStatus);
    switch (result.outcome) {
    case Outcome::Success:
        return Text::tr("Accepted by the server (HTTP %1).").arg(status);
    case Outcome::BadRequest:
        return Text::tr("The server refused the request (HTTP 400 Bad Request).");
    case Outcome::Unauthorized:
        // Without an HTTP status it came as a connection-down message while polling.
        return result.httpStatus == 401 || (result.httpStatus == 0 && result.serverError.message.isEmpty())
            ? Text::tr("The server no longer accepts this session (HTTP 401 Unauthorized).")
            : Text::tr("The server ended the session.");
    case Outcome::Gone:
        return Text::tr("The server does not offer this function (HTTP 410 Gone).");
    case Outcome::ServerError:
        return Text::tr("The server failed while handling the request (HTTP %1).").arg(status);
    case Outcome::ServiceUnavailable:
        return result.triedHosts.size() > 1
            ? Text::tr("No server accepted the connection (HTTP 503); tried %1.")
                  .arg(result.triedHosts.join(QLatin1String(", ")))
            : Text::tr("The server is not accepting connections (HTTP 503 Service Unavailable).");
    case Outcome::OtherHttpStatus:
        return Text::tr("The server answered with an unexpected status (HTTP %1).").arg(status);
    case Outcome::OtherSuccessStatus:
        return Text::tr("The server answered HTTP %1, not 200 OK or 202 Accepted: it did not say that it "
                        "accepted the correction.")
            .arg(status);
    case Outcome::InterimAnswerOnly:
        return Text::tr("The server sent only an interim answer (HTTP %1); its final answer was not "
                        "received.")
            .arg(status);
    case Outcome::Redirected:
        return result.location.isEmpty()
            ? Text::tr("The server answered with a redirect (HTTP %1) without saying where to.").arg(status)
            : Text::tr("The server answered with a redirect (HTTP %1) to %2; it was not followed.")
                  .arg(status, result.location);
    case Outcome::RequestTooLarge:
        return Text::tr("The server refused the request as too large (HTTP 413 Content Too Large).");
    case Outcome::ConnectionRefused:
        return Text::tr("The server %1 refused the connection.").arg(result.host);
    case Outcome::HostNotFound:
        return Text::tr("The server name %1 could not be found.").arg(result.host);
    case Outcome::Timeout:
        return Text::tr("The server %1 did not answer in time.").arg(result.host);
    case Outcome::TlsFailure:
        if (result.certificate.pinnedButRefused)
            return Text::tr("The secure connection to %1 failed: the certificate you trusted has a problem "
                            "trusting it does not waive.")
                .arg(result.host);
        return result.certificate.pinMismatch
            ? Text::tr("The server %1 presented a different certificate than the one you trusted.")
                  .arg(result.host)
            : Text::tr("The secure connection to %1 failed: its certificate is not trusted.")
                  .arg(result.host);
    case Outcome::ConnectionReset:
        return Text::tr("The connection to %1 was closed before the answer arrived.").arg(result.host);
    case Outcome::DeliveryUnknown:
        return Text::tr("The connection to %1 was lost after the update was sent and before any answer: "
                        "it is unknown whether the server received it.")
            .arg(result.host);
    case Outcome::NetworkFailure:
        return Text::tr("A network error occurred while talking to %1.").arg(result.host);
    case Outcome::Canceled:
        return result.operation == Operation::Login ? Text::tr("The login was canceled.")
                                                    : Text::tr("The request was canceled.");
    case Outcome::FeatureUnavailable:
        return Text::tr("This server does not support updating call data.");
    case Outcome::InvalidInput:
        return Text::tr("The correction is not complete, so nothing was sent.");
    case Outcome::NotLoggedIn:
        return Text::tr("You are not logged in, so nothing was sent.");
    case Outcome::ProtocolError:
        return Text::tr("The server's answer could not be understood (HTTP %1).").arg(status);
    }
    return {};
}

} // namespace

QString summary(const Result &result)
{
    // The summary may quote the server (a redirect's Location, host names from a switchover list).
    return visibleText(unsafeSummary(result));
}

QString nextStep(const Result &result)
{
    switch (result.outcome) {
    case Outcome::Success:
        return {};
    case Outcome::BadRequest:
        // Older servers send only errorCode -2147221503, and an expired password or a missing licence
        // has no documented errorId: whatever a login refusal carries, the advice is about logging in.
        if (result.serverError.errorId == QLatin1String("error.request.connection.authenticationFailure"))
            return Text::tr("Check the user name and password, then log in again.");
        if (result.operation == Operation::Login)
            return Text::tr("Check the user name and password, then log in again. If they are right, the "
                            "password may have expired or the account may lack the rights or licence for "
                            "ICWS: ask the CIC administrator.");
        return Text::tr(
            "Check the campaign ID, call ID and keys. Call data can only be updated while the call is "
            "active; once it has ended, correct the contact list instead.");
    case Outcome::Unauthorized:
        return Text::tr("Log in again; your edits are kept and can be sent again.");
    case Outcome::Gone:
        return Text::tr(
            "Ask the CIC administrator whether Interaction Dialer's update-call-data is available on this "
            "server.");
    case Outcome::ServerError:
        return Text::tr(
            "Try again in a moment. If it keeps failing, give the CIC administrator the time and these "
            "details.");
    case Outcome::ServiceUnavailable:
        return Text::tr("The server may be switching over. Wait a minute, then log in again.");
    case Outcome::ProtocolError:
        if (!result.validationMessage.isEmpty())
            return result.validationMessage;
        [[fallthrough]];
    case Outcome::OtherHttpStatus:
        return Text::tr(
            "Check that the address points to the CIC server's ICWS port (usually 8019 for HTTPS).");
    case Outcome::OtherSuccessStatus:
    case Outcome::InterimAnswerOnly:
        return Text::tr("Whether the correction was taken is unknown. Check the call's data before sending "
                        "again.");
    case Outcome::Redirected:
        return Text::tr("Check the server address; if the CIC server has moved, type the new address "
                        "yourself.");
    case Outcome::RequestTooLarge:
        return Text::tr("Send fewer or shorter values at a time.");
    case Outcome::ConnectionRefused:
        return Text::tr(
            "Check the server address and port (ICWS uses 8019 for HTTPS, 8018 for HTTP) and that the "
            "server is running.");
    case Outcome::HostNotFound:
        return Text::tr("Check the spelling of the server name and your network connection.");
    case Outcome::Timeout:
        return Text::tr(
            "Check your network connection, then try again. Nothing confirms whether the server received "
            "the request.");
    case Outcome::TlsFailure:
        if (result.certificate.pinnedButRefused)
            return Text::tr("Trusting a certificate waives who issued it and which host it names, never its "
                            "validity period. Ask the administrator to renew the server's certificate.");
        return result.certificate.pinMismatch
            ? Text::tr("Do not continue unless your administrator confirms the certificate was replaced. "
                       "Compare its SHA-256 fingerprint with the one they give you.")
            : Text::tr("If your administrator confirms the certificate's SHA-256 fingerprint, trust this "
                       "certificate, or add your company's CA certificate file.");
    case Outcome::DeliveryUnknown:
        return Text::tr(
            "It was not sent again by itself. Check whether the call shows the new values before sending "
            "again.");
    case Outcome::ConnectionReset:
    case Outcome::NetworkFailure:
        return Text::tr("Check your network connection, then try again.");
    case Outcome::Canceled:
        if (result.operation == Operation::Login)
            return Text::tr("Nothing was sent to the call. Log in again when you are ready.");
        return Text::tr(
            "Send again when you are ready. The server may still have received a canceled update.");
    case Outcome::FeatureUnavailable:
    case Outcome::InvalidInput:
        return result.validationMessage;
    case Outcome::NotLoggedIn:
        return Text::tr("Log in first.");
    }
    return {};
}

QString describe(const Result &result)
{
    // Every line but the next step quotes the server; each is made visible on its own, so a line
    // break from the server cannot start a line of its own. The next step is ours (validation
    // messages are joined by line breaks), so only its lines are cleaned.
    QStringList lines {summary(result)};
    const ServerError &error = result.serverError;
    if (!error.message.isEmpty())
        lines << visibleText(Text::tr("Server message: %1").arg(error.message));
    if (!error.errorId.isEmpty())
        lines << visibleText(Text::tr("Error ID: %1").arg(error.errorId));
    else if (!error.errorCode.isEmpty())
        lines << visibleText(Text::tr("Error code: %1").arg(error.errorCode));
    if (!error.propertyName.isEmpty())
        lines << visibleText(Text::tr("Property: %1").arg(error.propertyName));
    if (!result.transportDetail.isEmpty() && result.outcome != Outcome::Success)
        lines << visibleText(Text::tr("Details: %1").arg(result.transportDetail));
    if (!result.certificate.isNull()) {
        const CertificateInfo &cert = result.certificate;
        lines << visibleText(Text::tr("Certificate for %1: subject %2, issued by %3, valid %4 to %5")
                                 .arg(cert.hostPort, cert.subject, cert.issuer,
                                      cert.validFrom.toString(Qt::ISODate),
                                      cert.validUntil.toString(Qt::ISODate)));
        lines << Text::tr("SHA-256 fingerprint: %1").arg(cert.sha256Hex());
        for (const QString &problem : cert.problems)
            lines << visibleText(Text::tr("Problem: %1").arg(problem));
    }
    if (const QString next = nextStep(result); !next.isEmpty()) {
        for (const QString &line : next.split(QLatin1Char('\n')))
            lines << visibleText(line);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace Icws
