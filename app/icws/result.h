// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace Icws {

/** What became of one operation. Each value has its own words in describe(). */
enum class Outcome {
    Success, ///< 2xx; for update-call-data only 200/202: "received by the server", not "saved"
    BadRequest, ///< 400
    Unauthorized, ///< 401: the session is over
    Gone, ///< 410
    ServerError, ///< 500
    ServiceUnavailable, ///< 503 with no host left to try (switchover exhausted)
    OtherHttpStatus, ///< any other non-2xx status
    OtherSuccessStatus, ///< an update answered with a 2xx other than 200/202: not an acceptance
    InterimAnswerOnly, ///< only a 1xx interim answer was read; the final answer is unknown
    Redirected, ///< 3xx: never followed (the session's secrets would go along); see Result::location
    RequestTooLarge, ///< 413: the server refused the size of the request
    ConnectionRefused,
    HostNotFound,
    Timeout,
    TlsFailure, ///< certificate or handshake problem; see Result::certificate
    ConnectionReset,
    DeliveryUnknown, ///< the connection failed after an update was sent, before any answer
    NetworkFailure, ///< any other transport problem
    Canceled, ///< the user aborted the request
    FeatureUnavailable, ///< the server lacks dialer >= 3; nothing was sent
    InvalidInput, ///< client-side validation failed; nothing was sent
    NotLoggedIn, ///< a session operation without a session; nothing was sent
    ProtocolError, ///< the server answered 2xx with something unusable (e.g. no sessionId)
};

/** The ICWS error representation; every field may be missing. */
struct ServerError
{
    QString errorId;
    QString message;
    QString errorCode; ///< as the server sent it ("-2147221503", "0x80040005", "1.5"); empty if absent
    QString type; ///< "__type", e.g. urn:inin.com:common:missingPropertyError
    QString propertyName; ///< for missing/invalid property errors
    bool bodyWasJson = false; ///< false for empty, HTML or other non-JSON bodies

    bool isEmpty() const { return errorId.isEmpty() && message.isEmpty() && errorCode.isEmpty(); }
};

/** A server certificate, as shown to a user deciding whether to trust it. */
struct CertificateInfo
{
    QString hostPort; ///< "host:port" the certificate was presented for
    QString subject;
    QString issuer;
    QDateTime validFrom;
    QDateTime validUntil;
    QByteArray sha256; ///< raw 32 bytes of the leaf certificate's DER digest
    QStringList problems; ///< translated QSslError texts
    bool pinMismatch = false; ///< pins were configured and none matched
    /** The certificate is pinned, but has a problem a pin does not waive (it expired, say). */
    bool pinnedButRefused = false;

    bool isNull() const { return sha256.isEmpty(); }
    /** Upper-case hex with colons, e.g. "AB:CD:…". */
    QString sha256Hex() const;
};

/** Which request a Result answers: the same status calls for different advice at each. */
enum class Operation { Other, Features, Login, Update, Poll, Logout };

/** The value every operation ends with. */
struct Result
{
    Outcome outcome = Outcome::Success;
    int httpStatus = 0; ///< 0 when no HTTP answer arrived
    ServerError serverError;
    QString host; ///< the host that answered (after switchover), or was last tried
    QString transportDetail; ///< Qt's error string for transport failures (never contains secrets)
    CertificateInfo certificate; ///< set for TlsFailure when a certificate was seen
    QStringList triedHosts; ///< login: every host tried, in order
    /** InvalidInput / FeatureUnavailable / ProtocolError: what is wrong and how to fix it. */
    QString validationMessage;
    QString location; ///< Redirected: the Location header as sent (shown, never followed)
    Operation operation = Operation::Other;

    bool ok() const { return outcome == Outcome::Success; }
    /** True when this result means the session no longer exists. */
    bool endsSession() const { return outcome == Outcome::Unauthorized; }
};

/**
 * Text from outside (a server's message, errorId, version, a certificate's names) made safe to print
 * on a terminal or show on screen: C0 controls (line breaks and tabs included) and DEL become their
 * Unicode control pictures (ESC → ␛, LF → ␊, DEL → ␡); C1 controls and the bidi overrides,
 * isolates and marks (U+202A–202E, U+2066–2069, U+200E/F, U+061C) become U+FFFD. So server text
 * can neither recolour nor retitle a terminal, nor hide, fake or reorder lines.
 */
QString visibleText(const QString &text);
/** True for a character visibleText() replaces. */
bool isHiddenControl(char16_t c);

/** Normalises a fingerprint typed as hex, with or without colons/spaces; empty on error. */
QByteArray parseSha256Fingerprint(const QString &text);
QString formatSha256Fingerprint(const QByteArray &raw);

/** A stable camelCase name, e.g. "badRequest": the audit log's and calldata-cli --json's. */
QString outcomeName(Outcome outcome);

/** Maps an HTTP status to its outcome (2xx → Success). */
Outcome outcomeForHttpStatus(int status);

/**
 * Parses an error body tolerantly: empty, non-JSON (an HTML page from a proxy), truncated or
 * huge bodies never fail; HTML is never returned as the message.
 */
ServerError parseServerError(const QByteArray &body);

/** One sentence naming the outcome, e.g. "The server rejected the request (HTTP 400)." */
QString summary(const Result &result);
/** What the user should do next, or empty. */
QString nextStep(const Result &result);
/**
 * A complete, translated, multi-line description: summary, the server's errorId and message
 * when present, and the next step. Used by calldata-cli and as the window's detail text.
 */
QString describe(const Result &result);

} // namespace Icws

Q_DECLARE_METATYPE(Icws::Result)
