// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "calldata.h"
#include "protocol.h"
#include "queuewatch.h"
#include "result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

#include <initializer_list>

class QEventLoop;
class QNetworkAccessManager;
class QNetworkReply;

namespace Icws {

/** What the client does not learn from the server: timeouts, language and trust. */
struct ClientOptions
{
    int timeoutMs = 15000; ///< every request is bounded by this
    QString acceptLanguage; ///< empty: the default QLocale's tag
    QString caFile; ///< extra PEM CA certificates, on top of the system store
    /** Raw leaf-certificate digests accepted even if self-signed or named for another host (never if
     * expired). */
    QList<QByteArray> pinnedSha256;
    int maxSwitchoverHops = 8;
    int logoutTimeoutMs = 3000; ///< bound for the best-effort logout on teardown
};

/**
 * A live ICWS session. Its CSRF token and cookie only ever go to baseUrl's host. featuresIncluded
 * means the feature list is known (from the login answer or GET /icws/connection/features).
 */
struct Session : ConnectionResponse
{
    QUrl baseUrl; ///< scheme, host and port of the server that issued the session

    bool isValid() const { return !sessionId.isEmpty(); }
};

/**
 * The ICWS client: login with switchover, feature gate, update-call-data, message polling and
 * logout. Every operation ends in exactly one signal carrying a Result value. The network
 * manager is injected (its cookie jar holds the session cookie); the login and update-call-data
 * go out on an Http1Exchange that takes the manager's cookie jar and proxy. The client never
 * follows redirects, so the CSRF token and cookie go only to the server that issued them.
 */
class Client final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Client)

public:
    explicit Client(QNetworkAccessManager *network, QObject *parent = nullptr);
    /** Logs out best effort, bounded by ClientOptions::logoutTimeoutMs. */
    ~Client() override;

    void setOptions(const ClientOptions &options);
    const ClientOptions &options() const { return m_options; }

    bool isLoggedIn() const { return m_session.isValid(); }
    const Session &session() const { return m_session; }
    bool isBusy() const; ///< a login or update is running

    /** GET /icws/connection/features and /version, without a session → featuresFetched. */
    void fetchFeatures(const QUrl &baseUrl);
    /** POST /icws/connection, following 503 switchover → loginFinished. */
    void login(const QUrl &baseUrl, const QString &user, const QString &password);
    /** Validates, checks the dialer feature, then POSTs update-call-data → updateFinished. */
    void updateCallData(const CallDataUpdate &update);
    /** GET …/messaging/messages → messagesReceived; a 401 or a down message ends the session. */
    void pollMessages();
    /** DELETE …/connection → logoutFinished; the local session is dropped whatever the answer. */
    void logout();
    /**
     * PUT …/messaging/subscriptions/queues/{subscriptionId}: starts or replaces a queue watch →
     * watchFinished. Its messages then arrive through pollMessages(). Without the `queues` feature
     * nothing is sent and it finishes as FeatureUnavailable with the reason in validationMessage.
     */
    void watchQueues(const QString &subscriptionId, const QList<QueueId> &queues,
                     const QStringList &attributeNames);
    /** DELETE on the same resource → unwatchFinished. */
    void unwatchQueues(const QString &subscriptionId);
    /** The subscriptions the server accepted and that were not unwatched since. */
    QStringList activeWatches() const { return m_watches; }
    /** GET …/interactions/{id}?select=… → interactionRead (404: the interaction does not exist). */
    void readInteraction(const QString &interactionId, const QStringList &attributeNames);
    /** Aborts a running login or update; it finishes with Outcome::Canceled. */
    void cancel();
    /** Drops the session locally, without telling the server (after it already ended). */
    void forgetSession();

signals:
    void featuresFetched(const Icws::Result &result, const Icws::FeatureVersions &features,
                         const Icws::ServerVersion &version);
    void loginFinished(const Icws::Result &result);
    void updateFinished(const Icws::Result &result);
    void messagesReceived(const Icws::Result &result, const QJsonArray &messages);
    void logoutFinished(const Icws::Result &result);
    void watchFinished(const Icws::Result &result, const QString &subscriptionId);
    void unwatchFinished(const Icws::Result &result, const QString &subscriptionId);
    void interactionRead(const Icws::Result &result, const QString &interactionId,
                         const QHash<QString, QString> &attributes);
    /** The server ended the session (401 anywhere, or a connection-down message). */
    void sessionEnded(const Icws::Result &result);

