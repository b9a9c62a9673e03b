// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

// The ICWS client against icws-sim over real loopback HTTP and HTTPS.
#include "client.h"
#include "http1exchange.h"
#include "simulator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace Icws;
using namespace Qt::StringLiterals;

namespace {

const QString Password = u"demo"_s;
const QString User = u"supervisor"_s;

QString certPath(const QString &name)
{
    return QStringLiteral(CALLDATA_TEST_CERTS_DIR "/") + name;
}

QByteArray sha256Of(const QString &pemPath)
{
    return QSslCertificate::fromPath(pemPath).value(0).digest(QCryptographicHash::Sha256);
}

CallDataUpdate sampleUpdate()
{
    return {u"C-100"_s, u"1001"_s, {{u"name"_s, u"Jane"_s}, {u"balance"_s, u"12.50"_s}}};
}

// Waits for a client signal and returns its Result argument.
template<typename Signal>
Result await(Client &client, Signal signal, const std::function<void()> &start, int timeoutMs = 20000)
{
    QSignalSpy spy(&client, signal);
    start();
    if (spy.isEmpty() && !spy.wait(timeoutMs)) {
        Result never;
        never.outcome = Outcome::NetworkFailure;
        never.transportDetail = u"test: signal never came"_s;
        return never;
    }
    return spy.first().first().template value<Result>();
}

// A bare HTTP server that answers every request with the same bytes, then hangs up.
class CannedServer final : public QTcpServer
{
public:
    // keepOpen: after the response the connection stays open, as for a body still on its way.
    explicit CannedServer(QByteArray response, bool keepOpen = false) : m_response(std::move(response))
    {
        connect(this, &QTcpServer::newConnection, this, [this, keepOpen] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, keepOpen] {
                    m_received += socket->readAll();
                    if (!m_received.contains("\r\n\r\n") || socket->property("answered").toBool())
                        return;
                    socket->setProperty("answered", true);
                    socket->write(m_response);
                    if (!keepOpen)
                        socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(serverPort())); }

private:
    QByteArray m_response;
    QByteArray m_received;
};

// A server on its own thread that answers every request with 200 and a body that never ends,
// written with blocking sends as fast as the client takes it (as a hostile server on another
// machine would), counting what the client took.
class FloodServer final
{
public:
    FloodServer()
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (::bind(m_listener, reinterpret_cast<sockaddr *>(&address), length) != 0
            || ::listen(m_listener, 8) != 0
            || ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            return;
        m_port = ntohs(address.sin_port);
        m_thread = std::thread([this] { run(); });
    }
    ~FloodServer()
    {
        m_stop = true;
        ::shutdown(m_listener, SHUT_RDWR);
        ::close(m_listener);
        if (m_thread.joinable())
            m_thread.join();
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port)); }
    qint64 bytesSent() const { return m_sent; }

private:
    void run()
    {
        while (!m_stop) {
            const int connection = ::accept(m_listener, nullptr, nullptr);
            if (connection < 0)
                return;
            QByteArray request;
            char buffer[4096];
            while (!request.contains("\r\n\r\n")) {
                const ssize_t got = ::recv(connection, buffer, sizeof buffer, 0);
                if (got <= 0)
                    break;
                request.append(buffer, got);
            }
            const QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n[";
            ::send(connection, head.constData(), size_t(head.size()), MSG_NOSIGNAL);
            const QByteArray filler(64 * 1024, ' ');
            while (!m_stop) {
                const ssize_t sent =
                    ::send(connection, filler.constData(), size_t(filler.size()), MSG_NOSIGNAL);
                if (sent <= 0)
                    break;
                m_sent += sent;
            }
            ::close(connection);
        }
    }

    int m_listener = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stop {false};
    std::atomic<qint64> m_sent {0};
    std::thread m_thread;
};

// An HTTP proxy that only tunnels (CONNECT), to loopback targets only, naming each target.
class TunnelProxy final : public QTcpServer
{
public:
    TunnelProxy()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = nextPendingConnection()) {
                auto *upstream = new QTcpSocket(client);
                connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
                connect(client, &QTcpSocket::readyRead, client,
                        [this, client, upstream] { relay(client, upstream); });
            }
        });
    }
    QList<QByteArray> tunnels() const { return m_tunnels; }

private:
    void relay(QTcpSocket *client, QTcpSocket *upstream)
    {
        if (upstream->state() == QAbstractSocket::ConnectedState) {
            upstream->write(client->readAll());
            return;
        }
        const QByteArray pending = client->property("pending").toByteArray() + client->readAll();
        client->setProperty("pending", pending);
        if (!pending.contains("\r\n\r\n") || upstream->state() != QAbstractSocket::UnconnectedState)
            return;
        const QByteArray target = pending.split(' ').value(1); // CONNECT host:port HTTP/1.1
        m_tunnels.append(target);
        const qsizetype colon = target.lastIndexOf(':');
        if (!pending.startsWith("CONNECT ") || target.left(colon) != "127.0.0.1") {
            client->write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
            client->disconnectFromHost();
            return;
        }
        connect(upstream, &QTcpSocket::connected, client,
                [client] { client->write("HTTP/1.1 200 Connection established\r\n\r\n"); });
        connect(upstream, &QTcpSocket::readyRead, client,
                [client, upstream] { client->write(upstream->readAll()); });
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        upstream->setProxy(QNetworkProxy::NoProxy);
        upstream->connectToHost(QHostAddress::LocalHost, target.mid(colon + 1).toUShort());
    }

    QList<QByteArray> m_tunnels;
};

// The process's peak resident memory from construction on: Linux resets the peak (VmHWM) when
// "5" is written to /proc/self/clear_refs. Not measured under AddressSanitizer, whose quarantine
// keeps freed memory resident on purpose.
class PeakMemory final
{
public:
    PeakMemory()
    {
#ifndef __SANITIZE_ADDRESS__
        QFile reset(u"/proc/self/clear_refs"_s);
        m_measured = reset.open(QIODevice::WriteOnly) && reset.write("5") == 1;
#endif
        m_start = statusBytes("VmRSS:");
    }
    /** Bytes the peak rose above the resident memory at construction; 0 where not measured. */
    qint64 growth() const
    {
        if (!m_measured)
            qInfo("the peak resident memory is not measured here");
        return m_measured ? statusBytes("VmHWM:") - m_start : 0;
    }

private:
    static qint64 statusBytes(const QByteArray &field)
    {
        QFile status(u"/proc/self/status"_s);
        if (!status.open(QIODevice::ReadOnly))
            return 0;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith(field))
                return line.mid(field.size()).trimmed().split(' ').value(0).toLongLong() * 1024;
        }
        return 0;
    }

    bool m_measured = false;
    qint64 m_start = 0;
};

// Waits until the flood server is stuck (the client takes nothing more), polling: no signal tells
// when the kernel's socket buffers are full. Returns what was sent by then, or -1.
qint64 waitUntilStuck(const FloodServer &flood)
{
    QElapsedTimer overall;
    overall.start();
    qint64 last = -1;
    while (overall.elapsed() < 10000) {
        const qint64 now = flood.bytesSent();
        if (now == last)
            return now;
        last = now;
        QTest::qWait(300);
    }
    return -1;
}

} // namespace

