#include "mainwindow.h"

#include "ui_mainwindow.h"

#include "appsettings.h"
#include "attributefile.h"
#include "calldatamodel.h"
#include "certificatedialog.h"
#include "protocol.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QTime>
#include <QUndoStack>

namespace CallData {

namespace {

QPixmap stateDot(const QColor &color, qreal devicePixelRatio)
{
    const int size = 10;
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color.darker(130), 1));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
    return pixmap;
}

void setComboItems(QComboBox *combo, const QStringList &items)
{
    const QString text = combo->currentText();
    combo->clear();
    combo->addItems(items);
    combo->setCurrentIndex(-1);
    combo->setEditText(text);
}

} // namespace

MainWindow::MainWindow(QNetworkAccessManager *network, AppSettings *settings, CredentialStore *credentials,
                       QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_settings(settings),
      m_credentials(credentials), m_model(new CallDataModel(nullptr, this)),
      m_session(new SessionController(network, settings, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("main_window"));
    m_ui->call_data_view->setModel(m_model);
    m_ui->busy_indicator->setVisible(false);
    m_ui->send_button->setDefault(true);
    m_ui->send_button->setMinimumWidth(120);
    m_ui->cancel_button->setMinimumWidth(90);
    m_ui->login_button->setMinimumWidth(100);
    m_ui->server_combo->setMinimumContentsLength(28);
    m_ui->server_combo->lineEdit()->setPlaceholderText(tr("e.g. cic1 or https://cic1:8019"));
    m_ui->campaign_combo->lineEdit()->setPlaceholderText(tr("Campaign of the active call"));
    m_ui->call_edit->setPlaceholderText(tr("Call ID of the active call"));
    m_ui->server_combo->lineEdit()->setAccessibleName(tr("Server"));
    m_ui->campaign_combo->lineEdit()->setAccessibleName(tr("Campaign ID"));
    m_ui->server_combo->lineEdit()->setObjectName(QStringLiteral("server_edit"));
    m_ui->campaign_combo->lineEdit()->setObjectName(QStringLiteral("campaign_edit"));
    QFont hintFont = m_ui->active_call_hint_label->font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 0.92);
    m_ui->active_call_hint_label->setFont(hintFont);
    m_ui->active_call_hint_label->setForegroundRole(QPalette::PlaceholderText);
    m_ui->send_hint_label->setForegroundRole(QPalette::PlaceholderText);

    if (!m_credentials->isSupported()) {
        m_ui->remember_password_check->setEnabled(false);
        m_ui->remember_password_check->setText(tr("Remember password (no keychain in this build)"));
        m_ui->remember_password_check->setToolTip(tr("This build of Call Data Editor has no system keychain "
                                                     "support, so the password is typed each time."));
    } else {
        m_ui->remember_password_check->setToolTip(
            tr("Keeps the password in the system keychain (never in the settings file)."));
    }

    createActions();
    setUpTabOrder();
    restoreSettings();

    connect(m_model, &CallDataModel::validationChanged, this, &MainWindow::updateUi);
    connect(m_model, &CallDataModel::modelReset, this, &MainWindow::updateUi);
    connect(m_model, &CallDataModel::rowsInserted, this, &MainWindow::updateUi);
    connect(m_model, &CallDataModel::rowsRemoved, this, &MainWindow::updateUi);
    connect(m_model, &CallDataModel::modifiedChanged, this,
            [this](bool modified) { setWindowModified(modified); });
    connect(m_ui->campaign_combo, &QComboBox::editTextChanged, this, &MainWindow::updateUi);
    connect(m_ui->call_edit, &QLineEdit::textChanged, this, &MainWindow::updateUi);
    connect(m_ui->call_data_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateUi);

    connect(m_ui->login_button, &QPushButton::clicked, this, &MainWindow::login);
    connect(m_ui->logout_button, &QPushButton::clicked, this, &MainWindow::logout);
    connect(m_ui->send_button, &QPushButton::clicked, this, &MainWindow::send);
    connect(m_ui->cancel_button, &QPushButton::clicked, this, &MainWindow::cancel);
    connect(m_ui->add_row_button, &QPushButton::clicked, this, &MainWindow::addRow);
    connect(m_ui->remove_rows_button, &QPushButton::clicked, this, &MainWindow::removeSelectedRows);
    // Enter in any login field submits the form.
    connect(m_ui->password_edit, &QLineEdit::returnPressed, this, &MainWindow::login);
    connect(m_ui->user_edit, &QLineEdit::returnPressed, this, &MainWindow::login);
    connect(m_ui->server_combo->lineEdit(), &QLineEdit::returnPressed, this, &MainWindow::login);
    connect(m_ui->user_edit, &QLineEdit::editingFinished, this, &MainWindow::readRememberedPassword);
    connect(m_ui->remember_password_check, &QCheckBox::toggled, this, [this](bool checked) {
        m_settings->setRememberPassword(checked);
        if (!checked && !credentialKey().isEmpty())
            m_credentials->deletePassword(credentialKey());
    });

    connect(m_ui->message_bar, &MessageBar::actionTriggered, this, &MainWindow::onMessageAction);
    connect(m_session, &SessionController::stateChanged, this, &MainWindow::updateUi);
    connect(m_session, &SessionController::activityChanged, this, &MainWindow::updateUi);
    connect(m_session, &SessionController::loginFinished, this, &MainWindow::onLoginFinished);
    connect(m_session, &SessionController::updateFinished, this, &MainWindow::onUpdateFinished);
    connect(m_session, &SessionController::sessionEnded, this, &MainWindow::onSessionEnded);
    connect(m_session, &SessionController::connectionTroubleChanged, this,
            &MainWindow::updateConnectionIndicator);
    connect(m_session, &SessionController::loggedOut, this, [this]() {
        m_ui->message_bar->showMessage(tr("Logged out. Your edits are kept."), MessageBar::Type::Info);
        m_messageAction = MessageAction::None;
        updateUi();
    });

    connect(m_credentials, &CredentialStore::passwordRead, this,
            [this](const QString &key, CredentialStore::Status status, const QString &password,
                   const QString &detail) {
                if (key != credentialKey())
                    return;
                if (status == CredentialStore::Status::Ok) {
                    if (m_ui->password_edit->text().isEmpty() && m_ui->password_edit->isEnabled())
                        m_ui->password_edit->setText(password);
                } else if (status != CredentialStore::Status::NotFound) {
                    m_ui->message_bar->showMessage(CredentialStore::describe(status, detail),
                                                   MessageBar::Type::Warning);
                }
            });
    connect(m_credentials, &CredentialStore::passwordWritten, this, &MainWindow::onCredentialWritten);

    updateUi();
}

