// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "sessionflow.h"

#include "appsettings.h"
#include "calldatamodel.h"
#include "certificatedialog.h"
#include "connectionbar.h"
#include "correctionpanel.h"
#include "loginpanel.h"
#include "protocol.h"
#include "sessioncontroller.h"

#include <QLocale>
#include <QMessageBox>
#include <QTime>
#include <QUndoStack>

namespace CallData {

SessionFlow::SessionFlow(SessionController *session, CallDataModel *model, AppSettings *settings,
                         const Panels &panels, QWidget *window)
    : QObject(window), m_session(session), m_model(model), m_settings(settings), m_panels(panels),
      m_window(window)
{
    connect(m_panels.login, &LoginPanel::loginRequested, this, &SessionFlow::login);
    connect(m_panels.connection, &ConnectionBar::logoutRequested, this, &SessionFlow::logout);
    connect(m_panels.correction, &CorrectionPanel::sendRequested, this, &SessionFlow::send);
    connect(m_panels.correction, &CorrectionPanel::cancelRequested, this, &SessionFlow::cancel);
    connect(m_panels.correction, &CorrectionPanel::inputChanged, this, &SessionFlow::refresh);
    connect(m_panels.messages, &MessageBar::actionTriggered, this, &SessionFlow::onMessageAction);
    connect(m_model, &CallDataModel::validationChanged, this, &SessionFlow::refresh);
    connect(m_model, &CallDataModel::modelReset, this, &SessionFlow::refresh);
    connect(m_model, &CallDataModel::rowsInserted, this, &SessionFlow::refresh);
    connect(m_model, &CallDataModel::rowsRemoved, this, &SessionFlow::refresh);
    connect(m_session, &SessionController::stateChanged, this, &SessionFlow::refresh);
    connect(m_session, &SessionController::activityChanged, this, &SessionFlow::refresh);
    connect(m_session, &SessionController::loginFinished, this, &SessionFlow::onLoginFinished);
    connect(m_session, &SessionController::updateFinished, this, &SessionFlow::onUpdateFinished);
    connect(m_session, &SessionController::sessionEnded, this, &SessionFlow::onSessionEnded);
    connect(m_session, &SessionController::connectionTroubleChanged, this,
            [this]() { m_panels.connection->showSession(*m_session); });
    connect(m_session, &SessionController::loggedOut, this, [this]() {
        m_panels.messages->showMessage(tr("Logged out. Your edits are kept."), MessageBar::Type::Info);
        m_messageAction = MessageAction::None;
        refresh();
    });
}

SessionFlow::~SessionFlow() = default;

void SessionFlow::setPrompts(const Prompts &prompts)
{
    m_prompts = prompts;
}

void SessionFlow::refresh()
{
    const SessionController::State state = m_session->state();
    const SessionController::Activity activity = m_session->activity();
    const bool loggedIn = state == SessionController::State::LoggedIn;
    const bool busy = m_session->isBusy();
    const bool loginLocked = loggedIn || state == SessionController::State::LoggingIn || busy;

    // Logged in, the form folds away and the connection bar is all that is left of it; logging
    // out or a session end unfolds it with the server and user still filled in.
    m_panels.login->setVisible(!loggedIn);
    m_panels.login->setLocked(loginLocked);
    m_panels.connection->showSession(*m_session);

    const QString problem = blockingProblem();
    const bool canSend = loggedIn && !busy && problem.isEmpty();
    const bool cancellable = activity == SessionController::Activity::LoggingIn
        || activity == SessionController::Activity::Sending;

    QString hint;
    switch (activity) {
    case SessionController::Activity::LoggingIn:
        hint = tr("Logging in to %1…").arg(m_session->baseUrl().host());
        break;
    case SessionController::Activity::Sending:
        hint = tr("Sending… (Esc cancels)");
        break;
    case SessionController::Activity::LoggingOut:
        hint = tr("Logging out…");
        break;
    case SessionController::Activity::Idle:
        hint = problem.isEmpty() ? tr("Ctrl+Enter sends.") : problem;
        break;
    }
    m_panels.correction->showSendState(canSend, cancellable, busy, hint,
                                       canSend ? tr("Send the call data to the server (Ctrl+Enter)")
                                               : problem);
    emit actionsChanged(!loginLocked, loggedIn && !busy, canSend, cancellable);
}

void SessionFlow::login()
{
    if (m_session->isBusy() || m_session->isLoggedIn() || !m_panels.login->checkFilled())
        return;
    QString error;
    if (!m_session->login(m_panels.login->server(), m_panels.login->user(), m_panels.login->password(),
                          &error)) {
        m_panels.messages->showMessage(error, MessageBar::Type::Error);
        m_panels.login->focusServer();
        return;
    }
    m_messageAction = MessageAction::None;
    m_panels.messages->hideMessage();
    refresh();
}

QString SessionFlow::blockingProblem() const
{
    switch (m_session->state()) {
    case SessionController::State::LoggedOut:
    case SessionController::State::LoggingIn:
        return tr("Log in to send.");
    case SessionController::State::SessionEnded:
        return tr("The session has ended; log in again to send.");
    case SessionController::State::LoggedIn:
        break;
    }
    const QList<Icws::ValidationIssue> issues = Icws::validate(m_panels.correction->currentUpdate());
    for (const Icws::ValidationIssue &issue : issues) {
        if (issue.severity == Icws::ValidationIssue::Severity::Error)
            return issue.field == Icws::ValidationIssue::Field::AttributeKey
                ? tr("Fix the marked rows to send.")
                : issue.message;
    }
    return {};
}

void SessionFlow::onLoginFinished(const Icws::Result &result)
{
    if (result.ok()) {
        const QString who = m_session->session().userDisplayName.isEmpty()
            ? m_session->user()
            : m_session->session().userDisplayName;
        m_messageAction = MessageAction::None;
        m_panels.messages->showMessage(
            tr("Logged in to %1 as %2.").arg(m_session->session().baseUrl.host(), who),
            MessageBar::Type::Info);
        m_panels.login->loginSucceeded();
        refresh();

        if (m_resendAfterLogin) {
            m_resendAfterLogin = false;
            const Icws::CallDataUpdate update = m_panels.correction->currentUpdate();
            if (blockingProblem().isEmpty()) {
                const int count = int(update.attributes.size());
                const QString question =
                    (count == 1
                         ? tr("Logged in again. Send the correction again: 1 attribute for call %1 in "
                              "campaign %2?")
                         : tr("Logged in again. Send the correction again: %n attributes for call %1 in "
                              "campaign %2?",
                              nullptr, count))
                        .arg(update.callId, update.campaignId);
                if (askConfirmResend(question)) {
                    send();
                    return;
                }
                m_panels.messages->showMessage(
                    tr("Logged in again. The correction was not re-sent; press Send when "
                       "ready."),
                    MessageBar::Type::Info);
            }
        }
        m_panels.correction->focusFirstEmptyField();
        return;
    }

    const QString server = m_session->baseUrl().host();
    const QString text =
        tr("Could not log in to %1.").arg(server) + QLatin1Char('\n') + Icws::describe(result);
    if (result.outcome == Icws::Outcome::TlsFailure && !result.certificate.isNull()) {
        m_lastCertificate = result.certificate;
        m_messageAction = MessageAction::TrustCertificate;
        m_panels.messages->showMessage(text, MessageBar::Type::Error, tr("Review certificate…"));
        // Ask after this signal has returned, so the dialog's event loop does not nest in the reply handler.
        QMetaObject::invokeMethod(this, &SessionFlow::onMessageAction, Qt::QueuedConnection);
        refresh();
        return;
    }

    m_messageAction = MessageAction::None;
    if (result.outcome == Icws::Outcome::Canceled) {
        // The user's own choice, not a failure: said as calmly as a canceled send.
        m_panels.messages->showMessage(tr("Login to %1 canceled.").arg(server), MessageBar::Type::Warning);
        refresh();
        return;
    }
    m_panels.messages->showMessage(text, MessageBar::Type::Error);
    if (result.outcome == Icws::Outcome::BadRequest) {
        m_panels.login->focusPassword();
    } else {
        m_panels.login->focusServer();
    }
    refresh();
}

void SessionFlow::logout()
{
    if (!m_session->isLoggedIn() || m_session->isBusy())
        return;
    m_resendAfterLogin = false;
    m_session->logout();
    m_panels.login->clearPassword();
    refresh();
}

void SessionFlow::send()
{
    m_panels.correction->commitOpenEditor();
    if (m_session->isBusy())
        return; // a request is already running: Send cannot be triggered twice
    if (const QString problem = blockingProblem(); !problem.isEmpty()) {
        refresh();
        return;
    }
    if (const qsizetype count = m_model->rowCount(); count > Icws::ConfirmAttributesAbove) {
        const QString question =
            tr("Send %1 attributes? That is far more than the %2 contact-list columns Dialer recommends; "
               "a whole contact list or the wrong file may have been pasted.")
                .arg(QLocale().toString(count))
                .arg(Icws::RecommendedMaxAttributes);
        if (!askConfirmManyAttributes(question)) {
            m_panels.messages->showMessage(tr("Nothing was sent. The rows are kept."),
                                           MessageBar::Type::Info);
            return;
        }
    }
    m_sentUndoIndex = m_model->undoStack()->index();
    m_messageAction = MessageAction::None;
    m_panels.messages->hideMessage();
    m_session->send(m_panels.correction->currentUpdate());
    refresh();
}

void SessionFlow::cancel()
{
    m_session->cancel();
}

void SessionFlow::onUpdateFinished(const Icws::Result &result, const Icws::CallDataUpdate &update)
{
    if (result.ok()) {
        m_messageAction = MessageAction::None;
        const int count = int(update.attributes.size());
        const QString text =
            (count == 1 ? tr("Accepted by the server (%1) at %2 \u2014 1 attribute for call %3 in "
                             "campaign %4.")
                        : tr("Accepted by the server (%1) at %2 \u2014 %n attributes for call %3 in "
                             "campaign %4.",
                             nullptr, count))
                .arg(result.httpStatus)
                .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")))
                .arg(update.callId.trimmed(), update.campaignId.trimmed());
        const QString auditProblem = auditProblemText();
        m_panels.messages->showMessage(text + auditProblem,
                                       auditProblem.isEmpty() ? MessageBar::Type::Success
                                                              : MessageBar::Type::Warning);
        if (m_model->undoStack()->index() == m_sentUndoIndex)
            m_model->setUnmodified();
        m_settings->addRecentCampaign(update.campaignId);
        m_settings->sync();
        m_panels.correction->setRecentCampaigns(m_settings->recentCampaigns());
        refresh();
        return;
    }

    const QString text = Icws::describe(result) + auditProblemText();
    switch (result.outcome) {
    case Icws::Outcome::Unauthorized:
        m_resendAfterLogin = true;
        m_messageAction = MessageAction::LogInAgainAndResend;
        m_panels.messages->showMessage(text, MessageBar::Type::Error, tr("Log in again and re-send"));
        break;
    case Icws::Outcome::Canceled:
        m_messageAction = MessageAction::None;
        m_panels.messages->showMessage(text, MessageBar::Type::Warning);
        break;
    case Icws::Outcome::TlsFailure:
        m_lastCertificate = result.certificate;
        m_messageAction = result.certificate.isNull() ? MessageAction::None : MessageAction::TrustCertificate;
        m_panels.messages->showMessage(text, MessageBar::Type::Error,
                                       result.certificate.isNull() ? QString() : tr("Review certificate…"));
        break;
    default:
        m_messageAction = MessageAction::None;
        m_panels.messages->showMessage(text, MessageBar::Type::Error);
        break;
    }
    refresh();
}

QString SessionFlow::auditProblemText() const
{
    const QString error = m_session->lastAuditError();
    return error.isEmpty() ? QString()
                           : QStringLiteral("\n") + error + QLatin1Char(' ')
            + tr("This send is missing from the audit log; tell whoever keeps it.");
}

void SessionFlow::onSessionEnded(const Icws::Result &, const QString &reason)
{
    const QString host = m_session->baseUrl().host();
    QString text = reason.isEmpty() ? tr("The server %1 ended the session.").arg(host)
                                    : tr("The server %1 ended the session: %2").arg(host, reason);
    text += QLatin1Char(' ') + tr("Your edits are kept. Log in again to continue.");
    m_messageAction = MessageAction::LogInAgain;
    m_panels.messages->showMessage(text, MessageBar::Type::Warning, tr("Log in again"));
    refresh();
}

void SessionFlow::onMessageAction()
{
    switch (m_messageAction) {
    case MessageAction::None:
        return;
    case MessageAction::LogInAgain:
        login();
        return;
    case MessageAction::LogInAgainAndResend:
        m_resendAfterLogin = true;
        login();
        return;
    case MessageAction::TrustCertificate:
        if (m_lastCertificate.isNull())
            return;
        if (askTrust(m_lastCertificate)) {
            m_session->trustCertificate(m_lastCertificate);
            m_lastCertificate = Icws::CertificateInfo();
            m_messageAction = MessageAction::None;
            if (m_session->isLoggedIn()) {
                m_panels.messages->showMessage(tr("The certificate is trusted now. Send again."),
                                               MessageBar::Type::Info);
                return;
            }
            login();
        }
        return;
    }
}

bool SessionFlow::askTrust(const Icws::CertificateInfo &certificate)
{
    if (m_prompts.trustCertificate)
        return m_prompts.trustCertificate(certificate);
    CertificateDialog dialog(certificate, m_window);
    return dialog.exec() == QDialog::Accepted;
}

bool SessionFlow::askConfirmManyAttributes(const QString &question)
{
    if (m_prompts.confirmManyAttributes)
        return m_prompts.confirmManyAttributes(question);
    return QMessageBox::warning(m_window, tr("Send this many attributes?"), question,
                                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

bool SessionFlow::askConfirmResend(const QString &question)
{
    if (m_prompts.confirmResend)
        return m_prompts.confirmResend(question);
    return QMessageBox::question(m_window, tr("Send again?"), question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::Yes)
        == QMessageBox::Yes;
}

} // namespace CallData
