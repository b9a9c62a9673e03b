// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// icws-sim: a stand-in for a Genesys CIC ICWS server, for tests only. It implements the few
// resources the Call Data Editor uses, as strictly as the team's ICWS protocol reference
// (icws-protocol.md) says a real server behaves, plus knobs that make it misbehave the way real
// servers do. Error bodies that no source documents (404, 405, 413, bad Content-Type, malformed
// JSON) carry errorIds invented here; tests should assert on their status codes only.

#include "queues.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace IcwsSim {

// Folder holding the committed test certificates (tests/certs), baked in at build time.
QString testCertificateDirectory();

struct UserAccount
{
    QString password;
    QString displayName;
};

struct Config
{
    // userID -> account. userID lookup is case-insensitive (CIC user IDs are), passwords are not.
    QMap<QString, UserAccount> users {
        {QStringLiteral("supervisor"), {QStringLiteral("demo"), QStringLiteral("Demo Supervisor")}}};

    QString icServer = QStringLiteral("CIC-SIM");

    // versionInfo (GET /icws/connection/version, include=version).
    QString majorVersion = QStringLiteral("18");
    QString minorVersion = QStringLiteral("5");
    QString su = QStringLiteral("3");
    QString build = QStringLiteral("18.5.3.12");
    QString productId = QStringLiteral("CIC");
    QString codebaseId = QStringLiteral("18.5");
    QString productReleaseDisplayString = QStringLiteral("2018 R5");
    QString productPatchDisplayString = QStringLiteral("Patch 3");

    // Feature versions. dialerVersion 0 leaves `dialer` out of the list; below 3 update-call-data
    // answers 410.
    int connectionVersion = 8;
    int dialerVersion = 3;
    int messagingVersion = 1;
    bool featureVersionsAsStrings = false; // "version":"3" instead of 3 (docs show both)

    QStringList alternateHosts; // alternateHostList of the 201 body

    // Every POST /icws/connection answers 503 error.server.notAcceptingConnections.
    bool unavailable = false;
    QStringList unavailableAlternateHosts; // alternateHostList of that 503 body

    // N > 0: a session's (N+1)-th session request answers 401 and the session is gone. 0 = never.
    int expireAfterRequests = 0;

    // Override for update-call-data after validation: 0 = normal, 410 = error.request.gone,
    // 200-206 = that status with an empty body (what a proxy or a broken plug-in might send),
    // anything else = 500.
    int updateStatus = 0;

    // Interim 1xx answers (e.g. 102, 103) written before the final answer to update-call-data,
    // and before the answer to the login.
    QList<int> interimStatuses;
    QList<int> loginInterimStatuses;

    // What update-call-data for an inactive call answers (a hostile server: escape sequences, bidi).
    QString inactiveCallErrorId = QStringLiteral("error.request.dialer.callNotActive");
    QString inactiveCallMessage = QStringLiteral("The call is not active.");

    // Hostile login answers: the session ID and CSRF token the 201 carries (body and headers), as is,
    // control characters included. Empty = a fresh random one.
    QByteArray sessionIdOverride;
    QByteArray csrfTokenOverride;
    // A failed login answers 400 with only errorCode and message, as servers before CIC 4.0.6 did.
    bool loginErrorCodeOnly = false;
    // The 201 leaves out "features" even when include=features asks for it (older servers).
    bool loginWithoutFeatures = false;
    bool errorBodyHtml = false; // a 5xx override is an HTML page (what a broken proxy sends)

    int delayMs = 0; // every reply is held back this long (timer, no sleeping)
    int loginDelayMs = 0; // login answers are held back this long (the session already exists)

    // An update-call-data that would be accepted is accepted (counted, remembered), then the
    // connection is closed without an answer: the client cannot know whether it arrived.
    bool closeAfterUpdate = false;

    // One of "login", "features", "version", "messages", "update": that resource answers its
    // normal status with a body that never ends (no Content-Length, written as fast as the
    // client reads it). Empty = none.
    QString endlessBody;
    // The same names: that resource answers a status line and then header lines that never end
    // (the blank line that would end them never comes). Empty = none.
    QString endlessHeaders;

    QSet<QString> inactiveCalls; // update-call-data for these call IDs: 400 callNotActive

    // N > 0: the N-th GET messaging/messages of a session returns a connectionStateChangeMessage
    // (down, shouldReconnect) and ends the session.
    int connectionDownAfterPolls = 0;

    // HTTPS when both are set (read by listen() only).
    QString certificateFile;
    QString privateKeyFile;

    qint64 maxBodyBytes = 1024 * 1024; // larger request bodies answer 413

    // Queues: the scripted calls (see queues.h), queue names whose watch answers 403, and the
    // versions of the `queues` and `interactions` features (0 leaves a feature out and its
    // resources answer 404, as on a server without it).
    QList<SimCall> calls;
    QStringList deniedQueues;
    int queuesVersion = 2;
    int interactionsVersion = 1;
};

