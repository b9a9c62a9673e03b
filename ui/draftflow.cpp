// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "draftflow.h"

#include "calldatamodel.h"
#include "correctionpanel.h"
#include "draftstore.h"
#include "messagebar.h"
#include "sessioncontroller.h"

#include <QLocale>

namespace CallData {

DraftFlow::DraftFlow(DraftStore *store, CallDataModel *model, SessionController *session,
                     const Panels &panels, QObject *parent)
    : QObject(parent), m_store(store), m_model(model), m_panels(panels)
{
    connect(m_panels.correction, &CorrectionPanel::inputChanged, this, &DraftFlow::save);
    connect(m_model, &CallDataModel::dataChanged, this, &DraftFlow::save);
    connect(m_model, &CallDataModel::rowsInserted, this, &DraftFlow::save);
    connect(m_model, &CallDataModel::rowsRemoved, this, &DraftFlow::save);
    connect(m_model, &CallDataModel::modelReset, this, &DraftFlow::save);
    connect(session, &SessionController::updateFinished, this, &DraftFlow::onUpdateFinished);
    connect(m_store, &DraftStore::writeFailed, this, [this](const QString &message) {
        m_panels.messages->showMessage(message, MessageBar::Type::Warning);
    });
}

DraftFlow::~DraftFlow() = default;

namespace {
bool sameContent(const Icws::CallDataUpdate &a, const Icws::CallDataUpdate &b)
{
    return a.campaignId.trimmed() == b.campaignId.trimmed() && a.callId.trimmed() == b.callId.trimmed()
        && a.attributes == b.attributes;
}
} // namespace

void DraftFlow::save()
{
    const Icws::CallDataUpdate update = m_panels.correction->currentUpdate();
    if (m_accepted && sameContent(*m_accepted, update))
        return;
    m_accepted.reset();
    m_store->update(Draft {update.campaignId, update.callId, update.attributes, {}});
}

void DraftFlow::restore(bool prefilled)
{
    QString error;
    const std::optional<Draft> draft = m_store->load(&error);
    if (!error.isEmpty()) {
        m_panels.messages->showMessage(error, MessageBar::Type::Warning);
        return;
    }
    if (!draft)
        return;
    const QString savedAt = QLocale().toString(draft->savedAt.toLocalTime(), QLocale::ShortFormat);
    const int rows = int(draft->attributes.size());
    if (prefilled) {
        m_panels.messages->showMessage(
            tr("Opened with the correction from the command line. The unsent draft saved at %1 (campaign %2, "
               "call %3, %n row(s)) was not restored; this correction takes its place.",
               nullptr, rows)
                .arg(savedAt, draft->campaignId, draft->callId),
            MessageBar::Type::Info);
        return;
    }
    m_panels.correction->setIds(draft->campaignId, draft->callId);
    m_model->replaceAll(draft->attributes, tr("Restore unsent draft"));
    m_panels.messages->showMessage(
        tr("Restored your unsent correction saved at %1 (campaign %2, call %3, %n row(s)): the program ended "
           "last time before it was sent.",
           nullptr, rows)
            .arg(savedAt, draft->campaignId, draft->callId),
        MessageBar::Type::Info);
}

void DraftFlow::discard()
{
    m_store->clear();
}

void DraftFlow::keep()
{
    save();
    m_store->flush();
}

void DraftFlow::onUpdateFinished(const Icws::Result &result, const Icws::CallDataUpdate &update)
{
    if (!result.ok())
        return;
    // Edits made while the send was on its way are not accepted yet: they stay a draft.
    const Icws::CallDataUpdate current = m_panels.correction->currentUpdate();
    if (sameContent(current, update)) {
        m_store->clear();
        m_accepted = current;
    }
}

} // namespace CallData
