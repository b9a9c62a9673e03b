// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

// Drives the real main window with QTest, offscreen, against icws-sim over loopback.
#include "appsettings.h"
#include "attributefile.h"
#include "calldatamodel.h"
#include "certificatedialog.h"
#include "correctionpanel.h"
#include "credentialstore.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "protocol.h"
#include "screenshots.h"
#include "sessionflow.h"
#include "simulator.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPalette>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using CallData::MainWindow;
using Icws::Attribute;

namespace {

const QString Campaign = QStringLiteral("C-100");
const QString Call = QStringLiteral("4711");
const QString User = QStringLiteral("supervisor");
const QString Password = QStringLiteral("demo");

QString certsDir()
{
    return QStringLiteral(CALLDATA_TEST_CERTS_DIR);
}

// Pictures of the real screens land beside the test binary, so people can look at them.

} // namespace

class tst_MainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void shouldHaveDefaultValue();
    void loginFillSendByKeyboard();
    void loginFailsWithBadPassword();
    void loginFailsWhenUnreachable();
    void callNotActiveShows400();
    void unauthorizedMidSessionThenReloginAndResend();
    void connectionDownWhilePolling();
    void unreachableServerWhilePollingIsShown();
    void escCancelsASlowLogin();
    void goneShows410();
    void serverErrorWithHtmlBody();
    void timeoutThenCancel();
    void sendCannotRunTwice();
    void untrustedCertificateTrustThenSuccess();
    void changedCertificateIsRefusedLoudly();
    void pasteCopyUndoRedoDeleteByKeyboard();
    void importFileReplacesRows();
    void invalidRowsBlockSend();
    void closeWithUnsentEditsAsks();
    void closingLogsOut();
    void rememberPasswordInKeychain();
    void noKeychainIsSaidPlainly();
    void launchOptionsPrefill();
    void languageChoiceIsRemembered();
    void loginIsRefusedWhileLoggedIn();
    void logoutCancelsRunningLogin();
    void logoutCancelsRunningSend();
    void pasteReplacesJustAddedEmptyRow();
    void editingKeysStayInTextFields();
    void statusLabelsAreReadByAssistiveTechnology();
    void keychainAnswerDuringTeardownIsIgnored();
    void dockPanelVisibilityIsRemembered();
    void certificateDialogShowsCraftedNamesAsPlainText();
    void pinnedButExpiredCertificateIsNotOfferedAgain();
    void serverNamesAreShownAsPlainText();
    void credentialsInTheServerAddressAreNeverEchoed();
    void plainHttpSaysThePasswordGoesUnencrypted();
    void fitsASmallLaptopInEveryLanguage();
    void loginFormFoldsIntoConnectionBar();
    void firstStartOpensWithRoomForTheTableAndASidePanel();
    void screenshot();

private:
    void start(IcwsSim::Config config = {});
    void startTls(const QString &certificate, const QString &key);
    template<typename T> T *child(const char *name) const
    {
        return m_window->findChild<T *>(QString::fromLatin1(name));
    }
    QString serverAddress() const;
    QString message() const;
    CallData::MessageBar::Type messageType() const;
    void typeLogin(const QString &password = Password);
    bool logIn();
    void typeCorrection();
    void typeRow(const QString &key, const QString &value);
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void verifyEditsKept();
    int updateRequests() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<IcwsSim::Simulator> m_sim;
    std::unique_ptr<CallData::AppSettings> m_settings;
    std::unique_ptr<CallData::MemoryCredentialStore> m_store;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<MainWindow> m_window;

    QList<Icws::CertificateInfo> m_trustAsked;
    std::function<bool(const Icws::CertificateInfo &)> m_trustAnswer;
    QStringList m_resendAsked;
    bool m_resendAnswer = true;
    QStringList m_discardAsked;
    bool m_discardAnswer = true;
    QString m_importPath;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("calldata-editor-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void tst_MainWindow::start(IcwsSim::Config config)
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sim = std::make_unique<IcwsSim::Simulator>(config);
    QString error;
    QVERIFY2(m_sim->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_settings = std::make_unique<CallData::AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
    if (!m_store)
        m_store = std::make_unique<CallData::MemoryCredentialStore>();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_window = std::make_unique<MainWindow>(m_network.get(), m_settings.get(), m_store.get());

    m_trustAsked.clear();
    m_resendAsked.clear();
    m_discardAsked.clear();
    m_trustAnswer = [](const Icws::CertificateInfo &) {
        return false;
    };
    MainWindow::Prompts prompts;
    prompts.trustCertificate = [this](const Icws::CertificateInfo &certificate) {
        m_trustAsked << certificate;
        return m_trustAnswer(certificate);
    };
    prompts.confirmResend = [this](const QString &question) {
        m_resendAsked << question;
        return m_resendAnswer;
    };
    prompts.confirmDiscard = [this](const QString &question) {
        m_discardAsked << question;
        return m_discardAnswer;
    };
    prompts.chooseImportFile = [this]() {
        return m_importPath;
    };
    m_window->setPrompts(prompts);

    m_window->resize(900, 720);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void tst_MainWindow::startTls(const QString &certificate, const QString &key)
{
    IcwsSim::Config config;
    config.certificateFile = certsDir() + QLatin1Char('/') + certificate;
    config.privateKeyFile = certsDir() + QLatin1Char('/') + key;
    start(config);
}

void tst_MainWindow::cleanup()
{
    m_discardAnswer = true;
    m_resendAnswer = true;
    m_window.reset();
    m_network.reset();
    m_settings.reset();
    m_sim.reset();
    m_store.reset();
    m_dir.reset();
}

QString tst_MainWindow::serverAddress() const
{
    return m_sim->baseUrl().toString();
}

QString tst_MainWindow::message() const
{
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("message_text"));
    return label && m_window->messageBar()->isVisible() ? label->text() : QString();
}

CallData::MessageBar::Type tst_MainWindow::messageType() const
{
    return m_window->messageBar()->type();
}

void tst_MainWindow::key(int keyCode, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keyClick(target, Qt::Key(keyCode), modifiers);
}

void tst_MainWindow::typeLogin(const QString &password)
{
    auto *server = child<QComboBox>("server_combo");
    auto *user = child<QLineEdit>("user_edit");
    auto *pass = child<QLineEdit>("password_edit");
    QVERIFY(server && user && pass);
    server->lineEdit()->clear();
    QTest::keyClicks(server->lineEdit(), serverAddress());
    user->clear();
    QTest::keyClicks(user, User);
    pass->clear();
    pass->setFocus();
    QTest::keyClicks(pass, password);
    QTest::keyClick(pass, Qt::Key_Return); // Enter submits
}

bool tst_MainWindow::logIn()
{
    typeLogin();
    return QTest::qWaitFor([this]() { return m_window->session()->isLoggedIn(); }, 5000);
}

void tst_MainWindow::typeRow(const QString &keyText, const QString &value)
{
    auto *view = child<QAbstractItemView>("call_data_view");
    view->setFocus();
    key(Qt::Key_N, Qt::ControlModifier); // adds a row and opens the key editor
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && view->isAncestorOf(editor));
    QTest::keyClicks(editor, keyText);
    QTest::keyClick(editor, Qt::Key_Tab); // commits and moves to the value
    editor = QApplication::focusWidget();
    QVERIFY(editor && view->isAncestorOf(editor));
    QTest::keyClicks(editor, value);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits and closes the editor on the next event-loop pass.
    const int row = m_window->model()->rowCount() - 1;
    QTRY_COMPARE(m_window->model()->attribute(row), Attribute(keyText, value));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view));
}

void tst_MainWindow::typeCorrection()
{
    auto *campaign = child<QComboBox>("campaign_combo");
    auto *call = child<QLineEdit>("call_edit");
    campaign->setFocus();
    QTest::keyClicks(campaign->lineEdit(), Campaign);
    call->setFocus();
    QTest::keyClicks(call, Call);
    typeRow(QStringLiteral("Name"), QStringLiteral("Ann Lee"));
    typeRow(QStringLiteral("City"), QStringLiteral("Berlin"));
    QCOMPARE(m_window->model()->attributes(),
             (QList<Attribute> {{QStringLiteral("Name"), QStringLiteral("Ann Lee")},
                                {QStringLiteral("City"), QStringLiteral("Berlin")}}));
}

