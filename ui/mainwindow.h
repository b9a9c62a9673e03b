#pragma once

#include "calldata.h"
#include "credentialstore.h"
#include "launchoptions.h"
#include "messagebar.h"
#include "result.h"
#include "sessioncontroller.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QMenu;
class QNetworkAccessManager;

namespace Ui {
class MainWindow;
}

namespace CallData {

class AppSettings;
class CallDataModel;

/**
 * The supervisor's window: log in once, then correct the call data of one active call after
 * another. Outcomes appear in the message bar, never in a modal box; the only modal questions
 * are the certificate trust, the re-send confirmation and discarding unsent edits on close,
 * and tests replace those through Prompts.
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
    };

    /** network, settings and credentials are not owned and must outlive the window. */
    MainWindow(QNetworkAccessManager *network, AppSettings *settings, CredentialStore *credentials,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    void setPrompts(const Prompts &prompts);
    /** Prefills the fields and the table from the command line. */
    void applyLaunchOptions(const LaunchOptions &options);

    CallDataModel *model() const { return m_model; }
    SessionController *session() const { return m_session; }
    MessageBar *messageBar() const;

public slots:
    void login();
    void logout();
    void send();
    void cancel();
    void addRow();
    void removeSelectedRows();
    void pasteRows();
    void copyRows();
    void clearRows();
    void importFile(const QString &path = {});

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void setUpTabOrder();
    void restoreSettings();
    void updateUi();
    void updateConnectionIndicator();
    QString currentCampaign() const;
    QString currentCall() const;
    Icws::CallDataUpdate currentUpdate() const;
    QString blockingProblem() const;
    QString credentialKey() const;
    void readRememberedPassword();

    void onLoginFinished(const Icws::Result &result);
    void onUpdateFinished(const Icws::Result &result, const Icws::CallDataUpdate &update);
    void onSessionEnded(const Icws::Result &result, const QString &reason);
    void onMessageAction();
    void onCredentialWritten(const QString &key, CredentialStore::Status status, const QString &detail);
    void createLanguageMenu(QMenu *menu);
    void choosePollingInterval();

    bool askTrust(const Icws::CertificateInfo &certificate);
    bool askConfirmResend(const QString &question);
    bool askConfirmDiscard(const QString &question);
    QString askImportFile();

    enum class MessageAction { None, LogInAgain, LogInAgainAndResend, TrustCertificate };

    std::unique_ptr<Ui::MainWindow> m_ui;
    AppSettings *m_settings;
    CredentialStore *m_credentials;
    CallDataModel *m_model;
    SessionController *m_session;
    Prompts m_prompts;

    MessageAction m_messageAction = MessageAction::None;
    bool m_resendAfterLogin = false;
    int m_sentUndoIndex = -1;
    Icws::CertificateInfo m_lastCertificate;

    QAction *m_loginAction = nullptr;
    QAction *m_logoutAction = nullptr;
    QAction *m_sendAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_addRowAction = nullptr;
    QAction *m_removeRowsAction = nullptr;
    QAction *m_pasteAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_clearAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_pollingAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace CallData
