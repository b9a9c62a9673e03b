// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "http1exchange.h"

#include "diagnostics.h"
#include "protocol.h"

#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkProxy>
#include <QSslSocket>

#include <algorithm>
#include <optional>

namespace Icws {

namespace {

// What is taken off the socket at once, and all the socket itself may hold unread: the answer is
// never in memory beyond this, the caller's unread bytes (readBufferSize()) and what it keeps.
constexpr qint64 ChunkBytes = 64 * 1024;

bool isHeaderValueSafe(QByteArrayView value)
{
    return std::none_of(value.begin(), value.end(),
                        [](char c) { return c == '\r' || c == '\n' || c == '\0'; });
}

/**
 * The proxy the manager would use for url: its factory, else its own proxy, else the
 * application's (on Linux the *_proxy variables, when the program asked for the system's).
 * Only a proxy that carries a plain connection will do (HTTP CONNECT or SOCKS5); nullopt if the
 * manager would use only a caching proxy, which this exchange cannot speak through.
 */
std::optional<QNetworkProxy> proxyFor(QNetworkAccessManager *network, const QUrl &url)
{
    const QNetworkProxyQuery query(url);
    QList<QNetworkProxy> proxies;
    if (network && network->proxyFactory())
        proxies = network->proxyFactory()->queryProxy(query);
    else if (network && network->proxy().type() != QNetworkProxy::DefaultProxy)
        proxies = {network->proxy()};
    else
        proxies = QNetworkProxyFactory::proxyForQuery(query);
    if (proxies.isEmpty())
        return QNetworkProxy(QNetworkProxy::NoProxy);
    for (const QNetworkProxy &proxy : std::as_const(proxies)) {
        if (proxy.type() == QNetworkProxy::NoProxy || proxy.type() == QNetworkProxy::HttpProxy
            || proxy.type() == QNetworkProxy::Socks5Proxy)
            return proxy;
    }
    return std::nullopt;
}

} // namespace

Http1Exchange::Http1Exchange(QNetworkAccessManager *network, const QNetworkRequest &request,
                             const QByteArray &verb, const QByteArray &body, QObject *parent)
    : QNetworkReply(parent), m_network(network), m_body(body), m_parser(verb == "HEAD")
{
    setRequest(request);
    setUrl(request.url());
    setOperation(QNetworkAccessManager::CustomOperation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    // Like the manager's replies, nothing is reported before the caller had a chance to connect.
    QMetaObject::invokeMethod(
        this, [this, verb] { start(verb); }, Qt::QueuedConnection);
}

Http1Exchange::~Http1Exchange() = default;

QByteArray Http1Exchange::requestHead(const QNetworkRequest &request, const QByteArray &verb, qint64 bodySize,
                                      const QByteArray &cookieHeader)
{
    const QUrl url = request.url();
    QByteArray target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    if (target.isEmpty())
        target = "/";
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (url.port() != -1)
        host += ':' + QByteArray::number(url.port());

    QByteArray head = verb + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    for (const QByteArray &name : request.rawHeaderList()) {
        // Framing and the connection are this exchange's to say; cookies come from the jar.
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0
            || name.compare("Host", Qt::CaseInsensitive) == 0
            || name.compare("Connection", Qt::CaseInsensitive) == 0
            || name.compare("Cookie", Qt::CaseInsensitive) == 0)
            continue;
        const QByteArray value = request.rawHeader(name);
        if (!isHeaderValueSafe(name) || !isHeaderValueSafe(value))
            return {};
        head += name + ": " + value + "\r\n";
    }
    if (!cookieHeader.isEmpty()) {
        if (!isHeaderValueSafe(cookieHeader))
            return {};
        head += "Cookie: " + cookieHeader + "\r\n";
    }
    head += "Content-Length: " + QByteArray::number(bodySize) + "\r\nConnection: close\r\n\r\n";
    return head;
}

void Http1Exchange::start(const QByteArray &verb)
{
    if (m_done)
        return; // aborted before it started
    const QUrl target = url();
    QByteArray cookieHeader;
    if (m_network && m_network->cookieJar()) {
        QList<QByteArray> pairs;
        for (const QNetworkCookie &cookie : m_network->cookieJar()->cookiesForUrl(target))
            pairs.append(cookie.toRawForm(QNetworkCookie::NameAndValueOnly));
        cookieHeader = pairs.join("; ");
    }
    m_head = requestHead(request(), verb, m_body.size(), cookieHeader);
    if (m_head.isEmpty()) {
        finishWithError(ProtocolInvalidOperationError,
                        tr("A request header holds a line break or another control character; "
                           "nothing was sent."));
        return;
    }
    m_requestBytes = m_head.size() + m_body.size();

    const std::optional<QNetworkProxy> proxy = proxyFor(m_network, target);
    if (!proxy) {
        finishWithError(ProxyNotFoundError,
                        tr("Only a caching proxy is configured for %1; logging in and sending a "
                           "correction need a proxy that tunnels (HTTP CONNECT or SOCKS5).")
                            .arg(hostPort(target)));
        return;
    }

    const bool tls = target.scheme() == QLatin1String("https");
    QSslSocket *ssl = tls ? new QSslSocket(this) : nullptr;
    m_socket = ssl ? ssl : new QTcpSocket(this);
    m_socket->setProxy(*proxy);
    m_socket->setReadBufferSize(ChunkBytes);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &Http1Exchange::socketFailed);
    connect(m_socket, &QIODevice::readyRead, this, &Http1Exchange::readAnswer);
    connect(m_socket, &QIODevice::bytesWritten, this, [this](qint64 written) {
        m_requestBytesWritten += written;
        // Like the manager's replies: the body's progress, which tells whether any of it went out.
        const qint64 bodyBytes = m_requestBytes - m_head.size();
        emit uploadProgress(std::clamp<qint64>(m_requestBytesWritten - m_head.size(), 0, bodyBytes),
                            bodyBytes);
    });
    if (proxy->type() == QNetworkProxy::NoProxy)
        qCDebug(lcNetwork).noquote() << "a connection of its own to" << hostPort(target);
    else
        qCDebug(lcNetwork).noquote() << "a connection of its own to" << hostPort(target) << "through proxy"
                                     << QStringLiteral("%1:%2").arg(proxy->hostName()).arg(proxy->port());

