// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "livecallsmodel.h"
#include "queuewatch.h"
#include "result.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

namespace Icws {
class Client;
}

namespace CallData {

class SessionController;

/**
 * The window's queue watch, without widgets: one subscription on the agents' user queues and the
 * workgroup queues, fed into a LiveCallsModel from the messages the session's keep-alive polling
 * already fetches. A re-login watches again; logging out ends the watch (the SessionController
 * unsubscribes before it logs out). A refusal or a server without `queues` is a state with its
 * own words, and never touches manual entry.
 */
class LiveCallsWatch final : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Starting, Watching, Refused, Unavailable };
    Q_ENUM(State)

    static constexpr char SubscriptionId[] = "calldata-editor-live-calls";

    LiveCallsWatch(SessionController *session, QObject *parent = nullptr);

    LiveCallsModel *model() { return &m_model; }
    const LiveCallsModel *model() const { return &m_model; }
    State state() const { return m_state; }
    /** Refused: HTTP status, errorId and message; Unavailable: the reason; else empty. */
    QString problemText() const { return m_problem; }
    const Icws::Result &lastResult() const { return m_lastResult; }
    bool hasWatch() const { return !m_queues.isEmpty(); }

    /**
     * Starts or replaces the watch; returns false with *error (translated) when both lists are
     * empty or no session is live. Without a session it starts after the next login.
     */
    bool watch(const QStringList &agents, const QStringList &workgroups, QString *error = nullptr);
    /** Ends the watch (DELETE on the server when logged in) and empties the list. */
    void stop();
    /** Attributes besides the table's columns: extra columns, the call-ID attribute and call-data keys. */
    void setExtraAttributeNames(const QStringList &names);
    /** After the model's columns or call-ID attribute changed: the watch asks for the new names. */
    void resendIfAttributesChanged();
    /** Every attribute name the subscription asks for. */
    QStringList attributeNames() const;

signals:
    void stateChanged(CallData::LiveCallsWatch::State state);

private:
    void send();
    void setState(State state, const QString &problem = {});
    void onWatchFinished(const Icws::Result &result, const QString &subscriptionId);
    void onMessages(const Icws::Result &result, const QJsonArray &messages);

    SessionController *m_session;
    Icws::Client *m_client;
    LiveCallsModel m_model;
    QList<Icws::QueueId> m_queues;
    QStringList m_extraNames;
    QStringList m_sentNames;
    QTimer m_resendTimer; ///< new attribute names are sent once typing pauses, not per keystroke
    State m_state = State::Idle;
    QString m_problem;
    Icws::Result m_lastResult;
};

/** "HTTP 403 — error.request.accessDenied — You do not have …": the server's own words about a refusal. */
QString refusalText(const Icws::Result &result);

} // namespace CallData
