// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "mainwindow.h"

#include "appsettings.h"
#include "calldatamodel.h"
#include "chosencall.h"
#include "client.h"
#include "connectionbar.h"
#include "correctionpanel.h"
#include "draftflow.h"
#include "draftstore.h"
#include "historypanel.h"
#include "languagemenu.h"
#include "livecallsflow.h"
#include "livecallspanel.h"
#include "livecallswatch.h"
#include "loginpanel.h"
#include "screenfit.h"
#include "sessionflow.h"
#include "sidepanels.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QUndoStack>
#include <QVBoxLayout>

namespace CallData {

namespace {
// The first start, before a size is remembered: the table, its three columns and a side panel fit.
constexpr QSize FirstStartSize(1000, 640);
} // namespace

MainWindow::MainWindow(QNetworkAccessManager *network, AppSettings *settings, CredentialStore *credentials,
                       QWidget *parent)
    : QMainWindow(parent), m_settings(settings), m_credentials(credentials),
      m_model(new CallDataModel(nullptr, this)), m_session(new SessionController(network, settings, this))
{
    setObjectName(QStringLiteral("main_window"));
    setWindowTitle(tr("Call Data Editor[*]"));
    // Made first, so side panels created in createPanels() can add their items to it.
    auto *viewMenu = new QMenu(tr("&View"), this);
    viewMenu->setObjectName(QStringLiteral("view_menu"));
    m_sidePanels = new SidePanels(this, viewMenu);
    createPanels();
    createActions();
    createMenus();
    setUpTabOrder();
    restoreSettings();
    // Queued, so the report comes after whatever message the action that saved is showing.
    m_settings->onFirstWriteFailure([this](const QString &message) {
        QMetaObject::invokeMethod(
            this, [this, message]() { m_messageBar->showMessage(message, MessageBar::Type::Warning); },
            Qt::QueuedConnection);
    });
    connect(m_model, &CallDataModel::modifiedChanged, this,
            [this](bool modified) { setWindowModified(modified); });
    m_flow->refresh();
}

MainWindow::~MainWindow()
{
    // Children outlive this class's part of the object: their last signals (the undo stack
    // clearing itself, the session logging out on teardown) must not reach half-destroyed
    // receivers. The credential store is not a child, but a keychain answer can arrive while
    // the session's logout runs its bounded event loop during the children's teardown.
    for (QObject *receiver :
         std::initializer_list<QObject *> {this, m_flow, m_correctionPanel, m_liveCalls}) {
        m_model->undoStack()->disconnect(receiver);
        m_model->disconnect(receiver);
        m_session->disconnect(receiver);
    }
    m_credentials->disconnect(m_loginPanel);
    for (QObject *receiver :
         std::initializer_list<QObject *> {m_liveCalls->watch(), m_liveCalls->chosenCall()}) {
        m_session->client()->disconnect(receiver);
        m_session->disconnect(receiver);
    }
}

void MainWindow::createPanels()
{
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("central_widget"));
    auto *layout = new QVBoxLayout(central);
    layout->setObjectName(QStringLiteral("main_layout"));
    // Tight enough for a 900x500 window, where the table needs every row it can get.
    layout->setContentsMargins(10, 6, 10, 8);
    layout->setSpacing(6);

