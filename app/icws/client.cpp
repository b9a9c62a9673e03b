// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "client.h"

#include "diagnostics.h"
#include "http1exchange.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace Icws {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Icws::Client)
};

// Success bodies (a login answer, a message batch) are small; this only guards against a runaway server.
constexpr qint64 MaxSuccessBodyBytes = 4 * 1024 * 1024;
// A redirect's target is shown to the user, never followed; a runaway header is cut short.
constexpr int MaxShownLocationLength = 500;

/**
 * Overwrites a request body that carried the password once the network layer is done with it.
 * QByteArray shares its buffer with the copy Http1Exchange sends from, so writing through
 * constData() (not data(), which would detach and wipe only a fresh copy) clears that copy too.
 * Copies the socket layer made while sending (its write buffer, the TLS record) are out of reach.
 */
void wipeSharedBytes(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        std::fill_n(const_cast<char *>(bytes.constData()), bytes.size(), '\0');
    bytes = QByteArray();
}

/** Transport errors after which a sent update may or may not have reached the server. */
bool fateUnknown(QNetworkReply::NetworkError error, bool uploadStarted)
{
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
        return true;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::OperationCanceledError:
        return false;
    default:
        return uploadStarted;
    }
}

CertificateInfo describeCertificate(const QSslCertificate &certificate, const QUrl &url,
                                    const QList<QSslError> &errors, bool pinMismatch)
{
    CertificateInfo info;
    info.hostPort = hostPort(url);
    info.subject = certificate.subjectDisplayName();
    info.issuer = certificate.issuerDisplayName();
    info.validFrom = certificate.effectiveDate();
    info.validUntil = certificate.expiryDate();
    info.sha256 = certificate.digest(QCryptographicHash::Sha256);
    for (const QSslError &error : errors)
        info.problems.append(error.errorString());
    info.problems.removeDuplicates();
    info.pinMismatch = pinMismatch;
    return info;
}

} // namespace

Client::Client(QNetworkAccessManager *network, QObject *parent) : QObject(parent), m_network(network)
{
    qRegisterMetaType<Icws::Result>();
    setOptions(ClientOptions());
}

Client::~Client()
{
    // Replies a caller still waits for must not call back into a half-destroyed client. Only the
    // clean-up ones stay: logouts, and canceled logins whose late session must be closed.
    const auto stop = [this](QNetworkReply *reply) {
        wipeSharedBytes(m_pending[reply].sentSecret);
        m_pending.remove(reply);
        reply->disconnect(this);
        reply->abort();
        delete reply;
    };
    for (QNetworkReply *reply : m_pending.keys()) {
        const Pending &pending = m_pending.value(reply);
        if (pending.kind != Kind::Cleanup && !pending.abandoned)
            stop(reply);
    }
    clearLoginState();
    if (!m_network)
        return;

    // Best effort, bounded, never blocking exit: first the queue watches end, then the session, so
    // the server can reclaim both (and the session's licence) at once; a canceled login's late
    // session is closed too.
    QElapsedTimer elapsed;
    elapsed.start();
    const auto drain = [this, &elapsed] {
        const qint64 left = m_options.logoutTimeoutMs - elapsed.elapsed();
        if (m_pending.isEmpty() || left <= 0)
            return;
        QEventLoop loop;
        m_drainLoop = &loop;
        QTimer::singleShot(left, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        m_drainLoop = nullptr;
    };
    if (m_session.isValid()) {
        for (const QString &subscriptionId : std::as_const(m_watches))
            send(Kind::Cleanup, "DELETE",
                 makeRequest(queueSubscriptionUrl(m_session.baseUrl, m_session.sessionId, subscriptionId),
                             true));
        drain();
        send(Kind::Cleanup, "DELETE",
             makeRequest(sessionUrl(m_session.baseUrl, m_session.sessionId, QStringLiteral("connection")),
                         true));
        m_session = Session();
    }
    drain();
    for (QNetworkReply *reply : m_pending.keys())
        stop(reply);
}

void Client::setOptions(const ClientOptions &options)
{
    m_options = options;
    if (m_options.acceptLanguage.trimmed().isEmpty())
        m_options.acceptLanguage = acceptLanguageFor(QLocale());
    m_extraCaCertificates.clear();
    m_caFileProblem.clear();
    if (!m_options.caFile.isEmpty()) {
        m_extraCaCertificates = QSslCertificate::fromPath(m_options.caFile, QSsl::Pem);
        if (m_extraCaCertificates.isEmpty())
            m_caFileProblem =
                Text::tr("The CA file %1 could not be read or holds no PEM certificate. Choose a PEM "
                         "file with your company's CA certificate.")
                    .arg(m_options.caFile);
    }
}

bool Client::isBusy() const
{
    for (const Pending &pending : m_pending) {
        if ((pending.kind == Kind::Login && !pending.abandoned) || pending.kind == Kind::LoginFeatures
            || pending.kind == Kind::Update)
            return true;
    }
    return false;
}

QNetworkRequest Client::makeRequest(const QUrl &url, bool withSession) const
{
    QNetworkRequest request(url);
    // Never follow a redirect: it would carry the CSRF token to whatever host it names.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", AcceptValue);
    request.setRawHeader("Accept-Language", m_options.acceptLanguage.toUtf8());
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (withSession)
        request.setRawHeader(CsrfHeader, m_session.csrfToken.toUtf8());
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!m_extraCaCertificates.isEmpty())
            ssl.setCaCertificates(ssl.caCertificates() + m_extraCaCertificates);
        request.setSslConfiguration(ssl);
    }
    return request;
}

