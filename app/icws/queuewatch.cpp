// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "queuewatch.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrlQuery>

namespace Icws {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Icws::QueueWatch)
};

QString encodedSegment(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

QList<InteractionAttributes> parseInteractions(const QJsonValue &value)
{
    QList<InteractionAttributes> interactions;
    const QJsonArray list = value.toArray();
    interactions.reserve(list.size());
    for (const QJsonValue &entry : list) {
        const QJsonObject object = entry.toObject();
        InteractionAttributes interaction;
        interaction.interactionId = jsonScalarString(object.value(QLatin1String("interactionId")));
        if (interaction.interactionId.isEmpty())
            continue; // nothing to attach it to
        const QJsonObject attributes = object.value(QLatin1String("attributes")).toObject();
        interaction.attributes.reserve(attributes.size());
        for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it)
            interaction.attributes.insert(it.key(), jsonScalarString(it.value()));
        interactions.append(std::move(interaction));
    }
    return interactions;
}

} // namespace

QStringList baseWatchAttributes()
{
    return {QStringLiteral("Eic_CallId"),
            QStringLiteral("Eic_State"),
            QStringLiteral("Eic_CallStateString"),
            QStringLiteral("Eic_RemoteName"),
            QStringLiteral("Eic_RemoteTnNormalized"),
            QStringLiteral("Eic_UserName"),
            QStringLiteral("Eic_WorkgroupName"),
            QStringLiteral("Eic_CallIdKey"),
            QStringLiteral("is_attr_campaignid")};
}

QStringList uniqueNames(const QStringList &names)
{
    QStringList unique;
    QSet<QString> seen;
    for (const QString &name : names) {
        const QString folded = name.toCaseFolded();
        if (name.isEmpty() || seen.contains(folded))
            continue;
        seen.insert(folded);
        unique.append(name);
    }
    return unique;
}

QStringList splitNameList(const QString &text)
{
    QStringList names;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        names.append(part.trimmed());
    return uniqueNames(names);
}

QUrl queueSubscriptionUrl(const QUrl &baseUrl, const QString &sessionId, const QString &subscriptionId)
{
    return sessionUrl(baseUrl, sessionId,
                      QStringLiteral("messaging/subscriptions/queues/") + encodedSegment(subscriptionId));
}

QUrl interactionUrl(const QUrl &baseUrl, const QString &sessionId, const QString &interactionId,
                    const QStringList &attributeNames)
{
    QUrl url =
        sessionUrl(baseUrl, sessionId, QStringLiteral("interactions/") + encodedSegment(interactionId));
    const QStringList names = uniqueNames(attributeNames);
    if (!names.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("select"),
                           QString::fromLatin1(QUrl::toPercentEncoding(names.join(QLatin1Char(',')), ",")));
        url.setQuery(query);
    }
    return url;
}

QByteArray queueSubscriptionBody(const QList<QueueId> &queues, const QStringList &attributeNames)
{
    QJsonArray queueIds;
    for (const QueueId &queue : queues) {
        queueIds.append(QJsonObject {{QStringLiteral("queueType"), int(queue.type)},
                                     {QStringLiteral("queueName"), queue.name.trimmed()}});
    }
    return QJsonDocument(QJsonObject {{QStringLiteral("queueIds"), queueIds},
                                      {QStringLiteral("attributeNames"),
                                       QJsonArray::fromStringList(uniqueNames(attributeNames))}})
        .toJson(QJsonDocument::Compact);
}

QString queuesFeatureProblem(const FeatureVersions &features)
{
    if (features.version(QStringLiteral("queues")) > 0)
        return {};
    return Text::tr(
        "The server does not report the queues feature, so live calls cannot be watched. Type the "
        "campaign ID and call ID by hand, or ask the CIC administrator.");
}

QString interactionsFeatureProblem(const FeatureVersions &features)
{
    if (features.version(QStringLiteral("interactions")) > 0)
        return {};
    return Text::tr(
        "The server does not report the interactions feature, so what the call holds now cannot be "
        "read.");
}

QueueContents parseQueueContentsMessage(const QJsonObject &message)
{
    QueueContents contents;
    contents.subscriptionId = jsonScalarString(message.value(QLatin1String("subscriptionId")));
    contents.isDelta = message.value(QLatin1String("isDelta")).toBool(false);
    contents.added = parseInteractions(message.value(QLatin1String("interactionsAdded")));
    contents.changed = parseInteractions(message.value(QLatin1String("interactionsChanged")));
    for (const QJsonValue &id : message.value(QLatin1String("interactionsRemoved")).toArray()) {
        const QString text = jsonScalarString(id);
        if (!text.isEmpty())
            contents.removed.append(text);
    }
    return contents;
}

QList<QueueContents> parseQueueContents(const QJsonArray &messages)
{
    QList<QueueContents> found;
    for (const QJsonValue &value : messages) {
        const QJsonObject message = value.toObject();
        if (message.value(QLatin1String("__type")).toString() == QLatin1String(QueueContentsMessageType))
            found.append(parseQueueContentsMessage(message));
    }
    return found;
}

QHash<QString, QString> parseInteractionAttributes(const QByteArray &body)
{
    QHash<QString, QString> attributes;
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        attributes.insert(it.key(), jsonScalarString(it.value()));
    return attributes;
}

bool isDisconnectedState(const QString &eicState)
{
    return eicState.compare(QLatin1String("I"), Qt::CaseInsensitive) == 0
        || eicState.compare(QLatin1String("E"), Qt::CaseInsensitive) == 0;
}

} // namespace Icws