    m_connectionBar = new ConnectionBar(central);
    m_loginPanel = new LoginPanel(m_settings, m_credentials, central);
    m_messageBar = new MessageBar(central);
    m_correctionPanel = new CorrectionPanel(m_model, central);
    layout->addWidget(m_connectionBar);
    layout->addWidget(m_loginPanel);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_correctionPanel, 1);
    setCentralWidget(central);
    m_correctionPanel->setRecentCampaigns(m_settings->recentCampaigns());

    auto showMessage = [this](const QString &text, MessageBar::Type type) {
        m_messageBar->showMessage(text, type);
    };
    connect(m_loginPanel, &LoginPanel::messageRequested, this, showMessage);
    connect(m_correctionPanel, &CorrectionPanel::messageRequested, this, showMessage);
    m_flow = new SessionFlow(m_session, m_model, m_settings,
                             {m_loginPanel, m_connectionBar, m_messageBar, m_correctionPanel}, this);

    m_drafts = new DraftStore(DraftStore::defaultFilePath(), this);
    m_draftFlow = new DraftFlow(m_drafts, m_model, m_session, {m_correctionPanel, m_messageBar}, this);
    // The side panels are built when first shown: most starts never need them.
    m_sidePanels->add(tr("History"), QStringLiteral("history_dock"), [this] {
        m_history = new HistoryPanel(m_session->auditLog().filePath());
        // The record is on disk before updateFinished: the list shows it with the outcome.
        connect(m_session, &SessionController::updateFinished, m_history, &HistoryPanel::reload);
        connect(m_history, &HistoryPanel::loadRequested, this, &MainWindow::loadFromHistory);
        return m_history;
    });
    m_liveCalls = new LiveCallsFlow(m_session, m_settings, {m_model, m_correctionPanel, m_messageBar}, this);
    layout->insertWidget(layout->indexOf(m_messageBar) + 1, m_liveCalls->callStatusLabel());
    m_sidePanels->add(tr("Live calls"), QStringLiteral("live_calls_dock"),
                      [this] { return m_liveCalls->createPanel(); });
}

QDockWidget *MainWindow::addDockPanel(QWidget *panel, const QString &title, const QString &objectName,
                                      Qt::DockWidgetArea area)
{
    return m_sidePanels->add(panel, title, objectName, area);
}

void MainWindow::setPrompts(const Prompts &prompts)
{
    m_confirmDiscard = prompts.confirmDiscard;
    m_confirmCloseDuringSend = prompts.confirmCloseDuringSend;
    m_flow->setPrompts({prompts.trustCertificate, prompts.confirmResend, prompts.confirmManyAttributes});
    m_correctionPanel->setImportFileChooser(prompts.chooseImportFile);
}

