// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "appsettings.h"
#include "calldatamodel.h"
#include "credentialstore.h"
#include "launchoptions.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using CallData::CallDataModel;
using Icws::Attribute;
using RowState = CallDataModel::RowState;

Q_DECLARE_METATYPE(QList<Icws::Attribute>)
Q_DECLARE_METATYPE(QList<CallData::CallDataModel::RowState>)

namespace {

Attribute attr(const char *key, const char *value)
{
    return {QString::fromUtf8(key), QString::fromUtf8(value)};
}

QList<RowState> states(const CallDataModel &model)
{
    QList<RowState> result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.rowState(row);
    return result;
}

} // namespace

class tst_CallDataModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldHaveDefaultValue();
    void validation_data();
    void validation();
    void tooltipExplainsProblem();
    void setDataOnlyAcceptsEditRole();
    void editIsUndoable();
    void addInsertRemoveUndoRedo();
    void removeNonContiguousRows();
    void replaceAllAndClearAreUndoable();
    void qtModelApiGoesThroughUndoStack();
    void modifiedFollowsCleanState();
    void summaryCountsRows();
    void externalStack();
    void settingsRoundTrip();
    void settingsNeverHoldPassword();
    void memoryCredentialStore();
    void launchOptions_data();
    void launchOptions();
    void invalidUtf8ArgumentIsNamedByItsOption();
};

void tst_CallDataModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_CallDataModel::shouldHaveDefaultValue()
{
    CallDataModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Key"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Value"));
    QVERIFY(!model.isModified());
    QVERIFY(!model.hasErrors());
    QVERIFY(model.attributes().isEmpty());
    QVERIFY(model.undoStack());
    QVERIFY(!model.summary().isEmpty());
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
}

void tst_CallDataModel::validation_data()
{
    QTest::addColumn<QList<Attribute>>("rows");
    QTest::addColumn<QList<RowState>>("expected");

    QTest::newRow("valid") << QList<Attribute> {attr("Name", "Ann"), attr("City", "")}
                           << QList<RowState> {RowState::Ok, RowState::Ok};
    QTest::newRow("empty key") << QList<Attribute> {attr("", "x")} << QList<RowState> {RowState::Error};
    QTest::newRow("whitespace key") << QList<Attribute> {attr("   ", "x")}
                                    << QList<RowState> {RowState::Error};
    QTest::newRow("duplicate ignoring case")
        << QList<Attribute> {attr("Name", "a"), attr("x", "b"), attr(" NAME ", "c")}
        << QList<RowState> {RowState::Ok, RowState::Ok, RowState::Error};
    QTest::newRow("control character in key")
        << QList<Attribute> {attr("Na\tme", "a")} << QList<RowState> {RowState::Error};
    QTest::newRow("dialer managed") << QList<Attribute> {attr("I3_Identity", "1"), attr("status", "J"),
                                                         attr("Zone", "x"), attr("attempts", "2")}
                                    << QList<RowState> {RowState::Warning, RowState::Warning,
                                                        RowState::Warning, RowState::Warning};
    QTest::newRow("long values are fine")
        << QList<Attribute> {{QStringLiteral("k"), QString(5000, QLatin1Char('v'))}}
        << QList<RowState> {RowState::Ok};
    QTest::newRow("unicode key") << QList<Attribute> {attr("Straße", "Ä")} << QList<RowState> {RowState::Ok};
}

void tst_CallDataModel::validation()
{
    QFETCH(QList<Attribute>, rows);
    QFETCH(QList<RowState>, expected);
    CallDataModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.replaceAll(rows);
    QCOMPARE(states(model), expected);
    QCOMPARE(model.attributes(), rows);
    const bool anyError = expected.contains(RowState::Error);
    QCOMPARE(model.hasErrors(), anyError);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QVariant background = model.data(model.index(row, 0), Qt::BackgroundRole);
        QCOMPARE(background.isValid(), expected.at(row) != RowState::Ok);
        QCOMPARE(model.data(model.index(row, 0), CallDataModel::RowStateRole).toInt(), int(expected.at(row)));
    }
}

