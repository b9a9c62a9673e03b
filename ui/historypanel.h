// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "auditlog.h"

#include <QWidget>

#include <memory>

namespace Ui {
class HistoryPanel;
}

namespace CallData {

/**
 * The corrections recorded in the audit log, newest first: when, campaign, call and outcome,
 * filtered by call or campaign, with the attributes and the server's words of the selected one.
 * "Load into editor" hands a record back to the window to repeat or amend it.
 */
class HistoryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)

public:
    /** Reads the log at logPath; nothing is written here. */
    explicit HistoryPanel(const QString &logPath, QWidget *parent = nullptr);
    ~HistoryPanel() override;

public slots:
    /** Reads the log again, now if the panel is shown, else when it is next shown or filtered;
     *  the selection stays on the same record when it is still shown. */
    void reload();

signals:
    void loadRequested(const CallData::AuditRecord &record);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void readLog();
    void fillList();
    void showSelected();
    const AuditRecord *selectedRecord() const;

    std::unique_ptr<Ui::HistoryPanel> m_ui;
    AuditLog m_log;
    QList<AuditRecord> m_records; ///< oldest first, as in the file
    QString m_readProblem;
    bool m_stale = true; ///< the log changed (or was never read) since m_records was filled
};

/** The outcome of a record in a few words, e.g. "Accepted (202)" or "Refused (400): errorId". */
QString historyOutcomeText(const AuditRecord &record);

} // namespace CallData