void tst_MainWindow::verifyEditsKept()
{
    QCOMPARE(child<QComboBox>("campaign_combo")->currentText(), Campaign);
    QCOMPARE(child<QLineEdit>("call_edit")->text(), Call);
    QCOMPARE(m_window->model()->attributes(),
             (QList<Attribute> {{QStringLiteral("Name"), QStringLiteral("Ann Lee")},
                                {QStringLiteral("City"), QStringLiteral("Berlin")}}));
}

int tst_MainWindow::updateRequests() const
{
    int count = 0;
    for (const IcwsSim::RecordedRequest &request : m_sim->requests()) {
        if (request.path.endsWith(QLatin1String("/dialer/update-call-data")))
            ++count;
    }
    return count;
}

void tst_MainWindow::shouldHaveDefaultValue()
{
    start();
    const char *names[] = {"server_combo",       "user_edit",        "password_edit",
                           "login_button",       "logout_button",    "campaign_combo",
                           "call_edit",          "call_data_view",   "add_row_button",
                           "remove_rows_button", "send_button",      "cancel_button",
                           "message_bar",        "connection_label", "busy_indicator",
                           "summary_label",      "message_text",     "remember_password_check"};
    for (const char *name : names)
        QVERIFY2(m_window->findChild<QWidget *>(QString::fromLatin1(name)), name);

    const QStringList accessibleNames {
        QStringLiteral("Server"),      QStringLiteral("User"),      QStringLiteral("Password"),
        QStringLiteral("Log in"),      QStringLiteral("Log out"),   QStringLiteral("Campaign ID"),
        QStringLiteral("Call ID"),     QStringLiteral("Call data"), QStringLiteral("Add row"),
        QStringLiteral("Remove rows"), QStringLiteral("Send"),      QStringLiteral("Cancel")};
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    for (const QString &name : accessibleNames) {
        const bool found = std::any_of(widgets.cbegin(), widgets.cend(),
                                       [&](const QWidget *w) { return w->accessibleName() == name; });
        QVERIFY2(found, qPrintable(name));
    }
    // Each name on the control it names, not just somewhere in the window.
    const QList<QPair<const char *, QString>> namedControls {
        {"server_combo", QStringLiteral("Server")},
        {"server_edit", QStringLiteral("Server")},
        {"user_edit", QStringLiteral("User")},
        {"password_edit", QStringLiteral("Password")},
        {"login_button", QStringLiteral("Log in")},
        {"logout_button", QStringLiteral("Log out")},
        {"campaign_combo", QStringLiteral("Campaign ID")},
        {"campaign_edit", QStringLiteral("Campaign ID")},
        {"call_edit", QStringLiteral("Call ID")},
        {"call_data_view", QStringLiteral("Call data")},
        {"add_row_button", QStringLiteral("Add row")},
        {"remove_rows_button", QStringLiteral("Remove rows")},
        {"send_button", QStringLiteral("Send")},
        {"cancel_button", QStringLiteral("Cancel")}};
    for (const auto &[objectName, accessibleName] : namedControls) {
        QWidget *widget = m_window->findChild<QWidget *>(QString::fromLatin1(objectName));
        QVERIFY2(widget, objectName);
        QCOMPARE(widget->accessibleName(), accessibleName);
    }

    QCOMPARE(child<QLineEdit>("password_edit")->echoMode(), QLineEdit::Password);
    QVERIFY(child<QComboBox>("server_combo")->isEditable());
    QVERIFY(child<QComboBox>("campaign_combo")->isEditable());
    QVERIFY(!child<QPushButton>("send_button")->isEnabled());
    QVERIFY(!child<QPushButton>("cancel_button")->isEnabled());
    QVERIFY(!child<QPushButton>("logout_button")->isEnabled());
    QVERIFY(child<QPushButton>("login_button")->isEnabled());
    QVERIFY(!m_window->messageBar()->isVisible());
    QVERIFY(!child<QProgressBar>("busy_indicator")->isVisible());
    QCOMPARE(child<QLabel>("connection_label")->text(), QStringLiteral("Not connected"));
    QCOMPARE(m_window->model()->rowCount(), 0);
    QCOMPARE(m_window->session()->pollingIntervalMs(), 10000);
}

void tst_MainWindow::loginFillSendByKeyboard()
{
    start();
    QVERIFY(logIn());
    auto *connection = child<QLabel>("connection_label");
    QCOMPARE(connection->text(),
             QStringLiteral("Connected to 127.0.0.1 \u2014 Demo Supervisor \u2014 server 2018 R5 Patch 3"));
    // The login fields lock while logged in.
    QVERIFY(!child<QComboBox>("server_combo")->isEnabled());
    QVERIFY(!child<QLineEdit>("user_edit")->isEnabled());
    QVERIFY(!child<QLineEdit>("password_edit")->isEnabled());
    QVERIFY(!child<QPushButton>("login_button")->isEnabled());
    QVERIFY(child<QPushButton>("logout_button")->isEnabled());
    QVERIFY(!child<QPushButton>("send_button")->isEnabled());

    typeCorrection();
    QTRY_VERIFY(child<QPushButton>("send_button")->isEnabled());
    key(Qt::Key_Return, Qt::ControlModifier); // Ctrl+Enter sends
    QTRY_COMPARE(m_sim->acceptedUpdateCount(), 1);
    QTRY_COMPARE(messageType(), CallData::MessageBar::Type::Success);
    const QString text = message();
    QVERIFY2(text.startsWith(QStringLiteral("Accepted by the server (202) at ")), qPrintable(text));
    QVERIFY2(text.endsWith(QStringLiteral(" \u2014 2 attributes for call 4711 in campaign C-100.")),
             qPrintable(text));

    const QJsonObject body = m_sim->lastUpdateForCall(Call);
    QCOMPARE(body.value(QStringLiteral("campaignId")).toString(), Campaign);
    const QJsonObject attributes = body.value(QStringLiteral("callAttributes")).toObject();
    QCOMPARE(attributes.value(QStringLiteral("Name")).toString(), QStringLiteral("Ann Lee"));
    QCOMPARE(attributes.value(QStringLiteral("City")).toString(), QStringLiteral("Berlin"));
    QVERIFY(!m_window->model()->isModified());
    verifyEditsKept();
    QCOMPARE(m_settings->recentCampaigns().value(0), Campaign);
    QCOMPARE(m_settings->recentServers().value(0), serverAddress());
    QCOMPARE(m_settings->lastUser(), User);

    QFile ini(m_settings->fileName());
    m_settings->sync();
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray needle = QByteArray("=") + Password.toUtf8() + QByteArray("\n");
    QVERIFY2(!ini.readAll().contains(needle), "the password must never reach the settings");
}