class tst_IcwsClient final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<IcwsSim::Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Client> m_client;

    std::unique_ptr<IcwsSim::Simulator> startSim(const QHostAddress &address = QHostAddress::LocalHost,
                                                 quint16 port = 0, bool tls = false,
                                                 const QString &certificate = u"server"_s)
    {
        IcwsSim::Config config;
        if (tls) {
            config.certificateFile = certPath(certificate + u".pem"_s);
            config.privateKeyFile = certPath(certificate + u"-key.pem"_s);
        }
        auto sim = std::make_unique<IcwsSim::Simulator>(config);
        QString error;
        if (!sim->listen(address, port, &error))
            qWarning() << "simulator did not start:" << error;
        return sim;
    }

    QUrl simUrl(const IcwsSim::Simulator &sim) const { return sim.baseUrl(); }

    Result login(const QUrl &base, const QString &password = Password)
    {
        return await(*m_client, &Client::loginFinished, [&] { m_client->login(base, User, password); });
    }
    Result update(const CallDataUpdate &update)
    {
        return await(*m_client, &Client::updateFinished, [&] { m_client->updateCallData(update); });
    }
    QList<IcwsSim::RecordedRequest> requestsTo(const IcwsSim::Simulator &sim, const QString &pathSuffix) const
    {
        QList<IcwsSim::RecordedRequest> found;
        for (const IcwsSim::RecordedRequest &request : sim.requests()) {
            if (request.path.endsWith(pathSuffix))
                found.append(request);
        }
        return found;
    }