void Client::send(Kind kind, const QByteArray &verb, const QNetworkRequest &request, const QByteArray &body,
                  const QString &subject)
{
    QNetworkRequest withBody = request;
    QNetworkReply *reply = nullptr;
    qCDebug(lcNetwork).noquote() << verb << loggableUrl(request.url(), m_session.sessionId) << "sent,"
                                 << body.size() << "bytes of body";
    const bool sendOnce = kind == Kind::Login || kind == Kind::Update;
    if (sendOnce || !body.isEmpty())
        withBody.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray(JsonContentType));
    if (sendOnce) {
        // Sent once on a connection of its own, interim answers skipped, the answer read with
        // bounded memory: see Http1Exchange.
        // A child of the manager, as the manager's own replies are: reaped with it.
        reply = new Http1Exchange(m_network, withBody, verb, body, m_network);
    } else if (!body.isEmpty()) {
        reply = m_network->sendCustomRequest(withBody, verb, body);
    } else {
        // No upload device at all: with one, even an empty one, Qt's HTTP thread does not honour
        // the read buffer size set below.
        reply = m_network->sendCustomRequest(withBody, verb);
    }
    // Qt stops reading the socket once this much waits unread, so a runaway answer cannot fill
    // memory faster than readBody() notices it.
    reply->setReadBufferSize(MaxSuccessBodyBytes);
    Pending pending;
    pending.kind = kind;
    pending.sessionId = m_session.sessionId;
    pending.subject = subject;
    if (kind == Kind::Login)
        pending.sentSecret = body;
    pending.sent.start();
    m_pending.insert(reply, pending);

    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        handleFinished(reply);
        if (m_drainLoop && m_pending.isEmpty())
            m_drainLoop->quit();
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { readBody(reply); });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64) {
        // What Qt has taken off the socket, read by us or not: past the limit, stop the download.
        if (received > bodyLimit(reply))
            stopOversizedBody(reply);
    });
    connect(reply, &QNetworkReply::uploadProgress, this, [this, reply](qint64 sent, qint64) {
        const auto it = m_pending.find(reply);
        if (it != m_pending.end() && sent > 0)
            it->uploadStarted = true;
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        const bool pinned = acceptPinnedCertificate(reply, errors);
        for (const QSslError &error : errors)
            qCDebug(lcNetwork).noquote()
                << "TLS problem with" << hostPort(reply->url()) << ':' << error.errorString()
                << (pinned ? "(accepted: the certificate is pinned)" : "");
        if (pinned)
            return;
        const auto it = m_pending.find(reply);
        if (it != m_pending.end()) {
            // The leaf, as acceptPinnedCertificate() compares it: its fingerprint is the one to pin,
            // whichever certificate of the chain the first error names.
            QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
            if (leaf.isNull() && !errors.isEmpty())
                leaf = errors.first().certificate();
            it->certificate = describeCertificate(leaf, reply->url(), errors,
                                                  !m_options.pinnedSha256.isEmpty() && !isPinned(leaf));
            it->certificate.pinnedButRefused = isPinned(leaf);
        }
    });

    // Our own timer, so a timeout is told apart from a user's cancel and from a server reset.
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, reply] {
        const auto it = m_pending.find(reply);
        if (it != m_pending.end()) {
            it->timedOut = true;
            reply->abort();
        }
    });
    timer->start(m_options.timeoutMs);
}