void tst_MainWindow::loginFailsWithBadPassword()
{
    start();
    typeCorrection();
    typeLogin(QStringLiteral("wrong"));
    QTRY_VERIFY(!message().isEmpty());
    QCOMPARE(messageType(), CallData::MessageBar::Type::Error);
    const QString text = message();
    QVERIFY2(text.contains(QStringLiteral("HTTP 400")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("error.request.connection.authenticationFailure")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Check the user name and password")), qPrintable(text));
    QVERIFY(!m_window->session()->isLoggedIn());
    // Nothing the user typed is cleared.
    QCOMPARE(child<QLineEdit>("password_edit")->text(), QStringLiteral("wrong"));
    QCOMPARE(child<QLineEdit>("user_edit")->text(), User);
    QCOMPARE(child<QComboBox>("server_combo")->currentText(), serverAddress());
    QVERIFY(child<QLineEdit>("password_edit")->isEnabled());
    verifyEditsKept();
}

void tst_MainWindow::loginFailsWhenUnreachable()
{
    start();
    const quint16 port = m_sim->port();
    m_sim.reset(); // nothing listens there any more
    auto *server = child<QComboBox>("server_combo");
    server->setEditText(QStringLiteral("http://127.0.0.1:%1").arg(port));
    child<QLineEdit>("user_edit")->setText(User);
    child<QLineEdit>("password_edit")->setText(Password);
    QTest::mouseClick(child<QPushButton>("login_button"), Qt::LeftButton);
    QTRY_VERIFY(!message().isEmpty());
    QVERIFY2(message().contains(QStringLiteral("refused the connection")), qPrintable(message()));
    QVERIFY(!m_window->session()->isLoggedIn());
    m_sim = std::make_unique<IcwsSim::Simulator>(IcwsSim::Config());
}

void tst_MainWindow::callNotActiveShows400()
{
    start();
    m_sim->config().inactiveCalls.insert(Call);
    QVERIFY(logIn());
    typeCorrection();
    QTest::mouseClick(child<QPushButton>("send_button"), Qt::LeftButton);
    QTRY_COMPARE(messageType(), CallData::MessageBar::Type::Error);
    QTRY_VERIFY(message().contains(QStringLiteral("HTTP 400")));
    const QString text = message();
    QVERIFY2(text.contains(QStringLiteral("error.request.dialer.callNotActive")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("The call is not active.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("only be updated while the call is active")), qPrintable(text));
    QVERIFY(m_window->model()->isModified());
    QVERIFY(m_window->session()->isLoggedIn());
    verifyEditsKept();
    m_window->resize(900, 720);
    QVERIFY(TestScreenshots::saveLightAndDark(m_window.get(), QStringLiteral("mainwindow-error-400")));
}

void tst_MainWindow::unauthorizedMidSessionThenReloginAndResend()
{
    start();
    QVERIFY(logIn());
    m_window->session()->setPollingIntervalMs(600000); // no polls: the send itself meets the 401
    typeCorrection();
    m_sim->dropAllSessions();
    QTest::mouseClick(child<QPushButton>("send_button"), Qt::LeftButton);
    QTRY_VERIFY(message().contains(QStringLiteral("HTTP 401")));
    QCOMPARE(messageType(), CallData::MessageBar::Type::Error);
    QVERIFY2(message().contains(QStringLiteral("Log in again")), qPrintable(message()));
    QCOMPARE(m_window->session()->state(), CallData::SessionController::State::SessionEnded);
    QVERIFY(!child<QPushButton>("send_button")->isEnabled());
    QVERIFY(child<QLabel>("connection_label")->text().startsWith(QStringLiteral("Session ended")));
    verifyEditsKept();

    // One action logs in again and, after confirmation, re-sends the same correction.
    QPushButton *action = m_window->messageBar()->actionButton();
    QVERIFY(action->isVisible());
    QCOMPARE(action->text(), QStringLiteral("Log in again and re-send"));
    QTest::mouseClick(action, Qt::LeftButton);
    QTRY_COMPARE(m_sim->acceptedUpdateCount(), 1);
    QCOMPARE(m_resendAsked.size(), 1);
    QVERIFY2(m_resendAsked.first().contains(QStringLiteral("2 attributes for call 4711 in campaign C-100")),
             qPrintable(m_resendAsked.first()));
    QTRY_COMPARE(messageType(), CallData::MessageBar::Type::Success);
    QVERIFY(message().startsWith(QStringLiteral("Accepted by the server (202)")));
    verifyEditsKept();
}

void tst_MainWindow::connectionDownWhilePolling()
{
    start();
    m_sim->config().connectionDownAfterPolls = 1;
    QVERIFY(logIn());
    typeCorrection();
    m_window->session()->setPollingIntervalMs(100);
    QTRY_COMPARE(m_window->session()->state(), CallData::SessionController::State::SessionEnded);
    QCOMPARE(messageType(), CallData::MessageBar::Type::Warning);
    QVERIFY2(message().contains(QStringLiteral("The session was closed by an administrator.")),
             qPrintable(message()));
    QVERIFY(message().contains(QStringLiteral("Your edits are kept")));
    QCOMPARE(m_window->messageBar()->actionButton()->text(), QStringLiteral("Log in again"));
    verifyEditsKept();

    m_sim->config().connectionDownAfterPolls = 0;
    QTest::mouseClick(m_window->messageBar()->actionButton(), Qt::LeftButton);
    QTRY_VERIFY(m_window->session()->isLoggedIn());
    QVERIFY(m_resendAsked.isEmpty()); // nothing had failed to send
    QCOMPARE(m_sim->acceptedUpdateCount(), 0);
    verifyEditsKept();
}

void tst_MainWindow::unreachableServerWhilePollingIsShown()
{
    start();
    QVERIFY(logIn());
    typeCorrection();
    auto *label = child<QLabel>("connection_label");
    QVERIFY(!label->text().contains(QStringLiteral("keep-alive")));
    // The server goes away: the polls fail, the indicator says so, and the session is not given up.
    const quint16 port = m_sim->port();
    m_sim.reset();
    m_window->session()->setPollingIntervalMs(100);
    QTRY_VERIFY2(label->text().contains(QStringLiteral("No answer to the keep-alive since")),
                 qPrintable(label->text()));
    QVERIFY2(label->text().contains(QStringLiteral("refused the connection")), qPrintable(label->text()));
    QVERIFY(m_window->session()->isLoggedIn());
    verifyEditsKept();
    m_window->resize(900, 720);
    QVERIFY(
        TestScreenshots::saveLightAndDark(m_window.get(), QStringLiteral("mainwindow-keepalive-trouble")));

    // It comes back on the same port (the old session is gone there): the next poll's 401 ends it.
    IcwsSim::Config config;
    m_sim = std::make_unique<IcwsSim::Simulator>(config);
    QVERIFY(m_sim->listen(QHostAddress::LocalHost, port));
    QTRY_COMPARE(m_window->session()->state(), CallData::SessionController::State::SessionEnded);
    QVERIFY(!label->text().contains(QStringLiteral("keep-alive")));
    verifyEditsKept();
}

void tst_MainWindow::escCancelsASlowLogin()
{
    IcwsSim::Config config;
    config.delayMs = 5000;
    start(config);
    QSignalSpy received(m_sim.get(), &IcwsSim::Simulator::requestReceived);
    typeLogin();
    QTRY_COMPARE(m_window->session()->activity(), CallData::SessionController::Activity::LoggingIn);
    QVERIFY(received.wait());
    key(Qt::Key_Escape);
    QTRY_COMPARE(m_window->session()->state(), CallData::SessionController::State::LoggedOut);
    QCOMPARE(messageType(), CallData::MessageBar::Type::Warning);
    QVERIFY2(message().contains(QStringLiteral("canceled")), qPrintable(message()));
    QCOMPARE(child<QLineEdit>("password_edit")->text(), Password);
    QVERIFY(child<QPushButton>("login_button")->isEnabled());
}

void tst_MainWindow::goneShows410()
{
    start();
    m_sim->config().updateStatus = 410;
    QVERIFY(logIn());
    typeCorrection();
    QTest::mouseClick(child<QPushButton>("send_button"), Qt::LeftButton);
    QTRY_VERIFY(message().contains(QStringLiteral("HTTP 410")));
    QVERIFY2(message().contains(QStringLiteral("error.request.gone")), qPrintable(message()));
    QVERIFY(message().contains(QStringLiteral("administrator")));
    verifyEditsKept();
}

void tst_MainWindow::serverErrorWithHtmlBody()
{
    start();
    m_sim->config().updateStatus = 500;
    m_sim->config().errorBodyHtml = true;
    QVERIFY(logIn());
    typeCorrection();
    QTest::mouseClick(child<QPushButton>("send_button"), Qt::LeftButton);
    QTRY_VERIFY(message().contains(QStringLiteral("HTTP 500")));
    QVERIFY2(!message().contains(QStringLiteral("<html")), qPrintable(message()));
    QVERIFY(message().contains(QStringLiteral("Try again")));
    verifyEditsKept();
}

void tst_MainWindow::timeoutThenCancel()
{
    start();
    QVERIFY(logIn());
    m_window->session()->setPollingIntervalMs(600000);
    typeCorrection();

    m_sim->config().delayMs = 3000;
    m_window->session()->setTimeoutMs(300);
    QTest::mouseClick(child<QPushButton>("send_button"), Qt::LeftButton);
    QTRY_VERIFY(message().contains(QStringLiteral("did not answer in time")));
    QCOMPARE(messageType(), CallData::MessageBar::Type::Error);
    verifyEditsKept();

    m_window->session()->setTimeoutMs(20000);
    QTest::mouseClick(child<QPushButton>("send_button"), Qt::LeftButton);
    QTRY_VERIFY(child<QProgressBar>("busy_indicator")->isVisible());
    QVERIFY(child<QPushButton>("cancel_button")->isEnabled());
    QVERIFY(!child<QPushButton>("send_button")->isEnabled());
    key(Qt::Key_Escape); // Esc cancels the running request
    QTRY_VERIFY(message().contains(QStringLiteral("canceled")));
    QCOMPARE(messageType(), CallData::MessageBar::Type::Warning);
    QVERIFY(!child<QProgressBar>("busy_indicator")->isVisible());
    QVERIFY(child<QPushButton>("send_button")->isEnabled());
    verifyEditsKept();
}

void tst_MainWindow::sendCannotRunTwice()
{
    start();
    QVERIFY(logIn());
    typeCorrection();
    m_sim->config().delayMs = 300;
    auto *send = child<QPushButton>("send_button");
    QTest::mouseClick(send, Qt::LeftButton);
    QTest::mouseClick(send, Qt::LeftButton);
    m_window->sessionFlow()->send();
    key(Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(messageType(), CallData::MessageBar::Type::Success);
    QTRY_VERIFY(message().startsWith(QStringLiteral("Accepted")));
    QCOMPARE(updateRequests(), 1);
}

void tst_MainWindow::untrustedCertificateTrustThenSuccess()
{
    startTls(QStringLiteral("server.pem"), QStringLiteral("server-key.pem"));
    QVERIFY(m_sim->isTls());
    QString dialogText;
    m_trustAnswer = [&dialogText](const Icws::CertificateInfo &certificate) {
        // The real dialog, answered without blocking.
        CallData::CertificateDialog dialog(certificate);
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        for (const QLabel *label : labels)
            dialogText += label->text() + QLatin1Char('\n');
        auto *changed = dialog.findChild<QLabel *>(QStringLiteral("changed_warning_label"));
        if (!changed || changed->isVisibleTo(&dialog))
            return false;
        QPushButton *trust = dialog.trustButton();
        if (!trust->isEnabled())
            return false;
        if (!TestScreenshots::saveLightAndDark(&dialog, QStringLiteral("certificate-dialog")))
            qWarning("Could not save the certificate-dialog screenshots");
        trust->click();
        return dialog.result() == QDialog::Accepted;
    };
    typeCorrection();
    typeLogin();
    QTRY_VERIFY(m_window->session()->isLoggedIn());
    QCOMPARE(m_trustAsked.size(), 1);
    const Icws::CertificateInfo certificate = m_trustAsked.first();
    const QString hostPort = QStringLiteral("127.0.0.1:%1").arg(m_sim->port());
    QCOMPARE(certificate.hostPort, hostPort);
    QVERIFY(!certificate.pinMismatch);
    QVERIFY2(dialogText.contains(hostPort), qPrintable(dialogText));
    QVERIFY(dialogText.contains(QStringLiteral("localhost"))); // subject CN
    QVERIFY(dialogText.contains(QStringLiteral("Call Data Editor Test CA"))); // issuer
    QVERIFY(dialogText.contains(certificate.sha256Hex().left(47)));
    QCOMPARE(m_settings->certificatePin(hostPort), certificate.sha256);

    QTest::mouseClick(child<QPushButton>("send_button"), Qt::LeftButton);
    QTRY_COMPARE(m_sim->acceptedUpdateCount(), 1);
    QTRY_VERIFY(message().startsWith(QStringLiteral("Accepted by the server (202)")));
    verifyEditsKept();
}

void tst_MainWindow::changedCertificateIsRefusedLoudly()
{
    startTls(QStringLiteral("other.pem"), QStringLiteral("other-key.pem"));
    const QString hostPort = QStringLiteral("127.0.0.1:%1").arg(m_sim->port());
    const QByteArray oldPin(32, '\x42');
    m_settings->setCertificatePin(hostPort, oldPin);
    bool warned = false;
    bool trustOffered = true;
    m_trustAnswer = [&](const Icws::CertificateInfo &certificate) {
        CallData::CertificateDialog dialog(certificate);
        auto *changed = dialog.findChild<QLabel *>(QStringLiteral("changed_warning_label"));
        warned =
            changed && changed->isVisibleTo(&dialog) && changed->text().contains(QStringLiteral("CHANGED"));
        trustOffered = dialog.trustButton()->isEnabled();
        if (!TestScreenshots::saveLightAndDark(&dialog, QStringLiteral("certificate-changed-dialog")))
            qWarning("Could not save the certificate-changed-dialog screenshots");
        dialog.cancelButton()->click();
        return dialog.result() == QDialog::Accepted;
    };
    typeCorrection();
    typeLogin();
    QTRY_COMPARE(m_trustAsked.size(), 1);
    QVERIFY(m_trustAsked.first().pinMismatch);
    QVERIFY(warned);
    QVERIFY(!trustOffered);
    QTRY_VERIFY(message().contains(QStringLiteral("different certificate")));
    QCOMPARE(messageType(), CallData::MessageBar::Type::Error);
    QVERIFY(message().contains(QStringLiteral("SHA-256")));
    QVERIFY(!m_window->session()->isLoggedIn());
    QCOMPARE(m_settings->certificatePin(hostPort), oldPin);
    verifyEditsKept();
}

void tst_MainWindow::pasteCopyUndoRedoDeleteByKeyboard()
{
    start();
    auto *view = child<QAbstractItemView>("call_data_view");
    QGuiApplication::clipboard()->setText(QStringLiteral("Name\tAnn Lee\nCity\tBerlin\nZip\t10115\n"));
    view->setFocus();
    key(Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(m_window->model()->rowCount(), 3);
    QCOMPARE(m_window->model()->attribute(2), Attribute(QStringLiteral("Zip"), QStringLiteral("10115")));
    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(m_window->model()->rowCount(), 0);
    key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->model()->rowCount(), 3);

    // Comma-separated rows paste too.
    QGuiApplication::clipboard()->setText(QStringLiteral("Email,ann@example.com\n"));
    view->setCurrentIndex(m_window->model()->index(2, 0));
    key(Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(m_window->model()->rowCount(), 4);
    QCOMPARE(m_window->model()->attribute(3).first, QStringLiteral("Email"));

    // Delete removes the selected rows.
    view->setFocus();
    view->setCurrentIndex(m_window->model()->index(0, 1));
    view->selectionModel()->select(m_window->model()->index(0, 1), QItemSelectionModel::ClearAndSelect);
    key(Qt::Key_Delete);
    QCOMPARE(m_window->model()->rowCount(), 3);
    QCOMPARE(m_window->model()->attribute(0).first, QStringLiteral("City"));

    // Copy: the selection, or every row when nothing is selected.
    view->clearSelection();
    key(Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), CallData::toTsv(m_window->model()->attributes()));
    QVERIFY(message().startsWith(QStringLiteral("Copied 3 rows")));

    // Insert adds a row and starts editing its key.
    view->setFocus();
    key(Qt::Key_Insert);
    QCOMPARE(m_window->model()->rowCount(), 4);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && view->isAncestorOf(editor));
    QTest::keyClicks(editor, QStringLiteral("name")); // a duplicate of nothing now: "Name" was deleted
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_window->model()->attribute(3).first, QStringLiteral("name"));
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view));

    // A malformed paste is refused inline and changes nothing.
    QGuiApplication::clipboard()->setText(QStringLiteral("a\tb\tc\n"));
    view->setFocus();
    key(Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(m_window->model()->rowCount(), 4);
    QCOMPARE(messageType(), CallData::MessageBar::Type::Error);
}

void tst_MainWindow::importFileReplacesRows()
{
    start();
    const QString path = m_dir->filePath(QStringLiteral("rows.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"Name":"Ann","City":"Berlin"})");
    file.close();
    m_importPath = path;
    m_window->model()->addRow();
    key(Qt::Key_Escape);
    child<QLineEdit>("call_edit")->setFocus();
    key(Qt::Key_O, Qt::ControlModifier);
    QCOMPARE(m_window->model()->rowCount(), 2);
    QVERIFY(message().contains(QStringLiteral("rows.json")));
    m_window->model()->undoStack()->undo();
    QCOMPARE(m_window->model()->rowCount(), 1);

    const QString bad = m_dir->filePath(QStringLiteral("bad.json"));
    QFile badFile(bad);
    QVERIFY(badFile.open(QIODevice::WriteOnly));
    badFile.write(R"({"Name": 5})");
    badFile.close();
    m_window->correctionPanel()->importFile(bad);
    QCOMPARE(messageType(), CallData::MessageBar::Type::Error);
    QVERIFY(message().startsWith(QStringLiteral("Could not import bad.json")));
    QCOMPARE(m_window->model()->rowCount(), 1);
}

void tst_MainWindow::invalidRowsBlockSend()
{
    start();
    QVERIFY(logIn());
    typeCorrection();
    QTRY_VERIFY(child<QPushButton>("send_button")->isEnabled());
    typeRow(QStringLiteral("name"), QStringLiteral("dup"));
    QTRY_VERIFY(!child<QPushButton>("send_button")->isEnabled());
    auto *summary = child<QLabel>("summary_label");
    QVERIFY2(summary->text().contains(QStringLiteral("repeats row 1")), qPrintable(summary->text()));
    const QModelIndex key = m_window->model()->index(2, 0);
    QVERIFY(key.data(Qt::ToolTipRole).toString().contains(QStringLiteral("ignoring case")));
    m_window->model()->undoStack()->undo(); // the value edit
    m_window->model()->undoStack()->undo(); // the key edit
    m_window->model()->undoStack()->undo(); // the added row
    QTRY_VERIFY(child<QPushButton>("send_button")->isEnabled());

    child<QLineEdit>("call_edit")->clear();
    QVERIFY(!child<QPushButton>("send_button")->isEnabled());
    QVERIFY(child<QLabel>("send_hint_label")->text().contains(QStringLiteral("Call ID")));
}

void tst_MainWindow::closeWithUnsentEditsAsks()
{
    start();
    typeCorrection();
    m_discardAnswer = false;
    QVERIFY(!m_window->close());
    QCOMPARE(m_discardAsked.size(), 1);
    QVERIFY(m_window->isVisible());
    verifyEditsKept();
    m_discardAnswer = true;
    QVERIFY(m_window->close());
    QCOMPARE(m_discardAsked.size(), 2);
}

void tst_MainWindow::closingLogsOut()
{
    start();
    QVERIFY(logIn());
    QCOMPARE(m_sim->activeSessionCount(), 1);
    QVERIFY(m_window->close());
    QVERIFY(!m_settings->windowGeometry().isEmpty());
    m_window.reset();
    QCOMPARE(m_sim->activeSessionCount(), 0);
    bool deleted = false;
    for (const IcwsSim::RecordedRequest &request : m_sim->requests())
        deleted =
            deleted || (request.method == "DELETE" && request.path.endsWith(QLatin1String("/connection")));
    QVERIFY(deleted);
}

void tst_MainWindow::rememberPasswordInKeychain()
{
    start();
    auto *remember = child<QCheckBox>("remember_password_check");
    QVERIFY(remember->isEnabled());
    remember->setChecked(true);
    QVERIFY(logIn());
    const QString keychainKey =
        CallData::CredentialStore::keyFor(User, QStringLiteral("127.0.0.1:%1").arg(m_sim->port()));
    QTRY_VERIFY(m_store->contains(keychainKey));
    QVERIFY(m_settings->rememberPassword());

    // A new window with the same settings fills the password from the keychain.
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_network.get(), m_settings.get(), m_store.get());
    m_window->show();
    QTRY_COMPARE(child<QLineEdit>("password_edit")->text(), Password);
    QVERIFY(child<QCheckBox>("remember_password_check")->isChecked());
}

void tst_MainWindow::noKeychainIsSaidPlainly()
{
    m_store = std::make_unique<CallData::MemoryCredentialStore>();
    m_store->setSupported(false);
    start();
    auto *remember = child<QCheckBox>("remember_password_check");
    QVERIFY(!remember->isEnabled());
    QVERIFY2(remember->text().contains(QStringLiteral("no keychain")), qPrintable(remember->text()));
    QVERIFY(logIn()); // logging in works without a keychain
    QVERIFY(!remember->isChecked());
}

void tst_MainWindow::launchOptionsPrefill()
{
    start();
    CallData::LaunchOptions options;
    QString error;
    QVERIFY(CallData::parseLaunchOptions({QStringLiteral("calldata-editor"), QStringLiteral("--server"),
                                          serverAddress(), QStringLiteral("--user"), User,
                                          QStringLiteral("--campaign"), Campaign, QStringLiteral("--call"),
                                          Call, QStringLiteral("--set"), QStringLiteral("Name=Ann Lee"),
                                          QStringLiteral("--set"), QStringLiteral("City=Berlin")},
                                         &options, &error));
    m_window->applyLaunchOptions(options);
    QCOMPARE(child<QComboBox>("server_combo")->currentText(), serverAddress());
    QCOMPARE(child<QLineEdit>("user_edit")->text(), User);
    verifyEditsKept();
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>("password_edit"));
    QTest::keyClicks(child<QLineEdit>("password_edit"), Password);
    QTest::keyClick(child<QLineEdit>("password_edit"), Qt::Key_Enter);
    QTRY_VERIFY(m_window->session()->isLoggedIn());
    QTRY_VERIFY(child<QPushButton>("send_button")->isEnabled());
}

void tst_MainWindow::languageChoiceIsRemembered()
{
    start();
    QAction *german = child<QAction>("language_action_de");
    QVERIFY(german);
    // Every embedded translation is offered, named in its own language.
    QCOMPARE(german->text(), QStringLiteral("Deutsch"));
    QCOMPARE(child<QAction>("language_action_fr")->text(), QStringLiteral("Fran\u00e7ais"));
    QCOMPARE(child<QMenu>("language_menu")->actions().size(),
             2 + QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("calldata-editor_*.qm")}).size());
    QVERIFY(child<QAction>("language_action_system")->isChecked());
    german->trigger();
    QCOMPARE(m_settings->language(), QStringLiteral("de"));
    QVERIFY(german->isChecked());
    QVERIFY(message().contains(QStringLiteral("next time")));
    QCOMPARE(messageType(), CallData::MessageBar::Type::Info);
    child<QAction>("language_action_system")->trigger();
    QVERIFY(m_settings->language().isEmpty());
}