    const quint16 port = quint16(target.port(tls ? 443 : 80));
    if (ssl) {
        QSslConfiguration configuration = request().sslConfiguration();
        configuration.setAllowedNextProtocols({QSslConfiguration::NextProtocolHttp1_1});
        ssl->setSslConfiguration(configuration);
        // The client decides about each problem (a pin waives some); see ignoreSslErrorsImplementation().
        connect(ssl, &QSslSocket::sslErrors, this,
                [this](const QList<QSslError> &errors) { emit sslErrors(errors); });
        // Nothing, and so no password, goes out before the certificate was accepted.
        connect(ssl, &QSslSocket::encrypted, this, &Http1Exchange::sendRequest);
        ssl->connectToHostEncrypted(target.host(), port);
    } else {
        connect(m_socket, &QAbstractSocket::connected, this, &Http1Exchange::sendRequest);
        m_socket->connectToHost(target.host(), port);
    }
}

void Http1Exchange::sendRequest()
{
    m_socket->write(m_head);
    m_socket->write(m_body);
    // The socket holds its own copy now; the caller's copy is the only other one, which it wipes.
    m_body = QByteArray();
}

void Http1Exchange::readAnswer()
{
    m_readScheduled = false;
    while (!m_done && m_socket->bytesAvailable() > 0) {
        const qint64 limit = readBufferSize();
        const qint64 room = limit > 0 ? std::min(ChunkBytes, limit - qint64(m_unread.size())) : ChunkBytes;
        if (room <= 0)
            return; // the caller reads first; readData() picks up from here
        const QByteArray chunk = m_socket->read(room);
        const qsizetype unreadBefore = m_unread.size();
        const int interimBefore = m_parser.interimAnswers();
        const Http1::ResponseParser::State state = m_parser.feed(chunk, &m_unread);
        if (m_parser.interimAnswers() > interimBefore)
            qCDebug(lcNetwork) << "skipped" << m_parser.interimAnswers() - interimBefore
                               << "interim answer(s), the last" << m_parser.lastInterimStatus();
        if (state == Http1::ResponseParser::State::Failed) {
            answerUnreadable();
            return;
        }
        if (!m_headReported && state != Http1::ResponseParser::State::Head) {
            answerHeadArrived();
            if (m_done)
                return;
        }
        if (m_unread.size() > unreadBefore) {
            m_bodyBytesReceived += m_unread.size() - unreadBefore;
            emit readyRead();
            if (m_done)
                return;
            emit downloadProgress(m_bodyBytesReceived, m_parser.contentLength());
            if (m_done)
                return;
        }
        if (state == Http1::ResponseParser::State::Done) {
            finish();
            return;
        }
    }
    if (!m_done && m_peerClosed && m_socket->bytesAvailable() == 0)
        connectionEnded();
}

