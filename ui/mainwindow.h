// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "credentialstore.h"
#include "launchoptions.h"
#include "messagebar.h"
#include "result.h"
#include "sessioncontroller.h"

#include <QMainWindow>

#include <functional>

class QAction;
class QDockWidget;
class QNetworkAccessManager;

namespace CallData {

class AppSettings;
struct AuditRecord;
class CallDataModel;
class ConnectionBar;
class CorrectionPanel;
class DraftFlow;
class DraftStore;
class HistoryPanel;
class LiveCallsFlow;
class LoginPanel;
class SessionFlow;
class SidePanels;

/**
 * The supervisor's window: log in once, then correct the call data of one active call after
 * another. It composes the panels (connection bar, login form, message bar, correction panel,
 * and side panels added with addDockPanel), wires them to the session, and owns the menus and
 * the saved window state. Outcomes appear in the message bar, never in a modal box; the only
 * modal questions are the certificate trust, the re-send confirmation and discarding unsent
 * edits on close, and tests replace those through Prompts.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    /** The window's questions to the user; each unset member keeps its dialog. */
    struct Prompts
    {
        std::function<bool(const Icws::CertificateInfo &certificate)> trustCertificate;
        std::function<bool(const QString &question)> confirmResend;
        std::function<bool(const QString &question)> confirmDiscard;
        std::function<QString()> chooseImportFile;
        /** Closing while a correction is being sent: true closes anyway, false waits. */
        std::function<bool(const QString &question)> confirmCloseDuringSend;
        /** Sending more than Icws::ConfirmAttributesAbove attributes: true sends. */
        std::function<bool(const QString &question)> confirmManyAttributes;
    };

    /** network, settings and credentials are not owned and must outlive the window. */
    MainWindow(QNetworkAccessManager *network, AppSettings *settings, CredentialStore *credentials,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    void setPrompts(const Prompts &prompts);
    /** Prefills the fields and the table from the command line. */
    void applyLaunchOptions(const LaunchOptions &options);
    /**
     * Restores the correction left unsent when the program last ended without closing (a crash,
     * a kill); a correction from applyLaunchOptions wins and the message bar says so.
     */
    void restoreDraft();
    /**
     * Readies the end of the program without asking anything (SIGTERM, SIGHUP: no one may be there
     * to answer): the edits stay on disk as the draft for the next start and the window's layout
     * is saved. The caller then ends the event loop; the session is logged out as the window is
     * destroyed.
     */
    void endWithoutAsking();

    /**
     * Adds panel as a side panel (a dock the user can move, float or close) with a check item
     * in the View menu. objectName must be unique and stable: it keys the panel's visibility
     * and place in the saved window state, which is restored here if the panel was saved
     * before. A panel not saved yet starts hidden in area. The window owns the dock. (History and
     * Live calls are built only when first shown; see SidePanels.)
     */
    QDockWidget *addDockPanel(QWidget *panel, const QString &title, const QString &objectName,
                              Qt::DockWidgetArea area = Qt::RightDockWidgetArea);

    CallDataModel *model() const { return m_model; }
    SessionController *session() const { return m_session; }
    MessageBar *messageBar() const { return m_messageBar; }
    LoginPanel *loginPanel() const { return m_loginPanel; }
    CorrectionPanel *correctionPanel() const { return m_correctionPanel; }
    SessionFlow *sessionFlow() const { return m_flow; }
    /** nullptr until History is first shown. */
    HistoryPanel *historyPanel() const { return m_history; }
    DraftStore *draftStore() const { return m_drafts; }
    LiveCallsFlow *liveCalls() const { return m_liveCalls; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createPanels();
    void createActions();
    void createMenus();
    void setUpTabOrder();
    void restoreSettings();
    void choosePollingInterval();
    void loadFromHistory(const AuditRecord &record);

    bool askConfirmDiscard(const QString &question);
    bool askCloseDuringSend(const QString &question);
    void saveWindowSettings();

    AppSettings *m_settings;
    CredentialStore *m_credentials;
    CallDataModel *m_model;
    SessionController *m_session;
    std::function<bool(const QString &question)> m_confirmDiscard;
    std::function<bool(const QString &question)> m_confirmCloseDuringSend;

    ConnectionBar *m_connectionBar = nullptr;
    LoginPanel *m_loginPanel = nullptr;
    MessageBar *m_messageBar = nullptr;
    CorrectionPanel *m_correctionPanel = nullptr;
    SessionFlow *m_flow = nullptr;
    DraftStore *m_drafts = nullptr;
    DraftFlow *m_draftFlow = nullptr;
    HistoryPanel *m_history = nullptr;
    bool m_prefilledCorrection = false;
    LiveCallsFlow *m_liveCalls = nullptr;
    SidePanels *m_sidePanels = nullptr;

    QAction *m_loginAction = nullptr;
    QAction *m_logoutAction = nullptr;
    QAction *m_sendAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_pollingAction = nullptr;
    QAction *m_auditMaskAction = nullptr;
    QAction *m_auditSyslogAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace CallData