MainWindow::~MainWindow()
{
    // Children outlive this class's part of the object: their last signals (the undo stack
    // clearing itself, the session logging out on teardown) must not call back into it. The
    // credential store is not a child, but a keychain answer can arrive while the session's
    // logout runs its bounded event loop during the children's teardown, when m_ui is gone.
    m_model->undoStack()->disconnect(this);
    m_model->disconnect(this);
    m_session->disconnect(this);
    m_credentials->disconnect(this);
}

MessageBar *MainWindow::messageBar() const
{
    return m_ui->message_bar;
}

void MainWindow::setPrompts(const Prompts &prompts)
{
    m_prompts = prompts;
}

void MainWindow::createActions()
{
    auto makeAction = [this](const QString &text, const QString &name) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        addAction(action);
        return action;
    };

    m_importAction = makeAction(tr("&Import call data…"), QStringLiteral("import_action"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_quitAction = makeAction(tr("&Quit"), QStringLiteral("quit_action"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_undoAction = makeAction(tr("&Undo"), QStringLiteral("undo_action"));
    m_undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redoAction = makeAction(tr("&Redo"), QStringLiteral("redo_action"));
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_addRowAction = makeAction(tr("&Add row"), QStringLiteral("add_row_action"));
    m_addRowAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_N), QKeySequence(Qt::Key_Insert)});
    m_removeRowsAction = makeAction(tr("&Remove rows"), QStringLiteral("remove_rows_action"));
    m_removeRowsAction->setShortcut(QKeySequence(Qt::Key_Delete));
    // Delete must not fire while a cell is being edited or in a text field: only on the table itself.
    m_removeRowsAction->setShortcutContext(Qt::WidgetShortcut);
    removeAction(m_removeRowsAction);
    m_ui->call_data_view->addAction(m_removeRowsAction);
    m_pasteAction = makeAction(tr("&Paste rows"), QStringLiteral("paste_action"));
    m_pasteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_V));
    m_copyAction = makeAction(tr("&Copy rows"), QStringLiteral("copy_action"));
    m_copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_C));
    m_clearAction = makeAction(tr("C&lear all rows"), QStringLiteral("clear_action"));

    m_loginAction = makeAction(tr("&Log in"), QStringLiteral("login_action"));
    m_logoutAction = makeAction(tr("Log &out"), QStringLiteral("logout_action"));
    m_sendAction = makeAction(tr("&Send"), QStringLiteral("send_action"));
    m_sendAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_cancelAction = makeAction(tr("&Cancel request"), QStringLiteral("cancel_action"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_pollingAction = makeAction(tr("&Keep-alive interval…"), QStringLiteral("polling_action"));
    m_aboutAction = makeAction(tr("&About Call Data Editor"), QStringLiteral("about_action"));
    m_aboutAction->setMenuRole(QAction::AboutRole);

    m_ui->send_button->setToolTip(tr("Send the call data to the server (Ctrl+Enter)"));
    m_ui->cancel_button->setToolTip(tr("Abort the running request (Esc)"));
    m_ui->add_row_button->setToolTip(tr("Add a row (Ctrl+N or Insert)"));
    m_ui->remove_rows_button->setToolTip(tr("Remove the selected rows (Delete)"));
    m_ui->paste_button->setDefaultAction(m_pasteAction);
    m_ui->copy_button->setDefaultAction(m_copyAction);
    m_ui->import_button->setDefaultAction(m_importAction);
    m_ui->clear_button->setDefaultAction(m_clearAction);
    m_ui->undo_button->setDefaultAction(m_undoAction);
    m_ui->redo_button->setDefaultAction(m_redoAction);
    m_ui->paste_button->setToolTip(tr("Paste rows copied from a spreadsheet (Ctrl+V)"));
    m_ui->copy_button->setToolTip(tr("Copy the selected rows, or all rows, as tab-separated text (Ctrl+C)"));
    m_ui->import_button->setToolTip(tr("Import a .json, .csv or .tsv file (Ctrl+O)"));
    m_ui->clear_button->setToolTip(tr("Remove all rows (undo brings them back)"));

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_importAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(m_undoAction);
    editMenu->addAction(m_redoAction);
    editMenu->addSeparator();
    editMenu->addAction(m_addRowAction);
    editMenu->addAction(m_removeRowsAction);
    editMenu->addSeparator();
    editMenu->addAction(m_pasteAction);
    editMenu->addAction(m_copyAction);
    editMenu->addAction(m_clearAction);
    QMenu *sessionMenu = menuBar()->addMenu(tr("&Session"));
    sessionMenu->addAction(m_loginAction);
    sessionMenu->addAction(m_logoutAction);
    sessionMenu->addSeparator();
    sessionMenu->addAction(m_sendAction);
    sessionMenu->addAction(m_cancelAction);
    QMenu *settingsMenu = menuBar()->addMenu(tr("Se&ttings"));
    settingsMenu->addAction(m_pollingAction);
    createLanguageMenu(settingsMenu->addMenu(tr("&Language")));
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(m_aboutAction);

    QUndoStack *stack = m_model->undoStack();
    connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    auto updateUndoTexts = [this, stack]() {
        m_undoAction->setToolTip(stack->canUndo() ? tr("Undo: %1 (Ctrl+Z)").arg(stack->undoText())
                                                  : tr("Undo (Ctrl+Z)"));
        m_redoAction->setToolTip(stack->canRedo() ? tr("Redo: %1 (Ctrl+Shift+Z)").arg(stack->redoText())
                                                  : tr("Redo (Ctrl+Shift+Z)"));
        m_undoAction->setEnabled(stack->canUndo());
        m_redoAction->setEnabled(stack->canRedo());
    };
    connect(stack, &QUndoStack::indexChanged, this, updateUndoTexts);
    connect(stack, &QUndoStack::cleanChanged, this, updateUndoTexts);
    updateUndoTexts();

    connect(m_importAction, &QAction::triggered, this, [this]() { importFile(); });
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_addRowAction, &QAction::triggered, this, &MainWindow::addRow);
    connect(m_removeRowsAction, &QAction::triggered, this, &MainWindow::removeSelectedRows);
    connect(m_pasteAction, &QAction::triggered, this, &MainWindow::pasteRows);
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copyRows);
    connect(m_clearAction, &QAction::triggered, this, &MainWindow::clearRows);
    connect(m_loginAction, &QAction::triggered, this, &MainWindow::login);
    connect(m_logoutAction, &QAction::triggered, this, &MainWindow::logout);
    connect(m_sendAction, &QAction::triggered, this, &MainWindow::send);
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancel);
    connect(m_pollingAction, &QAction::triggered, this, &MainWindow::choosePollingInterval);
    connect(m_aboutAction, &QAction::triggered, this, [this]() {
        QMessageBox::about(
            this, tr("About Call Data Editor"),
            tr("<p><b>Call Data Editor %1</b></p><p>Corrects the call data of active Interaction "
               "Dialer calls over the ICWS REST API.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::setUpTabOrder()
{
    const QList<QWidget *> order {
        m_ui->server_combo,
        m_ui->user_edit,
        m_ui->password_edit,
        m_ui->remember_password_check,
        m_ui->login_button,
        m_ui->logout_button,
        m_ui->message_bar->actionButton(),
        m_ui->campaign_combo,
        m_ui->call_edit,
        m_ui->call_data_view,
        m_ui->add_row_button,
        m_ui->remove_rows_button,
        m_ui->paste_button,
        m_ui->copy_button,
        m_ui->import_button,
        m_ui->clear_button,
        m_ui->undo_button,
        m_ui->redo_button,
        m_ui->cancel_button,
        m_ui->send_button,
    };
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void MainWindow::restoreSettings()
{
    const QStringList servers = m_settings->recentServers();
    m_ui->server_combo->addItems(servers);
    if (!servers.isEmpty())
        m_ui->server_combo->setCurrentIndex(0);
    m_ui->campaign_combo->addItems(m_settings->recentCampaigns());
    m_ui->campaign_combo->setCurrentIndex(-1);
    m_ui->campaign_combo->clearEditText();
    m_ui->user_edit->setText(m_settings->lastUser());
    m_ui->remember_password_check->setChecked(m_credentials->isSupported() && m_settings->rememberPassword());
    if (!m_settings->windowGeometry().isEmpty())
        restoreGeometry(m_settings->windowGeometry());
    if (!m_settings->windowState().isEmpty())
        restoreState(m_settings->windowState());
    readRememberedPassword();
}

void MainWindow::applyLaunchOptions(const LaunchOptions &options)
{
    if (!options.server.isEmpty())
        m_ui->server_combo->setEditText(options.server);
    if (!options.user.isEmpty()) {
        m_ui->user_edit->setText(options.user);
        readRememberedPassword();
    }
    if (!options.campaignId.isEmpty())
        m_ui->campaign_combo->setEditText(options.campaignId);
    if (!options.callId.isEmpty())
        m_ui->call_edit->setText(options.callId);
    if (!options.attributes.isEmpty())
        m_model->insertAttributes(m_model->rowCount(), options.attributes, tr("Rows from the command line"));
    // Put the cursor where typing is needed first.
    if (m_ui->server_combo->currentText().isEmpty())
        m_ui->server_combo->setFocus();
    else if (m_ui->user_edit->text().isEmpty())
        m_ui->user_edit->setFocus();
    else
        m_ui->password_edit->setFocus();
    updateUi();
}

QString MainWindow::currentCampaign() const
{
    return m_ui->campaign_combo->currentText().trimmed();
}

QString MainWindow::currentCall() const
{
    return m_ui->call_edit->text().trimmed();
}

Icws::CallDataUpdate MainWindow::currentUpdate() const
{
    return Icws::CallDataUpdate {currentCampaign(), currentCall(), m_model->attributes()};
}

QString MainWindow::blockingProblem() const
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
    const QList<Icws::ValidationIssue> issues = Icws::validate(currentUpdate());
    for (const Icws::ValidationIssue &issue : issues) {
        if (issue.severity == Icws::ValidationIssue::Severity::Error)
            return issue.field == Icws::ValidationIssue::Field::AttributeKey
                ? tr("Fix the marked rows to send.")
                : issue.message;
    }
    return {};
}

QString MainWindow::credentialKey() const
{
    const QString user = m_ui->user_edit->text().trimmed();
    const QUrl baseUrl = Icws::parseServerAddress(m_ui->server_combo->currentText());
    if (user.isEmpty() || !baseUrl.isValid())
        return {};
    return CredentialStore::keyFor(user, Icws::hostPort(baseUrl));
}

void MainWindow::readRememberedPassword()
{
    if (!m_ui->remember_password_check->isChecked() || !m_ui->password_edit->text().isEmpty())
        return;
    if (const QString key = credentialKey(); !key.isEmpty())
        m_credentials->readPassword(key);
}

void MainWindow::updateUi()
{
    const SessionController::State state = m_session->state();
    const SessionController::Activity activity = m_session->activity();
    const bool loggedIn = state == SessionController::State::LoggedIn;
    const bool busy = m_session->isBusy();
    const bool loginLocked = loggedIn || state == SessionController::State::LoggingIn || busy;

    m_ui->server_combo->setEnabled(!loginLocked);
    m_ui->user_edit->setEnabled(!loginLocked);
    m_ui->password_edit->setEnabled(!loginLocked);
    m_ui->remember_password_check->setEnabled(!loginLocked && m_credentials->isSupported());
    m_ui->login_button->setEnabled(!loginLocked);
    m_loginAction->setEnabled(!loginLocked);
    m_ui->logout_button->setEnabled(loggedIn && !busy);
    m_logoutAction->setEnabled(loggedIn && !busy);

    const QString problem = blockingProblem();
    const bool canSend = loggedIn && !busy && problem.isEmpty();
    m_ui->send_button->setEnabled(canSend);
    m_sendAction->setEnabled(canSend);
    const bool cancellable = activity == SessionController::Activity::LoggingIn
        || activity == SessionController::Activity::Sending;
    m_ui->cancel_button->setEnabled(cancellable);
    m_cancelAction->setEnabled(cancellable);

    const bool hasRows = m_model->rowCount() > 0;
    m_ui->remove_rows_button->setEnabled(hasRows);
    m_removeRowsAction->setEnabled(hasRows);
    m_copyAction->setEnabled(hasRows);
    m_clearAction->setEnabled(hasRows);

    m_ui->busy_indicator->setVisible(busy);
    switch (activity) {
    case SessionController::Activity::LoggingIn:
        m_ui->send_hint_label->setText(tr("Logging in to %1…").arg(m_session->baseUrl().host()));
        break;
    case SessionController::Activity::Sending:
        m_ui->send_hint_label->setText(tr("Sending… (Esc cancels)"));
        break;
    case SessionController::Activity::LoggingOut:
        m_ui->send_hint_label->setText(tr("Logging out…"));
        break;
    case SessionController::Activity::Idle:
        m_ui->send_hint_label->setText(problem.isEmpty() ? tr("Ctrl+Enter sends.") : problem);
        break;
    }
    m_ui->send_button->setToolTip(canSend ? tr("Send the call data to the server (Ctrl+Enter)") : problem);
    m_ui->summary_label->setText(m_model->summary());
    updateConnectionIndicator();
}

void MainWindow::updateConnectionIndicator()
{
    QColor color = palette().color(QPalette::Disabled, QPalette::WindowText);
    QString text;
    switch (m_session->state()) {
    case SessionController::State::LoggedOut:
        text = tr("Not connected");
        break;
    case SessionController::State::LoggingIn:
        text = tr("Connecting to %1…").arg(m_session->baseUrl().host());
        color = QColor(196, 125, 0);
        break;
    case SessionController::State::LoggedIn:
        text = m_session->connectionText();
        color = QColor(46, 160, 67);
        if (const QString trouble = m_session->connectionTrouble(); !trouble.isEmpty()) {
            text += QStringLiteral("\n") + trouble;
            color = QColor(196, 125, 0);
        }
        break;
    case SessionController::State::SessionEnded:
        text = tr("Session ended on %1 \u2014 log in again to send").arg(m_session->baseUrl().host());
        color = QColor(200, 40, 40);
        break;
    }
    m_ui->connection_label->setText(text);
    m_ui->connection_icon->setPixmap(stateDot(color, devicePixelRatioF()));
    QFont font = m_ui->connection_label->font();
    font.setBold(m_session->state() == SessionController::State::LoggedIn);
    m_ui->connection_label->setFont(font);
}

void MainWindow::login()
{
    if (m_session->isBusy() || m_session->isLoggedIn())
        return;
    const QString server = m_ui->server_combo->currentText().trimmed();
    const QString user = m_ui->user_edit->text().trimmed();
    const QString password = m_ui->password_edit->text();
    if (server.isEmpty()) {
        m_ui->message_bar->showMessage(tr("Enter the server address, e.g. cic1 or https://cic1:8019."),
                                       MessageBar::Type::Error);
        m_ui->server_combo->setFocus();
        return;
    }
    if (user.isEmpty()) {
        m_ui->message_bar->showMessage(tr("Enter your IC user name."), MessageBar::Type::Error);
        m_ui->user_edit->setFocus();
        return;
    }
    if (password.isEmpty()) {
        m_ui->message_bar->showMessage(tr("Enter the password for %1.").arg(user), MessageBar::Type::Error);
        m_ui->password_edit->setFocus();
        return;
    }
    QString error;
    if (!m_session->login(server, user, password, &error)) {
        m_ui->message_bar->showMessage(error, MessageBar::Type::Error);
        m_ui->server_combo->setFocus();
        return;
    }
    m_messageAction = MessageAction::None;
    m_ui->message_bar->hideMessage();
    updateUi();
}

void MainWindow::onLoginFinished(const Icws::Result &result)
{
    if (result.ok()) {
        const QString who = m_session->session().userDisplayName.isEmpty()
            ? m_session->user()
            : m_session->session().userDisplayName;
        m_messageAction = MessageAction::None;
        m_ui->message_bar->showMessage(
            tr("Logged in to %1 as %2.").arg(m_session->session().baseUrl.host(), who),
            MessageBar::Type::Info);
        setComboItems(m_ui->server_combo, m_settings->recentServers());
        if (m_ui->remember_password_check->isChecked() && m_credentials->isSupported())
            m_credentials->writePassword(credentialKey(), m_ui->password_edit->text());
        updateUi();

        if (m_resendAfterLogin) {
            m_resendAfterLogin = false;
            const Icws::CallDataUpdate update = currentUpdate();
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
                m_ui->message_bar->showMessage(
                    tr("Logged in again. The correction was not re-sent; press Send when "
                       "ready."),
                    MessageBar::Type::Info);
            }
        }
        if (currentCampaign().isEmpty())
            m_ui->campaign_combo->setFocus();
        else if (currentCall().isEmpty())
            m_ui->call_edit->setFocus();
        else
            m_ui->call_data_view->setFocus();
        return;
    }

    const QString server = m_session->baseUrl().host();
    const QString text =
        tr("Could not log in to %1.").arg(server) + QLatin1Char('\n') + Icws::describe(result);
    if (result.outcome == Icws::Outcome::TlsFailure && !result.certificate.isNull()) {
        m_lastCertificate = result.certificate;
        m_messageAction = MessageAction::TrustCertificate;
        m_ui->message_bar->showMessage(text, MessageBar::Type::Error, tr("Review certificate…"));
        // Ask after this signal has returned, so the dialog's event loop does not nest in the reply handler.
        QMetaObject::invokeMethod(this, &MainWindow::onMessageAction, Qt::QueuedConnection);
        updateUi();
        return;
    }

    m_messageAction = MessageAction::None;
    if (result.outcome == Icws::Outcome::Canceled) {
        // The user's own choice, not a failure: said as calmly as a canceled send.
        m_ui->message_bar->showMessage(tr("Login to %1 canceled.").arg(server), MessageBar::Type::Warning);
        updateUi();
        return;
    }
    m_ui->message_bar->showMessage(text, MessageBar::Type::Error);
    if (result.outcome == Icws::Outcome::BadRequest) {
        m_ui->password_edit->setFocus();
        m_ui->password_edit->selectAll();
    } else {
        m_ui->server_combo->setFocus();
    }
    updateUi();
}

void MainWindow::logout()
{
    if (!m_session->isLoggedIn() || m_session->isBusy())
        return;
    m_resendAfterLogin = false;
    m_session->logout();
    m_ui->password_edit->clear();
    updateUi();
}

void MainWindow::send()
{
    m_ui->call_data_view->commitOpenEditor();
    if (m_session->isBusy())
        return; // a request is already running: Send cannot be triggered twice
    if (const QString problem = blockingProblem(); !problem.isEmpty()) {
        updateUi();
        return;
    }
    m_sentUndoIndex = m_model->undoStack()->index();
    m_messageAction = MessageAction::None;
    m_ui->message_bar->hideMessage();
    m_session->send(currentUpdate());
    updateUi();
}

void MainWindow::cancel()
{
    m_session->cancel();
}

void MainWindow::onUpdateFinished(const Icws::Result &result, const Icws::CallDataUpdate &update)
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
        m_ui->message_bar->showMessage(text, MessageBar::Type::Success);
        if (m_model->undoStack()->index() == m_sentUndoIndex)
            m_model->setUnmodified();
        m_settings->addRecentCampaign(update.campaignId);
        setComboItems(m_ui->campaign_combo, m_settings->recentCampaigns());
        updateUi();
        return;
    }

    const QString text = Icws::describe(result);
    switch (result.outcome) {
    case Icws::Outcome::Unauthorized:
        m_resendAfterLogin = true;
        m_messageAction = MessageAction::LogInAgainAndResend;
        m_ui->message_bar->showMessage(text, MessageBar::Type::Error, tr("Log in again and re-send"));
        break;
    case Icws::Outcome::Canceled:
        m_messageAction = MessageAction::None;
        m_ui->message_bar->showMessage(text, MessageBar::Type::Warning);
        break;
    case Icws::Outcome::TlsFailure:
        m_lastCertificate = result.certificate;
        m_messageAction = result.certificate.isNull() ? MessageAction::None : MessageAction::TrustCertificate;
        m_ui->message_bar->showMessage(text, MessageBar::Type::Error,
                                       result.certificate.isNull() ? QString() : tr("Review certificate…"));
        break;
    default:
        m_messageAction = MessageAction::None;
        m_ui->message_bar->showMessage(text, MessageBar::Type::Error);
        break;
    }
    updateUi();
}

void MainWindow::onSessionEnded(const Icws::Result &, const QString &reason)
{
    const QString host = m_session->baseUrl().host();
    QString text = reason.isEmpty() ? tr("The server %1 ended the session.").arg(host)
                                    : tr("The server %1 ended the session: %2").arg(host, reason);
    text += QLatin1Char(' ') + tr("Your edits are kept. Log in again to continue.");
    m_messageAction = MessageAction::LogInAgain;
    m_ui->message_bar->showMessage(text, MessageBar::Type::Warning, tr("Log in again"));
    updateUi();
}

void MainWindow::onMessageAction()
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
                m_ui->message_bar->showMessage(tr("The certificate is trusted now. Send again."),
                                               MessageBar::Type::Info);
                return;
            }
            login();
        }
        return;
    }
}

