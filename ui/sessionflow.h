// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "calldata.h"
#include "messagebar.h"
#include "result.h"

#include <QObject>

#include <functional>

class QWidget;

namespace CallData {

class AppSettings;
class CallDataModel;
class ConnectionBar;
class CorrectionPanel;
class LoginPanel;
class SessionController;

/**
 * The window's flow between the panels and the session: logs in from the login form, sends the
 * correction panel's call data, logs out, and says every outcome in the message bar, with its
 * follow-up action (log in again, re-send, review the certificate). It keeps the panels in step
 * with the session: the login form folds while logged in, Send is enabled only when it can work.
 */
class SessionFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionFlow)

public:
    struct Panels
    {
        LoginPanel *login;
        ConnectionBar *connection;
        MessageBar *messages;
        CorrectionPanel *correction;
    };
    /** The questions asked on the way; each unset member keeps its dialog. */
    struct Prompts
    {
        std::function<bool(const Icws::CertificateInfo &certificate)> trustCertificate;
        std::function<bool(const QString &question)> confirmResend;
        std::function<bool(const QString &question)> confirmManyAttributes;
    };

    /** Nothing is owned; dialogs open over window. */
    SessionFlow(SessionController *session, CallDataModel *model, AppSettings *settings, const Panels &panels,
                QWidget *window);
    ~SessionFlow() override;

    void setPrompts(const Prompts &prompts);
    /** Brings the panels (and actionsChanged) in step with the session and the typed input. */
    void refresh();

public slots:
    void login();
    void logout();
    void send();
    void cancel();

signals:
    /** What the window's menu items may do now. */
    void actionsChanged(bool canLogIn, bool canLogOut, bool canSend, bool canCancel);

private:
    QString blockingProblem() const;
    void onLoginFinished(const Icws::Result &result);
    void onUpdateFinished(const Icws::Result &result, const Icws::CallDataUpdate &update);
    void onSessionEnded(const Icws::Result &result, const QString &reason);
    /** A line saying the audit log could not record the last send, or empty. */
    QString auditProblemText() const;
    void onMessageAction();
    bool askTrust(const Icws::CertificateInfo &certificate);
    bool askConfirmResend(const QString &question);
    bool askConfirmManyAttributes(const QString &question);

    enum class MessageAction { None, LogInAgain, LogInAgainAndResend, TrustCertificate };

    SessionController *m_session;
    CallDataModel *m_model;
    AppSettings *m_settings;
    Panels m_panels;
    QWidget *m_window;
    Prompts m_prompts;
    MessageAction m_messageAction = MessageAction::None;
    bool m_resendAfterLogin = false;
    int m_sentUndoIndex = -1;
    Icws::CertificateInfo m_lastCertificate;
};

} // namespace CallData