struct RecordedRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path; // decoded path, e.g. /icws/1234/dialer/update-call-data
    QString query; // encoded query without '?', e.g. include=features,version
    QList<QPair<QByteArray, QByteArray>> headers; // as received
    QByteArray body; // raw bytes, untouched
    int responseStatus = 0; // what the simulator answered (decided at receipt, sent after delayMs); 0 = none

    // First value of the header, name compared case-insensitively; empty if absent.
    QByteArray header(const QByteArray &nameCaseInsensitive) const;
};

class HttpFront;

class Simulator final : public QObject
{
    Q_OBJECT

public:
    explicit Simulator(const Config &config, QObject *parent = nullptr);
    ~Simulator() override;

    // Faults written as raw bytes beside the HTTP server's own answer (interim 1xx answers, a
    // closed connection, an endless body or endless headers) need
    // the connection's socket, which only Qt HttpServer 6.4 hands out. With a newer Qt they are
    // not sent; the command line refuses them and tests of them skip.
    static constexpr bool canWriteRawBytes() { return QT_VERSION < QT_VERSION_CHECK(6, 5, 0); }

    // Listens on a loopback address only (127.0.0.0/8 or ::1): the simulator hands out sessions
    // for well-known test passwords and must never be reachable from the network.
    // port 0 = any free port. Returns false with *error set on failure. Call once.
    bool listen(const QHostAddress &address, quint16 port = 0, QString *error = nullptr);
    quint16 port() const;
    bool isTls() const;
    QUrl baseUrl() const; // e.g. https://127.0.0.1:40123 (no path)

    // Mutable at run time: tests flip knobs between requests. TLS files are read by listen().
    Config &config();
    const Config &config() const;

    QList<RecordedRequest> requests() const; // oldest first, at most the last 10000
    void clearRequests();

    int activeSessionCount() const;
    QStringList sessionIds() const;
    void dropAllSessions(); // as if the server restarted: every session request then gets 401

    // Body of the last accepted (202) update-call-data, overall or for one call ID; empty if none.
    QJsonObject lastUpdate() const;
    QJsonObject lastUpdateForCall(const QString &callId) const;
    int acceptedUpdateCount() const;
    // Bytes of endless bodies or headers the client has taken off the wire so far (see
    // Config::endlessBody).
    qint64 endlessBodyBytesSent() const;

    // The resource names Config::endlessBody and Config::endlessHeaders take.
    static QStringList endlessBodyResources();

    // The clock the scripted calls run on: real time since construction until setClockMs() makes
    // it manual (tests move it with advanceClockMs() and never sleep).
    qint64 clockMs() const;
    void setClockMs(qint64 ms);
    void advanceClockMs(qint64 ms);
    const QueueBoard &queues() const { return m_queues; }

Q_SIGNALS:
    // Emitted once per request, at receipt, after the response has been decided.
    void requestReceived(const IcwsSim::RecordedRequest &request);

private:
    friend class HttpFront;

    struct Session
    {
        QString userId;
        QByteArray csrfToken;
        QByteArray cookieValue;
        int requestCount = 0;
        int pollCount = 0;
    };

    struct Reply
    {
        enum class Fault { None, CloseWithoutAnswer, EndlessBody, EndlessHeaders };
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QList<int> interimStatuses; // 1xx answers written first
        Fault fault = Fault::None;
    };

    Reply handle(const RecordedRequest &request); // route() plus the configured faults and delays
    Reply route(const RecordedRequest &request);
    Reply handleLogin(const RecordedRequest &request);
    Reply handleSessionRequest(const RecordedRequest &request, const QStringList &segments);
    Reply handleUpdateCallData(const RecordedRequest &request);
    Reply handleMessages(const QString &sessionId);
    Reply handleQueueSubscription(const RecordedRequest &request, const QString &sessionId,
                                  const QString &subscriptionId);
    Reply handleInteraction(const RecordedRequest &request, const QString &interactionId);
    void endSession(const QString &sessionId);
    // The Config::endlessBody name of the resource a request is for, or empty.
    static QString resourceName(const RecordedRequest &request);

    // The request's JSON object in *body, or the 400 a real server gives for a wrong Content-Type
    // or a body that is not a JSON object.
    std::optional<Reply> readJsonBody(const RecordedRequest &request, QJsonObject *body) const;
    Reply jsonReply(int status, const QJsonObject &object) const;
    Reply unauthorized(int errorCode, const QString &message) const;
    QJsonObject versionObject() const;
    QJsonValue featureVersion(int version) const;
    QList<QPair<QString, int>> featureList() const;
    QByteArray newSessionId() const;

    Config m_config;
    std::unique_ptr<HttpFront> m_server;
    quint16 m_port = 0;
    bool m_tls = false;
    QHostAddress m_address;
    QList<RecordedRequest> m_requests;
    QHash<QString, Session> m_sessions;
    QJsonObject m_lastUpdate;
    QHash<QString, QJsonObject> m_lastUpdateByCall;
    int m_acceptedUpdates = 0;
    QueueBoard m_queues;
    QElapsedTimer m_clock;
    std::optional<qint64> m_manualClockMs;
    qint64 m_endlessBytesSent = 0;
};

} // namespace IcwsSim

Q_DECLARE_METATYPE(IcwsSim::RecordedRequest)
