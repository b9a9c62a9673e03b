// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "auditlog.h"
#include "calldata.h"
#include "client.h"
#include "result.h"

#include <QObject>
#include <QTime>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace CallData {

class AppSettings;

/**
 * The window's session, without widgets: logs in (with the certificate pin stored for the
 * host), keeps the session alive by polling messages at the configured interval, sends
 * corrections, and notices when the server ends the session. The window only reacts to its
 * signals, which keeps it thin and lets the flow be reasoned about in one place.
 */
class SessionController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionController)

public:
    enum class State { LoggedOut, LoggingIn, LoggedIn, SessionEnded };
    Q_ENUM(State)
    enum class Activity { Idle, LoggingIn, Sending, LoggingOut };
    Q_ENUM(Activity)

    SessionController(QNetworkAccessManager *network, AppSettings *settings, QObject *parent = nullptr);
    ~SessionController() override;

    State state() const { return m_state; }
    Activity activity() const { return m_activity; }
    bool isLoggedIn() const { return m_state == State::LoggedIn; }
    bool isBusy() const { return m_activity != Activity::Idle; }
    const Icws::Session &session() const { return m_client->session(); }
    /** For the queue watch, which shares the session and its message polling. */
    Icws::Client *client() const { return m_client; }
    /** The server of the last login attempt (also after the session ended). */
    QUrl baseUrl() const { return m_baseUrl; }
    QString user() const { return m_user; }
    /** "Connected to host — Display Name — server 2018 R5 Patch 3", or empty when not logged in. */
    QString connectionText() const;
    /**
     * While logged in: why the last keep-alive poll failed (network, timeout, 5xx), with the time
     * the trouble began; empty while polls succeed. The session may still be alive on the server.
     */
    QString connectionTrouble() const;

    /** Request timeout for every call (default: the client's). */
    void setTimeoutMs(int timeoutMs);
    /** Polling interval; defaults to the settings' pollingIntervalSeconds(). */
    void setPollingIntervalMs(int intervalMs);
    int pollingIntervalMs() const { return m_pollTimer.interval(); }

    /**
     * Starts logging in; returns false and sets *error (translated) when the address is unusable,
     * a request is running or a session is live (log out first). Ends in loginFinished.
     */
    bool login(const QString &server, const QString &user, const QString &password, QString *error = nullptr);
    /**
     * Ends in updateFinished, after the send was recorded in auditLog() (masked and copied to
     * the system log as the settings say); lastAuditError() tells whether that worked.
     */
    void send(const Icws::CallDataUpdate &update);
    AuditLog &auditLog() { return m_auditLog; }
    /** Why the last send could not be recorded in the audit log, or empty. */
    QString lastAuditError() const { return m_auditError; }
    /** Aborts a running login or send. */
    void cancel();
    /**
     * Cancels a running login or send (it finishes as Canceled), ends the queue watches, tells the
     * server and drops the session; ends in loggedOut.
     */
    void logout();
    /** Pins certificate for its host:port, so the next login accepts it. */
    void trustCertificate(const Icws::CertificateInfo &certificate);

signals:
    void stateChanged(CallData::SessionController::State state);
    void activityChanged(CallData::SessionController::Activity activity);
    void loginFinished(const Icws::Result &result);
    void updateFinished(const Icws::Result &result, const Icws::CallDataUpdate &update);
    void loggedOut();
    /** The server ended the session (401 or a connection-down message); edits should stay. */
    void sessionEnded(const Icws::Result &result, const QString &reason);
    /** connectionTrouble() began, changed or cleared. */
    void connectionTroubleChanged();

private:
    void setState(State state);
    void setActivity(Activity activity);
    void poll();
    void onLoginFinished(const Icws::Result &result);
    void onUpdateFinished(const Icws::Result &result);
    void onMessages(const Icws::Result &result, const QJsonArray &messages);
    void onSessionEnded(const Icws::Result &result);

    AppSettings *m_settings;
    Icws::Client *m_client;
    QTimer m_pollTimer;
    bool m_pollInFlight = false;
    State m_state = State::LoggedOut;
    Activity m_activity = Activity::Idle;
    QUrl m_baseUrl;
    QString m_pollTrouble;
    QTime m_pollTroubleSince;
    QString m_serverText;
    QString m_user;
    Icws::CallDataUpdate m_sending;
    AuditLog m_auditLog;
    QString m_auditError;
    int m_unwatchesBeforeLogout = 0;
};

} // namespace CallData