void tst_CallDataModel::tooltipExplainsProblem()
{
    CallDataModel model;
    model.replaceAll(
        {attr("Name", "a"), attr("name", "b"), attr("", "c"), attr("status", "d"), attr("ok", "x\ny")});
    QVERIFY(model.data(model.index(0, 0), Qt::ToolTipRole).isNull());
    const QString duplicate = model.data(model.index(1, 0), Qt::ToolTipRole).toString();
    QVERIFY2(duplicate.contains(QStringLiteral("repeats row 1")), qPrintable(duplicate));
    QVERIFY(model.data(model.index(2, 0), Qt::ToolTipRole).toString().contains(QStringLiteral("empty")));
    QVERIFY(model.data(model.index(3, 0), Qt::ToolTipRole).toString().contains(QStringLiteral("Dialer")));
    QVERIFY(model.data(model.index(4, 1), Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("control character")));
    QCOMPARE(model.errorCount(), 2);
    QCOMPARE(model.warningCount(), 1);
    QVERIFY(model.summary().contains(QStringLiteral("2 rows must be fixed")));
    QVERIFY(
        model.headerData(1, Qt::Vertical, Qt::ToolTipRole).toString().contains(QStringLiteral("repeats")));

    // Fixing the first of two duplicates clears the mark on the second.
    QVERIFY(model.setData(model.index(0, 0), QStringLiteral("Other")));
    QCOMPARE(model.rowState(1), RowState::Ok);
}

void tst_CallDataModel::setDataOnlyAcceptsEditRole()
{
    CallDataModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addRow();
    QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("x"), Qt::DisplayRole));
    QVERIFY(!model.setData(QModelIndex(), QStringLiteral("x")));
    QVERIFY(!model.setData(model.index(5, 0), QStringLiteral("x")));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(0, 0), QStringLiteral("Key")));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(model.data(model.index(0, 0)).toString(), QStringLiteral("Key"));
    QVERIFY(model.flags(model.index(0, 1)).testFlag(Qt::ItemIsEditable));
}

void tst_CallDataModel::editIsUndoable()
{
    CallDataModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.replaceAll({attr("a", "1")});
    QVERIFY(model.setData(model.index(0, 1), QStringLiteral("2")));
    QCOMPARE(model.attribute(0).second, QStringLiteral("2"));
    model.undoStack()->undo();
    QCOMPARE(model.attribute(0).second, QStringLiteral("1"));
    model.undoStack()->redo();
    QCOMPARE(model.attribute(0).second, QStringLiteral("2"));
    // Setting the same text is not an undo step.
    const int index = model.undoStack()->index();
    QVERIFY(model.setData(model.index(0, 1), QStringLiteral("2")));
    QCOMPARE(model.undoStack()->index(), index);
}

void tst_CallDataModel::addInsertRemoveUndoRedo()
{
    CallDataModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.addRow(), 0);
    QCOMPARE(model.rowCount(), 1);
    model.insertAttributes(0, {attr("a", "1"), attr("b", "2")});
    QCOMPARE(model.attributes(), (QList<Attribute> {attr("a", "1"), attr("b", "2"), attr("", "")}));
    model.removeRowList({2});
    QCOMPARE(model.rowCount(), 2);
    model.undoStack()->undo();
    QCOMPARE(model.rowCount(), 3);
    model.undoStack()->undo();
    QCOMPARE(model.attributes(), (QList<Attribute> {attr("", "")}));
    model.undoStack()->undo();
    QCOMPARE(model.rowCount(), 0);
    model.undoStack()->redo();
    model.undoStack()->redo();
    model.undoStack()->redo();
    QCOMPARE(model.attributes(), (QList<Attribute> {attr("a", "1"), attr("b", "2")}));
}

void tst_CallDataModel::removeNonContiguousRows()
{
    CallDataModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<Attribute> rows {attr("a", "1"), attr("b", "2"), attr("c", "3"), attr("d", "4"),
                                 attr("e", "5")};
    model.replaceAll(rows);
    model.removeRowList({3, 0, 3, 99, 1});
    QCOMPARE(model.attributes(), (QList<Attribute> {attr("c", "3"), attr("e", "5")}));
    model.undoStack()->undo();
    QCOMPARE(model.attributes(), rows);
}

