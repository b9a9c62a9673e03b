// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

// The window under careless or hostile input: closing during a send, absurd attribute counts,
// endless keys, absurd saved geometry, settings that cannot be written, clipboard bytes that are
// not UTF-8. Drives the real window offscreen against icws-sim over loopback.
#include "appsettings.h"
#include "calldatamodel.h"
#include "credentialstore.h"
#include "draftstore.h"
#include "launchoptions.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "simulator.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <memory>

using CallData::MainWindow;

class tst_WindowSafety final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void closingDuringSendSaysSoAndOffersToWait();
    void closingDuringSendAnywayIsTheUsersChoice();
    void sendingAbsurdAttributeCountsAsksFirst();
    void cancelStaysAliveWithManyAttributes();
    void longKeyCannotWidenTheWindow();
    void absurdSavedGeometryIsClampedToTheScreen();
    void absurdGeometryIsNeverSaved();
    void unwritableSettingsAreReportedOnce();
    void pastedBytesThatAreNotUtf8AreRefused();
    void endingWithoutAskingKeepsTheDraftAndLogsOut();
    void sigtermEndsTheWindowInOrder();

private:
    void start(const QString &settingsFile = {}, IcwsSim::Config config = {});
    void logIn(const QList<Icws::Attribute> &rows);
    template<typename T> T *child(const char *name) const
    {
        return m_window->findChild<T *>(QString::fromLatin1(name));
    }
    QString message() const
    {
        return m_window->messageBar()->isVisible() ? m_window->messageBar()->text() : QString();
    }
    int updateRequests() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<IcwsSim::Simulator> m_sim;
    std::unique_ptr<CallData::AppSettings> m_settings;
    CallData::MemoryCredentialStore m_store;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<MainWindow> m_window;

    QStringList m_closeAsked;
    bool m_closeAnyway = false;
    QStringList m_manyAsked;
    bool m_sendMany = false;
};

void tst_WindowSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("calldata-editor-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_windowsafety"));
}

void tst_WindowSafety::cleanup()
{
    m_window.reset();
    m_network.reset();
    m_settings.reset();
    m_sim.reset();
    m_dir.reset();
    m_closeAsked.clear();
    m_manyAsked.clear();
    m_closeAnyway = false;
    m_sendMany = false;
}

void tst_WindowSafety::start(const QString &settingsFile, IcwsSim::Config config)
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sim = std::make_unique<IcwsSim::Simulator>(config);
    QString error;
    QVERIFY2(m_sim->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_settings = std::make_unique<CallData::AppSettings>(
        settingsFile.isEmpty() ? m_dir->filePath(QStringLiteral("settings.ini")) : settingsFile);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_window = std::make_unique<MainWindow>(m_network.get(), m_settings.get(), &m_store);
    MainWindow::Prompts prompts;
    prompts.confirmCloseDuringSend = [this](const QString &question) {
        m_closeAsked << question;
        return m_closeAnyway;
    };
    prompts.confirmDiscard = [](const QString &) {
        return true;
    };
    prompts.confirmManyAttributes = [this](const QString &question) {
        m_manyAsked << question;
        return m_sendMany;
    };
    m_window->setPrompts(prompts);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_WindowSafety::logIn(const QList<Icws::Attribute> &rows)
{
    CallData::LaunchOptions options;
    options.server = m_sim->baseUrl().toString();
    options.user = QStringLiteral("supervisor");
    options.campaignId = QStringLiteral("C-100");
    options.callId = QStringLiteral("4711");
    options.attributes = rows;
    m_window->applyLaunchOptions(options);
    auto *password = child<QLineEdit>("password_edit");
    QVERIFY(password);
    password->setText(QStringLiteral("demo"));
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->isLoggedIn(), 20000);
}

int tst_WindowSafety::updateRequests() const
{
    int count = 0;
    for (const IcwsSim::RecordedRequest &request : m_sim->requests())
        count += request.path.endsWith(QLatin1String("/dialer/update-call-data")) ? 1 : 0;
    return count;
}

void tst_WindowSafety::closingDuringSendSaysSoAndOffersToWait()
{
    IcwsSim::Config config;
    config.delayMs = 400;
    start({}, config);
    logIn({{QStringLiteral("Name"), QStringLiteral("Ann")}});
    child<QAction>("send_action")->trigger();
    QVERIFY(m_window->session()->isBusy());

    QVERIFY(!m_window->close()); // the user chose to wait
    QCOMPARE(m_closeAsked.size(), 1);
    QVERIFY2(m_closeAsked.first().contains(QStringLiteral("may still")), qPrintable(m_closeAsked.first()));
    QVERIFY(m_window->isVisible());
    QTRY_VERIFY(message().startsWith(QStringLiteral("Accepted by the server (202)")));
    QCOMPARE(updateRequests(), 1);

    // Nothing running: closing asks nothing more.
    QVERIFY(m_window->close());
    QCOMPARE(m_closeAsked.size(), 1);
}