private:
    /** Cleanup: a logout nobody waits for (teardown, or the late session of a canceled login). */
    enum class Kind {
        Features,
        Version,
        Login,
        LoginFeatures,
        Update,
        Poll,
        Logout,
        Cleanup,
        Watch,
        Unwatch,
        ReadInteraction
    };
    struct Pending
    {
        Kind kind = Kind::Poll;
        bool timedOut = false;
        bool canceled = false;
        bool abandoned = false; ///< a canceled login still awaited, to close the session it may open
        bool tooLarge = false; ///< the answer passed the size limit and the download was stopped
        bool uploadStarted = false; ///< some of the request body has gone out
        CertificateInfo certificate;
        QString sessionId; ///< the session a session request was sent for; a late 401 ends only that one
        QByteArray body; ///< what has arrived, never more than the limit for the reply's status
        QString subject; ///< the subscription or interaction ID of a watch or read
        QByteArray sentSecret; ///< a login body (it holds the password), wiped once the reply is done
        QElapsedTimer sent; ///< for the log: how long the server took
    };

    static Operation operationFor(Kind kind);

    QNetworkRequest makeRequest(const QUrl &url, bool withSession) const;
    void send(Kind kind, const QByteArray &verb, const QNetworkRequest &request, const QByteArray &body = {},
              const QString &subject = {});
    void finishWatch(Kind kind, const Result &result, const Pending &pending, const QByteArray &body);
    /** The refusal when not logged in or when the feature is missing; nullopt when it may be sent. */
    std::optional<Result> sessionFeatureRefusal(const QString &featureProblem) const;
    /** Aborts the running requests of the given kinds; each still finishes (once) as Canceled. */
    void abortPending(std::initializer_list<Kind> kinds);
    bool isPinned(const QSslCertificate &leaf) const;
    /** Waives a pinned leaf's trust-chain and host-name errors; anything else still fails. */
    bool acceptPinnedCertificate(QNetworkReply *reply, const QList<QSslError> &errors) const;
    static qint64 bodyLimit(QNetworkReply *reply);
    void readBody(QNetworkReply *reply);
    void stopOversizedBody(QNetworkReply *reply);
    void handleFinished(QNetworkReply *reply);
    Result resultFor(QNetworkReply *reply, const Pending &pending, const QByteArray &body) const;
    void attemptLogin(const QUrl &baseUrl);
    void abandonLogin(QNetworkReply *reply);
    void closeAbandonedSession(QNetworkReply *reply, const QByteArray &body);
    void finishLogin(QNetworkReply *reply, Result result, const QByteArray &body);
    /** The features an older server left out of the login answer arrived (or did not). */
    void finishLoginFeatures(const Result &result, const QByteArray &body);
    void finishPoll(Result result, const QByteArray &body, const QString &sessionId);
    void finishFeatures(Kind kind, const Result &result, const QByteArray &body);
    void endSession(const Result &result, const QString &sessionId);
    void removeSessionCookies(const QUrl &sessionResourceUrl);
    void clearLoginState();
    /** The refusal, before anything is sent, when the configured CA file is unusable. */
    Result caFileRefusal() const;
    template<typename Signal> void finishLater(Signal signal, const Result &result);

    QPointer<QNetworkAccessManager> m_network;
    ClientOptions m_options;
    QList<QSslCertificate> m_extraCaCertificates;
    QString m_caFileProblem;
    Session m_session;
    QHash<QNetworkReply *, Pending> m_pending;
    QStringList m_watches;
    QEventLoop *m_drainLoop = nullptr; ///< the destructor's wait for clean-up requests

    // Login state across switchover hops; the password lives only here and only while logging in.
    QString m_loginUser;
    QString m_loginPassword;
    QUrl m_loginBaseUrl;
    QStringList m_triedHosts;
    QStringList m_pendingHosts;
    QSet<QString> m_knownHosts; ///< normalizedHost() of every host tried or queued
    bool m_sawUnavailable = false;
    Session m_loginSession; ///< logged in, waiting for GET /icws/connection/features
    Result m_loginResult;

    // fetchFeatures() asks /features and /version and reports both together.
    Result m_featuresResult;
    FeatureVersions m_fetchedFeatures;
    ServerVersion m_fetchedVersion;
    int m_featureRepliesLeft = 0;
};

} // namespace Icws