void tst_CallDataModel::replaceAllAndClearAreUndoable()
{
    CallDataModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.replaceAll({attr("a", "1")}, QStringLiteral("Import x.json"));
    QCOMPARE(model.undoStack()->undoText(), QStringLiteral("Import x.json"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.undoStack()->undo();
    QCOMPARE(model.attributes(), (QList<Attribute> {attr("a", "1")}));
    const int steps = model.undoStack()->count();
    model.clear();
    model.clear(); // clearing an empty table is no step
    QCOMPARE(model.undoStack()->count(), steps);
}

void tst_CallDataModel::qtModelApiGoesThroughUndoStack()
{
    CallDataModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.insertRows(0, 2));
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(!model.insertRows(5, 1));
    QVERIFY(model.removeRows(0, 1));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.removeRows(0, 5));
    model.undoStack()->undo();
    model.undoStack()->undo();
    QCOMPARE(model.rowCount(), 0);
}

void tst_CallDataModel::modifiedFollowsCleanState()
{
    CallDataModel model;
    QSignalSpy modified(&model, &CallDataModel::modifiedChanged);
    model.addRow();
    QVERIFY(model.isModified());
    QCOMPARE(modified.count(), 1);
    model.setUnmodified();
    QVERIFY(!model.isModified());
    model.setData(model.index(0, 0), QStringLiteral("k"));
    QVERIFY(model.isModified());
    model.undoStack()->undo();
    QVERIFY(!model.isModified());
}

void tst_CallDataModel::summaryCountsRows()
{
    CallDataModel model;
    model.replaceAll({attr("a", "1"), attr("b", "2"), attr("c", "3")});
    QVERIFY2(model.summary().startsWith(QStringLiteral("3 attributes ready to send.")),
             qPrintable(model.summary()));
    model.insertAttributes(3, {attr("I3_Identity", "x")});
    QVERIFY(model.summary().contains(QStringLiteral("1 warning")));
}

void tst_CallDataModel::externalStack()
{
    QUndoStack stack;
    {
        CallDataModel model(&stack);
        QCOMPARE(model.undoStack(), &stack);
        model.addRow();
        QCOMPARE(stack.count(), 1);
    }
    // The model is gone; its commands must not outlive it on a stack it does not own.
    QCOMPARE(stack.count(), 0);
}

void tst_CallDataModel::settingsRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        CallData::AppSettings settings(file);
        QCOMPARE(settings.pollingIntervalSeconds(), 10);
        for (int i = 0; i < 12; ++i)
            settings.addRecentServer(QStringLiteral("server%1").arg(i));
        settings.addRecentServer(QStringLiteral("SERVER3"));
        settings.addRecentCampaign(QStringLiteral("c1"));
        settings.addRecentCampaign(QStringLiteral("c2"));
        settings.addRecentCampaign(QStringLiteral("c1"));
        settings.setLastUser(QStringLiteral(" supervisor "));
        settings.setPollingIntervalSeconds(99);
        settings.setCertificatePin(QStringLiteral("Host:8019"), QByteArray(32, '\x01'));
        settings.setRememberPassword(true);
        settings.setLanguage(QStringLiteral("de"));
    }
    CallData::AppSettings settings(file);
    const QStringList servers = settings.recentServers();
    QCOMPARE(servers.size(), 10);
    QCOMPARE(servers.first(), QStringLiteral("SERVER3"));
    QCOMPARE(servers.count(QStringLiteral("server3")), 0);
    QCOMPARE(settings.recentCampaigns(), (QStringList {QStringLiteral("c1"), QStringLiteral("c2")}));
    QCOMPARE(settings.lastUser(), QStringLiteral("supervisor"));
    QCOMPARE(settings.pollingIntervalSeconds(), 30);
    settings.setPollingIntervalSeconds(0);
    QCOMPARE(settings.pollingIntervalSeconds(), 1);
    QCOMPARE(settings.certificatePin(QStringLiteral("host:8019")), QByteArray(32, '\x01'));
    QVERIFY(settings.certificatePin(QStringLiteral("host:8018")).isEmpty());
    QVERIFY(settings.rememberPassword());
    QCOMPARE(settings.language(), QStringLiteral("de"));
    settings.removeCertificatePin(QStringLiteral("host:8019"));
    QVERIFY(settings.certificatePins().isEmpty());
}

void tst_CallDataModel::settingsNeverHoldPassword()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    {
        CallData::AppSettings settings(file);
        settings.setLastUser(QStringLiteral("supervisor"));
        settings.setRememberPassword(true);
        settings.sync();
    }
    QFile ini(file);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray text = ini.readAll().toLower();
    QVERIFY(text.contains("rememberpassword=true"));
    QVERIFY(!text.contains("\npassword="));
}

