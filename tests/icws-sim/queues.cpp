// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "queues.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>

namespace IcwsSim {

using namespace Qt::StringLiterals;

namespace {

// A repeated call's cycle k gets interaction ID base + k * this, so each cycle is a new call.
constexpr qint64 kRepeatIdStep = 1000;

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QString cycleId(const QString &baseId, qint64 cycle)
{
    if (cycle == 0)
        return baseId;
    bool numeric = false;
    const qint64 base = baseId.toLongLong(&numeric);
    return numeric ? QString::number(base + cycle * kRepeatIdStep) : baseId + u'-' + QString::number(cycle);
}

// Where the call's cycle stands at nowMs: nullopt when it has not arrived yet or has left.
std::optional<bool> endedAt(const SimCall &call, qint64 cycle, qint64 nowMs)
{
    const qint64 startMs = (call.arrivesAfterSeconds + cycle * call.repeatEverySeconds) * qint64(1000);
    const qint64 sinceStartMs = nowMs - startMs;
    if (sinceStartMs < 0)
        return std::nullopt;
    if (call.endsAfterSeconds < 0 || sinceStartMs < call.endsAfterSeconds * qint64(1000))
        return false;
    if (sinceStartMs < (call.endsAfterSeconds + call.lingerSeconds) * qint64(1000))
        return true;
    return std::nullopt;
}

qint64 currentCycle(const SimCall &call, qint64 nowMs)
{
    if (call.repeatEverySeconds <= 0 || nowMs < call.arrivesAfterSeconds * qint64(1000))
        return 0;
    return (nowMs - call.arrivesAfterSeconds * qint64(1000)) / (call.repeatEverySeconds * qint64(1000));
}

bool onQueue(const SimCall &call, const QueueId &queue)
{
    if (queue.type == 1)
        return sameName(call.agent, queue.name);
    if (queue.type == 2)
        return !call.workgroup.isEmpty() && sameName(call.workgroup, queue.name);
    return false; // system and station queues hold no Dialer calls here
}

} // namespace

QString callsFileHelp()
{
    return QStringLiteral(
        "A --calls FILE is UTF-8 JSON: {\"calls\":[CALL,...]}. CALL is an object with \"interactionId\" "
        "(required, e.g. \"1000012345\"), \"agent\" (required: the CIC user ID whose queue holds it), "
        "\"workgroup\", \"campaignId\" (is_attr_campaignid; omit for a call that is not a Dialer call), "
        "\"remoteName\", \"remoteNumber\", \"attributes\" (object of string values, e.g. "
        "{\"is_attr_zip\":\"46204\"}), and whole seconds on the simulator's clock: \"arrivesAfterSeconds\" "
        "(default 0), \"endsAfterSeconds\" (connected this long, then Eic_State E; omit for never), "
        "\"lingerSeconds\" (on the queue after the end, default 120; update-call-data for the call is "
        "refused with 400 callNotActive after that) and \"repeatEverySeconds\" (the call comes back with "
        "interaction ID + 1000 per cycle; needs endsAfterSeconds + lingerSeconds below it). Unknown "
        "fields are refused.");
}

std::optional<QList<SimCall>> parseCallsFile(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<QList<SimCall>> {
        *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(
            u"not valid JSON at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isObject() || !document.object().value(u"calls"_s).isArray()
        || document.object().size() != 1)
        return fail(u"the file must hold exactly one object {\"calls\":[...]}"_s);

    static const QSet<QString> stringFields {u"interactionId"_s, u"agent"_s,      u"workgroup"_s,
                                             u"campaignId"_s,    u"remoteName"_s, u"remoteNumber"_s};
    static const QSet<QString> secondFields {u"arrivesAfterSeconds"_s, u"endsAfterSeconds"_s,
                                             u"lingerSeconds"_s, u"repeatEverySeconds"_s};
    QList<SimCall> calls;
    QSet<QString> ids;
    const QJsonArray list = document.object().value(u"calls"_s).toArray();
    for (qsizetype index = 0; index < list.size(); ++index) {
        const QString where = u"calls[%1]"_s.arg(index);
        if (!list.at(index).isObject())
            return fail(where + u" must be an object"_s);
        const QJsonObject object = list.at(index).toObject();
        SimCall call;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString field = where + u'.' + it.key();
            if (stringFields.contains(it.key())) {
                if (!it.value().isString())
                    return fail(field + u" must be a string"_s);
            } else if (secondFields.contains(it.key())) {
                const double seconds = it.value().toDouble(-1);
                if (!it.value().isDouble() || seconds < 0 || seconds > 86400 * 365 || seconds != int(seconds))
                    return fail(field + u" must be a whole number of seconds from 0"_s);
            } else if (it.key() == u"attributes"_s) {
                if (!it.value().isObject())
                    return fail(field + u" must be an object of string values"_s);
                const QJsonObject attributes = it.value().toObject();
                for (auto attribute = attributes.constBegin(); attribute != attributes.constEnd();
                     ++attribute) {
                    if (attribute.key().isEmpty() || !attribute.value().isString())
                        return fail(field + u" must map non-empty names to string values"_s);
                    call.attributes.insert(attribute.key(), attribute.value().toString());
                }
            } else {
                return fail(field + u" is not a known field (see --help)"_s);
            }
        }
        call.interactionId = object.value(u"interactionId"_s).toString().trimmed();
        call.agent = object.value(u"agent"_s).toString().trimmed();
        call.workgroup = object.value(u"workgroup"_s).toString().trimmed();
        call.campaignId = object.value(u"campaignId"_s).toString().trimmed();
        call.remoteName = object.value(u"remoteName"_s).toString();
        call.remoteNumber = object.value(u"remoteNumber"_s).toString();
        call.arrivesAfterSeconds = object.value(u"arrivesAfterSeconds"_s).toInt(0);
        call.endsAfterSeconds = object.value(u"endsAfterSeconds"_s).toInt(-1);
        call.lingerSeconds = object.value(u"lingerSeconds"_s).toInt(120);
        call.repeatEverySeconds = object.value(u"repeatEverySeconds"_s).toInt(0);
        if (call.interactionId.isEmpty())
            return fail(where + u".interactionId is required"_s);
        if (call.agent.isEmpty())
            return fail(where + u".agent is required"_s);
        if (ids.contains(call.interactionId))
            return fail(where + u".interactionId repeats " + call.interactionId);
        if (call.repeatEverySeconds > 0
            && (call.endsAfterSeconds < 0
                || call.endsAfterSeconds + call.lingerSeconds >= call.repeatEverySeconds))
            return fail(where + u".repeatEverySeconds must be more than endsAfterSeconds + lingerSeconds"_s);
        ids.insert(call.interactionId);
        calls.append(call);
    }
    return calls;
}

QList<SimCall> demoCalls()
{
    // Two campaigns; calls arrive over the first minute, end, count down and leave, and come back
    // every five minutes so a demo window always has something moving.
    const QString collections = u"7F3A2C10-5B1E-4C7D-9A21-3E8F6B0D4A52"_s;
    const QString sales = u"B29E4D61-0C7A-4F3B-8E15-92D4A6C1F7E0"_s;
    const auto call = [](QString id, QString agent, QString workgroup, QString campaign, QString name,
                         QString number, QMap<QString, QString> attributes, int arrives, int ends, int linger,
                         int repeat) {
        return SimCall {std::move(id),
                        std::move(agent),
                        std::move(workgroup),
                        std::move(campaign),
                        std::move(name),
                        std::move(number),
                        std::move(attributes),
                        arrives,
                        ends,
                        linger,
                        repeat};
    };
    return {
        call(u"1000012345"_s, u"agent1"_s, u"Collections"_s, collections, u"Jane Doe"_s, u"+13175550100"_s,
             {{u"is_attr_customer_name"_s, u"Jane Do"_s},
              {u"is_attr_callback_number"_s, u"+1 317 555 0199"_s},
              {u"is_attr_zip"_s, u"46204"_s}},
             0, 45, 120, 300),
        call(u"1000012346"_s, u"agent2"_s, u"Collections"_s, collections, u"Robert Miles"_s,
             u"+13175550142"_s,
             {{u"is_attr_customer_name"_s, u"Robert Miles"_s}, {u"is_attr_zip"_s, u"46201"_s}}, 5, 90, 120,
             300),
        call(u"1000012347"_s, u"agent3"_s, u"Sales"_s, sales, u"Ana Souza"_s, u"+13175550177"_s,
             {{u"is_attr_customer_name"_s, u"Ana Souza"_s}, {u"is_attr_offer"_s, u"SPRING"_s}}, 20, 150, 60,
             300),
        call(u"1000012348"_s, u"agent1"_s, u"Collections"_s, QString(), u"Front Desk"_s, u"+13175550000"_s,
             {}, 10, 200, 30, 300),
        call(u"1000012349"_s, u"agent2"_s, u"Sales"_s, sales, u"Li Wei"_s, u"+13175550123"_s,
             {{u"is_attr_customer_name"_s, u"Li Wei"_s}}, 60, 30, 120, 300),
        call(
            u"1000012350"_s, u"agent3"_s, u"Collections"_s, collections, u"Grace Okafor"_s, u"+13175550188"_s,
            {{u"is_attr_customer_name"_s, u"Grace Okafor"_s}, {u"is_attr_zip"_s, u"46225"_s}}, 0, -1, 120, 0),
    };
}

QList<QueueBoard::Instance> QueueBoard::instancesAt(qint64 nowMs) const
{
    QList<Instance> instances;
    for (const SimCall &call : m_calls) {
        const qint64 cycle = currentCycle(call, nowMs);
        if (const std::optional<bool> ended = endedAt(call, cycle, nowMs))
            instances.append(Instance {&call, cycleId(call.interactionId, cycle), *ended});
    }
    return instances;
}

std::optional<QueueBoard::Instance> QueueBoard::instanceFor(const QString &interactionId, qint64 nowMs,
                                                            bool *known) const
{
    *known = false;
    for (const SimCall &call : m_calls) {
        qint64 cycle = -1;
        if (call.interactionId == interactionId) {
            cycle = 0;
        } else if (call.repeatEverySeconds > 0) {
            bool numeric = false;
            bool baseNumeric = false;
            const qint64 id = interactionId.toLongLong(&numeric);
            const qint64 base = call.interactionId.toLongLong(&baseNumeric);
            if (numeric && baseNumeric && id > base && (id - base) % kRepeatIdStep == 0)
                cycle = (id - base) / kRepeatIdStep;
        }
        if (cycle < 0)
            continue;
        *known = true;
        if (const std::optional<bool> ended = endedAt(call, cycle, nowMs))
            return Instance {&call, interactionId, *ended};
        return std::nullopt;
    }
    return std::nullopt;
}

QueueBoard::CallStatus QueueBoard::statusForUpdate(const QString &interactionId, qint64 nowMs) const
{
    bool known = false;
    const bool present = instanceFor(interactionId, nowMs, &known).has_value();
    if (!known)
        return CallStatus::Unknown;
    return present ? CallStatus::Active : CallStatus::NotActive;
}

void QueueBoard::applyUpdate(const QString &interactionId, const QJsonObject &callAttributes)
{
    auto &stored = m_updates[interactionId];
    for (auto it = callAttributes.constBegin(); it != callAttributes.constEnd(); ++it) {
        const QString name =
            it.key().startsWith(u"is_attr_"_s, Qt::CaseInsensitive) ? it.key() : u"is_attr_"_s + it.key();
        stored.insert(name.toLower(), {name, it.value().toString()});
    }
}

QJsonObject QueueBoard::attributesOf(const Instance &instance, const QStringList &names) const
{
    const SimCall &call = *instance.call;
    QList<QPair<QString, QString>> all {
        {u"Eic_CallId"_s, instance.interactionId},
        {u"Eic_CallIdKey"_s, QString(instance.interactionId + u"2026120200000000"_s).left(18)},
        {u"Eic_ObjectType"_s, u"Call"_s},
        {u"Eic_CallDirection"_s, u"O"_s},
        {u"Eic_State"_s, instance.ended ? u"E"_s : u"C"_s},
        {u"Eic_CallStateString"_s, instance.ended ? u"Disconnected [Remote Hangup]"_s : u"Connected"_s},
        {u"Eic_RemoteName"_s, call.remoteName},
        {u"Eic_RemoteTnNormalized"_s, call.remoteNumber},
        {u"Eic_RemoteTnRaw"_s, call.remoteNumber},
        {u"Eic_UserName"_s, call.agent},
        {u"Eic_WorkgroupName"_s, call.workgroup},
    };
    if (!call.campaignId.isEmpty())
        all.append({u"is_attr_campaignid"_s, call.campaignId});
    for (auto it = call.attributes.cbegin(); it != call.attributes.cend(); ++it)
        all.append({it.key(), it.value()});
    // Corrections win over the scripted values; names compare case-insensitively.
    const auto updates = m_updates.value(instance.interactionId);
    for (auto &attribute : all) {
        if (const auto update = updates.constFind(attribute.first.toLower()); update != updates.cend())
            attribute.second = update->second;
    }
    for (const auto &update : updates) {
        const bool present = std::any_of(all.cbegin(), all.cend(), [&update](const auto &attribute) {
            return sameName(attribute.first, update.first);
        });
        if (!present)
            all.append(update);
    }

    QJsonObject result;
    if (names.isEmpty()) {
        for (const auto &attribute : all)
            result.insert(attribute.first, attribute.second);
        return result;
    }
    for (const QString &name : names) {
        // An attribute the call does not have reads as an empty string.
        const auto found = std::find_if(all.cbegin(), all.cend(), [&name](const auto &attribute) {
            return sameName(attribute.first, name);
        });
        result.insert(name, found == all.cend() ? QString() : found->second);
    }
    return result;
}

std::optional<QJsonObject> QueueBoard::interactionAttributes(const QString &interactionId,
                                                             const QStringList &names, qint64 nowMs) const
{
    bool known = false;
    const std::optional<Instance> instance = instanceFor(interactionId, nowMs, &known);
    if (!instance)
        return std::nullopt;
    return attributesOf(*instance, names);
}

void QueueBoard::subscribe(const QString &sessionId, const QString &subscriptionId,
                           const QList<QueueId> &queues, const QStringList &attributeNames)
{
    Subscription subscription;
    subscription.queues = queues;
    subscription.attributeNames = attributeNames;
    m_subscriptions[sessionId].insert(subscriptionId, subscription);
}

bool QueueBoard::unsubscribe(const QString &sessionId, const QString &subscriptionId)
{
    const auto session = m_subscriptions.find(sessionId);
    return session != m_subscriptions.end() && session->remove(subscriptionId) > 0;
}

void QueueBoard::dropSession(const QString &sessionId)
{
    m_subscriptions.remove(sessionId);
}

QJsonArray QueueBoard::takeMessages(const QString &sessionId, qint64 nowMs)
{
    QJsonArray messages;
    const auto session = m_subscriptions.find(sessionId);
    if (session == m_subscriptions.end())
        return messages;
    const QList<Instance> instances = instancesAt(nowMs);
    for (auto it = session->begin(); it != session->end(); ++it) {
        Subscription &subscription = *it;
        QHash<QString, QJsonObject> now;
        QStringList order; // the scripted order, so messages read the same on every run
        for (const Instance &instance : instances) {
            const bool watched =
                std::any_of(subscription.queues.cbegin(), subscription.queues.cend(),
                            [&instance](const QueueId &queue) { return onQueue(*instance.call, queue); });
            if (watched && !now.contains(instance.interactionId)) {
                now.insert(instance.interactionId, attributesOf(instance, subscription.attributeNames));
                order.append(instance.interactionId);
            }
        }
        QJsonArray added;
        QJsonArray changed;
        QJsonArray removed;
        for (const QString &id : std::as_const(order)) {
            const QJsonObject attributes = now.value(id);
            const auto before = subscription.sent.constFind(id);
            if (!subscription.fullSent || before == subscription.sent.cend()) {
                added.append(QJsonObject {{u"interactionId"_s, id}, {u"attributes"_s, attributes}});
                continue;
            }
            QJsonObject difference; // a delta carries only the attributes that changed
            for (auto attribute = attributes.constBegin(); attribute != attributes.constEnd(); ++attribute) {
                if (before->value(attribute.key()) != attribute.value())
                    difference.insert(attribute.key(), attribute.value());
            }
            if (!difference.isEmpty())
                changed.append(QJsonObject {{u"interactionId"_s, id}, {u"attributes"_s, difference}});
        }
        if (subscription.fullSent) {
            QStringList gone;
            for (auto before = subscription.sent.cbegin(); before != subscription.sent.cend(); ++before) {
                if (!now.contains(before.key()))
                    gone.append(before.key());
            }
            gone.sort();
            removed = QJsonArray::fromStringList(gone);
        }
        const bool isDelta = subscription.fullSent;
        subscription.fullSent = true;
        subscription.sent = now;
        if (isDelta && added.isEmpty() && changed.isEmpty() && removed.isEmpty())
            continue;
        messages.append(QJsonObject {{u"__type"_s, u"urn:inin.com:queues:queueContentsMessage"_s},
                                     {u"subscriptionId"_s, it.key()},
                                     {u"isDelta"_s, isDelta},
                                     {u"interactionsAdded"_s, added},
                                     {u"interactionsChanged"_s, changed},
                                     {u"interactionsRemoved"_s, removed}});
    }
    return messages;
}

} // namespace IcwsSim
