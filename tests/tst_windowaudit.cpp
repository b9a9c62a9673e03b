// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

// The window's audit trail and drafts, driving the real window offscreen against icws-sim: a
// send is recorded before the message bar shows its result; History lists it and loads it back;
// an unsent correction survives the window dying without a close; a command-line prefill wins.
#include "appsettings.h"
#include "auditlog.h"
#include "calldatamodel.h"
#include "correctionpanel.h"
#include "credentialstore.h"
#include "draftstore.h"
#include "historypanel.h"
#include "launchoptions.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "simulator.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace CallData;
using namespace Qt::StringLiterals;

namespace {

const QString Campaign = u"C-100"_s;
const QString User = u"supervisor"_s;
const QString Password = u"demo"_s;

// Reads the audit log the moment the message bar appears: what a user could see by then.
class ShowWatcher final : public QObject
{
public:
    ShowWatcher(QWidget *bar, const QString &callId) : m_callId(callId) { bar->installEventFilter(this); }
    bool recordedWhenShown = false;
    bool shown = false;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Show && !shown) {
            shown = true;
            for (const AuditRecord &record : AuditLog().read().records)
                recordedWhenShown = recordedWhenShown || record.callId == m_callId;
        }
        return false;
    }

private:
    QString m_callId;
};

} // namespace

