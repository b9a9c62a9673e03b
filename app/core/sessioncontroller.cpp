// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "sessioncontroller.h"

#include "appsettings.h"
#include "protocol.h"

#include <QJsonObject>
#include <QLocale>

namespace CallData {

SessionController::SessionController(QNetworkAccessManager *network, AppSettings *settings, QObject *parent)
    : QObject(parent), m_settings(settings), m_client(new Icws::Client(network, this))
{
    m_pollTimer.setInterval(settings->pollingIntervalSeconds() * 1000);
    connect(&m_pollTimer, &QTimer::timeout, this, &SessionController::poll);
    connect(m_client, &Icws::Client::loginFinished, this, &SessionController::onLoginFinished);
    connect(m_client, &Icws::Client::updateFinished, this, &SessionController::onUpdateFinished);
    connect(m_client, &Icws::Client::messagesReceived, this, &SessionController::onMessages);
    connect(m_client, &Icws::Client::sessionEnded, this, &SessionController::onSessionEnded);
    connect(m_client, &Icws::Client::unwatchFinished, this, [this] {
        if (m_activity == Activity::LoggingOut && m_unwatchesBeforeLogout > 0
            && --m_unwatchesBeforeLogout == 0)
            m_client->logout();
    });
    connect(m_client, &Icws::Client::logoutFinished, this, [this](const Icws::Result &) {
        if (m_activity != Activity::LoggingOut)
            return;
        setActivity(Activity::Idle);
        setState(State::LoggedOut);
        emit loggedOut();
    });
}

SessionController::~SessionController()
{
    m_pollTimer.stop();
}

QString SessionController::connectionText() const
{
    if (m_state != State::LoggedIn)
        return {};
    const Icws::Session &current = m_client->session();
    const QString host = current.baseUrl.host();
    const QString name = current.userDisplayName.isEmpty() ? current.userId : current.userDisplayName;
    const QString version = current.version.displayString();
    // The name and version are the server's words: shown as plain text by the label, and with
    // control and bidi characters made visible so they cannot reorder or break the line.
    const QString shownName = Icws::visibleText(name.isEmpty() ? m_user : name);
    if (version.isEmpty())
        return tr("Connected to %1 \u2014 %2").arg(host, shownName);
    return tr("Connected to %1 \u2014 %2 \u2014 server %3").arg(host, shownName, Icws::visibleText(version));
}

void SessionController::setTimeoutMs(int timeoutMs)
{
    Icws::ClientOptions options = m_client->options();
    options.timeoutMs = timeoutMs;
    m_client->setOptions(options);
}

void SessionController::setPollingIntervalMs(int intervalMs)
{
    m_pollTimer.setInterval(std::max(100, intervalMs));
}

bool SessionController::login(const QString &server, const QString &user, const QString &password,
                              QString *error)
{
    if (isBusy() || m_state == State::LoggedIn) {
        // A live session is never dropped silently: it would linger on the server until it times out.
        if (error)
            *error = isBusy() ? tr("A request is still running; wait for it or cancel it first.")
                              : tr("Already logged in; log out first.");
        return false;
    }
    const QUrl baseUrl = Icws::parseServerAddress(server, error);
    if (!baseUrl.isValid())
        return false;
    if (m_client->isLoggedIn())
        m_client->forgetSession(); // a login replaces an ended session; the server already dropped it

    Icws::ClientOptions options = m_client->options();
    options.pinnedSha256.clear();
    if (const QByteArray pin = m_settings->certificatePin(Icws::hostPort(baseUrl)); !pin.isEmpty())
        options.pinnedSha256 << pin;
    m_client->setOptions(options);

    m_baseUrl = baseUrl;
    m_serverText = server.trimmed();
    m_user = user.trimmed();
    setActivity(Activity::LoggingIn);
    setState(State::LoggingIn);
    m_client->login(baseUrl, m_user, password);
    return true;
}

void SessionController::send(const Icws::CallDataUpdate &update)
{
    if (isBusy() || m_state != State::LoggedIn)
        return;
    m_sending = update;
    setActivity(Activity::Sending);
    m_client->updateCallData(update);
}

void SessionController::cancel()
{
    if (m_activity == Activity::LoggingIn || m_activity == Activity::Sending)
        m_client->cancel();
}

void SessionController::logout()
{
    m_pollTimer.stop();
    if (m_activity == Activity::LoggingOut)
        return;
    // A running login or send ends first (as Canceled): nothing may log in or send after the logout.
    cancel();
    if (m_activity == Activity::LoggingIn || m_activity == Activity::Sending)
        setActivity(Activity::Idle); // only a refusal still queued in the client; its answer is dropped
    if (m_client->isLoggedIn()) {
        setActivity(Activity::LoggingOut);
        // Watches end first, and the logout waits for them: sent together, the server might see the
        // session gone before the unsubscribe.
        const QStringList watches = m_client->activeWatches();
        m_unwatchesBeforeLogout = int(watches.size());
        for (const QString &subscriptionId : watches)
            m_client->unwatchQueues(subscriptionId);
        if (watches.isEmpty())
            m_client->logout();
        return;
    }
    setState(State::LoggedOut);
    emit loggedOut();
}

void SessionController::trustCertificate(const Icws::CertificateInfo &certificate)
{
    if (certificate.isNull() || certificate.hostPort.isEmpty())
        return;
    m_settings->setCertificatePin(certificate.hostPort, certificate.sha256);
    m_settings->sync();
}

void SessionController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    m_pollTrouble.clear();
    if (state == State::LoggedIn)
        m_pollTimer.start();
    else
        m_pollTimer.stop();
    emit stateChanged(state);
}

