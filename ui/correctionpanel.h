// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "calldata.h"
#include "messagebar.h"

#include <QWidget>

#include <functional>
#include <memory>

class QAction;

namespace Ui {
class CorrectionPanel;
}

namespace CallData {

class CallDataModel;

/**
 * The work itself: Campaign ID and Call ID, the call-data table with its actions (a toolbar
 * that overflows into a menu when the window is narrow), the summary, and the send row with
 * Cancel and Send. Table editing is handled here; sending is the window's job (sendRequested).
 */
class CorrectionPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorrectionPanel)

public:
    /** The table's actions, for the window's menus; their shortcuts work anywhere in the window. */
    struct TableActions
    {
        QAction *addRow;
        QAction *removeRows;
        QAction *paste;
        QAction *copy;
        QAction *importFile;
        QAction *clear;
        QAction *undo;
        QAction *redo;
    };

    /** model is not owned. */
    explicit CorrectionPanel(CallDataModel *model, QWidget *parent = nullptr);
    ~CorrectionPanel() override;

    const TableActions &tableActions() const { return m_actions; }
    /** The correction as typed: IDs trimmed, the table's rows. */
    Icws::CallDataUpdate currentUpdate() const;
    void setRecentCampaigns(const QStringList &campaigns);
    /** Values from the command line; empty ones keep what is there. */
    void prefill(const QString &campaignId, const QString &callId);
    /** Sets both IDs exactly, empty ones too (a restored draft, a correction from the history). */
    void setIds(const QString &campaignId, const QString &callId);
    /** Focuses where typing is needed first: Campaign ID, Call ID, then the table. */
    void focusFirstEmptyField();
    /** Writes an open cell editor's text into the model (before sending, closing…). */
    void commitOpenEditor();
    /** The send row: what Send and Cancel may do, the busy bar and the hint beside them. */
    void showSendState(bool canSend, bool cancellable, bool busy, const QString &hint,
                       const QString &sendToolTip);
    /** Replaces the file dialog of Import (tests). */
    void setImportFileChooser(const std::function<QString()> &chooser);
    /** The panel's controls in tab order. */
    QList<QWidget *> tabOrder() const;

public slots:
    void addRow();
    void removeSelectedRows();
    void pasteRows();
    void copyRows();
    void clearRows();
    /** Replaces the rows with a .json, .csv or .tsv file; asks for one when path is empty. */
    void importFile(const QString &path = {});

signals:
    void sendRequested();
    void cancelRequested();
    /** Campaign ID, Call ID or the table's selection changed: what Send may do may change too. */
    void inputChanged();
    void messageRequested(const QString &text, CallData::MessageBar::Type type);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createTableActions();
    void updateRowActions();
    void updateUndoTexts();

    std::unique_ptr<Ui::CorrectionPanel> m_ui;
    CallDataModel *m_model;
    TableActions m_actions {};
    std::function<QString()> m_chooseImportFile;
};

} // namespace CallData
