// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "simulator.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QPointer>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <utility>

#ifndef ICWS_SIM_CERT_DIR
#error "ICWS_SIM_CERT_DIR must be defined by the build (tests/icws-sim/CMakeLists.txt)"
#endif

namespace IcwsSim {

using namespace Qt::StringLiterals;

namespace {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Older than this, recorded requests are dropped: a long-running CLI instance polled every
// second must not grow without bound.
constexpr qsizetype kMaxRecordedRequests = 10000;

// How much of an endless body waits in the simulator's socket buffer at most.
constexpr qint64 kEndlessBacklog = 4 * 1024 * 1024;

const QByteArray kIcwsContentType = QByteArrayLiteral("application/vnd.inin.icws+JSON; charset=utf-8");
const QByteArray kWwwAuthenticate = QByteArrayLiteral(R"(ICWS realm="ICWS" location="/ICWS/connection")");
const QString kIcAuthType = QStringLiteral("urn:inin.com:connection:icAuthConnectionRequestSettings");
const QString kUpdateCallDataType = QStringLiteral("urn:inin.com:dialer:updateCallDataParameters");

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QByteArrayLiteral("TRACE");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

// Fixed path segments are compared case-insensitively: the real server advertises
// location="/ICWS/connection" in WWW-Authenticate, so it evidently accepts both spellings.
bool segmentIs(const QString &segment, QLatin1String name)
{
    return segment.compare(name, Qt::CaseInsensitive) == 0;
}

QList<QByteArray> headerValues(const RecordedRequest &request, const QByteArray &name)
{
    QList<QByteArray> values;
    for (const auto &header : request.headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            values.append(header.second);
    }
    return values;
}

// Accepts application/json and application/vnd.inin.icws+json (what the SDK sends), with an
// optional UTF-8 charset. A different charset is refused: JSON bodies here must be UTF-8, and a
// client that labels them otherwise has a bug the tests should see.
bool isAcceptableJsonContentType(const QByteArray &contentType, QString *why)
{
    const QList<QByteArray> parts = contentType.split(';');
    const QByteArray mediaType = parts.first().trimmed().toLower();
    if (mediaType != "application/json" && mediaType != "application/vnd.inin.icws+json") {
        *why = contentType.isEmpty()
            ? QStringLiteral("The Content-Type header is required.")
            : QStringLiteral("The Content-Type '%1' is not supported; use application/json.")
                  .arg(QString::fromLatin1(contentType));
        return false;
    }
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts.at(i).trimmed();
        const qsizetype equals = parameter.indexOf('=');
        if (equals < 0)
            continue;
        if (parameter.left(equals).trimmed().toLower() != "charset")
            continue;
        QByteArray charset = parameter.mid(equals + 1).trimmed().toLower();
        if (charset.size() >= 2 && charset.startsWith('"') && charset.endsWith('"'))
            charset = charset.mid(1, charset.size() - 2);
        if (charset != "utf-8" && charset != "utf8") {
            *why = QStringLiteral("The charset '%1' is not supported; use utf-8.")
                       .arg(QString::fromLatin1(charset));
            return false;
        }
    }
    return true;
}

QJsonObject errorObject(const QString &errorId, const QString &message)
{
    QJsonObject object;
    if (!errorId.isEmpty())
        object.insert(QStringLiteral("errorId"), errorId);
    object.insert(QStringLiteral("message"), message);
    return object;
}

QJsonObject missingPropertyError(const QString &property)
{
    return QJsonObject {
        {QStringLiteral("__type"), QStringLiteral("urn:inin.com:common:missingPropertyError")},
        {QStringLiteral("errorId"), QStringLiteral("error.request.invalidRepresentation.missingProperty")},
        {QStringLiteral("propertyName"), property},
        {QStringLiteral("message"), QStringLiteral("The required property '%1' is missing.").arg(property)}};
}

QJsonObject invalidPropertyError(const QString &property, const QString &why)
{
    return QJsonObject {
        {QStringLiteral("__type"), QStringLiteral("urn:inin.com:common:invalidPropertyError")},
        {QStringLiteral("errorId"), QStringLiteral("error.request.invalidRepresentation.invalidProperty")},
        {QStringLiteral("propertyName"), property},
        {QStringLiteral("message"), QStringLiteral("The property '%1' is invalid: %2").arg(property, why)}};
}

// Checks a required string property; returns an empty object when it is fine.
QJsonObject checkStringProperty(const QJsonObject &body, const QString &name, bool allowEmpty)
{
    if (!body.contains(name))
        return missingPropertyError(name);
    const QJsonValue value = body.value(name);
    if (!value.isString())
        return invalidPropertyError(name, QStringLiteral("a string is expected."));
    if (!allowEmpty && value.toString().isEmpty())
        return invalidPropertyError(name, QStringLiteral("it must not be empty."));
    return {};
}

QByteArray interimReason(int status)
{
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 102:
        return QByteArrayLiteral("Processing");
    case 103:
        return QByteArrayLiteral("Early Hints");
    default:
        return QByteArrayLiteral("Informational");
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Internal Server Error");
    }
}

bool isLoopback(const QHostAddress &address)
{
    if (address.isNull())
        return false;
    // isLoopback() covers 127.0.0.0/8 and ::1; the explicit protocol check keeps the special
    // "any" addresses out even if a future Qt were to treat them differently.
    const auto protocol = address.protocol();
    return address.isLoopback()
        && (protocol == QAbstractSocket::IPv4Protocol || protocol == QAbstractSocket::IPv6Protocol);
}

} // namespace