void tst_MainWindow::loginIsRefusedWhileLoggedIn()
{
    start();
    QVERIFY(logIn());
    QCOMPARE(m_sim->activeSessionCount(), 1);
    // A second login must not drop the live session without telling the server.
    QString error;
    QVERIFY(!m_window->session()->login(serverAddress(), User, Password, &error));
    QVERIFY2(error.contains(QStringLiteral("log out first")), qPrintable(error));
    QVERIFY(m_window->session()->isLoggedIn());
    QCOMPARE(m_window->session()->activity(), CallData::SessionController::Activity::Idle);
    QCOMPARE(m_sim->activeSessionCount(), 1);
    typeCorrection();
    QTest::mouseClick(child<QPushButton>("send_button"), Qt::LeftButton);
    QTRY_COMPARE(m_sim->acceptedUpdateCount(), 1); // the session still works
}

void tst_MainWindow::logoutCancelsRunningLogin()
{
    start();
    typeCorrection();
    m_sim->config().delayMs = 1000;
    CallData::SessionController *session = m_window->session();
    QSignalSpy loginSpy(session, &CallData::SessionController::loginFinished);
    QSignalSpy loggedOutSpy(session, &CallData::SessionController::loggedOut);
    typeLogin();
    QCOMPARE(session->activity(), CallData::SessionController::Activity::LoggingIn);
    session->logout();
    // The login ends (as canceled) before the logout does, so it cannot log in afterwards.
    QTRY_COMPARE(loggedOutSpy.count(), 1);
    QCOMPARE(loginSpy.count(), 1);
    QCOMPARE(loginSpy.first().first().value<Icws::Result>().outcome, Icws::Outcome::Canceled);
    QCOMPARE(session->state(), CallData::SessionController::State::LoggedOut);
    QCOMPARE(session->activity(), CallData::SessionController::Activity::Idle);
    QVERIFY(child<QPushButton>("login_button")->isEnabled());
    QVERIFY(child<QLineEdit>("password_edit")->isEnabled());
    verifyEditsKept();
}

