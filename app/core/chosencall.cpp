// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "chosencall.h"

#include "client.h"
#include "livecallswatch.h"
#include "sessioncontroller.h"

#include <QLocale>

namespace CallData {

ChosenCall::ChosenCall(SessionController *session, LiveCallsWatch *watch, QObject *parent)
    : QObject(parent), m_session(session), m_watch(watch)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (!m_expected.isEmpty() && source() == Source::Read && !m_readPending)
            readNow(); // not on a watched queue: look again while waiting for the sent values
        refresh();
    });
    connect(watch->model(), &LiveCallsModel::callsChanged, this, &ChosenCall::refresh);
    connect(watch, &LiveCallsWatch::stateChanged, this, &ChosenCall::refresh);
    connect(session->client(), &Icws::Client::interactionRead, this,
            [this](const Icws::Result &result, const QString &interactionId,
                   const QHash<QString, QString> &attributes) {
                if (interactionId != m_readFor)
                    return;
                m_readPending = false;
                m_readResult = result;
                m_read.clear();
                for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
                    m_read.insert(it.key().toLower(), it.value());
                emit heldValuesChanged();
                refresh();
            });
    connect(session, &SessionController::stateChanged, this, [this](SessionController::State state) {
        if (state == SessionController::State::LoggedIn)
            refresh();
    });
}

QString ChosenCall::attributeForKey(const QString &key)
{
    const QString trimmed = key.trimmed();
    return trimmed.startsWith(QLatin1String("is_attr_"), Qt::CaseInsensitive)
        ? trimmed
        : QStringLiteral("is_attr_") + trimmed;
}

void ChosenCall::setCallId(const QString &callId)
{
    const QString trimmed = callId.trimmed();
    if (trimmed == m_callId)
        return;
    m_callId = trimmed;
    m_seenInWatch = false;
    m_read.clear();
    m_readFor.clear();
    m_readPending = false; // an answer for the previous call ID is ignored
    m_readResult = {};
    m_expected.clear();
    emit heldValuesChanged();
    refresh();
}

void ChosenCall::setKeys(const QStringList &keys)
{
    QStringList attributes;
    for (const QString &key : keys) {
        if (!key.trimmed().isEmpty())
            attributes << attributeForKey(key);
    }
    if (attributes == m_keys)
        return;
    m_keys = attributes;
    m_watch->setExtraAttributeNames(m_keys);
    m_readFor.clear(); // new keys: read again
    refresh();
    emit heldValuesChanged();
}

QString ChosenCall::interactionIdInWatch() const
{
    if (m_callId.isEmpty())
        return {};
    const LiveCallsModel *model = m_watch->model();
    if (model->find(m_callId) && model->callIdAttribute().isEmpty())
        return m_callId;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->callIdOf(model->callAt(row)) == m_callId)
            return model->callAt(row).interactionId;
    }
    return {};
}

ChosenCall::Source ChosenCall::source() const
{
    if (!interactionIdInWatch().isEmpty())
        return Source::Watch;
    if (!m_readFor.isEmpty() && m_readResult.ok() && !m_readPending)
        return Source::Read;
    return m_expected.isEmpty() || m_readFor.isEmpty() ? Source::None : Source::Read;
}

ChosenCall::Phase ChosenCall::phase() const
{
    const QString interactionId = interactionIdInWatch();
    if (!interactionId.isEmpty())
        return m_watch->model()->find(interactionId)->hasEnded() ? Phase::Ended : Phase::Live;
    if (m_seenInWatch && m_watch->state() == LiveCallsWatch::State::Watching)
        return Phase::Left;
    if (m_readResult.ok() && !m_read.isEmpty())
        return Icws::isDisconnectedState(m_read.value(QStringLiteral("eic_state"))) ? Phase::Ended
                                                                                    : Phase::Live;
    return Phase::Unknown;
}

QString ChosenCall::heldAttribute(const QString &attributeName) const
{
    const QString interactionId = interactionIdInWatch();
    if (!interactionId.isEmpty())
        return m_watch->model()->find(interactionId)->attribute(attributeName);
    return m_read.value(attributeName.toLower());
}