void MainWindow::onCredentialWritten(const QString &, CredentialStore::Status status, const QString &detail)
{
    if (status == CredentialStore::Status::Ok)
        return;
    // Not a login failure: the session is fine, only the password was not kept.
    m_ui->message_bar->showMessage(CredentialStore::describe(status, detail), MessageBar::Type::Warning);
}

void MainWindow::addRow()
{
    m_ui->call_data_view->commitOpenEditor();
    const int row = m_model->addRow();
    m_ui->call_data_view->editKey(row);
}

void MainWindow::removeSelectedRows()
{
    m_ui->call_data_view->commitOpenEditor();
    const QList<int> rows = m_ui->call_data_view->selectedRowNumbers();
    if (rows.isEmpty())
        return;
    m_model->removeRowList(rows);
    const int next = std::min(rows.constFirst(), m_model->rowCount() - 1);
    if (next >= 0)
        m_ui->call_data_view->setCurrentIndex(m_model->index(next, CallDataModel::KeyColumn));
}

void MainWindow::pasteRows()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        m_ui->message_bar->showMessage(tr("The clipboard holds no text to paste as rows."),
                                       MessageBar::Type::Warning);
        return;
    }
    m_ui->call_data_view->commitOpenEditor();
    const AttributeParseResult parsed = parseDelimitedAttributes(text, guessDelimiter(text));
    if (!parsed.ok()) {
        m_ui->message_bar->showMessage(tr("Nothing was pasted: %1").arg(parsed.error),
                                       MessageBar::Type::Error);
        return;
    }
    if (parsed.attributes.isEmpty())
        return;
    // The rows go below the current row. An empty current row (just added, e.g. Ctrl+N then Esc)
    // is replaced instead of being left behind as an "empty key" error; both are one undo step.
    int row = m_model->rowCount();
    const QModelIndex current = m_ui->call_data_view->currentIndex();
    const Icws::Attribute currentRow =
        current.isValid() ? m_model->attribute(current.row()) : Icws::Attribute();
    const bool replaceCurrent =
        current.isValid() && currentRow.first.trimmed().isEmpty() && currentRow.second.isEmpty();
    if (current.isValid())
        row = replaceCurrent ? current.row() : current.row() + 1;
    const QString undoText = parsed.attributes.size() == 1
        ? tr("Paste row")
        : tr("Paste %n rows", nullptr, int(parsed.attributes.size()));
    QUndoStack *stack = m_model->undoStack();
    stack->beginMacro(undoText);
    if (replaceCurrent)
        m_model->removeRowList({current.row()});
    m_model->insertAttributes(row, parsed.attributes, undoText);
    stack->endMacro();
    m_ui->call_data_view->setCurrentIndex(m_model->index(row, CallDataModel::KeyColumn));
    m_ui->message_bar->showMessage(parsed.attributes.size() == 1 ? tr("Pasted 1 row. Ctrl+Z undoes this.")
                                                                 : tr("Pasted %n rows. Ctrl+Z undoes this.",
                                                                      nullptr, int(parsed.attributes.size())),
                                   MessageBar::Type::Info);
}