namespace {

// What a pin vouches for: that this exact certificate belongs to the server, so whoever issued it
// and which names it carries no longer matter (an internal server's self-signed certificate often
// names a machine, not the address users type). Its validity period still does: an expired
// certificate may have been retired and its key no longer guarded.
bool pinWaives(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::HostNameMismatch:
        return true;
    default:
        return false;
    }
}

} // namespace

bool Client::isPinned(const QSslCertificate &leaf) const
{
    return !leaf.isNull() && m_options.pinnedSha256.contains(leaf.digest(QCryptographicHash::Sha256));
}

bool Client::acceptPinnedCertificate(QNetworkReply *reply, const QList<QSslError> &errors) const
{
    if (!isPinned(reply->sslConfiguration().peerCertificate()))
        return false;
    if (!std::all_of(errors.cbegin(), errors.cend(),
                     [](const QSslError &error) { return pinWaives(error.error()); }))
        return false;
    // Only this exact certificate's trust-chain and name problems are waived, never verification as a whole.
    reply->ignoreSslErrors(errors);
    return true;
}

Operation Client::operationFor(Kind kind)
{
    switch (kind) {
    case Kind::Features:
    case Kind::Version:
        return Operation::Features;
    case Kind::Login:
    case Kind::LoginFeatures:
        return Operation::Login;
    case Kind::Update:
        return Operation::Update;
    case Kind::Poll:
        return Operation::Poll;
    case Kind::Logout:
    case Kind::Cleanup:
        return Operation::Logout;
    case Kind::Watch:
    case Kind::Unwatch:
    case Kind::ReadInteraction:
        return Operation::Other;
    }
    return Operation::Other;
}

Result Client::resultFor(QNetworkReply *reply, const Pending &pending, const QByteArray &body) const
{
    Result result;
    result.host = hostPort(reply->url());
    result.operation = operationFor(pending.kind);
    if (pending.timedOut) {
        result.outcome = Outcome::Timeout;
        result.transportDetail =
            Text::tr("No answer within %n second(s).", nullptr, (m_options.timeoutMs + 999) / 1000);
        return result;
    }
    if (pending.canceled) {
        result.outcome = Outcome::Canceled;
        return result;
    }

    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (result.httpStatus != 0) {
        result.outcome = outcomeForHttpStatus(result.httpStatus);
        // Only 200 and 202 say the server took the update; a 204 or 206 (a proxy, a broken plug-in)
        // must not be reported as "accepted".
        if (pending.kind == Kind::Update && result.ok() && result.httpStatus != 200
            && result.httpStatus != 202)
            result.outcome = Outcome::OtherSuccessStatus;
        if (result.outcome == Outcome::Redirected)
            result.location = QString::fromUtf8(reply->rawHeader("Location")).left(MaxShownLocationLength);
        if (!result.ok()) {
            result.serverError = parseServerError(body);
        } else if (pending.tooLarge && pending.kind != Kind::Update && pending.kind != Kind::Logout
                   && pending.kind != Kind::Cleanup) {
            // A success whose answer is needed but cut off cannot be used: say why instead of
            // parsing half of it. (An update's or logout's status is all that counts.)
            result.outcome = Outcome::ProtocolError;
            result.transportDetail =
                Text::tr("The answer was larger than %n MiB and was not read to the end.", nullptr,
                         int(MaxSuccessBodyBytes / (1024 * 1024)));
        }
        return result;
    }

    if (pending.kind == Kind::Update && fateUnknown(reply->error(), pending.uploadStarted)) {
        result.outcome = Outcome::DeliveryUnknown;
        result.transportDetail = reply->errorString();
        return result;
    }

    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        result.outcome = Outcome::ConnectionRefused;
        break;
    case QNetworkReply::HostNotFoundError:
        result.outcome = Outcome::HostNotFound;
        break;
    case QNetworkReply::TimeoutError:
        result.outcome = Outcome::Timeout;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        result.outcome = Outcome::TlsFailure;
        result.certificate = pending.certificate;
        break;
    case QNetworkReply::RemoteHostClosedError: // closed before the answer
        result.outcome = Outcome::ConnectionReset;
        break;
    case QNetworkReply::OperationCanceledError:
        result.outcome = Outcome::Canceled;
        break;
    default:
        result.outcome = Outcome::NetworkFailure;
        break;
    }
    result.transportDetail = reply->errorString();
    return result;
}