class tst_WindowAudit final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<IcwsSim::Simulator> m_sim;
    std::unique_ptr<AppSettings> m_settings;
    MemoryCredentialStore m_store;
    QNetworkAccessManager m_network;
    std::unique_ptr<MainWindow> m_window;

    // Another test binary may append to the same test-mode log: each test finds its own records
    // by call IDs no other test uses.
    QString m_callPrefix;

    QString callId(int n) const { return m_callPrefix + QString::number(n); }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(&m_network, m_settings.get(), &m_store);
        MainWindow::Prompts prompts;
        prompts.confirmDiscard = [](const QString &) {
            return true;
        };
        m_window->setPrompts(prompts);
        m_window->resize(900, 600);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    bool logIn()
    {
        m_window->session()->login(m_sim->baseUrl().toString(), User, Password);
        return QTest::qWaitFor([this] { return m_window->session()->isLoggedIn(); }, 10000);
    }
    void fill(const QString &call, const QList<Icws::Attribute> &rows)
    {
        m_window->correctionPanel()->setIds(Campaign, call);
        m_window->model()->replaceAll(rows);
    }
    QString message() const
    {
        return m_window->messageBar()->isVisible() ? m_window->messageBar()->text() : QString();
    }
    QList<AuditRecord> myRecords() const
    {
        QList<AuditRecord> mine;
        for (const AuditRecord &record : AuditLog().read().records) {
            if (record.callId.startsWith(m_callPrefix))
                mine.append(record);
        }
        return mine;
    }
    void send()
    {
        auto *button = m_window->findChild<QPushButton *>(u"send_button"_s);
        QTRY_VERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }
    template<typename T> T *child(const QString &name) const { return m_window->findChild<T *>(name); }
    // View → History, the way a user opens it (the panel is built when first shown).
    void openHistory()
    {
        auto *dock = child<QDockWidget>(u"history_dock"_s);
        QVERIFY(dock);
        QVERIFY(child<QMenu>(u"view_menu"_s)->actions().contains(dock->toggleViewAction()));
        dock->toggleViewAction()->trigger();
        QTRY_VERIFY(dock->isVisible());
        QVERIFY(child<QWidget>(u"history_panel"_s)->isVisible());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"calldata-editor-tests"_s);
        QCoreApplication::setApplicationName(u"tst_windowaudit"_s);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<AppSettings>(m_dir->filePath(u"settings.ini"_s));
        IcwsSim::Config config;
        config.inactiveCalls.insert(u"gone-call"_s);
        m_sim = std::make_unique<IcwsSim::Simulator>(config);
        QString error;
        QVERIFY2(m_sim->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        QFile::remove(DraftStore::defaultFilePath());
        m_callPrefix = u"%1-%2-"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))
                           .arg(QDateTime::currentMSecsSinceEpoch());
    }

    void cleanup()
    {
        m_window.reset();
        m_sim.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void sendIsRecordedBeforeTheResultIsShown()
    {
        openWindow();
        QVERIFY(logIn());
        fill(callId(1), {{u"Name"_s, u"Ann Lee"_s}});
        m_window->messageBar()->hideMessage();
        ShowWatcher watcher(m_window->messageBar(), callId(1));
        send();
        QTRY_VERIFY(message().startsWith(u"Accepted by the server (202)"_s));
        QVERIFY(watcher.shown);
        QVERIFY2(watcher.recordedWhenShown,
                 "the message bar showed the outcome before the record was written");

        const QList<AuditRecord> records = myRecords();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).source, u"calldata-editor"_s);
        QCOMPARE(records.at(0).user, User);
        QCOMPARE(records.at(0).server, Icws::hostPort(m_sim->baseUrl()));
        QCOMPARE(records.at(0).campaignId, Campaign);
        QCOMPARE(records.at(0).attributes, (QList<Icws::Attribute> {{u"Name"_s, u"Ann Lee"_s}}));
        QCOMPARE(records.at(0).status, 202);
        QVERIFY(AuditLog().verify().intact);
    }

    void historyListsSendsNewestFirstFiltersAndLoadsIntoTheEditor()
    {
        openWindow();
        openHistory();
        for (const char *name : {"history_filter_edit", "history_list", "history_detail_label",
                                 "history_load_button", "history_refresh_button", "history_status_label"}) {
            auto *widget = child<QWidget>(QString::fromLatin1(name));
            QVERIFY2(widget, name);
            QVERIFY2(!widget->accessibleName().isEmpty(), name);
        }

        QVERIFY(logIn());
        fill(callId(1), {{u"Name"_s, u"Ann Lee"_s}, {u"City"_s, u"Berlin"_s}});
        send();
        QTRY_VERIFY(message().startsWith(u"Accepted by the server (202)"_s));
        m_sim->config().inactiveCalls.insert(callId(2));
        fill(callId(2), {{u"Zip"_s, u"10115"_s}});
        send();
        QTRY_VERIFY(message().contains(u"400"_s));

        auto *filter = child<QLineEdit>(u"history_filter_edit"_s);
        filter->setFocus();
        QTest::keyClicks(filter, m_callPrefix);
        auto *list = child<QTreeWidget>(u"history_list"_s);
        QTRY_COMPARE(list->topLevelItemCount(), 2);
        // Newest first, each with its outcome.
        QCOMPARE(list->topLevelItem(0)->text(2), callId(2));
        QVERIFY2(list->topLevelItem(0)->text(3).startsWith(u"Refused (400)"_s),
                 qPrintable(list->topLevelItem(0)->text(3)));
        QVERIFY(list->topLevelItem(0)->text(3).contains(u"callNotActive"_s));
        QCOMPARE(list->topLevelItem(1)->text(2), callId(1));
        QCOMPARE(list->topLevelItem(1)->text(3), u"Accepted (202)"_s);

        filter->clear();
        QTest::keyClicks(filter, callId(1));
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        auto *load = child<QPushButton>(u"history_load_button"_s);
        QVERIFY(!load->isEnabled());
        list->setCurrentItem(list->topLevelItem(0));
        QVERIFY(load->isEnabled());
        QVERIFY(child<QLabel>(u"history_detail_label"_s)->text().contains(u"City = Berlin"_s));

        fill(u"other"_s, {{u"Unrelated"_s, u"x"_s}});
        QTest::mouseClick(load, Qt::LeftButton);
        QCOMPARE(child<QComboBox>(u"campaign_combo"_s)->currentText(), Campaign);
        QCOMPARE(child<QLineEdit>(u"call_edit"_s)->text(), callId(1));
        QCOMPARE(m_window->model()->attributes(),
                 (QList<Icws::Attribute> {{u"Name"_s, u"Ann Lee"_s}, {u"City"_s, u"Berlin"_s}}));
        QVERIFY(message().startsWith(u"Loaded the correction for call "_s));
        // One undo step brings back what was in the editor.
        m_window->model()->undoStack()->undo();
        QCOMPARE(m_window->model()->attributes(), (QList<Icws::Attribute> {{u"Unrelated"_s, u"x"_s}}));
    }

    void historyPanelBuiltWhenFirstShownListsTheLog()
    {
        openWindow();
        QVERIFY(!child<QWidget>(u"history_panel"_s)); // not built at start
        QVERIFY(logIn());
        fill(callId(1), {{u"Name"_s, u"Ann Lee"_s}});
        send();
        QTRY_VERIFY(message().startsWith(u"Accepted by the server (202)"_s));
        QVERIFY(!child<QWidget>(u"history_panel"_s));

        openHistory(); // what was sent before is there
        child<QLineEdit>(u"history_filter_edit"_s)->setText(m_callPrefix);
        auto *list = child<QTreeWidget>(u"history_list"_s);
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(2), callId(1));
        QCOMPARE(list->topLevelItem(0)->text(3), u"Accepted (202)"_s);
        // Built late, it still follows the sends after it.
        fill(callId(2), {{u"Name"_s, u"Bo"_s}});
        send();
        QTRY_COMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(2), callId(2));
    }

    void maskedSendsAreLoadedWithKeysOnly()
    {
        openWindow();
        child<QAction>(u"audit_mask_action"_s)->trigger(); // Settings → Mask values in the audit log
        QVERIFY(m_settings->auditMaskValues());
        QVERIFY(logIn());
        fill(callId(1), {{u"Name"_s, u"Ann Lee"_s}});
        send();
        QTRY_VERIFY(message().startsWith(u"Accepted by the server (202)"_s));
        const AuditRecord record = myRecords().value(0);
        QVERIFY(record.masked);
        QVERIFY(record.attributes.at(0).second.startsWith(u"hmac-sha256:"_s));

        openHistory();
        child<QLineEdit>(u"history_filter_edit"_s)->setText(callId(1));
        auto *list = child<QTreeWidget>(u"history_list"_s);
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        list->setCurrentItem(list->topLevelItem(0));
        QTest::mouseClick(child<QPushButton>(u"history_load_button"_s), Qt::LeftButton);
        QCOMPARE(m_window->model()->attributes(), (QList<Icws::Attribute> {{u"Name"_s, QString()}}));
        QVERIFY2(message().contains(u"masked"_s), qPrintable(message()));
    }

    void unwritableAuditLogIsToldAndTheOutcomeStillShown()
    {
        openWindow();
        const QString blocker = m_dir->filePath(u"blocker"_s);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        m_window->session()->auditLog() = AuditLog(blocker + u"/audit.jsonl"_s);
        QVERIFY(logIn());
        fill(callId(1), {{u"Name"_s, u"Ann Lee"_s}});
        send();
        QTRY_VERIFY(message().startsWith(u"Accepted by the server (202)"_s));
        QVERIFY2(message().contains(u"could not be written"_s)
                     && message().contains(u"missing from the audit log"_s),
                 qPrintable(message()));
        QCOMPARE(m_window->messageBar()->type(), MessageBar::Type::Warning);
    }

    void draftSurvivesTheWindowDyingWithoutAClose()
    {
        openWindow();
        m_window->correctionPanel()->setIds(Campaign, callId(1));
        m_window->model()->insertAttributes(0, {{u"Name"_s, u"Ann Lee"_s}, {u"City"_s, u"Berlin"_s}});
        QTRY_VERIFY(QFile::exists(DraftStore::defaultFilePath()));
        QTRY_VERIFY(!m_window->draftStore()->hasPendingWrite());
        m_window.reset(); // no closeEvent: what a crash or a kill leaves behind

        openWindow();
        m_window->restoreDraft();
        QCOMPARE(child<QComboBox>(u"campaign_combo"_s)->currentText(), Campaign);
        QCOMPARE(child<QLineEdit>(u"call_edit"_s)->text(), callId(1));
        QCOMPARE(m_window->model()->attributes(),
                 (QList<Icws::Attribute> {{u"Name"_s, u"Ann Lee"_s}, {u"City"_s, u"Berlin"_s}}));
        QVERIFY2(message().startsWith(u"Restored your unsent correction"_s), qPrintable(message()));
        QVERIFY(m_window->model()->isModified()); // unsent: closing asks before discarding it
    }

    void commandLinePrefillWinsOverADraft()
    {
        DraftStore store;
        store.update(Draft {Campaign, u"draft-call"_s, {{u"Old"_s, u"row"_s}}, {}});
        QVERIFY(store.flush());

        openWindow();
        LaunchOptions options;
        options.campaignId = u"C-200"_s;
        options.callId = callId(1);
        options.attributes = {{u"New"_s, u"row"_s}};
        m_window->applyLaunchOptions(options);
        m_window->restoreDraft();
        QCOMPARE(child<QComboBox>(u"campaign_combo"_s)->currentText(), u"C-200"_s);
        QCOMPARE(child<QLineEdit>(u"call_edit"_s)->text(), callId(1));
        QCOMPARE(m_window->model()->attributes(), (QList<Icws::Attribute> {{u"New"_s, u"row"_s}}));
        QVERIFY2(message().contains(u"from the command line"_s) && message().contains(u"draft-call"_s)
                     && message().contains(u"was not restored"_s),
                 qPrintable(message()));
    }

    void acceptedCorrectionClearsItsDraft()
    {
        openWindow();
        QVERIFY(logIn());
        fill(callId(1), {{u"Name"_s, u"Ann Lee"_s}});
        QTRY_VERIFY(QFile::exists(DraftStore::defaultFilePath()));
        send();
        QTRY_VERIFY(message().startsWith(u"Accepted by the server (202)"_s));
        QTRY_VERIFY(!QFile::exists(DraftStore::defaultFilePath()));
        QVERIFY(!m_window->draftStore()->hasPendingWrite());
        // The table redrawing after the 202 (row states, "On the call now") does not write it again.
        CallDataModel *model = m_window->model();
        emit model->dataChanged(model->index(0, 0), model->index(0, 1));
        QVERIFY(!m_window->draftStore()->hasPendingWrite());

        // A refused one keeps it.
        m_sim->config().inactiveCalls.insert(callId(2));
        fill(callId(2), {{u"Name"_s, u"Bo"_s}});
        send();
        QTRY_VERIFY(message().contains(u"400"_s));
        QTRY_VERIFY(QFile::exists(DraftStore::defaultFilePath()));
        QCOMPARE(DraftStore().load()->callId, callId(2));
    }

    void closingOnPurposeLeavesNoDraft()
    {
        openWindow();
        fill(callId(1), {{u"Name"_s, u"Ann Lee"_s}});
        QVERIFY(m_window->close()); // the discard question is answered yes
        QVERIFY(!QFile::exists(DraftStore::defaultFilePath()));
        QVERIFY(!m_window->draftStore()->hasPendingWrite());
    }
};

QTEST_MAIN(tst_WindowAudit)
#include "tst_windowaudit.moc"
