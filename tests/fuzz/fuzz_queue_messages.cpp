// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

// Queue watches: the urn:inin.com:queues:queueContentsMessage entries of a messaging batch,
// applied to the Live calls table as the window does, and the body of GET interactions/{id}.
#include "fuzzcommon.h"
#include "livecallsmodel.h"
#include "queuewatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

void checkTable(const CallData::LiveCallsModel &model)
{
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        const CallData::LiveCall &call = model.callAt(row);
        FUZZ_CHECK(!call.interactionId.isEmpty());
        FUZZ_CHECK(model.find(call.interactionId) == &call); // the index points at the right row
        ids.insert(call.interactionId);
        for (auto it = call.attributes.cbegin(); it != call.attributes.cend(); ++it)
            FUZZ_CHECK(it.key() == it.key().toLower()); // names are case-insensitive, kept folded
        FUZZ_CHECK(call.hasEnded() || !call.endedAt.isValid());
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            model.data(index, Qt::DisplayRole);
            model.data(index, Qt::ToolTipRole);
        }
        model.callIdOf(call);
        model.sinceEndText(call);
    }
    FUZZ_CHECK(ids.size() == model.rowCount()); // each interaction once
}

void checkApplied(const CallData::LiveCallsModel &model, const Icws::QueueContents &contents)
{
    QSet<QString> added;
    for (const Icws::InteractionAttributes &interaction : contents.added) {
        added.insert(interaction.interactionId);
        FUZZ_CHECK(model.find(interaction.interactionId) != nullptr);
    }
    if (!contents.isDelta) {
        FUZZ_CHECK(model.rowCount() == added.size()); // a full picture replaces the table
        return;
    }
    for (const QString &id : contents.removed) {
        if (!added.contains(id))
            FUZZ_CHECK(model.find(id) == nullptr);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);

    CallData::LiveCallsModel model;
    model.setClock([] { return QDateTime::fromSecsSinceEpoch(1767268800); });
    model.setExtraAttributes({QStringLiteral("is_attr_zip"), QStringLiteral("IS_ATTR_ZIP")});
    // As Client::finishPoll reads the batch; the first full picture may come after deltas.
    for (const Icws::QueueContents &contents :
         Icws::parseQueueContents(QJsonDocument::fromJson(body).array())) {
        model.apply(contents);
        checkApplied(model, contents);
        checkTable(model);
    }
    model.refreshTimes();

    // The same bytes as the answer of GET interactions/{id}: one entry per attribute.
    const QHash<QString, QString> attributes = Icws::parseInteractionAttributes(body);
    FUZZ_CHECK(attributes.size() == QJsonDocument::fromJson(body).object().size());
    return 0;
}
