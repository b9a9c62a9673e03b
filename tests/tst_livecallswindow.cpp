// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

// The Live calls panel in the real window, offscreen, against icws-sim's queues over loopback:
// watch, Use this call, "On the call now", "seen on the call", the countdown and the warnings.
#include "appsettings.h"
#include "calldatamodel.h"
#include "credentialstore.h"
#include "launchoptions.h"
#include "livecallsflow.h"
#include "livecallsmodel.h"
#include "livecallswatch.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "screenshots.h"
#include "simulator.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using CallData::MainWindow;

namespace {

const QString Campaign = QStringLiteral("7F3A2C10-5B1E-4C7D-9A21-3E8F6B0D4A52");

IcwsSim::Config configWithCalls()
{
    IcwsSim::Config config;
    IcwsSim::SimCall first;
    first.interactionId = QStringLiteral("1000012345");
    first.agent = QStringLiteral("agent1");
    first.workgroup = QStringLiteral("Collections");
    first.campaignId = Campaign;
    first.remoteName = QStringLiteral("Jane Doe");
    first.remoteNumber = QStringLiteral("+13175550100");
    first.attributes = {{QStringLiteral("is_attr_zip"), QStringLiteral("46204")}};
    first.endsAfterSeconds = 30;
    first.lingerSeconds = 60;
    IcwsSim::SimCall inbound;
    inbound.interactionId = QStringLiteral("1000012346");
    inbound.agent = QStringLiteral("agent1");
    inbound.remoteName = QStringLiteral("Front Desk");
    IcwsSim::SimCall other = first;
    other.interactionId = QStringLiteral("1000012347");
    other.agent = QStringLiteral("agent2");
    other.remoteName = QStringLiteral("Robert Miles");
    other.endsAfterSeconds = -1;
    config.calls = {first, inbound, other};
    return config;
}

} // namespace