qint64 Client::bodyLimit(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status >= 200 && status < 300 ? MaxSuccessBodyBytes : MaxErrorBodyBytes;
}

void Client::readBody(QNetworkReply *reply)
{
    const auto it = m_pending.find(reply);
    if (it == m_pending.end())
        return;
    const qint64 limit = bodyLimit(reply);
    it->body += reply->read(limit - it->body.size());
    // A proxy's error page or a runaway server is not downloaded past the limit: the answer so far
    // is all that is read, and the status line already says what happened.
    if (it->body.size() >= limit && reply->bytesAvailable() > 0)
        stopOversizedBody(reply);
}

void Client::stopOversizedBody(QNetworkReply *reply)
{
    const auto it = m_pending.find(reply);
    if (it == m_pending.end() || it->tooLarge)
        return;
    it->tooLarge = true;
    reply->abort();
}

void Client::handleFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = m_pending.find(reply);
    if (it == m_pending.end())
        return;
    Pending pending = *it;
    m_pending.erase(it);
    // The reply is finished, so the network layer no longer reads the login body: wipe the password.
    wipeSharedBytes(pending.sentSecret);

    QByteArray body = pending.body;
    if (reply->isOpen())
        body += reply->read(bodyLimit(reply) - body.size());
    Result result = resultFor(reply, pending, body);
    qCDebug(lcNetwork).noquote() << loggableUrl(reply->url(), pending.sessionId) << "answered"
                                 << (result.httpStatus ? QString::number(result.httpStatus)
                                                       : reply->errorString())
                                 << "after" << pending.sent.elapsed() << "ms," << body.size()
                                 << "bytes of body"
                                 << (pending.timedOut       ? "(timed out)"
                                         : pending.canceled ? "(canceled)"
                                                            : "");

    switch (pending.kind) {
    case Kind::Features:
    case Kind::Version:
        finishFeatures(pending.kind, result, body);
        return;
    case Kind::Login:
        if (pending.abandoned)
            closeAbandonedSession(reply, body);
        else
            finishLogin(reply, result, body);
        return;
    case Kind::LoginFeatures:
        finishLoginFeatures(result, body);
        return;
    case Kind::Update:
        if (result.endsSession())
            endSession(result, pending.sessionId);
        emit updateFinished(result);
        return;
    case Kind::Poll:
        finishPoll(result, body, pending.sessionId);
        return;
    case Kind::Logout:
        removeSessionCookies(reply->url());
        emit logoutFinished(result);
        return;
    case Kind::Watch:
    case Kind::Unwatch:
    case Kind::ReadInteraction:
        finishWatch(pending.kind, result, pending, body);
        return;
    case Kind::Cleanup:
        // A queue watch's end leaves the session (and its cookie) to the logout that follows.
        if (reply->url().path().endsWith(QLatin1String("/connection")))
            removeSessionCookies(reply->url());
        return;
    }
}