void tst_MainWindow::logoutCancelsRunningSend()
{
    start();
    QVERIFY(logIn());
    m_window->session()->setPollingIntervalMs(600000);
    typeCorrection();
    CallData::SessionController *session = m_window->session();
    QSignalSpy updateSpy(session, &CallData::SessionController::updateFinished);
    m_sim->config().delayMs = 1000;
    m_window->sessionFlow()->send();
    QCOMPARE(session->activity(), CallData::SessionController::Activity::Sending);
    session->logout();
    // The send is over at once (canceled); only the logout itself is still on its way.
    QCOMPARE(updateSpy.count(), 1);
    QCOMPARE(updateSpy.first().first().value<Icws::Result>().outcome, Icws::Outcome::Canceled);
    QCOMPARE(session->activity(), CallData::SessionController::Activity::LoggingOut);
    QTRY_COMPARE(session->state(), CallData::SessionController::State::LoggedOut);
    QCOMPARE(session->activity(), CallData::SessionController::Activity::Idle);
    QTRY_COMPARE(m_sim->activeSessionCount(), 0); // told the server
    QVERIFY(m_window->model()->isModified());
    verifyEditsKept();
}

void tst_MainWindow::pasteReplacesJustAddedEmptyRow()
{
    start();
    auto *view = child<QAbstractItemView>("call_data_view");
    view->setFocus();
    key(Qt::Key_N, Qt::ControlModifier); // adds a row and opens its key editor
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && view->isAncestorOf(editor));
    QTest::keyClick(editor, Qt::Key_Escape); // Esc leaves the editor (no request runs)
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view));
    QCOMPARE(m_window->model()->rowCount(), 1);

    QGuiApplication::clipboard()->setText(QStringLiteral("Name\tAnn Lee\nCity\tBerlin\n"));
    key(Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(m_window->model()->attributes(),
             (QList<Attribute> {{QStringLiteral("Name"), QStringLiteral("Ann Lee")},
                                {QStringLiteral("City"), QStringLiteral("Berlin")}}));
    QVERIFY(!m_window->model()->hasErrors());
    key(Qt::Key_Z, Qt::ControlModifier); // one step: the empty row is back
    QCOMPARE(m_window->model()->attributes(), QList<Attribute> {Attribute()});
    key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->model()->rowCount(), 2);
}

