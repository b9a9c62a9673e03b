// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QObject>
#include <QString>

class QAction;
class QLabel;

namespace CallData {

class AppSettings;
class CallDataModel;
class ChosenCall;
class CorrectionPanel;
class LiveCallsPanel;
class LiveCallsWatch;
class MessageBar;
class SessionController;

/**
 * Live calls in the window: the queue watch and its panel, the chosen call's "On the call now"
 * column beside the call data, the countdown and left-the-queue warning (a label screen readers
 * announce), and "seen on the call" after an accepted correction. The window only places the
 * panel and the label. The panel is built only when the window first shows it (createPanel()): the
 * watch, the chosen call and the settings work without it.
 */
class LiveCallsFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveCallsFlow)

public:
    struct Parts
    {
        CallDataModel *model;
        CorrectionPanel *correction;
        MessageBar *messages;
    };

    /**
     * Nothing passed in is owned; the label and the Settings → Live calls actions are made here,
     * for the window to place (the actions' dialogs open over the window of parts.correction).
     */
    LiveCallsFlow(SessionController *session, AppSettings *settings, const Parts &parts,
                  QObject *parent = nullptr);
    ~LiveCallsFlow() override;

    /** Builds the panel, for the window to place; called once, when it is first shown. */
    LiveCallsPanel *createPanel();
    /** nullptr until createPanel(). */
    LiveCallsPanel *panel() const { return m_panel; }
    QList<QAction *> settingsActions() const { return m_settingsActions; }
    QLabel *callStatusLabel() const { return m_statusLabel; }
    LiveCallsWatch *watch() const { return m_watch; }
    ChosenCall *chosenCall() const { return m_chosen; }

private:
    void applySettings();
    void followCorrection();
    void showCallStatus(const QString &text);
    void onVerificationFinished(int seen, int total, bool timedOut);

    SessionController *m_session;
    AppSettings *m_settings;
    Parts m_parts;
    LiveCallsWatch *m_watch;
    ChosenCall *m_chosen;
    LiveCallsPanel *m_panel = nullptr;
    QLabel *m_statusLabel;
    QList<QAction *> m_settingsActions;
    QString m_hostPort; ///< the server logged in to, for the panel's remembered queues
    QString m_acceptedText; ///< the message bar's 202 text that "seen on the call" completes
};

} // namespace CallData