void Http1Exchange::answerHeadArrived()
{
    m_headReported = true;
    const Http1::ResponseHead &head = m_parser.head();
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, head.status);
    setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, QString::fromLatin1(head.reason));
    // Repeated fields are joined as the manager joins them: Set-Cookie by line breaks, others by commas.
    QList<QByteArray> names;
    for (const auto &field : head.fields) {
        if (std::none_of(names.cbegin(), names.cend(), [&field](const QByteArray &name) {
                return name.compare(field.first, Qt::CaseInsensitive) == 0;
            }))
            names.append(field.first);
    }
    for (const QByteArray &name : std::as_const(names)) {
        const bool setCookie = name.compare("Set-Cookie", Qt::CaseInsensitive) == 0;
        setRawHeader(name, head.values(name).join(setCookie ? "\n" : ", "));
    }
    // The manager stores its answers' cookies for their URL; so does this exchange, in its jar.
    if (m_network && m_network->cookieJar()) {
        QList<QNetworkCookie> cookies;
        for (const QByteArray &value : head.values("Set-Cookie"))
            cookies += QNetworkCookie::parseCookies(value);
        if (!cookies.isEmpty())
            m_network->cookieJar()->setCookiesFromUrl(cookies, url());
    }
    emit metaDataChanged();
}

void Http1Exchange::answerUnreadable()
{
    using Error = Http1::ResponseParser::Error;
    if (m_parser.error() == Error::TooManyInterimAnswers) {
        qCDebug(lcNetwork) << "gave up after" << m_parser.interimAnswers() << "interim answers";
        finishInterimOnly();
        return;
    }
    QString problem;
    switch (m_parser.error()) {
    case Error::HeadTooLarge:
        problem = tr("The server's answer headers were larger than %n KiB.", nullptr,
                     int(Http1::ResponseParser::MaxHeadBytes / 1024));
        break;
    case Error::BadContentLength:
    case Error::BadChunk:
        problem = tr("The length of the server's answer could not be read.");
        break;
    default:
        problem = tr("The server's answer is not HTTP/1.1.");
        break;
    }
    finishWithError(ProtocolFailure, problem);
}

void Http1Exchange::finishInterimOnly()
{
    // The final answer never came: the caller reports the last interim one for what it is.
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_parser.lastInterimStatus());
    finish();
}

void Http1Exchange::connectionEnded()
{
    if (m_parser.finish() == Http1::ResponseParser::State::Done) {
        finish();
    } else if (!m_headReported && m_parser.interimAnswers() > 0) {
        finishInterimOnly();
    } else {
        finishWithError(RemoteHostClosedError, tr("Connection closed"));
    }
}