void tst_MainWindow::editingKeysStayInTextFields()
{
    start();
    QGuiApplication::clipboard()->setText(QStringLiteral("Name\tAnn Lee\n"));
    auto *view = child<QAbstractItemView>("call_data_view");
    view->setFocus();
    key(Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(m_window->model()->rowCount(), 1);
    const int undoIndex = m_window->model()->undoStack()->index();

    // In a text field Ctrl+V, Ctrl+Z, Ctrl+C and Delete edit the text, not the table.
    auto *call = child<QLineEdit>("call_edit");
    call->setFocus();
    QGuiApplication::clipboard()->setText(QStringLiteral("4711"));
    key(Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(call->text(), QStringLiteral("4711"));
    key(Qt::Key_Home);
    key(Qt::Key_Delete);
    QCOMPARE(call->text(), QStringLiteral("711"));
    key(Qt::Key_A, Qt::ControlModifier);
    key(Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("711"));
    key(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(call->text(), QStringLiteral("4711"));
    QCOMPARE(m_window->model()->rowCount(), 1);
    QCOMPARE(m_window->model()->undoStack()->index(), undoIndex);

    // The same inside a cell editor.
    view->setFocus();
    view->setCurrentIndex(m_window->model()->index(0, CallData::CallDataModel::ValueColumn));
    key(Qt::Key_F2);
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && view->isAncestorOf(editor));
    QGuiApplication::clipboard()->setText(QStringLiteral("Berlin"));
    key(Qt::Key_End);
    key(Qt::Key_V, Qt::ControlModifier);
    key(Qt::Key_Home);
    key(Qt::Key_Delete);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_window->model()->attribute(0),
                 Attribute(QStringLiteral("Name"), QStringLiteral("nn LeeBerlin")));
    QCOMPARE(m_window->model()->rowCount(), 1);
}

void tst_MainWindow::statusLabelsAreReadByAssistiveTechnology()
{
    start();
    QVERIFY(logIn());
    auto accessibleName = [](QWidget *widget) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        return iface ? iface->text(QAccessible::Name) : QString();
    };
    // A label's accessible name is what a screen reader says: it must be the text shown.
    auto *connection = child<QLabel>("connection_label");
    QVERIFY(connection->text().startsWith(QStringLiteral("Connected to 127.0.0.1")));
    QCOMPARE(accessibleName(connection), connection->text());
    typeCorrection();
    auto *summary = child<QLabel>("summary_label");
    QVERIFY(summary->text().contains(QStringLiteral("2 attributes ready to send")));
    QCOMPARE(accessibleName(summary), summary->text());
    QTest::mouseClick(child<QPushButton>("send_button"), Qt::LeftButton);
    QTRY_VERIFY(message().startsWith(QStringLiteral("Accepted by the server (202)")));
    QCOMPARE(accessibleName(child<QLabel>("message_text")), message());
}

void tst_MainWindow::keychainAnswerDuringTeardownIsIgnored()
{
    start();
    QVERIFY(logIn());
    // The logout on teardown waits for the server; a keychain answer arriving meanwhile must not
    // reach the half-destroyed window (under ASan this was a heap-use-after-free of its form).
    m_sim->config().delayMs = 300;
    m_store->setSupported(false);
    m_store->readPassword(
        CallData::CredentialStore::keyFor(User, QStringLiteral("127.0.0.1:%1").arg(m_sim->port())));
    QSignalSpy answered(m_store.get(), &CallData::CredentialStore::passwordRead);
    QVERIFY(m_window->close());
    m_window.reset();
    QCOMPARE(answered.count(), 1); // it arrived while the window was being destroyed
    QCOMPARE(m_sim->activeSessionCount(), 0);
}