QString testCertificateDirectory()
{
    // An installed icws-sim (the package, or the unpacked archive) uses the copy installed with it.
    if (QCoreApplication::instance()) {
        const QDir installed(QCoreApplication::applicationDirPath() + u'/'
                             + QStringLiteral(ICWS_SIM_INSTALLED_CERT_DIR));
        if (installed.exists(QStringLiteral("server.pem")))
            return installed.canonicalPath();
    }
    return QStringLiteral(ICWS_SIM_CERT_DIR);
}

QByteArray RecordedRequest::header(const QByteArray &nameCaseInsensitive) const
{
    for (const auto &header : headers) {
        if (header.first.compare(nameCaseInsensitive, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

// The HTTP front end. QAbstractHttpServer rather than QHttpServer's router: one entry point
// records every request (unknown routes too) and lets every reply be delayed the same way.
// Qt HttpServer changed this API twice: up to 6.4 handleRequest() gets the socket and makes its
// own responder; from 6.5 it is handed the responder; from 6.8 headers are QHttpHeaders and the
// low-level status-line/header writers are gone. Each difference is kept to one place below.
class HttpFront final : public QAbstractHttpServer
{
public:
    explicit HttpFront(Simulator *simulator) : m_simulator(simulator) { }
    ~HttpFront() override { m_heldResponders.clear(); }

protected:
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override
    {
        answer(request, std::move(responder), nullptr);
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QHttpServerResponder &responder) override
    {
        // Not reached: handleRequest() answers every request. Kept because it is pure virtual.
        responder.write(QHttpServerResponder::StatusCode::NotFound);
    }
#else
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        answer(request, makeResponder(request, socket), socket);
        return true;
    }

    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        // Not reached: handleRequest() answers every request. Kept because it is pure virtual.
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.write(QHttpServerResponder::StatusCode::NotFound);
    }
#endif

private:
    static QList<QPair<QByteArray, QByteArray>> headersOf(const QHttpServerRequest &request)
    {
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        return request.headers().toListOfPairs();
#else
        return request.headers();
#endif
    }

    /** socket: the connection on Qt 6.4, where the responder only holds a raw pointer to it; null
     *  on newer Qt, whose responder tracks the connection itself. */
    void answer(const QHttpServerRequest &request, QHttpServerResponder &&responder, QTcpSocket *socket)
    {
        RecordedRequest recorded;
        recorded.method = methodName(request.method());
        recorded.path = request.url().path();
        recorded.query = request.url().query(QUrl::FullyEncoded);
        recorded.headers = headersOf(request);
        recorded.body = request.body();

        const Simulator::Reply reply = m_simulator->handle(recorded);
        recorded.responseStatus = reply.status;
        m_simulator->m_requests.append(recorded);
        if (m_simulator->m_requests.size() > kMaxRecordedRequests)
            m_simulator->m_requests.removeFirst();
        Q_EMIT m_simulator->requestReceived(recorded);

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
        // Faults beside HTTP need the socket (see Simulator::canWriteRawBytes()); the responder
        // is dropped unused.
        if (reply.fault == Simulator::Reply::Fault::CloseWithoutAnswer) {
            socket->disconnectFromHost();
            return;
        }
        if (reply.fault == Simulator::Reply::Fault::EndlessBody
            || reply.fault == Simulator::Reply::Fault::EndlessHeaders) {
            sendEndless(socket, reply);
            return;
        }
#endif
        const bool tls = m_simulator->m_tls;
        // Read after requestReceived: tests change the delay from there for the answer at hand.
        const Config &config = m_simulator->m_config;
        const int delayMs =
            config.delayMs + (Simulator::resourceName(recorded) == "login"_L1 ? config.loginDelayMs : 0);
        if (delayMs <= 0) {
            send(responder, reply, tls);
            return;
        }
        // The client may hang up while the reply is held back: on Qt 6.4 check the socket
        // before writing. The held responders belong to this object and go before the server's
        // connections do (Qt 6.8 crashes destroying a responder after its server).
        QPointer<QTcpSocket> guardedSocket(socket);
        const bool checkSocket = socket != nullptr;
        auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
        m_heldResponders.append(held);
        std::weak_ptr<QHttpServerResponder> weakHeld = held;
        QTimer::singleShot(delayMs, this, [this, weakHeld, guardedSocket, checkSocket, reply, tls]() {
            const std::shared_ptr<QHttpServerResponder> heldResponder = weakHeld.lock();
            if (!heldResponder)
                return;
            m_heldResponders.removeOne(heldResponder);
            if (!checkSocket || (guardedSocket && guardedSocket->state() == QAbstractSocket::ConnectedState))
                send(*heldResponder, reply, tls);
        });
    }

    static void writeInterimAnswers(QTcpSocket *socket, const Simulator::Reply &reply)
    {
        for (const int interim : reply.interimStatuses) {
            QByteArray answer =
                "HTTP/1.1 " + QByteArray::number(interim) + ' ' + interimReason(interim) + "\r\n";
            if (interim == 103) // Early Hints carry header fields, as a real one would
                answer += "Link: </icws/connection>; rel=preconnect\r\n";
            socket->write(answer + "\r\n");
        }
    }

    static void send(QHttpServerResponder &responder, const Simulator::Reply &reply, bool tls)
    {
        // Interim answers go out as raw bytes: the responder only writes one (final) status line.
        // Nothing is buffered in front of the socket yet, so they arrive before the final answer.
        // Newer Qt HttpServer gives no access to the socket (see Simulator::canWriteRawBytes()).
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
        writeInterimAnswers(responder.socket(), reply);
#endif
        QList<QPair<QByteArray, QByteArray>> headers = reply.headers;
        headers.append({QByteArrayLiteral("Server"), QByteArrayLiteral("icws-sim")});
        if (tls)
            headers.append(
                {QByteArrayLiteral("Strict-Transport-Security"), QByteArrayLiteral("max-age=31536000")});
        const auto status = static_cast<QHttpServerResponder::StatusCode>(reply.status);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
        QHttpHeaders httpHeaders; // write() adds Content-Length itself
        for (const auto &header : headers)
            httpHeaders.append(header.first, header.second);
        responder.write(reply.body, httpHeaders, status);
#else
        // The low-level writer, because the 6.4 convenience write() only takes a fixed
        // initializer_list of headers.
        responder.writeStatusLine(status);
        for (const auto &header : headers)
            responder.writeHeader(header.first, header.second);
        if (reply.status != 204) // RFC 9110: no Content-Length on 204
            responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
        responder.writeBody(reply.body); // also writes the blank line ending the headers
#endif
    }

    // The status line and headers, then filler for as long as the client reads: topped up to a
    // few MiB each time the socket has handed some to the kernel, so the client gets it as fast as
    // it takes it, the simulator's own memory stays small, and what it counts is what the client
    // has taken. With endless headers the blank line that ends them never comes, and the filler
    // is header lines.
    void sendEndless(QTcpSocket *socket, const Simulator::Reply &reply)
    {
        writeInterimAnswers(socket, reply);
        const bool endlessHeaders = reply.fault == Simulator::Reply::Fault::EndlessHeaders;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + " Endless\r\n";
        for (const auto &header : reply.headers)
            head += header.first + ": " + header.second + "\r\n";
        head += "Server: icws-sim\r\nConnection: close\r\n";
        if (!endlessHeaders)
            head += "\r\n[";
        socket->write(head);
        static const QByteArray bodyFiller(64 * 1024, ' ');
        static const QByteArray headerFiller =
            QByteArray("X-Filler: " + QByteArray(54, 'x') + "\r\n").repeated(1024);
        const QByteArray *filler = endlessHeaders ? &headerFiller : &bodyFiller;
        QPointer<QTcpSocket> guarded(socket);
        QObject::connect(socket, &QIODevice::bytesWritten, m_simulator,
                         [this, guarded, filler](qint64 written) {
                             if (!guarded || guarded->state() != QAbstractSocket::ConnectedState)
                                 return;
                             m_simulator->m_endlessBytesSent += written;
                             while (guarded->bytesToWrite() < kEndlessBacklog)
                                 guarded->write(*filler);
                         });
        while (socket->bytesToWrite() < kEndlessBacklog)
            socket->write(*filler);
    }

    Simulator *const m_simulator;
    QList<std::shared_ptr<QHttpServerResponder>> m_heldResponders; ///< replies held back by delayMs
};

Simulator::Simulator(const Config &config, QObject *parent) : QObject(parent), m_config(config)
{
    qRegisterMetaType<IcwsSim::RecordedRequest>();
    m_clock.start();
}

Simulator::~Simulator() = default;

bool Simulator::listen(const QHostAddress &address, quint16 port, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (m_server)
        return fail(QStringLiteral("The simulator is already listening."));
    if (!isLoopback(address)) {
        return fail(QStringLiteral("Refusing to listen on %1: only loopback addresses (127.0.0.0/8, ::1) "
                                   "are allowed.")
                        .arg(address.toString()));
    }

    const bool wantTls = !m_config.certificateFile.isEmpty() || !m_config.privateKeyFile.isEmpty();
    std::unique_ptr<QTcpServer> tcpServer;
    if (wantTls) {
        if (m_config.certificateFile.isEmpty() || m_config.privateKeyFile.isEmpty())
            return fail(QStringLiteral("HTTPS needs both a certificate file and a private key file."));
        if (!QSslSocket::supportsSsl())
            return fail(QStringLiteral("This Qt has no working TLS backend."));
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(m_config.certificateFile);
        if (chain.isEmpty())
            return fail(QStringLiteral("No PEM certificate in %1.").arg(m_config.certificateFile));
        QFile keyFile(m_config.privateKeyFile);
        if (!keyFile.open(QIODevice::ReadOnly))
            return fail(
                QStringLiteral("Cannot read %1: %2").arg(m_config.privateKeyFile, keyFile.errorString()));
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            return fail(QStringLiteral("No usable PEM private key in %1.").arg(m_config.privateKeyFile));

        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificateChain(chain);
        ssl.setPrivateKey(key);
        ssl.setProtocol(QSsl::TlsV1_2OrLater);
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates in ICWS
        // QSslServer (6.4) hands a socket to QAbstractHttpServer::bind() only after its TLS
        // handshake has finished (pendingConnectionAvailable), so HTTP parsing sees plain text.
        auto sslServer = std::make_unique<QSslServer>();
        sslServer->setSslConfiguration(ssl);
        tcpServer = std::move(sslServer);
    } else {
        tcpServer = std::make_unique<QTcpServer>();
    }

    if (!tcpServer->listen(address, port)) {
        return fail(QStringLiteral("Cannot listen on %1 port %2: %3")
                        .arg(address.toString(), QString::number(port), tcpServer->errorString()));
    }
    m_port = tcpServer->serverPort();
    m_address = address;
    m_tls = wantTls;
    m_server = std::make_unique<HttpFront>(this);
    m_server->bind(tcpServer.release()); // reparents the QTcpServer to the HTTP server
    return true;
}

quint16 Simulator::port() const
{
    return m_port;
}

bool Simulator::isTls() const
{
    return m_tls;
}

QUrl Simulator::baseUrl() const
{
    if (!m_server)
        return {};
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(m_port);
    return url;
}

Config &Simulator::config()
{
    return m_config;
}

const Config &Simulator::config() const
{
    return m_config;
}

QList<RecordedRequest> Simulator::requests() const
{
    return m_requests;
}

void Simulator::clearRequests()
{
    m_requests.clear();
}

int Simulator::activeSessionCount() const
{
    return int(m_sessions.size());
}

QStringList Simulator::sessionIds() const
{
    return m_sessions.keys();
}

void Simulator::dropAllSessions()
{
    m_sessions.clear();
    m_queues.dropAllSessions();
}

void Simulator::endSession(const QString &sessionId)
{
    m_sessions.remove(sessionId);
    m_queues.dropSession(sessionId);
}

qint64 Simulator::clockMs() const
{
    return m_manualClockMs ? *m_manualClockMs : m_clock.elapsed();
}

void Simulator::setClockMs(qint64 ms)
{
    m_manualClockMs = ms;
}

void Simulator::advanceClockMs(qint64 ms)
{
    m_manualClockMs = clockMs() + ms;
}

QJsonObject Simulator::lastUpdate() const
{
    return m_lastUpdate;
}

QJsonObject Simulator::lastUpdateForCall(const QString &callId) const
{
    return m_lastUpdateByCall.value(callId);
}

int Simulator::acceptedUpdateCount() const
{
    return m_acceptedUpdates;
}

Simulator::Reply Simulator::jsonReply(int status, const QJsonObject &object) const
{
    Reply reply;
    reply.status = status;
    reply.headers = {
        {QByteArrayLiteral("Content-Type"), kIcwsContentType},
        {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache, no-store, must-revalidate")}};
    reply.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return reply;
}

Simulator::Reply Simulator::unauthorized(int errorCode, const QString &message) const
{
    Reply reply = jsonReply(
        401, QJsonObject {{QStringLiteral("errorCode"), errorCode}, {QStringLiteral("message"), message}});
    reply.headers.append({QByteArrayLiteral("WWW-Authenticate"), kWwwAuthenticate});
    return reply;
}

QJsonObject Simulator::versionObject() const
{
    return QJsonObject {{QStringLiteral("majorVersion"), m_config.majorVersion},
                        {QStringLiteral("minorVersion"), m_config.minorVersion},
                        {QStringLiteral("su"), m_config.su},
                        {QStringLiteral("build"), m_config.build},
                        {QStringLiteral("productId"), m_config.productId},
                        {QStringLiteral("codebaseId"), m_config.codebaseId},
                        {QStringLiteral("productReleaseDisplayString"), m_config.productReleaseDisplayString},
                        {QStringLiteral("productPatchDisplayString"), m_config.productPatchDisplayString}};
}

QJsonValue Simulator::featureVersion(int version) const
{
    if (m_config.featureVersionsAsStrings)
        return QString::number(version);
    return version;
}

QList<QPair<QString, int>> Simulator::featureList() const
{
    // "If a Feature is not included, it can be assumed that the server does not support that
    // Feature": a version of 0 or less leaves the feature out.
    QList<QPair<QString, int>> features;
    if (m_config.connectionVersion > 0)
        features.append({QStringLiteral("connection"), m_config.connectionVersion});
    if (m_config.dialerVersion > 0)
        features.append({QStringLiteral("dialer"), m_config.dialerVersion});
    if (m_config.messagingVersion > 0)
        features.append({QStringLiteral("messaging"), m_config.messagingVersion});
    if (m_config.interactionsVersion > 0)
        features.append({QStringLiteral("interactions"), m_config.interactionsVersion});
    if (m_config.queuesVersion > 0)
        features.append({QStringLiteral("queues"), m_config.queuesVersion});
    return features;
}

QByteArray Simulator::newSessionId() const
{
    // Numeric like the real ones (e.g. 1731001), random so that a client never gets a stale
    // session accepted by a restarted simulator.
    for (;;) {
        const QByteArray id = QByteArray::number(QRandomGenerator::global()->bounded(1000000u, 2000000000u));
        if (!m_sessions.contains(QString::fromLatin1(id)))
            return id;
    }
}

QStringList Simulator::endlessBodyResources()
{
    return {QStringLiteral("login"), QStringLiteral("features"), QStringLiteral("version"),
            QStringLiteral("messages"), QStringLiteral("update")};
}

QString Simulator::resourceName(const RecordedRequest &request)
{
    const QString path = request.path.toLower();
    if (path == "/icws/connection"_L1)
        return QStringLiteral("login");
    if (path == "/icws/connection/features"_L1)
        return QStringLiteral("features");
    if (path == "/icws/connection/version"_L1)
        return QStringLiteral("version");
    if (path.endsWith("/messaging/messages"_L1))
        return QStringLiteral("messages");
    if (path.endsWith("/dialer/update-call-data"_L1))
        return QStringLiteral("update");
    return {};
}

qint64 Simulator::endlessBodyBytesSent() const
{
    return m_endlessBytesSent;
}

Simulator::Reply Simulator::handle(const RecordedRequest &request)
{
    const int acceptedBefore = m_acceptedUpdates;
    Reply reply = route(request);
    const QString resource = resourceName(request);
    if (m_config.closeAfterUpdate && m_acceptedUpdates > acceptedBefore) {
        reply.fault = Reply::Fault::CloseWithoutAnswer;
        reply.status = 0; // recorded as "no answer"
    } else if (!m_config.endlessBody.isEmpty() && resource == m_config.endlessBody) {
        reply.fault = Reply::Fault::EndlessBody;
    } else if (!m_config.endlessHeaders.isEmpty() && resource == m_config.endlessHeaders) {
        reply.fault = Reply::Fault::EndlessHeaders;
    }
    if (resource == "login"_L1)
        reply.interimStatuses = m_config.loginInterimStatuses;
    return reply;
}

Simulator::Reply Simulator::route(const RecordedRequest &request)
{
    m_queues.setCalls(m_config.calls); // tests may change the calls between requests
    if (request.body.size() > m_config.maxBodyBytes) {
        // errorId invented by the simulator: no source documents this case.
        return jsonReply(413,
                         errorObject(QStringLiteral("error.request.entityTooLarge"),
                                     QStringLiteral("The request body is too large.")));
    }

    QStringList segments = request.path.split(QLatin1Char('/'));
    const bool wellFormed = segments.size() >= 2 && segments.first().isEmpty();
    if (wellFormed)
        segments.removeFirst();
    const bool hasEmptySegment = std::any_of(segments.cbegin(), segments.cend(),
                                             [](const QString &segment) { return segment.isEmpty(); });

    const auto notFound = [this]() {
        // errorId invented by the simulator (no source gives the real 404 body).
        return jsonReply(404,
                         errorObject(QStringLiteral("error.request.notFound"),
                                     QStringLiteral("The requested resource was not found.")));
    };
    const auto methodNotAllowed = [this](const QByteArray &allowed) {
        Reply reply =
            jsonReply(405,
                      errorObject(QStringLiteral("error.request.accessDenied.httpMethodNotAllowed"),
                                  QStringLiteral("The HTTP method is not allowed for this resource.")));
        reply.headers.append({QByteArrayLiteral("Allow"), allowed});
        return reply;
    };

    if (!wellFormed || hasEmptySegment || segments.size() < 2 || !segmentIs(segments.at(0), "icws"_L1))
        return notFound();

    if (segmentIs(segments.at(1), "connection"_L1)) {
        // Sessionless resources under /icws/connection.
        if (segments.size() == 2) {
            if (request.method != "POST")
                return methodNotAllowed(QByteArrayLiteral("POST"));
            return handleLogin(request);
        }
        if (segments.size() == 3 && segmentIs(segments.at(2), "features"_L1)) {
            if (request.method != "GET")
                return methodNotAllowed(QByteArrayLiteral("GET"));
            QJsonArray list;
            for (const auto &feature : featureList()) {
                list.append(QJsonObject {{QStringLiteral("featureId"), feature.first},
                                         {QStringLiteral("version"), featureVersion(feature.second)}});
            }
            return jsonReply(200, QJsonObject {{QStringLiteral("featureInfoList"), list}});
        }
        if (segments.size() == 4 && segmentIs(segments.at(2), "features"_L1)) {
            if (request.method != "GET")
                return methodNotAllowed(QByteArrayLiteral("GET"));
            for (const auto &feature : featureList()) {
                if (feature.first == segments.at(3)) {
                    return jsonReply(
                        200,
                        QJsonObject {{QStringLiteral("featureId"), feature.first},
                                     {QStringLiteral("version"), featureVersion(feature.second)}});
                }
            }
            // ruby-ic treats a 400 here as "feature not supported" (spec section 5).
            return jsonReply(
                400,
                errorObject(QString(),
                            QStringLiteral("The feature '%1' is not supported.").arg(segments.at(3))));
        }
        if (segments.size() == 3 && segmentIs(segments.at(2), "version"_L1)) {
            if (request.method != "GET")
                return methodNotAllowed(QByteArrayLiteral("GET"));
            return jsonReply(200, versionObject());
        }
        return notFound();
    }

    return handleSessionRequest(request, segments);
}

std::optional<Simulator::Reply> Simulator::readJsonBody(const RecordedRequest &request,
                                                        QJsonObject *body) const
{
    QString why;
    if (!isAcceptableJsonContentType(request.header(QByteArrayLiteral("Content-Type")), &why)) {
        // errorId invented by the simulator.
        return jsonReply(400,
                         errorObject(QStringLiteral("error.request.invalidRepresentation.contentType"), why));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        // errorId invented by the simulator.
        return jsonReply(400,
                         errorObject(QStringLiteral("error.request.invalidRepresentation.malformed"),
                                     QStringLiteral("The request body is not a JSON object.")));
    }
    *body = document.object();
    return std::nullopt;
}

Simulator::Reply Simulator::handleLogin(const RecordedRequest &request)
{
    if (m_config.unavailable) {
        QJsonObject body {{QStringLiteral("alternateHostList"),
                           QJsonArray::fromStringList(m_config.unavailableAlternateHosts)},
                          {QStringLiteral("errorId"), QStringLiteral("error.server.notAcceptingConnections")},
                          {QStringLiteral("message"),
                           QStringLiteral("This Session Manager is not currently accepting connections.")}};
        return jsonReply(503, body);
    }

    if (request.header(QByteArrayLiteral("Accept-Language")).trimmed().isEmpty()) {
        return jsonReply(400,
                         errorObject(QStringLiteral("error.request.invalidRepresentation.missingHeader"),
                                     QStringLiteral("The Accept-Language header is required.")));
    }

    QJsonObject body;
    if (const std::optional<Reply> refused = readJsonBody(request, &body))
        return *refused;

    if (!body.contains(QStringLiteral("__type")))
        return jsonReply(400, missingPropertyError(QStringLiteral("__type")));
    if (body.value(QStringLiteral("__type")).toString() != kIcAuthType) {
        return jsonReply(
            400,
            invalidPropertyError(QStringLiteral("__type"),
                                 QStringLiteral("the simulator supports only %1.").arg(kIcAuthType)));
    }
    for (const auto &check :
         {std::pair {QStringLiteral("applicationName"), false}, std::pair {QStringLiteral("userID"), true},
          std::pair {QStringLiteral("password"), true}}) {
        const QJsonObject error = checkStringProperty(body, check.first, check.second);
        if (!error.isEmpty())
            return jsonReply(400, error);
    }

    const QString userId = body.value(QStringLiteral("userID")).toString();
    const QString password = body.value(QStringLiteral("password")).toString();
    QString canonicalUserId;
    for (auto it = m_config.users.cbegin(); it != m_config.users.cend(); ++it) {
        if (it.key().compare(userId, Qt::CaseInsensitive) == 0 && it.value().password == password) {
            canonicalUserId = it.key();
            break;
        }
    }
    if (canonicalUserId.isEmpty()) {
        QJsonObject error = errorObject(
            m_config.loginErrorCodeOnly ? QString()
                                        : QStringLiteral("error.request.connection.authenticationFailure"),
            QStringLiteral("The authentication process failed."));
        error.insert(QStringLiteral("errorCode"), -2147221503);
        return jsonReply(400, error);
    }

    const QByteArray sessionId =
        m_config.sessionIdOverride.isEmpty() ? newSessionId() : m_config.sessionIdOverride;
    Session session;
    session.userId = canonicalUserId;
    // 34 random bytes give a padded base64 token with '+', '/' and '=' in it, like real tokens:
    // clients must treat it as opaque and send it back byte for byte.
    QByteArray tokenBytes(34, Qt::Uninitialized);
    for (char &byte : tokenBytes)
        byte = char(QRandomGenerator::global()->bounded(256));
    session.csrfToken =
        m_config.csrfTokenOverride.isEmpty() ? tokenBytes.toBase64() : m_config.csrfTokenOverride;
    session.cookieValue = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    m_sessions.insert(QString::fromUtf8(sessionId), session);

    QJsonObject response {
        {QStringLiteral("csrfToken"), QString::fromUtf8(session.csrfToken)},
        {QStringLiteral("sessionId"), QString::fromUtf8(sessionId)},
        {QStringLiteral("alternateHostList"), QJsonArray::fromStringList(m_config.alternateHosts)},
        {QStringLiteral("userID"), canonicalUserId},
        {QStringLiteral("userDisplayName"), m_config.users.value(canonicalUserId).displayName},
        {QStringLiteral("icServer"), m_config.icServer}};

    QStringList include;
    for (const QString &value : QUrlQuery(request.query).allQueryItemValues(QStringLiteral("include")))
        include += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto included = [&include](QLatin1String name) {
        return std::any_of(include.cbegin(), include.cend(), [name](const QString &item) {
            return item.trimmed().compare(name, Qt::CaseInsensitive) == 0;
        });
    };
    if (included("features"_L1) && !m_config.loginWithoutFeatures) {
        QJsonArray features;
        for (const auto &feature : featureList()) {
            features.append(QJsonObject {{QStringLiteral("featureId"), feature.first},
                                         {QStringLiteral("version"), featureVersion(feature.second)}});
        }
        response.insert(QStringLiteral("features"), features);
    }
    if (included("version"_L1))
        response.insert(QStringLiteral("version"), versionObject());

    Reply reply = jsonReply(201, response);
    QByteArray cookie = "icws_" + sessionId + '=' + session.cookieValue + "; Path=/icws/" + sessionId;
    if (m_tls)
        cookie += "; Secure";
    cookie += "; HttpOnly";
    // A crafted value with line breaks goes into the body only: in a header it would break this
    // answer itself rather than test the client.
    const auto headerSafe = [](const QByteArray &value) {
        return std::none_of(value.cbegin(), value.cend(), [](char c) { return c == '\r' || c == '\n'; });
    };
    if (headerSafe(session.csrfToken))
        reply.headers.append({QByteArrayLiteral("ININ-ICWS-CSRF-Token"), session.csrfToken});
    if (headerSafe(sessionId)) {
        reply.headers.append({QByteArrayLiteral("ININ-ICWS-Session-ID"), sessionId});
        reply.headers.append({QByteArrayLiteral("Location"), "/icws/" + sessionId + "/connection"});
        reply.headers.append({QByteArrayLiteral("Set-Cookie"), cookie});
    }
    return reply;
}

Simulator::Reply Simulator::handleSessionRequest(const RecordedRequest &request, const QStringList &segments)
{
    const QString sessionId = segments.at(1);
    auto session = m_sessions.find(sessionId);
    if (session == m_sessions.end())
        return unauthorized(1, QStringLiteral("This request requires a session ID!"));

    const bool csrfOk = request.header(QByteArrayLiteral("ININ-ICWS-CSRF-Token")) == session->csrfToken;
    bool cookieOk = false;
    const QByteArray cookieName = "icws_" + sessionId.toLatin1();
    for (const QByteArray &cookieHeader : headerValues(request, QByteArrayLiteral("Cookie"))) {
        for (const QByteArray &pair : cookieHeader.split(';')) {
            const QByteArray trimmed = pair.trimmed();
            const qsizetype equals = trimmed.indexOf('=');
            if (equals > 0 && trimmed.left(equals) == cookieName
                && trimmed.mid(equals + 1) == session->cookieValue)
                cookieOk = true;
        }
    }
    if (!csrfOk || !cookieOk)
        return unauthorized(
            2, QStringLiteral("An authentication token was expected in the request, but not found."));

    ++session->requestCount;
    if (m_config.expireAfterRequests > 0 && session->requestCount > m_config.expireAfterRequests) {
        // An expired session is gone, exactly like one the server never knew.
        endSession(sessionId);
        return unauthorized(1, QStringLiteral("This request requires a session ID!"));
    }

    const auto methodNotAllowed = [this](const QByteArray &allowed) {
        Reply reply =
            jsonReply(405,
                      errorObject(QStringLiteral("error.request.accessDenied.httpMethodNotAllowed"),
                                  QStringLiteral("The HTTP method is not allowed for this resource.")));
        reply.headers.append({QByteArrayLiteral("Allow"), allowed});
        return reply;
    };

    const QStringList rest = segments.mid(2);
    if (rest.size() == 1 && segmentIs(rest.at(0), "connection"_L1)) {
        if (request.method == "DELETE") {
            endSession(sessionId);
            Reply reply;
            reply.status = 204;
            return reply;
        }
        if (request.method == "GET")
            return jsonReply(200, QJsonObject {{QStringLiteral("connectionState"), 1}});
        return methodNotAllowed(QByteArrayLiteral("GET, DELETE"));
    }
    if (rest.size() == 2 && segmentIs(rest.at(0), "messaging"_L1) && segmentIs(rest.at(1), "messages"_L1)) {
        if (request.method != "GET")
            return methodNotAllowed(QByteArrayLiteral("GET"));
        return handleMessages(sessionId);
    }
    if (rest.size() == 2 && segmentIs(rest.at(0), "dialer"_L1)
        && segmentIs(rest.at(1), "update-call-data"_L1)) {
        if (request.method != "POST")
            return methodNotAllowed(QByteArrayLiteral("POST"));
        return handleUpdateCallData(request);
    }
    if (rest.size() == 4 && m_config.queuesVersion > 0 && segmentIs(rest.at(0), "messaging"_L1)
        && segmentIs(rest.at(1), "subscriptions"_L1) && segmentIs(rest.at(2), "queues"_L1)) {
        if (request.method != "PUT" && request.method != "DELETE")
            return methodNotAllowed(QByteArrayLiteral("PUT, DELETE"));
        return handleQueueSubscription(request, sessionId, rest.at(3));
    }
    if (rest.size() == 2 && m_config.interactionsVersion > 0 && segmentIs(rest.at(0), "interactions"_L1)) {
        if (request.method != "GET")
            return methodNotAllowed(QByteArrayLiteral("GET"));
        return handleInteraction(request, rest.at(1));
    }
    return jsonReply(404,
                     errorObject(QStringLiteral("error.request.notFound"),
                                 QStringLiteral("The requested resource was not found.")));
}

Simulator::Reply Simulator::handleMessages(const QString &sessionId)
{
    Session &session = m_sessions[sessionId];
    ++session.pollCount;
    Reply reply = jsonReply(200, {});
    if (m_config.connectionDownAfterPolls > 0 && session.pollCount >= m_config.connectionDownAfterPolls) {
        const QJsonObject message {
            {QStringLiteral("__type"),
             QStringLiteral("urn:inin.com:connection:connectionStateChangeMessage")},
            {QStringLiteral("previousConnectionState"), 1},
            {QStringLiteral("newConnectionState"), 2},
            {QStringLiteral("reason"), QStringLiteral("The session was closed by an administrator.")},
            {QStringLiteral("shouldReconnect"), true}};
        reply.body = QJsonDocument(QJsonArray {message}).toJson(QJsonDocument::Compact);
        endSession(sessionId);
    } else {
        reply.body =
            QJsonDocument(m_queues.takeMessages(sessionId, clockMs())).toJson(QJsonDocument::Compact);
    }
    return reply;
}

Simulator::Reply Simulator::handleUpdateCallData(const RecordedRequest &request)
{
    if (m_config.dialerVersion < 3) {
        return jsonReply(410,
                         errorObject(QStringLiteral("error.request.unsupported"),
                                     QStringLiteral("update-call-data needs the dialer feature version 3; "
                                                    "this server has version %1.")
                                         .arg(m_config.dialerVersion)));
    }

    QJsonObject body;
    if (const std::optional<Reply> refused = readJsonBody(request, &body))
        return *refused;

    // __type is optional (the SDK strips it) but, if sent, must name the right type.
    if (body.contains(QStringLiteral("__type"))
        && body.value(QStringLiteral("__type")).toString() != kUpdateCallDataType) {
        return jsonReply(400,
                         invalidPropertyError(QStringLiteral("__type"),
                                              QStringLiteral("expected %1.").arg(kUpdateCallDataType)));
    }
    for (const QString &name : {QStringLiteral("callId"), QStringLiteral("campaignId")}) {
        const QJsonObject error = checkStringProperty(body, name, false);
        if (!error.isEmpty())
            return jsonReply(400, error);
    }
    const QString attributesName = QStringLiteral("callAttributes");
    if (!body.contains(attributesName))
        return jsonReply(400, missingPropertyError(attributesName));
    if (!body.value(attributesName).isObject()) {
        return jsonReply(
            400,
            invalidPropertyError(attributesName, QStringLiteral("an object of string values is expected.")));
    }
    const QJsonObject attributes = body.value(attributesName).toObject();
    for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it) {
        if (it.key().isEmpty())
            return jsonReply(400, invalidPropertyError(attributesName, QStringLiteral("a key is empty.")));
        if (!it.value().isString()) {
            return jsonReply(
                400,
                invalidPropertyError(attributesName,
                                     QStringLiteral("the value of '%1' is not a string.").arg(it.key())));
        }
    }

    if (m_config.updateStatus == 410) {
        return jsonReply(
            410,
            errorObject(QStringLiteral("error.request.gone"),
                        QStringLiteral("This resource has been deprecated and removed from the API.")));
    }
    if (m_config.updateStatus >= 200 && m_config.updateStatus <= 206) {
        Reply reply;
        reply.status = m_config.updateStatus;
        reply.interimStatuses = m_config.interimStatuses;
        return reply;
    }
    if (m_config.updateStatus != 0) {
        // Only the statuses the 6.4 responder knows a reason phrase for can be sent.
        const int status =
            (m_config.updateStatus >= 500 && m_config.updateStatus <= 504) ? m_config.updateStatus : 500;
        if (m_config.errorBodyHtml) {
            // What a reverse proxy or a crashed plug-in host puts in front of ICWS.
            const QByteArray title = QByteArray::number(status) + ' ' + reasonPhrase(status);
            Reply reply;
            reply.status = status;
            reply.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html")}};
            reply.body = "<html><head><title>" + title + "</title></head><body><h1>" + title
                + "</h1><p>The server encountered an unexpected condition.</p></body></html>";
            return reply;
        }
        // -2147467259 (E_FAIL) is the errorCode observed on real 500s; no errorId was seen.
        return jsonReply(status,
                         QJsonObject {{QStringLiteral("errorCode"), -2147467259},
                                      {QStringLiteral("message"),
                                       QStringLiteral("An unexpected error occurred while processing the "
                                                      "request.")}});
    }

    const QString callId = body.value(QStringLiteral("callId")).toString();
    if (m_config.inactiveCalls.contains(callId)
        || m_queues.statusForUpdate(callId, clockMs()) == QueueBoard::CallStatus::NotActive) {
        return jsonReply(400, errorObject(m_config.inactiveCallErrorId, m_config.inactiveCallMessage));
    }
    m_queues.applyUpdate(callId, attributes);

    m_lastUpdate = body;
    m_lastUpdateByCall.insert(callId, body);
    ++m_acceptedUpdates;
    Reply reply;
    reply.status = 202;
    reply.interimStatuses = m_config.interimStatuses;
    return reply;
}

Simulator::Reply Simulator::handleQueueSubscription(const RecordedRequest &request, const QString &sessionId,
                                                    const QString &subscriptionId)
{
    if (request.method == "DELETE") {
        if (!m_queues.unsubscribe(sessionId, subscriptionId)) {
            // errorId invented by the simulator.
            return jsonReply(
                404,
                errorObject(QStringLiteral("error.request.notFound"),
                            QStringLiteral("There is no subscription '%1'.").arg(subscriptionId)));
        }
        Reply reply;
        reply.status = 204;
        return reply;
    }

    QJsonObject body;
    if (const std::optional<Reply> refused = readJsonBody(request, &body))
        return *refused;
    // As strict as update-call-data: both lists required and non-empty, every entry well formed.
    const QString queueIdsName = QStringLiteral("queueIds");
    const QString attributeNamesName = QStringLiteral("attributeNames");
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (it.key() != queueIdsName && it.key() != attributeNamesName && it.key() != "__type"_L1)
            return jsonReply(400, invalidPropertyError(it.key(), QStringLiteral("no such property.")));
    }
    for (const QString &name : {queueIdsName, attributeNamesName}) {
        if (!body.contains(name))
            return jsonReply(400, missingPropertyError(name));
        if (!body.value(name).isArray() || body.value(name).toArray().isEmpty())
            return jsonReply(
                400,
                invalidPropertyError(name, QStringLiteral("a list with at least one entry is expected.")));
    }
    QList<QueueId> queues;
    for (const QJsonValue &entry : body.value(queueIdsName).toArray()) {
        const QJsonObject queue = entry.toObject();
        const QJsonValue type = queue.value(QStringLiteral("queueType"));
        const QJsonValue name = queue.value(QStringLiteral("queueName"));
        if (!entry.isObject() || !type.isDouble() || type.toDouble() != type.toInt() || type.toInt() < 0
            || type.toInt() > 3 || !name.isString() || name.toString().trimmed().isEmpty()
            || queue.size() != 2) {
            return jsonReply(
                400,
                invalidPropertyError(queueIdsName,
                                     QStringLiteral("each entry needs exactly queueType (0-3) and "
                                                    "a non-empty queueName.")));
        }
        queues.append(QueueId {type.toInt(), name.toString()});
    }
    QStringList attributeNames;
    for (const QJsonValue &entry : body.value(attributeNamesName).toArray()) {
        if (!entry.isString() || entry.toString().trimmed().isEmpty())
            return jsonReply(400,
                             invalidPropertyError(attributeNamesName,
                                                  QStringLiteral("each entry must be a non-empty string.")));
        attributeNames.append(entry.toString());
    }
    for (const QueueId &queue : std::as_const(queues)) {
        if (m_config.deniedQueues.contains(queue.name, Qt::CaseInsensitive)) {
            // errorId invented by the simulator: which one a real server sends is unknown.
            return jsonReply(
                403,
                errorObject(
                    QStringLiteral("error.request.accessDenied"),
                    QStringLiteral("You do not have the rights to watch the queue '%1'.").arg(queue.name)));
        }
    }
    m_queues.subscribe(sessionId, subscriptionId, queues, attributeNames);
    Reply reply;
    reply.status = 204;
    return reply;
}

Simulator::Reply Simulator::handleInteraction(const RecordedRequest &request, const QString &interactionId)
{
    QStringList names;
    for (const QString &value :
         QUrlQuery(request.query).allQueryItemValues(QStringLiteral("select"), QUrl::FullyDecoded))
        names += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    const std::optional<QJsonObject> attributes =
        m_queues.interactionAttributes(interactionId, names, clockMs());
    if (!attributes) {
        // errorId invented by the simulator.
        return jsonReply(
            404,
            errorObject(QStringLiteral("error.request.notFound"),
                        QStringLiteral("The interaction %1 does not exist.").arg(interactionId)));
    }
    return jsonReply(200, *attributes);
}

} // namespace IcwsSim