private slots:
    void init()
    {
        m_sim = startSim();
        QVERIFY(m_sim->port() != 0);
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<Client>(m_network.get());
        ClientOptions options;
        options.timeoutMs = 10000;
        options.acceptLanguage = u"de-DE"_s;
        m_client->setOptions(options);
    }
    void cleanup()
    {
        m_client.reset();
        m_network.reset();
        m_sim.reset();
    }

    void loginThenUpdateSendsExactlyWhatTheProtocolRequires()
    {
        const Result loggedIn = login(simUrl(*m_sim));
        QVERIFY2(loggedIn.ok(), qPrintable(describe(loggedIn)));
        QCOMPARE(loggedIn.httpStatus, 201);
        QVERIFY(m_client->isLoggedIn());
        const Session &session = m_client->session();
        QCOMPARE(session.userDisplayName, u"Demo Supervisor"_s);
        QCOMPARE(session.icServer, u"CIC-SIM"_s);
        QCOMPARE(session.version.displayString(), u"2018 R5 Patch 3"_s);
        QCOMPARE(session.features.version(u"dialer"_s), 3);

        const auto logins = requestsTo(*m_sim, u"/icws/connection"_s);
        QCOMPARE(logins.size(), 1);
        QCOMPARE(logins.first().method, QByteArray("POST"));
        QCOMPARE(logins.first().query, u"include=features,version"_s);
        QCOMPARE(logins.first().header("Accept-Language"), QByteArray("de-DE"));
        QVERIFY(logins.first().header("Content-Type").startsWith("application/json"));
        QVERIFY(logins.first().header("ININ-ICWS-CSRF-Token").isEmpty());

        const Result sent = update(sampleUpdate());
        QVERIFY2(sent.ok(), qPrintable(describe(sent)));
        QCOMPARE(sent.httpStatus, 202);
        QVERIFY(summary(sent).contains(u"Accepted"_s));

        const auto updates = requestsTo(*m_sim, u"/dialer/update-call-data"_s);
        QCOMPARE(updates.size(), 1);
        const IcwsSim::RecordedRequest &request = updates.first();
        QCOMPARE(request.path, u"/icws/"_s + session.sessionId + u"/dialer/update-call-data"_s);
        QCOMPARE(request.header("ININ-ICWS-CSRF-Token"), session.csrfToken.toUtf8());
        QVERIFY2(request.header("Cookie").startsWith(QByteArray("icws_" + session.sessionId.toUtf8() + "=")),
                 request.header("Cookie").constData());
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
        QCOMPARE(
            request.body,
            QByteArray(
                R"({"callId":"1001","campaignId":"C-100","callAttributes":{"name":"Jane","balance":"12.50"}})"));
    }

    void unicodeRoundTripsByteExact()
    {
        QVERIFY(login(simUrl(*m_sim)).ok());
        const CallDataUpdate unicode {u"Kampagne-Ü"_s,
                                      u"呼叫-7"_s,
                                      {{u"名前"_s, u"山田 太郎"_s},
                                       {u"émoji"_s, u"👩‍💻 ok"_s},
                                       {u"quote\"key"_s, u"back\\slash\n"_s}}};
        QVERIFY(update(unicode).ok());
        const QJsonObject received = m_sim->lastUpdate();
        QCOMPARE(received.value(u"campaignId"_s).toString(), u"Kampagne-Ü"_s);
        QCOMPARE(received.value(u"callId"_s).toString(), u"呼叫-7"_s);
        const QJsonObject attributes = received.value(u"callAttributes"_s).toObject();
        QCOMPARE(attributes.value(u"名前"_s).toString().toUtf8(), u"山田 太郎"_s.toUtf8());
        QCOMPARE(attributes.value(u"émoji"_s).toString().toUtf8(), u"👩‍💻 ok"_s.toUtf8());
        QCOMPARE(attributes.value(u"quote\"key"_s).toString(), u"back\\slash\n"_s);
    }

    void twoHundredAttributes()
    {
        QVERIFY(login(simUrl(*m_sim)).ok());
        CallDataUpdate big {u"C1"_s, u"42"_s, {}};
        for (int i = 0; i < 200; ++i)
            big.attributes.append(
                {u"column_%1"_s.arg(i, 3, 10, QLatin1Char('0')), QString(100, QLatin1Char('x'))});
        QVERIFY(update(big).ok());
        QCOMPARE(m_sim->lastUpdate().value(u"callAttributes"_s).toObject().size(), 200);
    }

    void badPasswordIsALoginRefusal()
    {
        const Result result = login(simUrl(*m_sim), u"wrong"_s);
        QCOMPARE(result.outcome, Outcome::BadRequest);
        QCOMPARE(result.httpStatus, 400);
        QCOMPARE(result.serverError.errorId, u"error.request.connection.authenticationFailure"_s);
        QVERIFY(!m_client->isLoggedIn());
        QVERIFY(describe(result).contains(u"user name and password"_s));
    }

    void passwordNeverLeavesTheLoginBody()
    {
        QVERIFY(login(simUrl(*m_sim)).ok());
        QVERIFY(update(sampleUpdate()).ok());
        const QList<IcwsSim::RecordedRequest> all = m_sim->requests();
        for (const IcwsSim::RecordedRequest &request : all) {
            if (request.path == u"/icws/connection"_s)
                continue;
            QVERIFY(!request.body.contains(Password.toUtf8()));
            for (const auto &header : request.headers)
                QVERIFY(!header.second.contains(Password.toUtf8()));
        }
    }

    void serverOutcomes_data()
    {
        QTest::addColumn<int>("updateStatus");
        QTest::addColumn<bool>("html");
        QTest::addColumn<QString>("inactiveCall");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("errorId");

        QTest::newRow("400 call not active") << 0 << false << u"1001"_s << Outcome::BadRequest << 400
                                             << u"error.request.dialer.callNotActive"_s;
        QTest::newRow("410") << 410 << false << QString() << Outcome::Gone << 410 << u"error.request.gone"_s;
        QTest::newRow("500 json") << 500 << false << QString() << Outcome::ServerError << 500 << QString();
        QTest::newRow("500 html") << 500 << true << QString() << Outcome::ServerError << 500 << QString();
    }
    void serverOutcomes()
    {
        QFETCH(int, updateStatus);
        QFETCH(bool, html);
        QFETCH(QString, inactiveCall);
        QFETCH(Outcome, outcome);
        QFETCH(int, status);
        QFETCH(QString, errorId);

        QVERIFY(login(simUrl(*m_sim)).ok());
        m_sim->config().updateStatus = updateStatus;
        m_sim->config().errorBodyHtml = html;
        if (!inactiveCall.isEmpty())
            m_sim->config().inactiveCalls.insert(inactiveCall);
        const Result result = update(sampleUpdate());
        QCOMPARE(result.outcome, outcome);
        QCOMPARE(result.httpStatus, status);
        if (!errorId.isEmpty())
            QCOMPARE(result.serverError.errorId, errorId);
        QVERIFY(!describe(result).contains(u"<html"_s, Qt::CaseInsensitive));
        QVERIFY2(m_client->isLoggedIn(), "only a 401 ends the session");
    }

    void sessionExpiryEndsTheSession()
    {
        QVERIFY(login(simUrl(*m_sim)).ok());
        m_sim->config().expireAfterRequests = 1;
        QVERIFY(update(sampleUpdate()).ok());
        QSignalSpy ended(m_client.get(), &Client::sessionEnded);
        const Result result = update(sampleUpdate());
        QCOMPARE(result.outcome, Outcome::Unauthorized);
        QCOMPARE(result.httpStatus, 401);
        QCOMPARE(ended.size(), 1);
        QVERIFY(!m_client->isLoggedIn());
        // With no session, nothing is sent.
        const int before = m_sim->requests().size();
        QCOMPARE(update(sampleUpdate()).outcome, Outcome::NotLoggedIn);
        QCOMPARE(m_sim->requests().size(), before);
    }

    void connectionDownMessageEndsTheSession()
    {
        QVERIFY(login(simUrl(*m_sim)).ok());
        m_sim->config().connectionDownAfterPolls = 2;
        QSignalSpy ended(m_client.get(), &Client::sessionEnded);
        QSignalSpy polled(m_client.get(), &Client::messagesReceived);
        m_client->pollMessages();
        QVERIFY(polled.wait());
        QCOMPARE(ended.size(), 0);
        QVERIFY(polled.first().first().value<Result>().ok());
        m_client->pollMessages();
        QVERIFY(ended.wait());
        const Result result = ended.first().first().value<Result>();
        QCOMPARE(result.outcome, Outcome::Unauthorized);
        QVERIFY(summary(result).contains(u"ended the session"_s));
        QVERIFY(!m_client->isLoggedIn());
    }

    void featureGateSendsNothing_data()
    {
        QTest::addColumn<int>("dialerVersion");
        QTest::addColumn<bool>("asStrings");
        QTest::newRow("dialer 2") << 2 << false;
        QTest::newRow("dialer absent") << 0 << false;
        QTest::newRow("dialer \"2\"") << 2 << true;
    }
    void featureGateSendsNothing()
    {
        QFETCH(int, dialerVersion);
        QFETCH(bool, asStrings);
        m_sim->config().dialerVersion = dialerVersion;
        m_sim->config().featureVersionsAsStrings = asStrings;
        QVERIFY(login(simUrl(*m_sim)).ok());
        const Result result = update(sampleUpdate());
        QCOMPARE(result.outcome, Outcome::FeatureUnavailable);
        QVERIFY(result.validationMessage.contains(u"version 3"_s)
                || result.validationMessage.contains(u"3 or later"_s));
        QVERIFY(requestsTo(*m_sim, u"/dialer/update-call-data"_s).isEmpty());
    }

    void featureVersionsAsStringsAreAccepted()
    {
        m_sim->config().featureVersionsAsStrings = true;
        QVERIFY(login(simUrl(*m_sim)).ok());
        QVERIFY(update(sampleUpdate()).ok());
    }

    void invalidInputSendsNothing()
    {
        QVERIFY(login(simUrl(*m_sim)).ok());
        const Result result = update({u"C1"_s, u" "_s, {{u"a"_s, u"1"_s}, {u"A"_s, u"2"_s}}});
        QCOMPARE(result.outcome, Outcome::InvalidInput);
        QVERIFY(result.validationMessage.contains(u"Call ID"_s));
        QVERIFY(result.validationMessage.contains(u"repeats"_s));
        QVERIFY(requestsTo(*m_sim, u"/dialer/update-call-data"_s).isEmpty());
    }

    void fetchFeaturesWithoutSession()
    {
        QSignalSpy spy(m_client.get(), &Client::featuresFetched);
        m_client->fetchFeatures(simUrl(*m_sim));
        QVERIFY(spy.wait());
        QVERIFY(spy.first().at(0).value<Result>().ok());
        QCOMPARE(spy.first().at(1).value<FeatureVersions>().version(u"dialer"_s), 3);
        QCOMPARE(spy.first().at(2).value<ServerVersion>().displayString(), u"2018 R5 Patch 3"_s);
        QCOMPARE(m_sim->activeSessionCount(), 0);
    }

    void switchoverFollowsAlternateHosts()
    {
        // Two servers on the same port, 127.0.0.1 (switching over) and 127.0.0.2 (the new primary).
        auto backup = startSim(QHostAddress(u"127.0.0.2"_s), m_sim->port());
        QCOMPARE(backup->port(), m_sim->port());
        m_sim->config().unavailable = true;
        m_sim->config().unavailableAlternateHosts = {u"127.0.0.1"_s, u"127.0.0.2"_s};

        const Result result = login(simUrl(*m_sim));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.host, u"127.0.0.2:"_s + QString::number(m_sim->port()));
        QCOMPARE(result.triedHosts, (QStringList {u"127.0.0.1"_s, u"127.0.0.2"_s}));
        QCOMPARE(m_client->session().baseUrl.host(), u"127.0.0.2"_s);

        // The session lives on the host that issued it: the update goes there and nowhere else.
        const int requestsOnFirst = m_sim->requests().size();
        QVERIFY(update(sampleUpdate()).ok());
        QCOMPARE(requestsTo(*backup, u"/dialer/update-call-data"_s).size(), 1);
        QCOMPARE(m_sim->requests().size(), requestsOnFirst);
    }

    void switchoverNeverDowngradesHttps()
    {
        auto tls = startSim(QHostAddress::LocalHost, 0, true);
        auto plain = startSim(QHostAddress(u"127.0.0.2"_s), tls->port());
        tls->config().unavailable = true;
        tls->config().unavailableAlternateHosts = {u"http://127.0.0.2"_s, u"127.0.0.2:%1"_s.arg(tls->port())};
        ClientOptions options = m_client->options();
        options.caFile = certPath(u"ca.pem"_s);
        m_client->setOptions(options);
        const Result result = login(tls->baseUrl());
        QCOMPARE(result.outcome, Outcome::ServiceUnavailable);
        QCOMPARE(result.triedHosts, QStringList {u"127.0.0.1"_s});
        QVERIFY(plain->requests().isEmpty());
    }

    void switchoverLoopEndsWithAClearError()
    {
        auto other = startSim(QHostAddress(u"127.0.0.2"_s), m_sim->port());
        for (IcwsSim::Simulator *sim : {m_sim.get(), other.get()}) {
            sim->config().unavailable = true;
            sim->config().unavailableAlternateHosts = {u"127.0.0.2"_s, u"127.0.0.1"_s};
        }
        const Result result = login(simUrl(*m_sim));
        QCOMPARE(result.outcome, Outcome::ServiceUnavailable);
        QCOMPARE(result.httpStatus, 503);
        QCOMPARE(result.triedHosts, (QStringList {u"127.0.0.1"_s, u"127.0.0.2"_s}));
        QCOMPARE(result.serverError.errorId, u"error.server.notAcceptingConnections"_s);
        QVERIFY(summary(result).contains(u"127.0.0.2"_s));
        QCOMPARE(m_sim->requests().size(), 1);
        QCOMPARE(other->requests().size(), 1);
    }

    void switchoverHopsAreBounded()
    {
        // Ten alternates that all refuse: at most 8 hops after the first host.
        m_sim->config().unavailable = true;
        for (int i = 2; i <= 11; ++i)
            m_sim->config().unavailableAlternateHosts.append(u"127.0.0.%1"_s.arg(i));
        const Result result = login(simUrl(*m_sim));
        QCOMPARE(result.outcome, Outcome::ServiceUnavailable);
        QCOMPARE(result.triedHosts.size(), 9);
    }

    void timeoutIsItsOwnOutcome()
    {
        QVERIFY(login(simUrl(*m_sim)).ok());
        ClientOptions options = m_client->options();
        options.timeoutMs = 300;
        m_client->setOptions(options);
        m_sim->config().delayMs = 3000;
        const Result result = update(sampleUpdate());
        QCOMPARE(result.outcome, Outcome::Timeout);
        QVERIFY(summary(result).contains(u"did not answer in time"_s));
        QVERIFY(m_client->isLoggedIn());
    }

    void cancelAbortsTheRunningUpdate()
    {
        QVERIFY(login(simUrl(*m_sim)).ok());
        m_sim->config().delayMs = 3000;
        QSignalSpy spy(m_client.get(), &Client::updateFinished);
        QSignalSpy received(m_sim.get(), &IcwsSim::Simulator::requestReceived);
        m_client->updateCallData(sampleUpdate());
        QVERIFY(m_client->isBusy());
        QVERIFY(received.wait());
        m_client->cancel();
        QTRY_COMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().value<Result>().outcome, Outcome::Canceled);
        QVERIFY(!m_client->isBusy());
    }

    void cancelEndsEveryRunningOperationExactlyOnce()
    {
        QVERIFY(login(simUrl(*m_sim)).ok());
        m_sim->config().delayMs = 2000;
        QSignalSpy spy(m_client.get(), &Client::updateFinished);
        QSignalSpy received(m_sim.get(), &IcwsSim::Simulator::requestReceived);
        CallDataUpdate second = sampleUpdate();
        second.callId = u"1002"_s;
        m_client->updateCallData(sampleUpdate());
        m_client->updateCallData(second);
        QTRY_COMPARE(received.size(), 2);
        m_client->cancel();
        QTRY_COMPARE(spy.size(), 2);
        for (const QList<QVariant> &signal : std::as_const(spy))
            QCOMPARE(signal.first().value<Result>().outcome, Outcome::Canceled);
        QVERIFY(!m_client->isBusy());
        // The held-back answers would arrive within 2.5 s; none may finish an operation again.
        QVERIFY(!spy.wait(2500));
        QCOMPARE(spy.size(), 2);
        QVERIFY(m_client->isLoggedIn());
    }

    void aSecondLoginCancelsTheFirst()
    {
        m_sim->config().delayMs = 1500;
        QSignalSpy spy(m_client.get(), &Client::loginFinished);
        QSignalSpy received(m_sim.get(), &IcwsSim::Simulator::requestReceived);
        m_client->login(simUrl(*m_sim), User, u"wrong"_s);
        QVERIFY(received.wait());
        m_sim->config().delayMs = 0;
        m_client->login(simUrl(*m_sim), User, Password);
        QTRY_COMPARE(spy.size(), 2);
        QCOMPARE(spy.at(0).first().value<Result>().outcome, Outcome::Canceled);
        const Result second = spy.at(1).first().value<Result>();
        QVERIFY2(second.ok(), qPrintable(describe(second)));
        QCOMPARE(second.triedHosts, QStringList {u"127.0.0.1"_s});
        QVERIFY2(!spy.wait(2000), "the canceled login's held-back answer finished it a second time");
        QCOMPARE(spy.size(), 2);
        QVERIFY(m_client->isLoggedIn());
    }

    void aLateUnauthorizedForAnOldSessionLeavesTheNewOneAlone()
    {
        QVERIFY(login(simUrl(*m_sim)).ok());
        // The server forgets the session; a poll for it is answered 401, but only after a while.
        m_sim->dropAllSessions();
        m_sim->config().delayMs = 1500;
        QSignalSpy polled(m_client.get(), &Client::messagesReceived);
        QSignalSpy ended(m_client.get(), &Client::sessionEnded);
        QSignalSpy received(m_sim.get(), &IcwsSim::Simulator::requestReceived);
        m_client->pollMessages();
        QVERIFY(received.wait());
        // Meanwhile the user logs in again and gets a new session.
        m_sim->config().delayMs = 0;
        QVERIFY(login(simUrl(*m_sim)).ok());
        const Session fresh = m_client->session();
        const QUrl freshResource = sessionUrl(fresh.baseUrl, fresh.sessionId, u"connection"_s);
        QVERIFY(polled.wait(5000));
        QCOMPARE(polled.first().first().value<Result>().outcome, Outcome::Unauthorized);
        QCOMPARE(ended.size(), 0);
        QVERIFY(m_client->isLoggedIn());
        QCOMPARE(m_client->session().sessionId, fresh.sessionId);
        QCOMPARE(m_network->cookieJar()->cookiesForUrl(freshResource).size(), 1);
        QVERIFY(update(sampleUpdate()).ok());
    }

    void redirectsAreNeverFollowed()
    {
        // A redirect to another host would carry the password (login) or the CSRF token there.
        auto other = startSim(QHostAddress(u"127.0.0.2"_s));
        CannedServer redirecting(
            ("HTTP/1.1 307 Temporary Redirect\r\nLocation: " + other->baseUrl().toEncoded()
             + "/icws/connection?include=features,version\r\nContent-Length: 0\r\n"
               "Connection: close\r\n\r\n"));
        QVERIFY(redirecting.listen(QHostAddress::LocalHost));
        QSignalSpy otherReceived(other.get(), &IcwsSim::Simulator::requestReceived);
        const Result result = login(redirecting.url());
        QCOMPARE(result.outcome, Outcome::Redirected);
        QCOMPARE(result.httpStatus, 307);
        // Finding 22: the target is named (not followed), so the user can check the address.
        QCOMPARE(result.location,
                 other->baseUrl().toString() + u"/icws/connection?include=features,version"_s);
        QVERIFY2(describe(result).contains(result.location), qPrintable(describe(result)));
        QVERIFY(!m_client->isLoggedIn());
        QVERIFY(!otherReceived.wait(200));
        QVERIFY(other->requests().isEmpty());
    }

    void hugeErrorBodyIsReadOnlyInPart()
    {
        // 4 MiB of JSON whose message would be shown: only the first 64 KiB are read, so no
        // details are parsed from it and nothing of it floods the description.
        const QByteArray body = "{\"message\":\"" + QByteArray(4 * 1024 * 1024, 'x') + "\"}";
        CannedServer failing("HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n"
                             "Content-Length: "
                             + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        QVERIFY(failing.listen(QHostAddress::LocalHost));
        const Result result = login(failing.url());
        QCOMPARE(result.outcome, Outcome::ServerError);
        QCOMPARE(result.httpStatus, 500);
        QVERIFY(result.serverError.message.isEmpty());
        QVERIFY(describe(result).size() < 2000);
    }

    void endlessErrorBodyIsNotAwaited()
    {
        // A 500 that announces a gigabyte and keeps sending: the client stops reading after 64 KiB
        // and reports the 500 at once instead of waiting for the rest until the timeout.
        CannedServer endless("HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/html\r\n"
                             "Content-Length: 1073741824\r\n\r\n"
                                 + QByteArray(1024 * 1024, 'x'),
                             true);
        QVERIFY(endless.listen(QHostAddress::LocalHost));
        ClientOptions options = m_client->options();
        options.timeoutMs = 5000;
        m_client->setOptions(options);
        QElapsedTimer elapsed;
        elapsed.start();
        const Result result = login(endless.url());
        QCOMPARE(result.outcome, Outcome::ServerError);
        QCOMPARE(result.httpStatus, 500);
        QVERIFY2(elapsed.elapsed() < 4000, qPrintable(QString::number(elapsed.elapsed())));
    }

    void connectionRefused()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const Result result = login(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        QCOMPARE(result.outcome, Outcome::ConnectionRefused);
        QCOMPARE(result.host, u"127.0.0.1:%1"_s.arg(port));
        QVERIFY(!describe(result).contains(Password));
    }

    void connectionReset()
    {
        // A server that reads the request and hangs up without answering.
        QTcpServer rude;
        QVERIFY(rude.listen(QHostAddress::LocalHost));
        connect(&rude, &QTcpServer::newConnection, &rude, [&rude] {
            QTcpSocket *socket = rude.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->close();
                socket->deleteLater();
            });
        });
        const Result result = login(QUrl(u"http://127.0.0.1:%1"_s.arg(rude.serverPort())));
        QCOMPARE(result.outcome, Outcome::ConnectionReset);
        QVERIFY(summary(result).contains(u"closed"_s));
    }

    void anUpdateWhoseAnswerIsLostIsSentOnceAndItsFateCalledUnknown()
    {
        if (!IcwsSim::Simulator::canWriteRawBytes())
            QSKIP("this fault needs Qt HttpServer 6.4");
        QVERIFY(login(simUrl(*m_sim)).ok());
        // The server applies the update and hangs up without answering, every time.
        m_sim->config().closeAfterUpdate = true;
        const Result result = update(sampleUpdate());
        QCOMPARE(result.outcome, Outcome::DeliveryUnknown);
        QCOMPARE(requestsTo(*m_sim, u"/dialer/update-call-data"_s).size(), 1);
        QCOMPARE(m_sim->acceptedUpdateCount(), 1);
        QVERIFY2(summary(result).contains(u"unknown whether the server received it"_s),
                 qPrintable(describe(result)));
        QVERIFY(!describe(result).contains(u"refused"_s));
        QVERIFY(m_client->isLoggedIn());
    }

    void anUpdateToAServerThatDiedAfterReadingItIsNotCalledRefused()
    {
        if (!IcwsSim::Simulator::canWriteRawBytes())
            QSKIP("this fault needs Qt HttpServer 6.4");
        QVERIFY(login(simUrl(*m_sim)).ok());
        m_sim->config().closeAfterUpdate = true;
        // The server dies the moment it has read the update: nothing listens on its port any more.
        connect(m_sim.get(), &IcwsSim::Simulator::requestReceived, this,
                [this](const IcwsSim::RecordedRequest &request) {
                    if (request.path.endsWith(u"/dialer/update-call-data"_s))
                        QTimer::singleShot(0, this, [this] { m_sim.reset(); });
                });
        const Result result = update(sampleUpdate());
        QCOMPARE(result.outcome, Outcome::DeliveryUnknown);
        QVERIFY(!describe(result).contains(u"refused"_s));
        m_sim = startSim(); // cleanup() expects one
    }

    void aLoginWhoseAnswerIsLostIsNotSentAgain()
    {
        // A server that reads the login and hangs up without answering, counting what it gets.
        QTcpServer rude;
        QVERIFY(rude.listen(QHostAddress::LocalHost));
        int logins = 0;
        connect(&rude, &QTcpServer::newConnection, &rude, [&rude, &logins] {
            QTcpSocket *socket = rude.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &logins] {
                if (socket->readAll().contains("POST /icws/connection"))
                    ++logins;
                socket->close();
                socket->deleteLater();
            });
        });
        const Result result = login(QUrl(u"http://127.0.0.1:%1"_s.arg(rude.serverPort())));
        QCOMPARE(result.outcome, Outcome::ConnectionReset);
        QCOMPARE(logins, 1);
    }

    void theSameServerUnderOtherSpellingsIsTriedOnce()
    {
        m_sim->config().unavailable = true;
        m_sim->config().unavailableAlternateHosts = {u"127.1"_s,      u"2130706433"_s,       u"0x7f.1"_s,
                                                     u"0177.0.0.1"_s, u"127.0.0.1."_s,       u"0x7F000001"_s,
                                                     u"127.0.1"_s,    u"::ffff:127.0.0.1"_s, u"LOCALHOST"_s,
                                                     u"localhost."_s, u"localhost"_s};
        const Result result = login(simUrl(*m_sim));
        QCOMPARE(result.outcome, Outcome::ServiceUnavailable);
        // Names are not resolved, so localhost is one more server; its three spellings are one.
        QCOMPARE(result.triedHosts, (QStringList {u"127.0.0.1"_s, u"localhost"_s}));
        QVERIFY(requestsTo(*m_sim, u"/icws/connection"_s).size() <= 2);
    }

    void theSameIpv6ServerUnderOtherSpellingsIsTriedOnce()
    {
        auto sim = startSim(QHostAddress::LocalHostIPv6);
        if (sim->port() == 0)
            QSKIP("no IPv6 loopback here");
        sim->config().unavailable = true;
        sim->config().unavailableAlternateHosts = {u"[::1]"_s, u"0:0:0:0:0:0:0:1"_s, u"::0001"_s,
                                                   u"0000::1"_s};
        const Result result = login(sim->baseUrl());
        QCOMPARE(result.outcome, Outcome::ServiceUnavailable);
        QCOMPARE(result.triedHosts, QStringList {u"::1"_s});
        QCOMPARE(requestsTo(*sim, u"/icws/connection"_s).size(), 1);
    }

    void anEndlessSuccessBodyIsCutOffWithBoundedMemory()
    {
        if (!IcwsSim::Simulator::canWriteRawBytes())
            QSKIP("this fault needs Qt HttpServer 6.4");
        QVERIFY(login(simUrl(*m_sim)).ok());
        m_sim->config().endlessBody = u"messages"_s;
        QElapsedTimer elapsed;
        elapsed.start();
        QSignalSpy spy(m_client.get(), &Client::messagesReceived);
        m_client->pollMessages();
        QVERIFY(spy.wait(8000));
        const Result result = spy.first().first().value<Result>();
        QCOMPARE(result.outcome, Outcome::ProtocolError);
        QVERIFY2(result.transportDetail.contains(u"4 MiB"_s), qPrintable(describe(result)));
        QVERIFY2(elapsed.elapsed() < 8000, qPrintable(QString::number(elapsed.elapsed())));
        // The client took little more than its 4 MiB limit off the wire (plus the socket buffers
        // of loopback), not what the server would have gone on sending.
        QVERIFY2(m_sim->endlessBodyBytesSent() < 32 * 1024 * 1024,
                 qPrintable(QString::number(m_sim->endlessBodyBytesSent())));
        QVERIFY(m_client->isLoggedIn());
    }

    void aFloodingServerIsReadOnlyUpToTheLimit()
    {
        // The server sends as fast as the client takes: Qt's HTTP thread must stop taking once the
        // limit waits unread, not keep filling memory until the abort reaches it.
        FloodServer flood;
        QSignalSpy spy(m_client.get(), &Client::featuresFetched);
        m_client->fetchFeatures(flood.url());
        QVERIFY(spy.wait(8000));
        QCOMPARE(spy.first().first().value<Result>().outcome, Outcome::ProtocolError);
        QVERIFY2(flood.bytesSent() < 48 * 1024 * 1024, qPrintable(QString::number(flood.bytesSent())));
    }

    void anEndlessLoginAnswerIsAProtocolError()
    {
        if (!IcwsSim::Simulator::canWriteRawBytes())
            QSKIP("this fault needs Qt HttpServer 6.4");
        m_sim->config().endlessBody = u"login"_s;
        const Result result = login(simUrl(*m_sim));
        QCOMPARE(result.outcome, Outcome::ProtocolError);
        QVERIFY(!m_client->isLoggedIn());
        QVERIFY2(m_sim->endlessBodyBytesSent() < 32 * 1024 * 1024,
                 qPrintable(QString::number(m_sim->endlessBodyBytesSent())));
    }

    // Finding 25: the answer to a POST is read chunk by chunk and never held past the limit, so
    // an endless one costs bounded memory (Qt 6.4's own HTTP layer ignores the read buffer size
    // for requests with a body).
    void endlessPostAnswerBodyStaysBounded()
    {
        if (!IcwsSim::Simulator::canWriteRawBytes())
            QSKIP("this fault needs Qt HttpServer 6.4");
        QVERIFY(login(simUrl(*m_sim)).ok());
        m_sim->config().endlessBody = u"update"_s;
        const PeakMemory peak;
        QElapsedTimer elapsed;
        elapsed.start();
        const Result result = update(sampleUpdate());
        // The status says the server took it; the rest of its answer is not needed.
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.httpStatus, 202);
        QVERIFY2(elapsed.elapsed() < 8000, qPrintable(QString::number(elapsed.elapsed())));
        QVERIFY2(m_sim->endlessBodyBytesSent() < 32 * 1024 * 1024,
                 qPrintable(QString::number(m_sim->endlessBodyBytesSent())));
        QVERIFY2(peak.growth() < 32 * 1024 * 1024, qPrintable(QString::number(peak.growth())));
    }

    void endlessLoginAnswerBodyStaysBounded()
    {
        // A server on its own thread, sending as fast as the client takes (any Qt version).
        FloodServer flood;
        const PeakMemory peak;
        const Result result = login(flood.url());
        QCOMPARE(result.outcome, Outcome::ProtocolError);
        QVERIFY2(result.transportDetail.contains(u"4 MiB"_s), qPrintable(describe(result)));
        QVERIFY(!m_client->isLoggedIn());
        QVERIFY2(flood.bytesSent() < 48 * 1024 * 1024, qPrintable(QString::number(flood.bytesSent())));
        QVERIFY2(peak.growth() < 32 * 1024 * 1024, qPrintable(QString::number(peak.growth())));
    }

    void anUnreadPostAnswerStopsTheReadingAtTheReadBufferSize()
    {
        // Nobody reads the answer: the exchange holds at most its read buffer size, stops taking
        // from the connection, and takes more once the caller has read.
        FloodServer flood;
        Http1Exchange exchange(m_network.get(),
                               QNetworkRequest(flood.url().resolved(QUrl(u"/icws/connection"_s))), "POST",
                               "{}");
        constexpr qint64 Limit = 1024 * 1024;
        exchange.setReadBufferSize(Limit);
        qint64 mostUnread = 0;
        connect(&exchange, &QNetworkReply::readyRead, this,
                [&] { mostUnread = std::max(mostUnread, exchange.bytesAvailable()); });
        QTRY_COMPARE(exchange.bytesAvailable(), Limit);
        // The server can only fill the sockets' buffers now; then it is stuck.
        const qint64 sent = waitUntilStuck(flood);
        QVERIFY2(sent > 0 && sent < 48 * 1024 * 1024, qPrintable(QString::number(sent)));
        QCOMPARE(mostUnread, Limit);
        QCOMPARE(exchange.bytesAvailable(), Limit);
        QVERIFY(!exchange.isFinished());
        // Reading on frees room (the kernel tells the server once enough is free): it sends again,
        // and still no more than the limit waits unread.
        const auto readOn = [&exchange] {
            const bool bounded = exchange.bytesAvailable() <= Limit;
            exchange.readAll();
            return bounded;
        };
        QTRY_VERIFY_WITH_TIMEOUT(readOn() && flood.bytesSent() > sent, 10000);
        QVERIFY(exchange.bytesAvailable() <= Limit);
        exchange.abort();
        QCOMPARE(exchange.error(), QNetworkReply::OperationCanceledError);
    }

    void postsGoThroughTheProxyTheManagerUses()
    {
        TunnelProxy proxy;
        QVERIFY(proxy.listen(QHostAddress::LocalHost));
        m_network->setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, proxy.serverPort()));
        QVERIFY2(login(simUrl(*m_sim)).ok(), "login through the proxy");
        QVERIFY(update(sampleUpdate()).ok());
        const QByteArray target = "127.0.0.1:" + QByteArray::number(m_sim->port());
        QCOMPARE(proxy.tunnels(), (QList<QByteArray> {target, target}));
        m_network->setProxy(QNetworkProxy::DefaultProxy);
    }

    void aLoginCanceledAfterTheServerOpenedASessionIsLoggedOut()
    {
        // Cancel at every moment of a login whose 201 comes late: before the request went out,
        // while the server holds the answer back, and just before it is sent. Whatever sessions
        // the server opened for canceled logins are closed again.
        m_sim->config().loginDelayMs = 150;
        QSignalSpy finished(m_client.get(), &Client::loginFinished);
        for (int i = 0; i < 30; ++i) {
            m_client->login(simUrl(*m_sim), User, Password);
            QTimer::singleShot(i * 5, m_client.get(), [this] { m_client->cancel(); });
            QTRY_COMPARE(finished.size(), i + 1);
            QCOMPARE(finished.last().first().value<Result>().outcome, Outcome::Canceled);
        }
        QVERIFY(!m_client->isLoggedIn());
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->activeSessionCount(), 0, 10000);
        int opened = 0;
        for (const IcwsSim::RecordedRequest &request : m_sim->requests())
            opened += request.responseStatus == 201 ? 1 : 0;
        QVERIFY2(opened > 0, "the race never reached the server; it tests nothing");
        QCOMPARE(requestsTo(*m_sim, u"/connection"_s).size() - 30, opened); // one DELETE each
        QCOMPARE(finished.size(), 30);
    }

    void aCanceledLoginsLateSessionIsClosedEvenWhenTheClientGoesAway()
    {
        m_sim->config().loginDelayMs = 300;
        QSignalSpy received(m_sim.get(), &IcwsSim::Simulator::requestReceived);
        m_client->login(simUrl(*m_sim), User, Password);
        QVERIFY(received.wait());
        QCOMPARE(m_sim->activeSessionCount(), 1);
        m_client->cancel();
        m_client.reset(); // waits, bounded by logoutTimeoutMs, for the answer and the logout
        QCOMPARE(m_sim->activeSessionCount(), 0);
    }

    void tlsUntrustedCertificateIsRefusedWithItsDetails()
    {
        auto tls = startSim(QHostAddress::LocalHost, 0, true);
        QVERIFY(tls->isTls());
        const Result result = login(tls->baseUrl());
        QCOMPARE(result.outcome, Outcome::TlsFailure);
        QVERIFY(!result.certificate.isNull());
        QCOMPARE(result.certificate.sha256, sha256Of(certPath(u"server.pem"_s)));
        QVERIFY(!result.certificate.subject.isEmpty());
        QVERIFY(!result.certificate.issuer.isEmpty());
        QVERIFY(result.certificate.validUntil.isValid());
        QVERIFY(!result.certificate.problems.isEmpty());
        QVERIFY(!result.certificate.pinMismatch);
        QVERIFY(describe(result).contains(result.certificate.sha256Hex()));
        QVERIFY2(tls->requests().isEmpty(), "nothing, and no password, crosses an untrusted connection");
    }

    void tlsTrustedThroughCaFile()
    {
        auto tls = startSim(QHostAddress::LocalHost, 0, true);
        ClientOptions options = m_client->options();
        options.caFile = certPath(u"ca.pem"_s);
        m_client->setOptions(options);
        const Result result = login(tls->baseUrl());
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QVERIFY(update(sampleUpdate()).ok());
    }

    void tlsTrustedThroughPin()
    {
        auto tls = startSim(QHostAddress::LocalHost, 0, true);
        ClientOptions options = m_client->options();
        options.pinnedSha256 = {sha256Of(certPath(u"server.pem"_s))};
        m_client->setOptions(options);
        const Result result = login(tls->baseUrl());
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QVERIFY(update(sampleUpdate()).ok());
    }

    void tlsWrongPinIsALoudMismatch()
    {
        auto tls = startSim(QHostAddress::LocalHost, 0, true);
        ClientOptions options = m_client->options();
        options.pinnedSha256 = {sha256Of(certPath(u"other.pem"_s))};
        m_client->setOptions(options);
        const Result result = login(tls->baseUrl());
        QCOMPARE(result.outcome, Outcome::TlsFailure);
        QVERIFY(result.certificate.pinMismatch);
        QVERIFY(summary(result).contains(u"different certificate"_s));
        QVERIFY(tls->requests().isEmpty());
    }

    // Finding 1: a CSRF token with CR/LF would inject headers (a whole second request) into every
    // later request; it is refused at login and nothing further is sent.
    void csrfTokenWithLineBreakIsRefusedAndNothingElseIsSent()
    {
        m_sim->config().csrfTokenOverride =
            "tok\r\nContent-Length: 0\r\n\r\nDELETE /icws/1/connection HTTP/1.1";
        const Result result = login(simUrl(*m_sim));
        QCOMPARE(result.outcome, Outcome::ProtocolError);
        QVERIFY2(result.validationMessage.contains(u"CSRF token"_s), qPrintable(result.validationMessage));
        QVERIFY2(describe(result).contains(u"nothing further was sent"_s), qPrintable(describe(result)));
        QVERIFY(!m_client->isLoggedIn());
        QCOMPARE(update(sampleUpdate()).outcome, Outcome::NotLoggedIn);
        m_client->pollMessages();
        m_client->logout();
        QSignalSpy received(m_sim.get(), &IcwsSim::Simulator::requestReceived);
        QVERIFY(!received.wait(300));
        QCOMPARE(m_sim->requests().size(), 1); // the login, and nothing after it
    }

    // Finding 5: a session ID of ".." would make requests leave /icws/{sessionId}/.
    void sessionIdOfDotDotIsRefusedAndNothingElseIsSent_data()
    {
        QTest::addColumn<QByteArray>("sessionId");
        QTest::newRow("dot dot") << QByteArray("..");
        QTest::newRow("dot") << QByteArray(".");
        QTest::newRow("line break") << QByteArray("17\r\nX-Injected: 1");
    }
    void sessionIdOfDotDotIsRefusedAndNothingElseIsSent()
    {
        QFETCH(QByteArray, sessionId);
        m_sim->config().sessionIdOverride = sessionId;
        const Result result = login(simUrl(*m_sim));
        QCOMPARE(result.outcome, Outcome::ProtocolError);
        QVERIFY2(result.validationMessage.contains(u"session ID"_s), qPrintable(result.validationMessage));
        QVERIFY(!m_client->isLoggedIn());
        QCOMPARE(update(sampleUpdate()).outcome, Outcome::NotLoggedIn);
        m_client->logout();
        QSignalSpy received(m_sim.get(), &IcwsSim::Simulator::requestReceived);
        QVERIFY(!received.wait(300));
        QCOMPARE(m_sim->requests().size(), 1);
        QCOMPARE(m_sim->requests().first().path, u"/icws/connection"_s);
    }

    // Finding 11: interim 1xx answers are not the server's answer; the final one behind them is.
    void interimAnswersBeforeTheUpdateAnswerAreSkipped()
    {
        if (!IcwsSim::Simulator::canWriteRawBytes())
            QSKIP("icws-sim writes interim answers only with Qt HttpServer 6.4");
        QVERIFY(login(simUrl(*m_sim)).ok());
        m_sim->config().interimStatuses = {102, 103, 102, 102};
        const Result result = update(sampleUpdate());
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.httpStatus, 202);
        QVERIFY2(summary(result).contains(u"Accepted by the server (HTTP 202)"_s),
                 qPrintable(summary(result)));
        QCOMPARE(m_sim->acceptedUpdateCount(), 1);
        QCOMPARE(requestsTo(*m_sim, u"/dialer/update-call-data"_s).size(), 1);
        QVERIFY(m_client->isLoggedIn());
    }

    void interimAnswersBeforeTheLoginAnswerAreSkipped()
    {
        if (!IcwsSim::Simulator::canWriteRawBytes())
            QSKIP("icws-sim writes interim answers only with Qt HttpServer 6.4");
        m_sim->config().loginInterimStatuses = {103, 102};
        const Result result = login(simUrl(*m_sim));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.httpStatus, 201);
        QVERIFY(m_client->isLoggedIn());
        // The session cookie of the 201 behind them was kept: the update carries it.
        QVERIFY(update(sampleUpdate()).ok());
        const auto updates = requestsTo(*m_sim, u"/dialer/update-call-data"_s);
        QCOMPARE(updates.size(), 1);
        const QByteArray cookieName = "icws_" + m_client->session().sessionId.toUtf8() + '=';
        QVERIFY(updates.first().header("Cookie").startsWith(cookieName));
    }

    void endlessInterimAnswersAreReportedAsOnlyInterim()
    {
        // A server that sends nothing but 102s: bounded, and named for what it is, not a timeout.
        QByteArray interims;
        for (int i = 0; i < 200; ++i)
            interims += "HTTP/1.1 102 Processing\r\n\r\n";
        CannedServer processing(interims, true);
        QVERIFY(processing.listen(QHostAddress::LocalHost));
        QElapsedTimer elapsed;
        elapsed.start();
        const Result result = login(processing.url());
        QCOMPARE(result.outcome, Outcome::InterimAnswerOnly);
        QCOMPARE(result.httpStatus, 102);
        QVERIFY2(describe(result).contains(u"interim"_s), qPrintable(describe(result)));
        QVERIFY2(elapsed.elapsed() < 5000, qPrintable(QString::number(elapsed.elapsed())));
    }

    // Finding 18: only 200 and 202 accept an update; a 204 or 206 is reported for what it is.
    void otherSuccessStatusIsNotAnAcceptance_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("201") << 201;
        QTest::newRow("204") << 204;
        QTest::newRow("206") << 206;
    }
    void otherSuccessStatusIsNotAnAcceptance()
    {
        QFETCH(int, status);
        QVERIFY(login(simUrl(*m_sim)).ok());
        m_sim->config().updateStatus = status;
        const Result result = update(sampleUpdate());
        QCOMPARE(result.outcome, Outcome::OtherSuccessStatus);
        QCOMPARE(result.httpStatus, status);
        QVERIFY(!result.ok());
        QVERIFY2(summary(result).contains(QString::number(status)), qPrintable(summary(result)));
        QVERIFY2(!summary(result).contains(u"Accepted by"_s), qPrintable(summary(result)));
    }
    void twoHundredIsAnAcceptance()
    {
        QVERIFY(login(simUrl(*m_sim)).ok());
        m_sim->config().updateStatus = 200;
        const Result result = update(sampleUpdate());
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.httpStatus, 200);
    }

    // Finding 21: older servers refuse a login with only errorCode; the advice is still about logging in.
    void loginRefusalWithOnlyAnErrorCodeGetsLoginAdvice()
    {
        m_sim->config().loginErrorCodeOnly = true;
        const Result result = login(simUrl(*m_sim), u"wrong"_s);
        QCOMPARE(result.outcome, Outcome::BadRequest);
        QVERIFY(result.serverError.errorId.isEmpty());
        QCOMPARE(result.serverError.errorCode, u"-2147221503"_s);
        QCOMPARE(result.operation, Operation::Login);
        const QString text = describe(result);
        QVERIFY2(text.contains(u"user name and password"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"call ID"_s), qPrintable(text));
    }

    // Finding 22: a canceled login says so, not "canceled update".
    void canceledLoginIsNamedALogin()
    {
        m_sim->config().delayMs = 3000;
        QSignalSpy spy(m_client.get(), &Client::loginFinished);
        QSignalSpy received(m_sim.get(), &IcwsSim::Simulator::requestReceived);
        m_client->login(simUrl(*m_sim), User, Password);
        QVERIFY(received.wait());
        m_client->cancel();
        QTRY_COMPARE(spy.size(), 1);
        const Result result = spy.first().first().value<Result>();
        QCOMPARE(result.outcome, Outcome::Canceled);
        QVERIFY2(summary(result).contains(u"login was canceled"_s), qPrintable(summary(result)));
        QVERIFY2(!describe(result).contains(u"update"_s), qPrintable(describe(result)));
    }

    // Finding 22: a 413 is about the size of the correction, not the port.
    void tooLargeRequestIsNamedAsSuch()
    {
        QVERIFY(login(simUrl(*m_sim)).ok());
        m_sim->config().maxBodyBytes = 20;
        const Result result = update(sampleUpdate());
        QCOMPARE(result.outcome, Outcome::RequestTooLarge);
        QCOMPARE(result.httpStatus, 413);
        QVERIFY2(describe(result).contains(u"too large"_s), qPrintable(describe(result)));
        QVERIFY2(!describe(result).contains(u"port"_s), qPrintable(describe(result)));
    }

    // Finding 22: a login answer without "features" leads to GET /icws/connection/features, not to
    // "this server does not support updating call data".
    void loginAnswerWithoutFeaturesAsksForThem()
    {
        m_sim->config().loginWithoutFeatures = true;
        const Result result = login(simUrl(*m_sim));
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QCOMPARE(result.httpStatus, 201);
        QVERIFY(m_client->isLoggedIn());
        QCOMPARE(m_client->session().features.version(u"dialer"_s), 3);
        QCOMPARE(requestsTo(*m_sim, u"/icws/connection/features"_s).size(), 1);
        const Result sent = update(sampleUpdate());
        QVERIFY2(sent.ok(), qPrintable(describe(sent)));
    }
    // A login canceled while asking an older server for its features closes the session it opened.
    void loginCanceledWhileAskingForFeaturesClosesTheSession()
    {
        m_sim->config().loginWithoutFeatures = true;
        connect(m_sim.get(), &IcwsSim::Simulator::requestReceived, this,
                [this](const IcwsSim::RecordedRequest &request) {
                    if (!request.path.endsWith(u"/connection/features"_s))
                        return;
                    m_sim->config().delayMs = 3000; // this answer is held back; the user cancels
                    QTimer::singleShot(0, m_client.get(), [this] { m_client->cancel(); });
                });
        const Result result = login(simUrl(*m_sim));
        QCOMPARE(result.outcome, Outcome::Canceled);
        QVERIFY2(summary(result).contains(u"login was canceled"_s), qPrintable(summary(result)));
        QVERIFY(!m_client->isLoggedIn());
        QTRY_COMPARE(m_sim->activeSessionCount(), 0);
    }
    void loginAnswerWithoutFeaturesStillGatesAnOldDialer()
    {
        m_sim->config().loginWithoutFeatures = true;
        m_sim->config().dialerVersion = 2;
        QVERIFY(login(simUrl(*m_sim)).ok());
        const Result refused = update(sampleUpdate());
        QCOMPARE(refused.outcome, Outcome::FeatureUnavailable);
        QVERIFY2(refused.validationMessage.contains(u"version 2;"_s), qPrintable(refused.validationMessage));
        QVERIFY(requestsTo(*m_sim, u"/dialer/update-call-data"_s).isEmpty());
    }

    // Finding 7: a pin vouches for the exact certificate: it waives the issuer and the host name ...
    void pinWaivesTheIssuerAndTheHostName()
    {
        auto tls = startSim(QHostAddress::LocalHost, 0, true, u"otherhost"_s); // names only cic.invalid
        const Result unpinned = login(tls->baseUrl());
        QCOMPARE(unpinned.outcome, Outcome::TlsFailure);
        QVERIFY(unpinned.certificate.problems.join(u' ').contains(u"host name"_s, Qt::CaseInsensitive));

        ClientOptions options = m_client->options();
        options.pinnedSha256 = {sha256Of(certPath(u"otherhost.pem"_s))};
        m_client->setOptions(options);
        const Result pinned = login(tls->baseUrl());
        QVERIFY2(pinned.ok(), qPrintable(describe(pinned)));
    }
    // ... but never its validity period.
    void pinNeverWaivesExpiry()
    {
        auto tls = startSim(QHostAddress::LocalHost, 0, true, u"expired"_s);
        ClientOptions options = m_client->options();
        options.pinnedSha256 = {sha256Of(certPath(u"expired.pem"_s))};
        m_client->setOptions(options);
        const Result result = login(tls->baseUrl());
        QCOMPARE(result.outcome, Outcome::TlsFailure);
        QVERIFY(result.certificate.pinnedButRefused);
        QVERIFY(!result.certificate.pinMismatch);
        QVERIFY2(describe(result).contains(u"validity period"_s), qPrintable(describe(result)));
        QVERIFY(tls->requests().isEmpty());
    }

    void unreadableCaFileIsReportedBeforeSending()
    {
        ClientOptions options = m_client->options();
        options.caFile = certPath(u"does-not-exist.pem"_s);
        m_client->setOptions(options);
        const Result result = login(simUrl(*m_sim));
        QCOMPARE(result.outcome, Outcome::InvalidInput);
        QVERIFY(result.validationMessage.contains(u"does-not-exist.pem"_s));
        QVERIFY(m_sim->requests().isEmpty());
    }

    void logoutDeletesTheSessionAndItsCookie()
    {
        QVERIFY(login(simUrl(*m_sim)).ok());
        const Session session = m_client->session();
        const QUrl sessionResource = sessionUrl(session.baseUrl, session.sessionId, u"connection"_s);
        QCOMPARE(m_network->cookieJar()->cookiesForUrl(sessionResource).size(), 1);

        const Result result = await(*m_client, &Client::logoutFinished, [&] { m_client->logout(); });
        QVERIFY2(result.ok(), qPrintable(describe(result)));
        QVERIFY(!m_client->isLoggedIn());
        const auto deletes = requestsTo(*m_sim, u"/icws/"_s + session.sessionId + u"/connection"_s);
        QCOMPARE(deletes.size(), 1);
        QCOMPARE(deletes.first().method, QByteArray("DELETE"));
        QCOMPARE(deletes.first().header("ININ-ICWS-CSRF-Token"), session.csrfToken.toUtf8());
        QCOMPARE(m_sim->activeSessionCount(), 0);
        QVERIFY(m_network->cookieJar()->cookiesForUrl(sessionResource).isEmpty());
    }

    void aNewLoginClosesTheLiveSession()
    {
        QVERIFY(login(simUrl(*m_sim)).ok());
        const QString first = m_client->session().sessionId;
        QVERIFY(login(simUrl(*m_sim)).ok());
        QVERIFY(m_client->session().sessionId != first);
        QTRY_COMPARE(m_sim->activeSessionCount(), 1);
        QCOMPARE(requestsTo(*m_sim, u"/icws/"_s + first + u"/connection"_s).value(0).method,
                 QByteArray("DELETE"));
    }

    void teardownLogsOutBestEffort()
    {
        QVERIFY(login(simUrl(*m_sim)).ok());
        QCOMPARE(m_sim->activeSessionCount(), 1);
        m_client.reset(); // the destructor sends DELETE and waits, bounded
        QCOMPARE(m_sim->activeSessionCount(), 0);
    }

    void sessionSecretsGoOnlyToTheIssuingServer()
    {
        auto other = startSim(QHostAddress(u"127.0.0.2"_s), m_sim->port());
        QVERIFY(login(simUrl(*m_sim)).ok());
        QSignalSpy spy(m_client.get(), &Client::featuresFetched);
        m_client->fetchFeatures(other->baseUrl());
        QVERIFY(spy.wait());
        QCOMPARE(other->requests().size(), 2);
        for (const IcwsSim::RecordedRequest &request : other->requests()) {
            QVERIFY(request.header("ININ-ICWS-CSRF-Token").isEmpty());
            QVERIFY(request.header("Cookie").isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(tst_IcwsClient)
#include "tst_icwsclient.moc"