Result Client::caFileRefusal() const
{
    Result result;
    result.outcome = Outcome::InvalidInput;
    result.validationMessage = m_caFileProblem;
    return result;
}

template<typename Signal> void Client::finishLater(Signal signal, const Result &result)
{
    // Operations always finish asynchronously, even when refused before sending.
    QMetaObject::invokeMethod(
        this, [this, signal, result] { emit(this->*signal)(result); }, Qt::QueuedConnection);
}

void Client::fetchFeatures(const QUrl &baseUrl)
{
    // A fetch still running ends now (as Canceled), so its replies cannot mix with this one's.
    abortPending({Kind::Features, Kind::Version});
    m_featuresResult = Result();
    m_fetchedFeatures = FeatureVersions();
    m_fetchedVersion = ServerVersion();
    if (!m_caFileProblem.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, result = caFileRefusal()] { emit featuresFetched(result, {}, {}); },
            Qt::QueuedConnection);
        return;
    }
    m_featureRepliesLeft = 2;
    send(Kind::Features, "GET", makeRequest(featuresUrl(baseUrl), false));
    send(Kind::Version, "GET", makeRequest(versionUrl(baseUrl), false));
}

void Client::finishFeatures(Kind kind, const Result &result, const QByteArray &body)
{
    if (kind == Kind::Features) {
        m_featuresResult = result;
        if (result.ok())
            m_fetchedFeatures = parseFeatures(body);
    } else if (result.ok()) {
        m_fetchedVersion = ServerVersion::fromJson(QJsonDocument::fromJson(body).object());
    }
    if (--m_featureRepliesLeft == 0)
        emit featuresFetched(m_featuresResult, m_fetchedFeatures, m_fetchedVersion);
}

void Client::login(const QUrl &baseUrl, const QString &user, const QString &password)
{
    // A login still running ends now (as Canceled): its switchover state must not mix with this one's.
    abortPending({Kind::Login, Kind::LoginFeatures});
    // A session still alive is closed on the server too, so it does not linger there until it times out.
    if (m_session.isValid())
        logout();
    clearLoginState();
    if (!m_caFileProblem.isEmpty()) {
        finishLater(&Client::loginFinished, caFileRefusal());
        return;
    }
    m_loginUser = user;
    m_loginPassword = password;
    m_loginBaseUrl = baseUrl;
    attemptLogin(baseUrl);
}

void Client::attemptLogin(const QUrl &baseUrl)
{
    m_triedHosts.append(baseUrl.host());
    m_knownHosts.insert(normalizedHost(baseUrl.host()));
    qCDebug(lcSession).noquote() << "logging in as" << m_loginUser << "at" << hostPort(baseUrl);
    send(Kind::Login, "POST", makeRequest(connectionUrl(baseUrl), false),
         loginRequestBody(m_loginUser, m_loginPassword));
}

