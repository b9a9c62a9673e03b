// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "calldata.h"
#include "result.h"

#include <QObject>

#include <optional>

namespace CallData {

class CallDataModel;
class CorrectionPanel;
class DraftStore;
class MessageBar;
class SessionController;

/**
 * Keeps the correction being edited in a DraftStore as it changes, so a crash, a kill or a
 * power cut loses nothing; restores it at the next start (unless the command line brought a
 * correction of its own) and drops it once the server accepted exactly what is in the editor.
 */
class DraftFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftFlow)

public:
    struct Panels
    {
        CorrectionPanel *correction;
        MessageBar *messages;
    };

    /** Nothing is owned but what is given as parent. */
    DraftFlow(DraftStore *store, CallDataModel *model, SessionController *session, const Panels &panels,
              QObject *parent);
    ~DraftFlow() override;

    /**
     * Once, at start: fills the editor from the saved draft and says so, or, when prefilled by
     * the command line, says that the draft was set aside.
     */
    void restore(bool prefilled);
    /** The user closed the window and chose to let the edits go. */
    void discard();
    /** The program ends without closing: the draft as it is now goes to disk at once. */
    void keep();

private:
    void save();
    void onUpdateFinished(const Icws::Result &result, const Icws::CallDataUpdate &update);

    DraftStore *m_store;
    CallDataModel *m_model;
    Panels m_panels;
    /** What the last accepted correction cleared the draft for: the same content is not saved
     *  again when the table only redraws (row states, "On the call now") after the 202. */
    std::optional<Icws::CallDataUpdate> m_accepted;
};

} // namespace CallData
