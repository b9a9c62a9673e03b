// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "protocol.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

/**
 * Pure request building and message parsing for queue watches (feature `queues`) and for reading
 * one interaction (feature `interactions`). See icws-live-calls.md: the subscription resource, body
 * and queueContentsMessage are CONFIRMED; which attribute holds the campaign is LIKELY.
 */
namespace Icws {

enum class QueueType { System = 0, User = 1, Workgroup = 2, Station = 3 };

struct QueueId
{
    QueueType type = QueueType::User;
    QString name; ///< a CIC user ID for User queues, a workgroup name for Workgroup queues
};

/** The attributes every watch asks for: state, remote party, agent, workgroup, IDs, campaign. */
QStringList baseWatchAttributes();

/** "a, b,,c" → ["a","b","c"]: trimmed, empty entries and repeats (ignoring case) dropped. */
QStringList splitNameList(const QString &text);
/** names without repeats, ignoring case; the first spelling is kept. */
QStringList uniqueNames(const QStringList &names);

/** PUT/DELETE …/messaging/subscriptions/queues/{subscriptionId} (the ID is percent-encoded). */
QUrl queueSubscriptionUrl(const QUrl &baseUrl, const QString &sessionId, const QString &subscriptionId);
/** GET …/interactions/{interactionId}?select=a,b */
QUrl interactionUrl(const QUrl &baseUrl, const QString &sessionId, const QString &interactionId,
                    const QStringList &attributeNames);
/** {"queueIds":[{"queueType":1,"queueName":"agent1"}],"attributeNames":[…]}; names unique ignoring case. */
QByteArray queueSubscriptionBody(const QList<QueueId> &queues, const QStringList &attributeNames);

/** Why this server cannot watch queues (translated, says what to do), or empty when it can. */
QString queuesFeatureProblem(const FeatureVersions &features);
/** Why this server cannot read an interaction's attributes, or empty when it can. */
QString interactionsFeatureProblem(const FeatureVersions &features);

/** One interaction of a queueContentsMessage; attribute values as strings. */
struct InteractionAttributes
{
    QString interactionId;
    QHash<QString, QString> attributes; ///< names as the server spelled them
};

/** One urn:inin.com:queues:queueContentsMessage. */
struct QueueContents
{
    QString subscriptionId;
    bool isDelta = false; ///< false: a full picture that replaces what was known
    QList<InteractionAttributes> added;
    QList<InteractionAttributes> changed; ///< in a delta: only the attributes that changed
    QStringList removed;
};

inline constexpr char QueueContentsMessageType[] = "urn:inin.com:queues:queueContentsMessage";

/** Every queueContentsMessage of a message batch, in order; other message types are skipped. */
QList<QueueContents> parseQueueContents(const QJsonArray &messages);
/** One message (already known to be a queueContentsMessage). */
QueueContents parseQueueContentsMessage(const QJsonObject &message);
/** The body of GET interactions/{id}: attribute name → value. */
QHash<QString, QString> parseInteractionAttributes(const QByteArray &body);

/** Eic_State I or E: the call has ended (and is still correctable for a while). */
bool isDisconnectedState(const QString &eicState);

} // namespace Icws

Q_DECLARE_METATYPE(Icws::QueueContents)