void tst_MainWindow::dockPanelVisibilityIsRemembered()
{
    start();
    auto *viewMenu = child<QMenu>("view_menu");
    QVERIFY(viewMenu);
    auto addSidePanel = [this]() {
        return m_window->addDockPanel(new QLabel(QStringLiteral("side")), QStringLiteral("Side"),
                                      QStringLiteral("side_dock"));
    };
    // Closing saves the window state; a new window (the next start) restores it.
    auto reopen = [this]() {
        QVERIFY(m_window->close());
        m_window = std::make_unique<MainWindow>(m_network.get(), m_settings.get(), m_store.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    };

    QDockWidget *dock = addSidePanel();
    QVERIFY(viewMenu->menuAction()->isVisible());
    QVERIFY(viewMenu->actions().contains(dock->toggleViewAction()));
    QVERIFY(!dock->isVisible()); // a new panel starts hidden
    dock->toggleViewAction()->trigger(); // View → Side
    QTRY_VERIFY(dock->isVisible());
    m_window->resizeDocks({dock}, {260}, Qt::Horizontal);
    QTRY_COMPARE(dock->width(), 260);

    reopen();
    dock = addSidePanel();
    QTRY_VERIFY(dock->isVisible());
    QVERIFY(dock->toggleViewAction()->isChecked());
    QCoreApplication::processEvents(); // the restored layout is applied
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QEXPECT_FAIL("",
                 "Qt 6.8 gives a dock added after start its place back but 17 px less width (243 of 260); "
                 "restoreState() again does not change that",
                 Continue);
#endif
    QCOMPARE(dock->width(), 260);
    dock->toggleViewAction()->trigger();
    QVERIFY(!dock->isVisible());

    reopen();
    dock = addSidePanel();
    QCoreApplication::processEvents();
    QVERIFY(!dock->isVisible()); // closed stays closed
}

void tst_MainWindow::loginFormFoldsIntoConnectionBar()
{
    start();
    auto *form = child<QWidget>("login_panel");
    auto *bar = child<QWidget>("connection_bar");
    auto *logout = child<QPushButton>("logout_button");
    QVERIFY(form->isVisible());
    QVERIFY(!bar->isVisible()); // logged out, the form alone says so
    const int tableHeight = child<QWidget>("call_data_view")->height();

    QVERIFY(logIn());
    QTRY_VERIFY(!form->isVisible());
    QVERIFY(bar->isVisible() && logout->isVisible() && logout->isEnabled());
    QCOMPARE(child<QLabel>("connection_label")->text(),
             QStringLiteral("Connected to 127.0.0.1 \u2014 Demo Supervisor \u2014 server 2018 R5 Patch 3"));
    QTRY_VERIFY(child<QWidget>("call_data_view")->height() > tableHeight); // the room goes to the work
    child<QComboBox>("campaign_combo")->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    // Log out unfolds the form with server and user kept, ready for the password.
    QTest::mouseClick(logout, Qt::LeftButton);
    QTRY_VERIFY(form->isVisible());
    QVERIFY(!bar->isVisible());
    QCOMPARE(child<QComboBox>("server_combo")->currentText(), serverAddress());
    QCOMPARE(child<QLineEdit>("user_edit")->text(), User);
    QVERIFY(child<QLineEdit>("password_edit")->text().isEmpty());
    QVERIFY(child<QLineEdit>("password_edit")->isEnabled());

    // A session the server ends unfolds it too, under the red "Session ended" line.
    QVERIFY(logIn());
    QTRY_VERIFY(!form->isVisible());
    m_sim->dropAllSessions();
    m_window->session()->setPollingIntervalMs(50); // the next poll meets the 401
    QTRY_COMPARE(m_window->session()->state(), CallData::SessionController::State::SessionEnded);
    QVERIFY(form->isVisible());
    QVERIFY(bar->isVisible() && !logout->isVisible());
    QVERIFY(child<QLabel>("connection_label")->text().startsWith(QStringLiteral("Session ended")));
    QCOMPARE(child<QComboBox>("server_combo")->currentText(), serverAddress());
    QCOMPARE(child<QLineEdit>("user_edit")->text(), User);
    QVERIFY(child<QLineEdit>("password_edit")->isEnabled());
}

void tst_MainWindow::fitsASmallLaptopInEveryLanguage()
{
    // 900x500 logical pixels is a 1366x768 laptop at 150 %. Every shipped language is checked,
    // whatever .qm files the build embeds, so a new language is covered without touching this.
    QStringList languages {QStringLiteral("en")};
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("calldata-editor_*.qm")});
    for (const QString &file : files)
        languages << file.mid(int(qstrlen("calldata-editor_"))).chopped(3);
    QVERIFY2(languages.size() >= 3, qPrintable(languages.join(QLatin1Char(' '))));

    const QSize small(900, 500);
    for (const QString &language : std::as_const(languages)) {
        QTranslator translator;
        if (language != QStringLiteral("en")) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/calldata-editor_%1.qm").arg(language)));
            QVERIFY(QCoreApplication::installTranslator(&translator));
        }
        m_window.reset(); // the old window must go before the network it uses
        start();
        m_window->resize(small);
        QCOMPARE(m_window->size(), small);
        qInfo("%s: minimum size hint %dx%d", qPrintable(language), m_window->minimumSizeHint().width(),
              m_window->minimumSizeHint().height());
        QVERIFY2(m_window->minimumSizeHint().boundedTo(small) == m_window->minimumSizeHint(),
                 qPrintable(QStringLiteral("%1: minimum size hint %2x%3")
                                .arg(language)
                                .arg(m_window->minimumSizeHint().width())
                                .arg(m_window->minimumSizeHint().height())));

        auto verifyUsable = [&](const QString &state, const QList<const char *> &names) {
            QCoreApplication::processEvents();
            QVERIFY(TestScreenshots::saveLightAndDark(
                m_window.get(), QStringLiteral("mainwindow-900x500-%1-%2").arg(language, state)));
            for (const char *name : names) {
                auto *widget = child<QWidget>(name);
                const QString where = QStringLiteral("%1, %2: %3").arg(language, state, QLatin1String(name));
                QVERIFY2(widget, qPrintable(where));
                QVERIFY2(widget->isVisible(), qPrintable(where + QStringLiteral(" is hidden")));
                const QRect rect(widget->mapTo(m_window.get(), QPoint(0, 0)), widget->size());
                QVERIFY2(!rect.isEmpty() && m_window->rect().contains(rect),
                         qPrintable(where + QStringLiteral(" lies outside the window")));
            }
            // The table has room for a few rows, not just its header.
            auto *view = child<QTableView>("call_data_view");
            QVERIFY2(view->viewport()->height() >= 3 * view->verticalHeader()->defaultSectionSize(),
                     qPrintable(QStringLiteral("%1, %2: table %3 px high")
                                    .arg(language, state)
                                    .arg(view->viewport()->height())));
        };

        // Logged out, with one of the longest messages showing: a refused login.
        typeCorrection();
        typeLogin(QStringLiteral("wrong"));
        QTRY_COMPARE(messageType(), CallData::MessageBar::Type::Error);
        verifyUsable(QStringLiteral("logged-out"),
                     {"server_combo", "user_edit", "password_edit", "remember_password_check", "login_button",
                      "message_bar", "campaign_combo", "call_edit", "call_data_view", "table_toolbar",
                      "summary_label", "send_button", "cancel_button"});

        // Logged in, the form folds into the connection bar.
        QVERIFY(logIn());
        QTRY_VERIFY(m_window->messageBar()->isVisible());
        QVERIFY(!child<QWidget>("login_panel")->isVisible());
        verifyUsable(QStringLiteral("logged-in"),
                     {"connection_label", "logout_button", "message_bar", "campaign_combo", "call_edit",
                      "call_data_view", "table_toolbar", "summary_label", "send_button", "cancel_button"});
        QVERIFY(child<QPushButton>("send_button")->isEnabled());

        // The session ended: the form unfolds below the red connection line, with a message and
        // its "Log in again and re-send" button.
        m_window->session()->setPollingIntervalMs(600000);
        m_sim->dropAllSessions();
        QTest::mouseClick(child<QPushButton>("send_button"), Qt::LeftButton);
        QTRY_COMPARE(m_window->session()->state(), CallData::SessionController::State::SessionEnded);
        verifyUsable(QStringLiteral("session-ended"),
                     {"connection_label", "server_combo", "password_edit", "login_button", "message_bar",
                      "message_action_button", "campaign_combo", "call_edit", "call_data_view",
                      "table_toolbar", "summary_label", "send_button"});
        QCoreApplication::removeTranslator(&translator);
    }
}