void MainWindow::copyRows()
{
    m_ui->call_data_view->commitOpenEditor();
    QList<int> rows;
    const QModelIndexList selected = m_ui->call_data_view->selectionModel()->selectedIndexes();
    if (!selected.isEmpty())
        rows = m_ui->call_data_view->selectedRowNumbers();
    else
        for (int row = 0; row < m_model->rowCount(); ++row)
            rows << row;
    if (rows.isEmpty())
        return;
    QList<Icws::Attribute> attributes;
    for (int row : std::as_const(rows))
        attributes << m_model->attribute(row);
    QGuiApplication::clipboard()->setText(toTsv(attributes));
    m_ui->message_bar->showMessage(
        rows.size() == 1 ? tr("Copied 1 row as tab-separated text.")
                         : tr("Copied %n rows as tab-separated text.", nullptr, int(rows.size())),
        MessageBar::Type::Info);
}

void MainWindow::clearRows()
{
    m_ui->call_data_view->commitOpenEditor();
    m_model->clear();
}

void MainWindow::importFile(const QString &requestedPath)
{
    const QString path = requestedPath.isEmpty() ? askImportFile() : requestedPath;
    if (path.isEmpty())
        return;
    const AttributeParseResult parsed = readAttributeFile(path);
    const QString name = QFileInfo(path).fileName();
    if (!parsed.ok()) {
        m_ui->message_bar->showMessage(tr("Could not import %1: %2").arg(name, parsed.error),
                                       MessageBar::Type::Error);
        return;
    }
    m_ui->call_data_view->commitOpenEditor();
    m_model->replaceAll(parsed.attributes, tr("Import %1").arg(name));
    const int count = int(parsed.attributes.size());
    m_ui->message_bar->showMessage(
        (count == 1 ? tr("Imported 1 row from %1. Ctrl+Z undoes the import.")
                    : tr("Imported %n rows from %1. Ctrl+Z undoes the import.", nullptr, count))
            .arg(name),
        MessageBar::Type::Info);
}

