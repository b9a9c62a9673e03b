// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "livecallswatch.h"

#include "client.h"
#include "sessioncontroller.h"

namespace CallData {

QString refusalText(const Icws::Result &result)
{
    if (result.outcome == Icws::Outcome::FeatureUnavailable || result.outcome == Icws::Outcome::InvalidInput)
        return result.validationMessage;
    QStringList parts;
    parts << (result.httpStatus > 0 ? LiveCallsWatch::tr("HTTP %1").arg(result.httpStatus)
                                    : Icws::summary(result));
    if (!result.serverError.errorId.isEmpty())
        parts << result.serverError.errorId;
    if (!result.serverError.message.isEmpty())
        parts << result.serverError.message;
    else if (result.httpStatus > 0)
        parts << Icws::summary(result);
    return parts.join(QStringLiteral(" \u2014 "));
}

LiveCallsWatch::LiveCallsWatch(SessionController *session, QObject *parent)
    : QObject(parent), m_session(session), m_client(session->client())
{
    m_resendTimer.setSingleShot(true);
    m_resendTimer.setInterval(800);
    connect(&m_resendTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Watching && attributeNames() != m_sentNames)
            send();
    });
    connect(m_client, &Icws::Client::watchFinished, this, &LiveCallsWatch::onWatchFinished);
    connect(m_client, &Icws::Client::messagesReceived, this, &LiveCallsWatch::onMessages);
    connect(session, &SessionController::stateChanged, this, [this](SessionController::State state) {
        if (state == SessionController::State::LoggedIn) {
            if (hasWatch())
                send(); // a re-login watches again; its full picture replaces the list
        } else if (state == SessionController::State::LoggedOut) {
            m_model.clear();
            setState(State::Idle);
        } else if (state == SessionController::State::SessionEnded && m_state != State::Idle) {
            setState(State::Idle); // the rows stay until the next login's full picture replaces them
        }
    });
}

QStringList LiveCallsWatch::attributeNames() const
{
    QStringList names = Icws::baseWatchAttributes();
    names += m_model.extraAttributes();
    if (!m_model.callIdAttribute().isEmpty())
        names << m_model.callIdAttribute();
    names += m_extraNames;
    return Icws::uniqueNames(names);
}

bool LiveCallsWatch::watch(const QStringList &agents, const QStringList &workgroups, QString *error)
{
    QList<Icws::QueueId> queues;
    for (const QString &agent : Icws::uniqueNames(agents))
        queues.append({Icws::QueueType::User, agent.trimmed()});
    for (const QString &workgroup : Icws::uniqueNames(workgroups))
        queues.append({Icws::QueueType::Workgroup, workgroup.trimmed()});
    queues.erase(
        std::remove_if(queues.begin(), queues.end(), [](const Icws::QueueId &q) { return q.name.isEmpty(); }),
        queues.end());
    if (queues.isEmpty()) {
        if (error)
            *error = tr("Name at least one agent (CIC user ID) or workgroup to watch, separated by commas.");
        return false;
    }
    m_queues = queues;
    if (m_session->isLoggedIn())
        send();
    return true;
}

void LiveCallsWatch::stop()
{
    const bool wasWatching = hasWatch();
    m_queues.clear();
    m_resendTimer.stop();
    if (wasWatching && m_session->isLoggedIn())
        m_client->unwatchQueues(QString::fromLatin1(SubscriptionId));
    m_model.clear();
    setState(State::Idle);
}

void LiveCallsWatch::setExtraAttributeNames(const QStringList &names)
{
    m_extraNames = Icws::uniqueNames(names);
    resendIfAttributesChanged();
}

void LiveCallsWatch::resendIfAttributesChanged()
{
    if (m_state == State::Watching && attributeNames() != m_sentNames)
        m_resendTimer.start();
}

void LiveCallsWatch::send()
{
    m_sentNames = attributeNames();
    setState(State::Starting);
    m_client->watchQueues(QString::fromLatin1(SubscriptionId), m_queues, m_sentNames);
}

void LiveCallsWatch::setState(State state, const QString &problem)
{
    if (m_state == state && m_problem == problem)
        return;
    m_state = state;
    m_problem = problem;
    emit stateChanged(state);
}

void LiveCallsWatch::onWatchFinished(const Icws::Result &result, const QString &subscriptionId)
{
    if (subscriptionId != QLatin1String(SubscriptionId) || m_state != State::Starting)
        return;
    m_lastResult = result;
    if (result.ok())
        setState(State::Watching);
    else if (result.outcome == Icws::Outcome::FeatureUnavailable)
        setState(State::Unavailable, result.validationMessage);
    else if (result.outcome != Icws::Outcome::Canceled)
        setState(State::Refused, refusalText(result));
}

void LiveCallsWatch::onMessages(const Icws::Result &result, const QJsonArray &messages)
{
    if (!result.ok() || m_state != State::Watching)
        return;
    for (const Icws::QueueContents &contents : Icws::parseQueueContents(messages)) {
        if (contents.subscriptionId == QLatin1String(SubscriptionId))
            m_model.apply(contents);
    }
}

} // namespace CallData