std::optional<QString> ChosenCall::heldValue(const QString &key) const
{
    const QString attribute = attributeForKey(key).toLower();
    const QString interactionId = interactionIdInWatch();
    if (!interactionId.isEmpty()) {
        const LiveCall *call = m_watch->model()->find(interactionId);
        if (!call->attributes.contains(attribute))
            return std::nullopt; // not asked for yet: the watch is being extended
        return call->attributes.value(attribute);
    }
    if (m_readResult.ok() && m_read.contains(attribute))
        return m_read.value(attribute);
    return std::nullopt;
}

QString ChosenCall::statusText() const
{
    switch (phase()) {
    case Phase::Left:
        return tr("The call has left the agent's queue; the server will probably refuse a correction now.");
    case Phase::Ended: {
        const LiveCallsModel *model = m_watch->model();
        const LiveCall *call = model->find(interactionIdInWatch());
        if (!call || !call->endedAt.isValid())
            return tr(
                "The call had already ended when it was first seen; the server may refuse a correction.");
        const qint64 left = m_windowSeconds - call->endedAt.secsTo(model->now());
        const QString endedAt = QLocale().toString(call->endedAt.time(), QStringLiteral("HH:mm:ss"));
        if (left <= 0)
            return tr("The call ended at %1 \u2014 the usual %2 s to correct it are over; the server will "
                      "probably "
                      "refuse a correction now.")
                .arg(endedAt)
                .arg(m_windowSeconds);
        return tr("The call ended at %1 \u2014 about %2 s left to correct it.").arg(endedAt).arg(left);
    }
    case Phase::Live:
        return {};
    case Phase::Unknown:
        break;
    }
    // A call ID the server does not know (typed by hand, or another attribute) is no warning here:
    // the "On the call now" column stays empty and the server's answer to Send decides.
    return {};
}

void ChosenCall::readNow()
{
    m_readFor = m_callId;
    m_readPending = true;
    QStringList names {QStringLiteral("Eic_State"), QStringLiteral("Eic_CallStateString")};
    names += m_keys;
    m_session->client()->readInteraction(m_callId, names);
}

void ChosenCall::refresh()
{
    const QString interactionId = interactionIdInWatch();
    if (!interactionId.isEmpty())
        m_seenInWatch = true;
    // Not on a watched queue: read it once per call ID and key set (the interaction ID is what
    // GET interactions takes, so only when the call ID is the interaction ID).
    const bool canRead = m_watch->model()->callIdAttribute().isEmpty() && m_session->isLoggedIn();
    if (interactionId.isEmpty() && !m_seenInWatch && canRead && !m_callId.isEmpty() && m_readFor != m_callId
        && !m_readPending)
        readNow();

    checkExpected();
    const Phase current = phase();
    const bool ticking = current == Phase::Ended || !m_expected.isEmpty();
    if (ticking && !m_tick.isActive())
        m_tick.start();
    else if (!ticking)
        m_tick.stop();
    const QString text = statusText();
    if (text != m_lastStatus) {
        m_lastStatus = text;
        emit statusChanged(text);
    }
}

void ChosenCall::expect(const QList<Icws::Attribute> &sent)
{
    m_expected.clear();
    for (const Icws::Attribute &attribute : sent)
        m_expected.insert(attributeForKey(attribute.first), attribute.second);
    m_expectDeadline = QDateTime::currentDateTime().addSecs(m_seenTimeoutSeconds);
    if (source() != Source::Watch && m_watch->model()->callIdAttribute().isEmpty() && m_session->isLoggedIn())
        readNow();
    refresh();
}

void ChosenCall::checkExpected()
{
    if (m_expected.isEmpty())
        return;
    int seen = 0;
    for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
        if (heldAttribute(it.key()) == it.value())
            ++seen;
    }
    const int total = int(m_expected.size());
    const bool timedOut = QDateTime::currentDateTime() >= m_expectDeadline;
    if (seen < total && !timedOut)
        return;
    m_expected.clear();
    emit verificationFinished(seen, total, seen < total);
}

} // namespace CallData