void MainWindow::createLanguageMenu(QMenu *menu)
{
    menu->setObjectName(QStringLiteral("language_menu"));
    auto *group = new QActionGroup(menu);
    // Language names stay in their own language, so anyone can find theirs.
    const QList<QPair<QString, QString>> languages {{QString(), tr("System language")},
                                                    {QStringLiteral("en"), QStringLiteral("English")},
                                                    {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                                    {QStringLiteral("fr"), QStringLiteral("Fran\u00e7ais")}};
    const QString current = m_settings->language();
    for (const auto &[tag, name] : languages) {
        QAction *action = menu->addAction(name);
        action->setObjectName(QStringLiteral("language_action_")
                              + (tag.isEmpty() ? QStringLiteral("system") : tag));
        action->setCheckable(true);
        action->setChecked(tag == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, tag = tag]() {
            if (tag == m_settings->language())
                return;
            m_settings->setLanguage(tag);
            m_settings->sync();
            m_ui->message_bar->showMessage(
                tr("The new language applies the next time Call Data Editor starts."),
                MessageBar::Type::Info);
        });
    }
}

void MainWindow::choosePollingInterval()
{
    bool ok = false;
    const int seconds = QInputDialog::getInt(
        this, tr("Keep-alive interval"), tr("While logged in, ask the server for messages every (seconds):"),
        m_settings->pollingIntervalSeconds(), AppSettings::MinPollingIntervalSeconds,
        AppSettings::MaxPollingIntervalSeconds, 1, &ok);
    if (!ok)
        return;
    m_settings->setPollingIntervalSeconds(seconds);
    m_session->setPollingIntervalMs(m_settings->pollingIntervalSeconds() * 1000);
}