void Client::finishLogin(QNetworkReply *reply, Result result, const QByteArray &body)
{
    const QUrl answeredBase = [reply] {
        QUrl url = reply->url();
        url.setPath({});
        url.setQuery(QString());
        return url;
    }();

    if (result.outcome == Outcome::ServiceUnavailable) {
        m_sawUnavailable = true;
        for (const QString &host : parseAlternateHosts(body)) {
            // The same server under another spelling (LOCALHOST., 127.1, 2130706433, [::1]) is
            // not tried again: each try sends the password once more.
            if (withHost(m_loginBaseUrl, host).isValid() && !m_knownHosts.contains(normalizedHost(host))) {
                m_knownHosts.insert(normalizedHost(host));
                m_pendingHosts.append(host);
            }
        }
    }
    // During a switchover an alternate host may be down too: move on to the next one.
    const bool tryNext = m_sawUnavailable && !result.ok() && result.outcome != Outcome::BadRequest
        && result.outcome != Outcome::Canceled && result.outcome != Outcome::TlsFailure;
    if (tryNext && !m_pendingHosts.isEmpty() && m_triedHosts.size() <= m_options.maxSwitchoverHops) {
        qCDebug(lcSession).noquote() << "switchover: trying" << m_pendingHosts.first() << "after"
                                     << m_triedHosts;
        attemptLogin(withHost(m_loginBaseUrl, m_pendingHosts.takeFirst()));
        return;
    }

    result.triedHosts = m_triedHosts;
    if (tryNext) {
        // Every host we could reach said 503 or could not be reached at all.
        result.outcome = Outcome::ServiceUnavailable;
        if (result.httpStatus == 0)
            result.httpStatus = 503;
    }
    if (result.ok()) {
        QString problem;
        const auto response = parseConnectionResponse(body, reply->rawHeader(SessionIdHeader),
                                                      reply->rawHeader(CsrfHeader), &problem);
        if (!response) {
            // Nothing more is sent with a session ID or token that could not be used safely.
            result.outcome = Outcome::ProtocolError;
            result.validationMessage = problem;
        } else {
            Session session {*response, answeredBase};
            if (session.userId.isEmpty())
                session.userId = m_loginUser;
            clearLoginState();
            if (!session.featuresIncluded) {
                // An older server ignores include=features: ask for them, as the protocol allows,
                // instead of taking the missing list for "no dialer feature".
                m_loginSession = session;
                m_loginResult = result;
                send(Kind::LoginFeatures, "GET", makeRequest(featuresUrl(answeredBase), false));
                return;
            }
            m_session = session;
            qCDebug(lcSession).noquote()
                << "session started on" << hostPort(answeredBase) << "for" << m_session.userId;
        }
    }
    if (!result.ok())
        qCDebug(lcSession).noquote() << "login failed:" << describe(result);
    clearLoginState();
    emit loginFinished(result);
}

void Client::finishLoginFeatures(const Result &result, const QByteArray &body)
{
    Session session = std::exchange(m_loginSession, Session());
    const Result loginResult = std::exchange(m_loginResult, Result());
    if (result.outcome == Outcome::Canceled) {
        // The server already holds this session: close it there quietly, as for a login canceled
        // after its 201, rather than leave it (and perhaps a licence) behind.
        QNetworkRequest request =
            makeRequest(sessionUrl(session.baseUrl, session.sessionId, QStringLiteral("connection")), false);
        request.setRawHeader(CsrfHeader, session.csrfToken.toUtf8());
        send(Kind::Cleanup, "DELETE", request);
        emit loginFinished(result);
        return;
    }
    if (result.ok()) {
        session.features = parseFeatures(body);
        session.featuresIncluded = true;
    }
    // Otherwise the features stay unknown, and an update is sent so the server's own answer shows.
    m_session = session;
    qCDebug(lcSession).noquote() << "session started on" << hostPort(session.baseUrl) << "for"
                                 << session.userId;
    emit loginFinished(loginResult);
}

void Client::clearLoginState()
{
    // Overwrite the password's characters before letting the string go.
    m_loginPassword.fill(QLatin1Char('\0'));
    m_loginPassword.clear();
    m_loginPassword.squeeze();
    m_loginUser.clear();
    m_triedHosts.clear();
    m_knownHosts.clear();
    m_pendingHosts.clear();
    m_sawUnavailable = false;
}