void tst_WindowSafety::closingDuringSendAnywayIsTheUsersChoice()
{
    IcwsSim::Config config;
    config.delayMs = 400;
    start({}, config);
    logIn({{QStringLiteral("Name"), QStringLiteral("Ann")}});
    child<QAction>("send_action")->trigger();
    m_closeAnyway = true;
    QVERIFY(m_window->close());
    QCOMPARE(m_closeAsked.size(), 1);
}

void tst_WindowSafety::sendingAbsurdAttributeCountsAsksFirst()
{
    start();
    QList<Icws::Attribute> rows;
    for (int i = 0; i <= Icws::ConfirmAttributesAbove; ++i)
        rows.append({QStringLiteral("column_%1").arg(i), QStringLiteral("v")});
    logIn(rows);

    child<QAction>("send_action")->trigger();
    QCOMPARE(m_manyAsked.size(), 1);
    QVERIFY2(m_manyAsked.first().contains(QStringLiteral("1,001")), qPrintable(m_manyAsked.first()));
    QVERIFY(!m_window->session()->isBusy());
    QCOMPARE(updateRequests(), 0);
    QVERIFY(m_window->model()->isModified()); // nothing lost

    m_sendMany = true;
    child<QAction>("send_action")->trigger();
    QTRY_VERIFY(message().startsWith(QStringLiteral("Accepted by the server (202)")));
    QCOMPARE(updateRequests(), 1);
    QCOMPARE(m_manyAsked.size(), 2);
}

void tst_WindowSafety::cancelStaysAliveWithManyAttributes()
{
    // 100,000 rows: building the body was quadratic and froze the window for seconds.
    IcwsSim::Config config;
    config.delayMs = 5000;
    start({}, config);
    QList<Icws::Attribute> rows;
    for (int i = 0; i < 100000; ++i)
        rows.append({QStringLiteral("column_%1").arg(i), QStringLiteral("value %1").arg(i)});
    logIn(rows);
    m_sendMany = true;

    // Send returns to the event loop once the body is on its way; Cancel is handled right after.
    QElapsedTimer preparing;
    preparing.start();
    child<QAction>("send_action")->trigger();
    qInfo("Send of 100,000 attributes returned to the event loop after %lld ms", preparing.elapsed());
    QVERIFY(m_window->session()->isBusy());
    child<QAction>("cancel_action")->trigger();
    QTRY_VERIFY(!m_window->session()->isBusy());
    QVERIFY2(message().contains(QStringLiteral("cancel"), Qt::CaseInsensitive), qPrintable(message()));
}

void tst_WindowSafety::longKeyCannotWidenTheWindow()
{
    start();
    const int width = m_window->width();
    const QString key(10000, QLatin1Char('k'));
    // The same long key twice: the summary and the hint quote it.
    m_window->model()->insertAttributes(0, {{key, QStringLiteral("1")}, {key, QStringLiteral("2")}});
    m_window->messageBar()->showMessage(QStringLiteral("Quoted: ") + key, CallData::MessageBar::Type::Error);
    QCoreApplication::processEvents();
    QVERIFY2(m_window->minimumSizeHint().width() < 1200,
             qPrintable(QString::number(m_window->minimumSizeHint().width())));
    QVERIFY2(m_window->width() <= std::max(width, 1200), qPrintable(QString::number(m_window->width())));
    QCOMPARE(m_window->messageBar()->text(),
             QStringLiteral("Quoted: ") + key); // the whole text stays readable
}

void tst_WindowSafety::absurdSavedGeometryIsClampedToTheScreen()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString file = m_dir->filePath(QStringLiteral("settings.ini"));
    {
        // A geometry saved by a window that had grown 32,767 px wide.
        QWidget wide;
        wide.setGeometry(0, 0, 32767, 700);
        CallData::AppSettings settings(file);
        settings.setWindowGeometry(wide.saveGeometry());
        settings.sync();
    }
    const std::unique_ptr<QTemporaryDir> keep = std::move(m_dir); // start() makes its own
    start(file);
    const QRect available = m_window->screen()->availableGeometry();
    QVERIFY2(m_window->width() <= available.width(),
             qPrintable(QStringLiteral("%1 > %2").arg(m_window->width()).arg(available.width())));
    QVERIFY(m_window->height() <= available.height());
    QVERIFY(available.intersects(m_window->frameGeometry()));
}

void tst_WindowSafety::absurdGeometryIsNeverSaved()
{
    start();
    m_window->resize(32767, 700);
    QVERIFY(m_window->close());
    QWidget restored;
    QVERIFY(restored.restoreGeometry(m_settings->windowGeometry()));
    QVERIFY2(restored.width() <= m_window->screen()->availableGeometry().width(),
             qPrintable(QString::number(restored.width())));
}