bool MainWindow::askTrust(const Icws::CertificateInfo &certificate)
{
    if (m_prompts.trustCertificate)
        return m_prompts.trustCertificate(certificate);
    CertificateDialog dialog(certificate, this);
    return dialog.exec() == QDialog::Accepted;
}

bool MainWindow::askConfirmResend(const QString &question)
{
    if (m_prompts.confirmResend)
        return m_prompts.confirmResend(question);
    return QMessageBox::question(this, tr("Send again?"), question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::Yes)
        == QMessageBox::Yes;
}

bool MainWindow::askConfirmDiscard(const QString &question)
{
    if (m_prompts.confirmDiscard)
        return m_prompts.confirmDiscard(question);
    return QMessageBox::warning(this, tr("Unsent edits"), question,
                                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Discard;
}

QString MainWindow::askImportFile()
{
    if (m_prompts.chooseImportFile)
        return m_prompts.chooseImportFile();
    return QFileDialog::getOpenFileName(this, tr("Import call data"), {},
                                        tr("Call data (*.json *.csv *.tsv);;All files (*)"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_ui->call_data_view->commitOpenEditor();
    if (m_model->isModified() && m_model->rowCount() > 0
        && !askConfirmDiscard(
            tr("The call data has edits that were not sent. Close anyway and discard them?"))) {
        event->ignore();
        return;
    }
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->sync();
    // The session is logged out when the window (and with it the ICWS client) is destroyed.
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateUi();
    } else if (event->type() == QEvent::PaletteChange) {
        updateConnectionIndicator();
    }
}

} // namespace CallData