void Client::updateCallData(const CallDataUpdate &update)
{
    Result refused;
    const QList<ValidationIssue> issues = validate(update);
    if (!m_session.isValid()) {
        refused.outcome = Outcome::NotLoggedIn;
    } else if (hasErrors(issues)) {
        refused.outcome = Outcome::InvalidInput;
        QStringList messages;
        for (const ValidationIssue &issue : issues) {
            if (issue.severity == ValidationIssue::Severity::Error)
                messages << issue.message;
        }
        refused.validationMessage = messages.join(QLatin1Char('\n'));
    } else if (m_session.featuresIncluded && !m_session.features.supportsUpdateCallData()) {
        refused.outcome = Outcome::FeatureUnavailable;
        refused.validationMessage = featureGateProblem(m_session.features);
    } else {
        send(Kind::Update, "POST",
             makeRequest(sessionUrl(m_session.baseUrl, m_session.sessionId,
                                    QStringLiteral("dialer/update-call-data")),
                         true),
             updateCallDataBody(update));
        return;
    }
    refused.host = m_session.isValid() ? hostPort(m_session.baseUrl) : QString();
    finishLater(&Client::updateFinished, refused);
}

void Client::pollMessages()
{
    if (!m_session.isValid())
        return;
    send(Kind::Poll, "GET",
         makeRequest(sessionUrl(m_session.baseUrl, m_session.sessionId, QStringLiteral("messaging/messages")),
                     true));
}

void Client::finishPoll(Result result, const QByteArray &body, const QString &sessionId)
{
    QJsonArray messages;
    if (result.ok()) {
        messages = QJsonDocument::fromJson(body).array();
        if (const auto down = findConnectionDown(messages)) {
            // The server closed the session; report it like a 401 so callers handle one case.
            result.outcome = Outcome::Unauthorized;
            result.serverError.message = down->reason;
        }
    }
    if (result.endsSession())
        endSession(result, sessionId);
    emit messagesReceived(result, messages);
}

void Client::logout()
{
    if (!m_session.isValid()) {
        Result result;
        result.outcome = Outcome::NotLoggedIn;
        finishLater(&Client::logoutFinished, result);
        return;
    }
    qCDebug(lcSession).noquote() << "logging out of" << hostPort(m_session.baseUrl);
    // The cookie is still needed by this last request; it is removed once the answer is in.
    send(Kind::Logout, "DELETE",
         makeRequest(sessionUrl(m_session.baseUrl, m_session.sessionId, QStringLiteral("connection")), true));
    m_session = Session();
    m_watches.clear();
}

std::optional<Result> Client::sessionFeatureRefusal(const QString &featureProblem) const
{
    Result refused;
    if (!m_session.isValid()) {
        refused.outcome = Outcome::NotLoggedIn;
    } else if (m_session.featuresIncluded && !featureProblem.isEmpty()) {
        // The login's feature list says the server lacks it: nothing is sent.
        refused.outcome = Outcome::FeatureUnavailable;
        refused.validationMessage = featureProblem;
        refused.host = hostPort(m_session.baseUrl);
    } else {
        return std::nullopt;
    }
    return refused;
}

void Client::watchQueues(const QString &subscriptionId, const QList<QueueId> &queues,
                         const QStringList &attributeNames)
{
    if (auto refused = sessionFeatureRefusal(queuesFeatureProblem(m_session.features))) {
        QMetaObject::invokeMethod(
            this, [this, result = *refused, subscriptionId] { emit watchFinished(result, subscriptionId); },
            Qt::QueuedConnection);
        return;
    }
    send(Kind::Watch, "PUT",
         makeRequest(queueSubscriptionUrl(m_session.baseUrl, m_session.sessionId, subscriptionId), true),
         queueSubscriptionBody(queues, attributeNames), subscriptionId);
}

void Client::unwatchQueues(const QString &subscriptionId)
{
    m_watches.removeAll(subscriptionId);
    if (auto refused = sessionFeatureRefusal({})) {
        QMetaObject::invokeMethod(
            this, [this, result = *refused, subscriptionId] { emit unwatchFinished(result, subscriptionId); },
            Qt::QueuedConnection);
        return;
    }
    send(Kind::Unwatch, "DELETE",
         makeRequest(queueSubscriptionUrl(m_session.baseUrl, m_session.sessionId, subscriptionId), true), {},
         subscriptionId);
}