void tst_WindowSafety::unwritableSettingsAreReportedOnce()
{
    // A settings file whose folder is a plain file cannot be written, even by root.
    QTemporaryDir blocker;
    QFile plain(blocker.filePath(QStringLiteral("not-a-folder")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    start(plain.fileName() + QStringLiteral("/settings.ini"));

    auto *english = child<QAction>("language_action_en");
    QVERIFY(english);
    english->trigger();
    QTRY_VERIFY2(message().contains(QStringLiteral("could not be saved")), qPrintable(message()));
    QCOMPARE(m_window->messageBar()->type(), CallData::MessageBar::Type::Warning);

    child<QAction>("language_action_system")->trigger();
    QCoreApplication::processEvents(); // the report is queued: let it come, if it would
    QVERIFY2(!message().contains(QStringLiteral("could not be saved")), qPrintable(message()));
}

void tst_WindowSafety::pastedBytesThatAreNotUtf8AreRefused()
{
    start();
    auto *mime = new QMimeData;
    mime->setData(QStringLiteral("text/plain"), QByteArray("name\tZo\xEB\n")); // Latin-1, not UTF-8
    QGuiApplication::clipboard()->setMimeData(mime);
    child<QAction>("paste_action")->trigger();
    QVERIFY2(message().contains(QStringLiteral("UTF-8")), qPrintable(message()));
    QCOMPARE(m_window->model()->rowCount(), 0);

    // As X11 delivers the same bytes: decoded already, the lost byte as U+FFFD.
    QGuiApplication::clipboard()->setText(QStringLiteral("name\tZo\uFFFD\n"));
    child<QAction>("paste_action")->trigger();
    QVERIFY2(message().contains(QStringLiteral("UTF-8")), qPrintable(message()));
    QCOMPARE(m_window->model()->rowCount(), 0);

    QGuiApplication::clipboard()->setText(QStringLiteral("name\tZoë\n"));
    child<QAction>("paste_action")->trigger();
    QCOMPARE(m_window->model()->attributes(),
             (QList<Icws::Attribute> {{QStringLiteral("name"), QStringLiteral("Zoë")}}));
}

// Finding 26: SIGTERM (a desktop logout, a service stop) killed the window with its session open
// and the unsent edits' latest state unsaved. Ending without asking keeps the draft on disk at
// once and the session is logged out as the window goes.
void tst_WindowSafety::endingWithoutAskingKeepsTheDraftAndLogsOut()
{
    start();
    logIn({{QStringLiteral("Status"), QStringLiteral("callback")}});
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->activeSessionCount(), 1, 10000);
    m_window->endWithoutAsking();
    // At once, not after the draft store's debounce.
    const std::optional<CallData::Draft> draft =
        CallData::DraftStore(CallData::DraftStore::defaultFilePath()).load();
    QVERIFY(draft.has_value());
    QCOMPARE(draft->campaignId, QStringLiteral("C-100"));
    QCOMPARE(draft->callId, QStringLiteral("4711"));
    m_window.reset();
    QCOMPARE(m_sim->activeSessionCount(), 0);
}

// The real program: SIGTERM ends it with exit status 0 (not killed by the signal), and the edits
// given on its command line are left as the draft for the next start.
void tst_WindowSafety::sigtermEndsTheWindowInOrder()
{
#ifdef Q_OS_LINUX
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CALLDATA_EDITOR_PATH),
                  {QStringLiteral("--campaign"), QStringLiteral("C-100"), QStringLiteral("--call"),
                   QStringLiteral("4711"), QStringLiteral("--set"), QStringLiteral("Status=callback")});
    QVERIFY(process.waitForStarted(10000));
    // The signal is sent once the window catches it (SigCgt holds SIGTERM's bit).
    const auto catchesSigterm = [&process] {
        QFile status(QStringLiteral("/proc/%1/status").arg(process.processId()));
        if (!status.open(QIODevice::ReadOnly))
            return false;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("SigCgt:"))
                return ((line.mid(7).trimmed().toULongLong(nullptr, 16) >> (SIGTERM - 1)) & 1) != 0;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(catchesSigterm(), 20000);
    ::kill(pid_t(process.processId()), SIGTERM);
    QSignalSpy finished(&process, &QProcess::finished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QDirIterator drafts(home.path(), {QStringLiteral("draft.json")}, QDir::Files,
                        QDirIterator::Subdirectories);
    QVERIFY2(drafts.hasNext(), "the unsent edits were not kept as a draft");
    const std::optional<CallData::Draft> draft = CallData::DraftStore(drafts.next()).load();
    QVERIFY(draft.has_value());
    QCOMPARE(draft->callId, QStringLiteral("4711"));
#else
    QSKIP("needs Linux's /proc to know when the window catches SIGTERM");
#endif
}

QTEST_MAIN(tst_WindowSafety)
#include "tst_windowsafety.moc"