class tst_LiveCallsWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("calldata-editor-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_livecallswindow"));
    }
    void cleanup()
    {
        m_window.reset();
        m_network.reset();
        m_settings.reset();
        m_sim.reset();
        m_dir.reset();
    }

    void panelHasItsAccessibleNames()
    {
        start();
        for (const char *name :
             {"agents_edit", "workgroups_edit", "watch_button", "live_calls_table", "use_call_button"})
            QVERIFY2(child<QWidget>(name), name);
        QCOMPARE(child<QWidget>("agents_edit")->accessibleName(), QStringLiteral("Agents to watch"));
        QCOMPARE(child<QWidget>("workgroups_edit")->accessibleName(), QStringLiteral("Workgroups to watch"));
        QCOMPARE(child<QWidget>("watch_button")->accessibleName(), QStringLiteral("Watch"));
        QCOMPARE(child<QWidget>("live_calls_table")->accessibleName(), QStringLiteral("Live calls"));
        QCOMPARE(child<QWidget>("use_call_button")->accessibleName(), QStringLiteral("Use this call"));
    }

    void watchUseThisCallSendSeenOnTheCall()
    {
        start();
        QVERIFY(logIn());
        watch(QStringLiteral("agent1, agent2"), QString());
        auto *table = child<QTableView>("live_calls_table");
        QTRY_COMPARE(table->model()->rowCount(), 2); // Dialer calls only
        child<QCheckBox>("show_all_check")->setChecked(true);
        QTRY_COMPARE(table->model()->rowCount(), 3);
        child<QCheckBox>("show_all_check")->setChecked(false);
        QTRY_COMPARE(table->model()->rowCount(), 2);
        auto *filter = child<QLineEdit>("filter_edit");
        QTest::keyClicks(filter, QStringLiteral("jane"));
        QTRY_COMPARE(table->model()->rowCount(), 1);

        // Rows typed before choosing the call stay.
        m_window->model()->insertAttributes(0, {{QStringLiteral("zip"), QStringLiteral("11111")}});
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return); // Use this call
        QCOMPARE(child<QComboBox>("campaign_combo")->currentText(), Campaign);
        QCOMPARE(child<QLineEdit>("call_edit")->text(), QStringLiteral("1000012345"));
        QCOMPARE(m_window->model()->rowCount(), 1);

        // What the call holds now, beside the row, read-only.
        const QModelIndex held = m_window->model()->index(0, CallData::CallDataModel::HeldValueColumn);
        QTRY_COMPARE(held.data().toString(), QStringLiteral("46204"));
        QVERIFY(!(held.flags() & Qt::ItemIsEditable));
        QCOMPARE(m_window->model()
                     ->headerData(CallData::CallDataModel::HeldValueColumn, Qt::Horizontal)
                     .toString(),
                 QStringLiteral("On the call now"));

        QTest::mouseClick(child<QPushButton>("send_button"), Qt::LeftButton);
        QTRY_VERIFY(message().startsWith(QStringLiteral("Accepted by the server (202)")));
        QTRY_VERIFY2(message().endsWith(QStringLiteral("\u2014 seen on the call: 1 of 1.")),
                     qPrintable(message()));
        QCOMPARE(held.data().toString(), QStringLiteral("11111"));
        // The request sends the key as the table shows it.
        QCOMPARE(m_sim->lastUpdate().value(QStringLiteral("callAttributes")).toObject().keys(),
                 QStringList({QStringLiteral("zip")}));
    }

    // A full picture (after typing a key the watch must now follow, or a re-login) replaced the
    // list with a model reset: the supervisor's row lost its selection and Use this call went grey.
    void chosenRowStaysSelectedWhenAFullPictureArrives()
    {
        start();
        QVERIFY(logIn());
        watch(QStringLiteral("agent1, agent2"), QString());
        auto *table = child<QTableView>("live_calls_table");
        QTRY_COMPARE(table->model()->rowCount(), 2);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(1, 0));
        const QString chosen =
            table->currentIndex().data(CallData::LiveCallsModel::InteractionIdRole).toString();
        QVERIFY(!chosen.isEmpty());
        QVERIFY(child<QPushButton>("use_call_button")->isEnabled());

        QSignalSpy resets(table->model(), &QAbstractItemModel::modelReset);
        // A key typed into the call data table is watched on the call too: a new subscription.
        m_window->model()->insertAttributes(0, {{QStringLiteral("notes"), QStringLiteral("x")}});
        QVERIFY(resets.wait(5000));
        QCOMPARE(table->currentIndex().data(CallData::LiveCallsModel::InteractionIdRole).toString(), chosen);
        QVERIFY(table->selectionModel()->isRowSelected(table->currentIndex().row(), {}));
        QVERIFY(child<QPushButton>("use_call_button")->isEnabled());
    }

    void doubleClickAlsoUsesTheCall()
    {
        start();
        QVERIFY(logIn());
        watch(QStringLiteral("agent2"), QString());
        auto *table = child<QTableView>("live_calls_table");
        QTRY_COMPARE(table->model()->rowCount(), 1);
        const QRect cell = table->visualRect(table->model()->index(0, 1));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTRY_COMPARE(child<QLineEdit>("call_edit")->text(), QStringLiteral("1000012347"));
    }

    void endedCallCountsDownThenWarnsWhenItLeaves()
    {
        start();
        QVERIFY(logIn());
        watch(QStringLiteral("agent1"), QString());
        auto *table = child<QTableView>("live_calls_table");
        QTRY_COMPARE(table->model()->rowCount(), 1);
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::mouseClick(child<QPushButton>("use_call_button"), Qt::LeftButton);
        auto *status = child<QLabel>("call_status");
        QVERIFY(status->isHidden());

        m_sim->advanceClockMs(31'000); // the call ends
        QTRY_VERIFY(status->isVisible());
        QVERIFY2(status->text().startsWith(QStringLiteral("The call ended at ")), qPrintable(status->text()));
        QVERIFY(status->text().contains(QStringLiteral("s left to correct it.")));
        QCOMPARE(status->accessibleDescription(), status->text());
        QVERIFY(child<QPushButton>("send_button")->isEnabled() || m_window->model()->rowCount() == 0);

        m_sim->advanceClockMs(60'000); // it leaves the queue
        QTRY_COMPARE(status->text(),
                     QStringLiteral("The call has left the agent's queue; the server will probably "
                                    "refuse a correction now."));
        m_window->model()->insertAttributes(0, {{QStringLiteral("zip"), QStringLiteral("1")}});
        QVERIFY(child<QPushButton>("send_button")->isEnabled()); // the server decides
    }

    void chosenRowStaysSelectedThroughABatchedDelta()
    {
        start();
        QVERIFY(logIn());
        watch(QStringLiteral("agent1, agent2"), QString());
        auto *table = child<QTableView>("live_calls_table");
        QTRY_COMPARE(table->model()->rowCount(), 2);
        const auto currentId = [table] {
            return table->currentIndex().data(CallData::LiveCallsModel::InteractionIdRole).toString();
        };
        table->setFocus();
        table->selectRow(1); // agent2's call, below agent1's
        QCOMPARE(currentId(), QStringLiteral("1000012347"));

        // One message: the row above leaves, calls arrive above and below, the chosen call ends.
        Icws::QueueContents delta;
        delta.isDelta = true;
        delta.removed = {QStringLiteral("1000012345")};
        delta.added = {{QStringLiteral("1000099998"),
                        {{QStringLiteral("Eic_UserName"), QStringLiteral("agent0")},
                         {QStringLiteral("is_attr_campaignid"), Campaign}}},
                       {QStringLiteral("1000099999"),
                        {{QStringLiteral("Eic_UserName"), QStringLiteral("agent3")},
                         {QStringLiteral("is_attr_campaignid"), Campaign}}}};
        delta.changed = {
            {QStringLiteral("1000012347"), {{QStringLiteral("Eic_State"), QStringLiteral("E")}}}};
        m_window->liveCalls()->watch()->model()->apply(delta);

        QCOMPARE(currentId(), QStringLiteral("1000012347"));
        QCOMPARE(table->currentIndex().row(), 1);
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QVERIFY(table->selectionModel()->isRowSelected(1, {}));
        QTest::mouseClick(child<QPushButton>("use_call_button"), Qt::LeftButton);
        QCOMPARE(child<QLineEdit>("call_edit")->text(), QStringLiteral("1000012347"));
        QCOMPARE(child<QComboBox>("campaign_combo")->currentText(), Campaign);
        // The chosen call's countdown follows the delta.
        auto *status = child<QLabel>("call_status");
        QTRY_VERIFY(status->isVisible());
        QVERIFY2(status->text().startsWith(QStringLiteral("The call ended at ")), qPrintable(status->text()));
    }

    void cellsShowTheirTextWhereAndAsTheStandardDelegateDoes()
    {
        IcwsSim::Config config = configWithCalls();
        config.calls[0].remoteName = QStringLiteral("<b>Jane</b> Doe"); // shown as typed, never as markup
        start(config);
        QVERIFY(logIn());
        watch(QStringLiteral("agent1"), QString());
        auto *table = child<QTableView>("live_calls_table");
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QStyledItemDelegate standard;
        const QModelIndex agent = table->model()->index(0, CallData::LiveCallsModel::AgentColumn);
        const QModelIndex remote = table->model()->index(0, CallData::LiveCallsModel::RemoteColumn);
        const QList<std::pair<QModelIndex, int>> cells {
            {agent, 300}, {remote, 300}, {remote, 60}}; // 60: elided
        for (const bool selected : {false, true}) {
            for (const auto &[index, width] : cells) {
                const Ink ours = inkOf(table->itemDelegateForIndex(index), table, index, width, selected);
                const Ink theirs = inkOf(&standard, table, index, width, selected);
                const QString what = QStringLiteral("column %1, %2 px%3: %4 vs %5")
                                         .arg(index.column())
                                         .arg(width)
                                         .arg(selected ? QStringLiteral(", selected") : QString())
                                         .arg(QDebug::toString(ours.box) + ours.mean.name(),
                                              QDebug::toString(theirs.box) + theirs.mean.name());
                QVERIFY2(!ours.box.isEmpty() && ours.box.right() < width, qPrintable(what));
                QVERIFY2(qAbs(ours.box.left() - theirs.box.left()) <= 1, qPrintable(what));
                QVERIFY2(qAbs(ours.box.width() - theirs.box.width()) <= 2, qPrintable(what));
                QVERIFY2(qAbs(ours.box.center().y() - theirs.box.center().y()) <= 2, qPrintable(what));
                QVERIFY2(qAbs(ours.mean.lightness() - theirs.mean.lightness()) <= 40, qPrintable(what));
            }
        }
    }

    void refusedWatchIsShownInline()
    {
        IcwsSim::Config config = configWithCalls();
        config.deniedQueues = {QStringLiteral("Collections")};
        start(config);
        QVERIFY(logIn());
        watch(QString(), QStringLiteral("Collections"));
        auto *status = child<QLabel>("watch_status");
        QTRY_VERIFY(status->text().contains(QStringLiteral("403")));
        QVERIFY(status->text().contains(QStringLiteral("error.request.accessDenied")));
        QVERIFY(status->text().contains(QStringLiteral("Collections")));
        QVERIFY(child<QLineEdit>("call_edit")->isEnabled()); // manual entry untouched
    }

    void serverWithoutQueuesDisablesThePanelWithTheReason()
    {
        IcwsSim::Config config = configWithCalls();
        config.queuesVersion = 0;
        start(config);
        QVERIFY(logIn());
        watch(QStringLiteral("agent1"), QString());
        auto *status = child<QLabel>("watch_status");
        QTRY_VERIFY(status->text().contains(QStringLiteral("queues feature")));
        QVERIFY(!child<QWidget>("watch_button")->isEnabled());
        QVERIFY(!child<QWidget>("live_calls_table")->isEnabled());
        QVERIFY(child<QLineEdit>("call_edit")->isEnabled());
    }

    void commandLineAgentsWatchAfterLoginAndAreRemembered()
    {
        start(configWithCalls(), Panel::AsSaved); // --agents opens the panel itself
        CallData::LaunchOptions options;
        QString error;
        QVERIFY(CallData::parseLaunchOptions({QStringLiteral("calldata-editor"), QStringLiteral("--agents"),
                                              QStringLiteral("agent1,agent2"), QStringLiteral("--workgroups"),
                                              QStringLiteral("Collections")},
                                             &options, &error));
        m_window->applyLaunchOptions(options);
        QTRY_VERIFY(dock()->isVisible());
        QCOMPARE(child<QLineEdit>("agents_edit")->text(), QStringLiteral("agent1,agent2"));
        QVERIFY(logIn());
        QTRY_COMPARE(m_window->liveCalls()->watch()->state(), CallData::LiveCallsWatch::State::Watching);
        QTRY_COMPARE(child<QTableView>("live_calls_table")->model()->rowCount(), 2);
        const auto remembered = m_settings->liveCallsWatch(QStringLiteral("127.0.0.1:%1").arg(m_sim->port()));
        QCOMPARE(remembered.agents, QStringLiteral("agent1,agent2"));
        QCOMPARE(remembered.workgroups, QStringLiteral("Collections"));
    }

    void liveCallsDockOpenAtQuitIsOpenAtNextStart()
    {
        start(); // View → Live calls
        QVERIFY(m_window->close());
        openWindow();
        QVERIFY(dock()->isVisible());
        // Built and laid out with the window's first show, not a frame later.
        QVERIFY(child<QWidget>("live_calls_panel"));
        QVERIFY(child<QWidget>("live_calls_panel")->isVisible());
        QVERIFY(child<QWidget>("watch_button")->isVisible());
        QVERIFY(dock()->toggleViewAction()->isChecked());

        toggleLiveCalls(); // closed at this quit: closed, and not even built, at the next start
        QVERIFY(m_window->close());
        openWindow();
        QVERIFY(!dock()->isVisible());
        QVERIFY(!child<QWidget>("live_calls_panel"));
        QVERIFY(!dock()->toggleViewAction()->isChecked());
    }

    void liveCallsFirstShownAfterLoginFillsTheServersRememberedQueues()
    {
        start(configWithCalls(), Panel::AsSaved);
        QVERIFY(!child<QWidget>("live_calls_panel")); // a first start: closed, not built
        // Settings → Live calls works without the panel.
        QCOMPARE(child<QMenu>("live_calls_settings_menu")->actions().size(), 4);
        QVERIFY(child<QAction>("correction_window_action"));
        m_settings->setLiveCallsWatch(QStringLiteral("127.0.0.1:%1").arg(m_sim->port()),
                                      {QStringLiteral("agent2"), QStringLiteral("Collections")});
        QVERIFY(logIn());
        toggleLiveCalls();
        QCOMPARE(child<QLineEdit>("agents_edit")->text(), QStringLiteral("agent2"));
        QCOMPARE(child<QLineEdit>("workgroups_edit")->text(), QStringLiteral("Collections"));
        QTest::mouseClick(child<QPushButton>("watch_button"), Qt::LeftButton);
        QTRY_COMPARE(m_window->liveCalls()->watch()->state(), CallData::LiveCallsWatch::State::Watching);
        // agent2's Dialer call and agent1's on Collections.
        QTRY_COMPARE(child<QTableView>("live_calls_table")->model()->rowCount(), 2);
    }

    void screenshots()
    {
        start();
        QVERIFY(logIn());
        watch(QStringLiteral("agent1, agent2"), QStringLiteral("Collections"));
        auto *table = child<QTableView>("live_calls_table");
        QTRY_COMPARE(table->model()->rowCount(), 2);
        table->setCurrentIndex(table->model()->index(0, 0));
        QTest::mouseClick(child<QPushButton>("use_call_button"), Qt::LeftButton);
        // A correction in progress beside what the call holds now, for the store listings.
        m_window->model()->insertAttributes(0,
                                            {{QStringLiteral("zip"), QStringLiteral("46205")},
                                             {QStringLiteral("notes"), QStringLiteral("Moved; new ZIP")}});
        QTRY_COMPARE(m_window->model()->index(0, CallData::CallDataModel::HeldValueColumn).data().toString(),
                     QStringLiteral("46204"));
        m_sim->advanceClockMs(31'000);
        QTRY_VERIFY(child<QLabel>("call_status")->isVisible());
        m_window->resize(1300, 720);
        QVERIFY(TestScreenshots::saveLightAndDark(m_window.get(), QStringLiteral("livecalls")));
    }

private:
    enum class Panel { Open, AsSaved };
    void start(const IcwsSim::Config &config = configWithCalls(), Panel panel = Panel::Open)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_sim = std::make_unique<IcwsSim::Simulator>(config);
        m_sim->setClockMs(0);
        QVERIFY(m_sim->listen(QHostAddress::LocalHost));
        m_settings = std::make_unique<CallData::AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
        m_network = std::make_unique<QNetworkAccessManager>();
        openWindow();
        if (panel == Panel::Open)
            toggleLiveCalls();
    }
    // A start of the window on the same settings (the next start after a quit).
    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(m_network.get(), m_settings.get(), &m_store);
        m_window->session()->setPollingIntervalMs(100);
        m_window->resize(1200, 720);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    QDockWidget *dock() const { return child<QDockWidget>("live_calls_dock"); }
    // View → Live calls, the way a user opens or closes it.
    void toggleLiveCalls()
    {
        QVERIFY(dock());
        QAction *item = dock()->toggleViewAction();
        QVERIFY(child<QMenu>("view_menu")->actions().contains(item));
        const bool wasOpen = dock()->isVisible();
        item->trigger();
        QTRY_COMPARE(dock()->isVisible(), !wasOpen);
    }
    struct Ink
    {
        QRect box;
        QColor mean;
    };
    // Where a delegate puts ink (text) in a cell of the table's style, and its mean colour: the
    // pixels unlike the cell's background, which is sampled from the cell's corner.
    static Ink inkOf(QAbstractItemDelegate *delegate, QTableView *table, const QModelIndex &index, int width,
                     bool selected)
    {
        QStyleOptionViewItem option;
        option.initFrom(table->viewport());
        option.widget = table;
        option.rect = QRect(0, 0, width, table->rowHeight(0));
        option.font = table->font();
        option.fontMetrics = table->fontMetrics();
        option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
        option.textElideMode = table->textElideMode();
        option.state |= QStyle::State_Enabled | QStyle::State_Active;
        option.showDecorationSelected = true; // as QTableView sets it
        if (selected)
            option.state |= QStyle::State_Selected;
        QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(option.palette.color(QPalette::Base));
        QPainter painter(&image);
        delegate->paint(&painter, option, index);
        painter.end();
        const QRgb background = image.pixel(0, 0);
        Ink ink;
        qint64 red = 0, green = 0, blue = 0, count = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb pixel = image.pixel(x, y);
                if (pixel == background)
                    continue;
                ink.box |= QRect(x, y, 1, 1);
                red += qRed(pixel);
                green += qGreen(pixel);
                blue += qBlue(pixel);
                ++count;
            }
        }
        if (count > 0)
            ink.mean = QColor(int(red / count), int(green / count), int(blue / count));
        return ink;
    }
    template<typename T> T *child(const char *name) const
    {
        return m_window->findChild<T *>(QString::fromLatin1(name));
    }
    bool logIn()
    {
        child<QComboBox>("server_combo")->setEditText(m_sim->baseUrl().toString());
        child<QLineEdit>("user_edit")->setText(QStringLiteral("supervisor"));
        auto *password = child<QLineEdit>("password_edit");
        password->setText(QStringLiteral("demo"));
        QTest::keyClick(password, Qt::Key_Return);
        return QTest::qWaitFor([this] { return m_window->session()->isLoggedIn(); }, 10000);
    }
    void watch(const QString &agents, const QString &workgroups)
    {
        child<QLineEdit>("agents_edit")->setText(agents);
        child<QLineEdit>("workgroups_edit")->setText(workgroups);
        QTest::mouseClick(child<QPushButton>("watch_button"), Qt::LeftButton);
    }
    QString message() const { return m_window->messageBar()->text(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<IcwsSim::Simulator> m_sim;
    std::unique_ptr<CallData::AppSettings> m_settings;
    CallData::MemoryCredentialStore m_store;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(tst_LiveCallsWindow)
#include "tst_livecallswindow.moc"