void Client::readInteraction(const QString &interactionId, const QStringList &attributeNames)
{
    if (auto refused = sessionFeatureRefusal(interactionsFeatureProblem(m_session.features))) {
        QMetaObject::invokeMethod(
            this,
            [this, result = *refused, interactionId] { emit interactionRead(result, interactionId, {}); },
            Qt::QueuedConnection);
        return;
    }
    send(Kind::ReadInteraction, "GET",
         makeRequest(interactionUrl(m_session.baseUrl, m_session.sessionId, interactionId, attributeNames),
                     true),
         {}, interactionId);
}

void Client::finishWatch(Kind kind, const Result &result, const Pending &pending, const QByteArray &body)
{
    if (result.endsSession())
        endSession(result, pending.sessionId);
    const bool current = pending.sessionId == m_session.sessionId;
    switch (kind) {
    case Kind::Watch:
        if (result.ok() && current && !m_watches.contains(pending.subject))
            m_watches.append(pending.subject);
        emit watchFinished(result, pending.subject);
        return;
    case Kind::Unwatch:
        emit unwatchFinished(result, pending.subject);
        return;
    default:
        emit interactionRead(result, pending.subject,
                             result.ok() ? parseInteractionAttributes(body) : QHash<QString, QString>());
        return;
    }
}

void Client::cancel()
{
    abortPending({Kind::Login, Kind::LoginFeatures, Kind::Update});
}

void Client::abortPending(std::initializer_list<Kind> kinds)
{
    // abort() emits finished() at once, and handleFinished() erases the reply from m_pending (and
    // may start a request): never iterate m_pending while aborting.
    const QList<QNetworkReply *> replies = m_pending.keys();
    for (QNetworkReply *reply : replies) {
        const auto it = m_pending.find(reply);
        if (it == m_pending.end() || it->canceled
            || std::find(kinds.begin(), kinds.end(), it->kind) == kinds.end())
            continue;
        it->canceled = true;
        if (it->kind == Kind::Login)
            abandonLogin(reply);
        else
            reply->abort();
    }
}

void Client::abandonLogin(QNetworkReply *reply)
{
    // The server may already have opened a session for this login, and each may hold a CIC
    // licence: the answer is still awaited (bounded by the timeout) so that a 201 arriving after
    // Cancel is logged out at once. The caller hears of the cancel now.
    m_pending[reply].abandoned = true;
    Result result;
    result.outcome = Outcome::Canceled;
    result.operation = Operation::Login;
    result.host = hostPort(reply->url());
    result.triedHosts = m_triedHosts;
    clearLoginState();
    emit loginFinished(result);
}

void Client::closeAbandonedSession(QNetworkReply *reply, const QByteArray &body)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300)
        return;
    const auto response =
        parseConnectionResponse(body, reply->rawHeader(SessionIdHeader), reply->rawHeader(CsrfHeader));
    if (!response)
        return;
    QUrl base = reply->url();
    base.setPath({});
    base.setQuery(QString());
    QNetworkRequest request =
        makeRequest(sessionUrl(base, response->sessionId, QStringLiteral("connection")), false);
    request.setRawHeader(CsrfHeader, response->csrfToken.toUtf8());
    send(Kind::Cleanup, "DELETE", request);
}

void Client::forgetSession()
{
    if (m_session.isValid())
        removeSessionCookies(
            sessionUrl(m_session.baseUrl, m_session.sessionId, QStringLiteral("connection")));
    m_session = Session();
    m_watches.clear();
}

void Client::removeSessionCookies(const QUrl &sessionResourceUrl)
{
    if (!m_network || !m_network->cookieJar())
        return;
    QNetworkCookieJar *jar = m_network->cookieJar();
    for (const QNetworkCookie &cookie : jar->cookiesForUrl(sessionResourceUrl))
        jar->deleteCookie(cookie);
}

void Client::endSession(const Result &result, const QString &sessionId)
{
    // A late answer for a session that was already replaced must not end the new one.
    if (!m_session.isValid() || sessionId != m_session.sessionId)
        return;
    qCDebug(lcSession).noquote() << "the server ended the session:" << describe(result);
    forgetSession();
    emit sessionEnded(result);
}

} // namespace Icws