void Http1Exchange::socketFailed(QAbstractSocket::SocketError error)
{
    if (m_done)
        return;
    const QString host = url().host();
    switch (error) {
    case QAbstractSocket::RemoteHostClosedError:
        // What the socket still holds is read first; the close then ends the answer.
        m_peerClosed = true;
        readAnswer();
        return;
    case QAbstractSocket::ConnectionRefusedError:
        finishWithError(ConnectionRefusedError, tr("Connection refused"));
        return;
    case QAbstractSocket::HostNotFoundError:
        finishWithError(HostNotFoundError, tr("Host %1 not found").arg(host));
        return;
    case QAbstractSocket::SocketTimeoutError:
        finishWithError(TimeoutError, tr("Connection timed out"));
        return;
    case QAbstractSocket::SslHandshakeFailedError:
        finishWithError(SslHandshakeFailedError, tr("SSL handshake failed: %1").arg(m_socket->errorString()));
        return;
    case QAbstractSocket::ProxyConnectionRefusedError:
        finishWithError(ProxyConnectionRefusedError, m_socket->errorString());
        return;
    case QAbstractSocket::ProxyConnectionClosedError:
        finishWithError(ProxyConnectionClosedError, m_socket->errorString());
        return;
    case QAbstractSocket::ProxyNotFoundError:
        finishWithError(ProxyNotFoundError, m_socket->errorString());
        return;
    case QAbstractSocket::ProxyConnectionTimeoutError:
        finishWithError(ProxyTimeoutError, m_socket->errorString());
        return;
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        finishWithError(ProxyAuthenticationRequiredError, m_socket->errorString());
        return;
    default:
        finishWithError(UnknownNetworkError, m_socket->errorString());
        return;
    }
}

qint64 Http1Exchange::bytesAvailable() const
{
    return m_unread.size() + QNetworkReply::bytesAvailable();
}

qint64 Http1Exchange::readData(char *data, qint64 maxSize)
{
    if (m_unread.isEmpty())
        return m_done ? -1 : 0;
    const qint64 count = std::min(maxSize, qint64(m_unread.size()));
    std::copy_n(m_unread.constData(), count, data);
    m_unread.remove(0, qsizetype(count));
    // Room again: what the socket holds (or its close) is read on the next turn of the event loop.
    if (!m_done && !m_readScheduled && m_socket) {
        m_readScheduled = true;
        QMetaObject::invokeMethod(this, &Http1Exchange::readAnswer, Qt::QueuedConnection);
    }
    return count;
}

void Http1Exchange::abort()
{
    if (!m_done)
        finishWithError(OperationCanceledError, tr("Operation canceled"));
}

void Http1Exchange::ignoreSslErrorsImplementation(const QList<QSslError> &errors)
{
    if (auto *ssl = qobject_cast<QSslSocket *>(m_socket))
        ssl->ignoreSslErrors(errors);
}

void Http1Exchange::sslConfigurationImplementation(QSslConfiguration &configuration) const
{
    if (const auto *ssl = qobject_cast<const QSslSocket *>(m_socket))
        configuration = ssl->sslConfiguration();
    else
        configuration = request().sslConfiguration();
}

void Http1Exchange::finishWithError(NetworkError code, const QString &text)
{
    if (m_done)
        return;
    m_done = true; // an abort() from a slot of errorOccurred() changes nothing any more
    setError(code, text);
    emit errorOccurred(code);
    finish();
}

void Http1Exchange::finish()
{
    m_done = true;
    if (m_socket) {
        // Connection: close was asked for; nothing more is read, and the connection is never reused.
        m_socket->disconnect(this);
        m_socket->abort();
    }
    setFinished(true);
    emit finished();
}

} // namespace Icws