void tst_CallDataModel::memoryCredentialStore()
{
    CallData::MemoryCredentialStore store;
    QCOMPARE(CallData::CredentialStore::keyFor(QStringLiteral("sup"), QStringLiteral("Cic1:8019")),
             QStringLiteral("sup@cic1:8019"));
    QSignalSpy written(&store, &CallData::CredentialStore::passwordWritten);
    QSignalSpy read(&store, &CallData::CredentialStore::passwordRead);
    store.writePassword(QStringLiteral("k"), QStringLiteral("secret"));
    QVERIFY(written.wait());
    store.readPassword(QStringLiteral("k"));
    QVERIFY(read.wait());
    QCOMPARE(read.last().at(1).value<CallData::CredentialStore::Status>(),
             CallData::CredentialStore::Status::Ok);
    QCOMPARE(read.last().at(2).toString(), QStringLiteral("secret"));

    store.setSupported(false);
    store.readPassword(QStringLiteral("k"));
    QVERIFY(read.wait());
    QCOMPARE(read.last().at(1).value<CallData::CredentialStore::Status>(),
             CallData::CredentialStore::Status::NoKeychain);
    QVERIFY(CallData::CredentialStore::describe(CallData::CredentialStore::Status::NoKeychain, {})
                .contains(QStringLiteral("No system keychain")));
}

void tst_CallDataModel::launchOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("rows");

    const QString app = QStringLiteral("calldata-editor");
    QTest::newRow("none") << QStringList {app} << true << 0;
    QTest::newRow("all") << QStringList {app,
                                         QStringLiteral("--server"),
                                         QStringLiteral("cic1"),
                                         QStringLiteral("--user"),
                                         QStringLiteral("sup"),
                                         QStringLiteral("--campaign"),
                                         QStringLiteral("C1"),
                                         QStringLiteral("--call"),
                                         QStringLiteral("42"),
                                         QStringLiteral("--set"),
                                         QStringLiteral("Name=Ann=Lee"),
                                         QStringLiteral("--set"),
                                         QStringLiteral("Empty="),
                                         QStringLiteral("--language"),
                                         QStringLiteral("de")}
                         << true << 2;
    QTest::newRow("set without equals")
        << QStringList {app, QStringLiteral("--set"), QStringLiteral("Name")} << false << 0;
    QTest::newRow("set with empty key")
        << QStringList {app, QStringLiteral("--set"), QStringLiteral("=x")} << false << 0;
    QTest::newRow("no password option")
        << QStringList {app, QStringLiteral("--password"), QStringLiteral("x")} << false << 0;
    QTest::newRow("positional") << QStringList {app, QStringLiteral("extra")} << false << 0;
}

void tst_CallDataModel::launchOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, ok);
    QFETCH(int, rows);
    CallData::LaunchOptions options;
    QString error;
    QCOMPARE(CallData::parseLaunchOptions(arguments, &options, &error), ok);
    QCOMPARE(error.isEmpty(), ok);
    QCOMPARE(options.attributes.size(), rows);
    if (rows == 2) {
        QCOMPARE(options.server, QStringLiteral("cic1"));
        QCOMPARE(options.callId, QStringLiteral("42"));
        QCOMPARE(options.attributes.first(), attr("Name", "Ann=Lee"));
        QCOMPARE(options.attributes.last(), attr("Empty", ""));
        QCOMPARE(options.language, QStringLiteral("de"));
    }
}

void tst_CallDataModel::invalidUtf8ArgumentIsNamedByItsOption()
{
    // Qt turns such bytes into U+FFFD; they must be refused, not sent.
    const char *separate[] = {"calldata-editor", "--campaign", "C1", "--set", "name=Zo\xEB"};
    QString problem = CallData::invalidUtf8Argument(5, separate);
    QVERIFY2(problem.contains(QStringLiteral("--set")), qPrintable(problem));
    QVERIFY2(problem.contains(QStringLiteral("UTF-8")), qPrintable(problem));

    const char *joined[] = {"calldata-editor", "--call=10\xff"};
    problem = CallData::invalidUtf8Argument(2, joined);
    QVERIFY2(problem.contains(QStringLiteral("--call")), qPrintable(problem));

    const char *valid[] = {"calldata-editor", "--set", "name=Zo\xC3\xAB", "--user", "\xE5\xBC\xA0"};
    QVERIFY(CallData::invalidUtf8Argument(5, valid).isEmpty());
}

QTEST_GUILESS_MAIN(tst_CallDataModel)
#include "tst_calldatamodel.moc"