// The first start (no size remembered) opened at the form's bare minimum, 584x490: with the Live
// calls panel open (--agents) the table scrolled sideways and "On the call now" was cut off.
void tst_MainWindow::firstStartOpensWithRoomForTheTableAndASidePanel()
{
    start();
    CallData::AppSettings firstStart(m_dir->filePath(QStringLiteral("first-start.ini")));
    QVERIFY(firstStart.windowGeometry().isEmpty());
    const MainWindow window(m_network.get(), &firstStart, m_store.get());
    const QSize available = window.screen()->availableGeometry().size();
    // 1000x640, or nine tenths of a smaller screen.
    QCOMPARE(window.size(), QSize(1000, 640).boundedTo(available * 0.9).expandedTo(window.minimumSizeHint()));
    QVERIFY2(window.width() > 650 && window.height() > 500,
             qPrintable(QStringLiteral("%1x%2").arg(window.width()).arg(window.height())));
}

void tst_MainWindow::screenshot()
{
    start();
    QVERIFY(logIn());
    typeCorrection();
    typeRow(QStringLiteral("status"), QStringLiteral("J"));
    QTest::mouseClick(child<QPushButton>("send_button"), Qt::LeftButton);
    QTRY_VERIFY(message().startsWith(QStringLiteral("Accepted by the server (202)")));
    m_window->resize(900, 720);
    QVERIFY(TestScreenshots::saveLightAndDark(m_window.get(), QStringLiteral("mainwindow")));
}

// Finding 2: a certificate's subject and issuer are the server's words; as rich text a crafted CN
// could draw a fake "verified" notice into the very dialog that asks, or load local files.
void tst_MainWindow::certificateDialogShowsCraftedNamesAsPlainText()
{
    Icws::CertificateInfo certificate;
    certificate.hostPort = QStringLiteral("127.0.0.1:8019");
    certificate.subject =
        QStringLiteral("<h1 style='color:green'>Verified by your IT department \u2014 it is "
                       "safe to click Trust</h1><img src='file:///etc/hostname'>");
    certificate.issuer = QStringLiteral("<b>Trusted CA</b>");
    certificate.sha256 = QByteArray(32, '\x11');
    certificate.problems = {QStringLiteral("<a href='x'>self-signed</a>")};
    CallData::CertificateDialog dialog(certificate);
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    QVERIFY(labels.size() >= 10);
    for (const QLabel *label : labels)
        QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    auto *subject = dialog.findChild<QLabel *>(QStringLiteral("subject_label"));
    QVERIFY(subject);
    QCOMPARE(subject->text(), certificate.subject); // shown as the literal characters
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("issuer_label"))->text(), certificate.issuer);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("problems_label"))
                ->text()
                .contains(QStringLiteral("<a href")));
}

// Finding 7: a pinned certificate that has expired is refused, and the dialog does not offer to
// trust it again (that would change nothing).
void tst_MainWindow::pinnedButExpiredCertificateIsNotOfferedAgain()
{
    startTls(QStringLiteral("expired.pem"), QStringLiteral("expired-key.pem"));
    const QString hostPort = QStringLiteral("127.0.0.1:%1").arg(m_sim->port());
    const QByteArray pin = QSslCertificate::fromPath(certsDir() + QStringLiteral("/expired.pem"))
                               .value(0)
                               .digest(QCryptographicHash::Sha256);
    m_settings->setCertificatePin(hostPort, pin);
    bool trustOffered = true;
    m_trustAnswer = [&](const Icws::CertificateInfo &certificate) {
        CallData::CertificateDialog dialog(certificate);
        trustOffered = dialog.trustButton()->isVisibleTo(&dialog) && dialog.trustButton()->isEnabled();
        dialog.cancelButton()->click();
        return dialog.result() == QDialog::Accepted;
    };
    typeCorrection();
    typeLogin();
    QTRY_VERIFY(message().contains(QStringLiteral("does not waive")));
    QVERIFY(!trustOffered || m_trustAsked.isEmpty());
    QVERIFY(!m_window->session()->isLoggedIn());
    QCOMPARE(m_settings->certificatePin(hostPort), pin);
    QVERIFY(m_sim->requests().isEmpty());
    verifyEditsKept();
}

// Finding 3: the connection line shows the server's display name and version as plain text, and
// every label of the window is plain text (user data such as keys reaches the summary too).
void tst_MainWindow::serverNamesAreShownAsPlainText()
{
    IcwsSim::Config config;
    const QString crafted =
        QStringLiteral("<h1 style='color:green'>IT says: safe</h1><img src='file:///etc/hostname'>");
    config.users = {{User, {Password, crafted + QStringLiteral("\u202Etxt.exe")}}};
    config.productReleaseDisplayString = QStringLiteral("<b>2018 R5</b>\u2066");
    start(config);
    QVERIFY(logIn());
    auto *line = child<QLabel>("connection_label");
    QVERIFY(line);
    QTRY_VERIFY(line->text().contains(crafted)); // the literal characters, not a heading and a picture
    QCOMPARE(line->textFormat(), Qt::PlainText);
    QVERIFY2(line->text().contains(QStringLiteral("<b>2018 R5</b>")), qPrintable(line->text()));
    QVERIFY2(!line->text().contains(QChar(0x202E)), qPrintable(line->text()));
    QVERIFY2(!line->text().contains(QChar(0x2066)), qPrintable(line->text()));

    typeRow(QStringLiteral("<b>key</b>"), QStringLiteral("<i>value</i>"));
    const QList<QLabel *> labels = m_window->findChildren<QLabel *>();
    QVERIFY(labels.size() >= 8);
    for (const QLabel *label : labels) {
        if (label->text().isEmpty())
            continue; // a picture (the state dot, the message icon)
        QVERIFY2(label->textFormat() == Qt::PlainText,
                 qPrintable(label->objectName() + QLatin1Char(' ') + label->text()));
    }
}

// Finding 6: a password typed into the server address is named as the problem, never repeated.
void tst_MainWindow::credentialsInTheServerAddressAreNeverEchoed()
{
    start();
    auto *server = child<QComboBox>("server_combo");
    auto *user = child<QLineEdit>("user_edit");
    auto *pass = child<QLineEdit>("password_edit");
    QUrl withCredentials = m_sim->baseUrl();
    withCredentials.setUserName(QStringLiteral("bob"));
    withCredentials.setPassword(QStringLiteral("Typed-S3cret"));
    server->lineEdit()->clear();
    QTest::keyClicks(server->lineEdit(), withCredentials.toString());
    QTest::keyClicks(user, User);
    pass->setFocus();
    QTest::keyClicks(pass, Password);
    QTest::keyClick(pass, Qt::Key_Return);
    QTRY_VERIFY(message().contains(QStringLiteral("user name or password")));
    QVERIFY2(!message().contains(QStringLiteral("Typed-S3cret")), qPrintable(message()));
    const QList<QLabel *> labels = m_window->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        QVERIFY2(!label->text().contains(QStringLiteral("Typed-S3cret")), qPrintable(label->objectName()));
    QCOMPARE(server->currentText(), withCredentials.toString()); // what was typed is kept to fix
    QVERIFY(m_sim->requests().isEmpty());
}

// Finding 9: over http:// the login area says the password goes unencrypted; over https:// not.
void tst_MainWindow::plainHttpSaysThePasswordGoesUnencrypted()
{
    start();
    auto *server = child<QComboBox>("server_combo");
    auto *form = child<QGroupBox>("login_group");
    QVERIFY(server && form);
    const auto typeServer = [server](const QString &address) {
        server->lineEdit()->clear();
        QTest::keyClicks(server->lineEdit(), address);
    };
    typeServer(QStringLiteral("http://cic1"));
    QVERIFY2(form->title().contains(QStringLiteral("unencrypted")), qPrintable(form->title()));
    typeServer(QStringLiteral("https://cic1"));
    QVERIFY2(!form->title().contains(QStringLiteral("unencrypted")), qPrintable(form->title()));
    typeServer(QStringLiteral("cic1")); // no scheme means https
    QVERIFY(!form->title().contains(QStringLiteral("unencrypted")));
    typeServer(serverAddress()); // the simulator is http://
    QVERIFY(form->title().contains(QStringLiteral("unencrypted")));
    // Said before logging in and still said when the session ends and the form unfolds again.
    QVERIFY(logIn());
    m_window->session()->logout();
    QTRY_VERIFY(form->isVisible());
    QVERIFY(form->title().contains(QStringLiteral("unencrypted")));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