void MainWindow::createActions()
{
    auto makeAction = [this](const QString &text, const QString &name) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        addAction(action);
        return action;
    };
    m_quitAction = makeAction(tr("&Quit"), QStringLiteral("quit_action"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_loginAction = makeAction(tr("&Log in"), QStringLiteral("login_action"));
    m_logoutAction = makeAction(tr("Log &out"), QStringLiteral("logout_action"));
    m_sendAction = makeAction(tr("&Send"), QStringLiteral("send_action"));
    m_sendAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_cancelAction = makeAction(tr("&Cancel request"), QStringLiteral("cancel_action"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_pollingAction = makeAction(tr("&Keep-alive interval…"), QStringLiteral("polling_action"));
    m_auditMaskAction = makeAction(tr("&Mask values in the audit log"), QStringLiteral("audit_mask_action"));
    m_auditMaskAction->setCheckable(true);
    m_auditMaskAction->setChecked(m_settings->auditMaskValues());
    m_auditSyslogAction =
        makeAction(tr("Copy audit records to the s&ystem log"), QStringLiteral("audit_syslog_action"));
    m_auditSyslogAction->setCheckable(true);
    m_auditSyslogAction->setChecked(m_settings->auditSystemLog());
    m_aboutAction = makeAction(tr("&About Call Data Editor"), QStringLiteral("about_action"));
    m_aboutAction->setMenuRole(QAction::AboutRole);

    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_loginAction, &QAction::triggered, m_flow, &SessionFlow::login);
    connect(m_logoutAction, &QAction::triggered, m_flow, &SessionFlow::logout);
    connect(m_sendAction, &QAction::triggered, m_flow, &SessionFlow::send);
    connect(m_cancelAction, &QAction::triggered, m_flow, &SessionFlow::cancel);
    connect(m_flow, &SessionFlow::actionsChanged, this,
            [this](bool canLogIn, bool canLogOut, bool canSend, bool canCancel) {
                m_loginAction->setEnabled(canLogIn);
                m_logoutAction->setEnabled(canLogOut);
                m_sendAction->setEnabled(canSend);
                m_cancelAction->setEnabled(canCancel);
            });
    connect(m_pollingAction, &QAction::triggered, this, &MainWindow::choosePollingInterval);
    connect(m_auditMaskAction, &QAction::toggled, this, [this](bool mask) {
        m_settings->setAuditMaskValues(mask);
        m_settings->sync();
    });
    connect(m_auditSyslogAction, &QAction::toggled, this, [this](bool copy) {
        m_settings->setAuditSystemLog(copy);
        m_settings->sync();
    });
    connect(m_aboutAction, &QAction::triggered, this, [this]() {
        QMessageBox::about(
            this, tr("About Call Data Editor"),
            tr("<p><b>Call Data Editor %1</b></p><p>Corrects the call data of active Interaction "
               "Dialer calls over the ICWS REST API.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::createMenus()
{
    const CorrectionPanel::TableActions &table = m_correctionPanel->tableActions();
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(table.importFile);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(table.undo);
    editMenu->addAction(table.redo);
    editMenu->addSeparator();
    editMenu->addAction(table.addRow);
    editMenu->addAction(table.removeRows);
    editMenu->addSeparator();
    editMenu->addAction(table.paste);
    editMenu->addAction(table.copy);
    editMenu->addAction(table.clear);
    // Side panels add their check items here (SidePanels); without any, the menu stays hidden.
    menuBar()->addMenu(m_sidePanels->viewMenu());
    QMenu *sessionMenu = menuBar()->addMenu(tr("&Session"));
    sessionMenu->addAction(m_loginAction);
    sessionMenu->addAction(m_logoutAction);
    sessionMenu->addSeparator();
    sessionMenu->addAction(m_sendAction);
    sessionMenu->addAction(m_cancelAction);
    QMenu *settingsMenu = menuBar()->addMenu(tr("Se&ttings"));
    settingsMenu->addAction(m_pollingAction);
    settingsMenu->addAction(m_auditMaskAction);
#ifdef Q_OS_UNIX
    settingsMenu->addAction(m_auditSyslogAction);
#endif
    auto *languageMenu = new LanguageMenu(tr("&Language"), m_settings, settingsMenu);
    connect(languageMenu, &LanguageMenu::languageChosen, this, [this] {
        m_messageBar->showMessage(tr("The new language applies the next time Call Data Editor starts."),
                                  MessageBar::Type::Info);
    });
    settingsMenu->addMenu(languageMenu);
    QMenu *liveCallsMenu = settingsMenu->addMenu(tr("Live &calls"));
    liveCallsMenu->setObjectName(QStringLiteral("live_calls_settings_menu"));
    liveCallsMenu->addActions(m_liveCalls->settingsActions());
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(m_aboutAction);
}

void MainWindow::setUpTabOrder()
{
    QList<QWidget *> order {m_connectionBar->logoutButton()};
    order << m_loginPanel->tabOrder() << m_messageBar->actionButton() << m_correctionPanel->tabOrder();
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void MainWindow::restoreSettings()
{
    if (!m_settings->windowGeometry().isEmpty())
        restoreGeometry(m_settings->windowGeometry());
    else if (const QScreen *where = screen())
        resize(
            FirstStartSize.boundedTo(where->availableGeometry().size() * 0.9).expandedTo(minimumSizeHint()));
    if (!m_settings->windowState().isEmpty())
        restoreState(m_settings->windowState());
    m_sidePanels->buildOpenPanels(); // a panel open at the last quit is open now, laid out with the window
    fitToScreen(this);
}

void MainWindow::applyLaunchOptions(const LaunchOptions &options)
{
    m_prefilledCorrection =
        !options.campaignId.isEmpty() || !options.callId.isEmpty() || !options.attributes.isEmpty();
    m_loginPanel->prefill(options.server, options.user);
    m_correctionPanel->prefill(options.campaignId, options.callId);
    if (!options.agents.isEmpty() || !options.workgroups.isEmpty()) {
        if (auto *panel =
                qobject_cast<LiveCallsPanel *>(m_sidePanels->show(QStringLiteral("live_calls_dock"))))
            panel->watchFromCommandLine(options.agents, options.workgroups); // starts after login
    }
    if (!options.attributes.isEmpty())
        m_model->insertAttributes(m_model->rowCount(), options.attributes, tr("Rows from the command line"));
    // Put the cursor where typing is needed first.
    m_loginPanel->focusFirstEmptyField();
    m_flow->refresh();
}

void MainWindow::restoreDraft()
{
    m_draftFlow->restore(m_prefilledCorrection);
    m_flow->refresh();
}

void MainWindow::loadFromHistory(const AuditRecord &record)
{
    QList<Icws::Attribute> attributes = record.attributes;
    if (record.masked) {
        for (Icws::Attribute &attribute : attributes)
            attribute.second.clear();
    }
    m_correctionPanel->setIds(record.campaignId, record.callId);
    m_model->replaceAll(attributes, tr("Load from history"));
    QString text =
        tr("Loaded the correction for call %1 in campaign %2 sent at %3. Edit \u2192 Undo brings the "
           "previous rows back.")
            .arg(record.callId, record.campaignId,
                 QLocale().toString(record.time.toLocalTime(), QLocale::ShortFormat));
    if (record.masked)
        text += QLatin1Char(' ') + tr("Its values were masked in the audit log: fill them in again.");
    m_messageBar->showMessage(text, MessageBar::Type::Info);
    m_correctionPanel->focusFirstEmptyField();
    m_flow->refresh();
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

bool MainWindow::askConfirmDiscard(const QString &question)
{
    if (m_confirmDiscard)
        return m_confirmDiscard(question);
    return QMessageBox::warning(this, tr("Unsent edits"), question,
                                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Discard;
}

bool MainWindow::askCloseDuringSend(const QString &question)
{
    if (m_confirmCloseDuringSend)
        return m_confirmCloseDuringSend(question);
    QMessageBox box(QMessageBox::Warning, tr("A correction is being sent"), question, QMessageBox::NoButton,
                    this);
    QPushButton *wait = box.addButton(tr("Wait for the answer"), QMessageBox::RejectRole);
    box.addButton(tr("Close anyway"), QMessageBox::DestructiveRole);
    box.setDefaultButton(wait);
    box.exec();
    return box.clickedButton() != wait;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_session->activity() == SessionController::Activity::Sending
        && !askCloseDuringSend(tr("A correction is being sent to the server. If you close now, the window "
                                  "stops waiting, but the server may still apply it, and you will not see "
                                  "whether it did. Wait for the answer, or close anyway?"))) {
        event->ignore();
        return;
    }
    m_correctionPanel->commitOpenEditor();
    if (m_model->isModified() && m_model->rowCount() > 0
        && !askConfirmDiscard(
            tr("The call data has edits that were not sent. Close anyway and discard them?"))) {
        event->ignore();
        return;
    }
    saveWindowSettings();
    // Closed on purpose with nothing unsent, or the user let the edits go.
    m_draftFlow->discard();
    // The session is logged out when the window (and with it the ICWS client) is destroyed.
    event->accept();
}

void MainWindow::saveWindowSettings()
{
    fitToScreen(this); // a window grown past the screen is never saved that way
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->sync();
}

void MainWindow::endWithoutAsking()
{
    m_correctionPanel->commitOpenEditor();
    m_draftFlow->keep();
    saveWindowSettings();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("Call Data Editor[*]"));
        m_flow->refresh();
    } else if (event->type() == QEvent::PaletteChange) {
        m_connectionBar->showSession(*m_session);
    }
}

} // namespace CallData
