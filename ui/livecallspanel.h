// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QTableView;

namespace Ui {
class LiveCallsPanel;
}

namespace CallData {

class AppSettings;
class LiveCallsFilter;
class LiveCallsWatch;

/**
 * The Live calls side panel: which agents' and workgroups' queues to watch (remembered per
 * server), Watch, the live list (sorted, filtered, Dialer calls only unless "Show all calls"),
 * and Use this call (also Enter or a double-click), which hands the row's campaign and call ID to
 * the window. A refused watch or a server without queues shows here in its own words; nothing
 * here ever blocks typing the IDs by hand.
 */
class LiveCallsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveCallsPanel)

public:
    /** watch and settings are not owned. */
    LiveCallsPanel(LiveCallsWatch *watch, AppSettings *settings, QWidget *parent = nullptr);
    ~LiveCallsPanel() override;

    /** The server logged in to ("host:port"): its remembered agents and workgroups fill the fields. */
    void setServer(const QString &hostPort);
    /** Fills the fields (the command line's --agents/--workgroups) and starts the watch. */
    void watchFromCommandLine(const QString &agents, const QString &workgroups);
    /**
     * Settings → Live calls: columns, call-ID attribute, correction window, time to see a
     * correction. They work whether a panel was ever built or not; their dialogs open over
     * dialogParent, which owns them. changed() follows a new call-ID attribute, correction window
     * or time to see a correction.
     */
    static QList<QAction *> createSettingsActions(LiveCallsWatch *watch, AppSettings *settings,
                                                  QWidget *dialogParent,
                                                  const std::function<void()> &changed);
    QTableView *table() const;

public slots:
    /** Starts or replaces the watch with the fields' queues. */
    void watch();
    /** Hands the selected row's campaign and call ID to the window (callChosen). */
    void useSelectedCall();

signals:
    void callChosen(const QString &campaignId, const QString &callId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rememberFields();
    void updateStatus();
    void updateUseButton();
    void restoreCallAfterReset();

    std::unique_ptr<Ui::LiveCallsPanel> m_ui;
    LiveCallsWatch *m_watch;
    AppSettings *m_settings;
    LiveCallsFilter *m_filter;
    QString m_hostPort;
    QString m_callBeforeReset;
};

} // namespace CallData