void SessionController::setActivity(Activity activity)
{
    if (m_activity == activity)
        return;
    m_activity = activity;
    emit activityChanged(activity);
}

void SessionController::poll()
{
    if (m_pollInFlight || m_state != State::LoggedIn || !m_client->isLoggedIn())
        return;
    m_pollInFlight = true;
    m_client->pollMessages();
}

void SessionController::onLoginFinished(const Icws::Result &loginResult)
{
    if (m_activity != Activity::LoggingIn)
        return; // a refusal queued before a logout: the logout already settled the state
    Icws::Result result = loginResult;
    if (result.ok() && m_client->isLoggedIn() && !m_client->session().features.supportsUpdateCallData()) {
        // Logged in, but this server cannot do the one thing this tool is for: say so now, not at Send.
        result.outcome = Icws::Outcome::FeatureUnavailable;
        result.validationMessage = Icws::featureGateProblem(m_client->session().features);
        m_client->logout(); // best effort; its answer is ignored because the activity is not LoggingOut
    }
    setActivity(Activity::Idle);
    if (result.ok() && m_client->isLoggedIn()) {
        m_settings->addRecentServer(m_serverText);
        m_settings->setLastUser(m_user);
        setState(State::LoggedIn);
    } else {
        setState(State::LoggedOut);
    }
    emit loginFinished(result);
}

void SessionController::onUpdateFinished(const Icws::Result &result)
{
    if (m_activity == Activity::Sending) // never ends a logout that started meanwhile
        setActivity(Activity::Idle);
    // On disk before anyone hears of the outcome.
    m_auditLog.setMaskValues(m_settings->auditMaskValues());
    m_auditLog.setSystemLogCopy(m_settings->auditSystemLog());
    const AuditEntry entry {QStringLiteral("calldata-editor"),
                            result.host.isEmpty() ? Icws::hostPort(m_baseUrl) : result.host,
                            m_user,
                            m_sending,
                            QStringLiteral("update"),
                            result};
    m_auditError.clear();
    m_auditLog.append(entry, &m_auditError);
    emit updateFinished(result, m_sending);
}

QString SessionController::connectionTrouble() const
{
    if (m_state != State::LoggedIn || m_pollTrouble.isEmpty())
        return {};
    return tr("No answer to the keep-alive since %1: %2 Retrying every %3 s.")
        .arg(m_pollTroubleSince.toString(QStringLiteral("HH:mm:ss")), m_pollTrouble,
             QLocale().toString(m_pollTimer.interval() / 1000.0, 'g', 3));
}

void SessionController::onMessages(const Icws::Result &result, const QJsonArray &)
{
    m_pollInFlight = false;
    // A 401 or a connection-down message ends the session (onSessionEnded); anything else that
    // fails is trouble on the way to the server, shown until a poll gets through again.
    const QString trouble = result.ok() || result.endsSession() ? QString() : Icws::summary(result);
    if (trouble == m_pollTrouble)
        return;
    if (m_pollTrouble.isEmpty())
        m_pollTroubleSince = QTime::currentTime();
    m_pollTrouble = trouble;
    emit connectionTroubleChanged();
}

void SessionController::onSessionEnded(const Icws::Result &result)
{
    m_pollInFlight = false;
    if (m_state == State::SessionEnded || m_state == State::LoggedOut)
        return;
    setState(State::SessionEnded);
    // For a connection-down message the client puts the server's reason in the message.
    emit sessionEnded(result, result.serverError.message);
}

} // namespace CallData
