// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// The simulator's queues: a scripted set of calls that arrive, end, linger and leave on a clock,
// and the queue subscriptions that turn them into queueContentsMessages (full, then deltas).
// Kept apart from the HTTP handling so the call life cycle can be reasoned about on its own.

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace IcwsSim {

/** One scripted call; its times are seconds on the simulator's clock. */
struct SimCall
{
    QString interactionId; ///< 10 digits like CIC's; repeats add 1000 per cycle
    QString agent; ///< the user queue it sits on (type 1)
    QString workgroup; ///< the workgroup queue it sits on too (type 2); may be empty
    QString campaignId; ///< is_attr_campaignid; empty for a call that is not a Dialer call
    QString remoteName;
    QString remoteNumber;
    QMap<QString, QString> attributes; ///< more attributes, e.g. is_attr_zip
    int arrivesAfterSeconds = 0;
    int endsAfterSeconds = -1; ///< seconds connected before it ends (Eic_State E); < 0: never
    int lingerSeconds = 120; ///< seconds on the queue after the end; then it leaves
    int repeatEverySeconds = 0; ///< > 0: the call comes back this often with a new interaction ID
};

/** The format of --calls, for --help and the README. */
QString callsFileHelp();
/**
 * Reads a --calls file: {"calls":[{…}]}. Unknown fields, wrong types and impossible times are
 * refused with *error naming the call and the field.
 */
std::optional<QList<SimCall>> parseCallsFile(const QByteArray &json, QString *error);
/** The built-in set of --demo-calls: agents agent1–agent3, workgroups Collections and Sales. */
QList<SimCall> demoCalls();

struct QueueId
{
    int type = 1; ///< 0 system, 1 user, 2 workgroup, 3 station
    QString name;
};

class QueueBoard
{
public:
    enum class CallStatus { Unknown, Active, NotActive };

    void setCalls(const QList<SimCall> &calls) { m_calls = calls; }
    const QList<SimCall> &calls() const { return m_calls; }

    /** Whether update-call-data may change the call now: live or within its linger time. */
    CallStatus statusForUpdate(const QString &interactionId, qint64 nowMs) const;
    /** Stores callAttributes on the call as is_attr_<key> (or the key when it already has the prefix). */
    void applyUpdate(const QString &interactionId, const QJsonObject &callAttributes);
    /**
     * The call's attributes now, spelled as asked (names are case-insensitive); all of them
     * when names is empty. Empty optional when the call is not on any queue now.
     */
    std::optional<QJsonObject> interactionAttributes(const QString &interactionId, const QStringList &names,
                                                     qint64 nowMs) const;

    /** Creates or replaces a subscription; the next poll of the session gets a full picture. */
    void subscribe(const QString &sessionId, const QString &subscriptionId, const QList<QueueId> &queues,
                   const QStringList &attributeNames);
    /** False when there was no such subscription. */
    bool unsubscribe(const QString &sessionId, const QString &subscriptionId);
    void dropSession(const QString &sessionId);
    void dropAllSessions() { m_subscriptions.clear(); }
    int subscriptionCount(const QString &sessionId) const
    {
        return int(m_subscriptions.value(sessionId).size());
    }
    /** What the session's subscriptions have to say since its last poll. */
    QJsonArray takeMessages(const QString &sessionId, qint64 nowMs);

private:
    struct Instance
    {
        const SimCall *call = nullptr;
        QString interactionId;
        bool ended = false;
    };
    struct Subscription
    {
        QList<QueueId> queues;
        QStringList attributeNames;
        bool fullSent = false;
        QHash<QString, QJsonObject> sent; ///< interaction ID → attributes as last sent
    };

    QList<Instance> instancesAt(qint64 nowMs) const;
    std::optional<Instance> instanceFor(const QString &interactionId, qint64 nowMs, bool *known) const;
    QJsonObject attributesOf(const Instance &instance, const QStringList &names) const;

    QList<SimCall> m_calls;
    QHash<QString, QHash<QString, QPair<QString, QString>>> m_updates; ///< ID → lower name → (name, value)
    QHash<QString, QMap<QString, Subscription>> m_subscriptions; ///< session → subscription ID → …
};

} // namespace IcwsSim
