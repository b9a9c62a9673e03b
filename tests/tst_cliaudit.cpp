// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

// calldata-cli and the audit log: `update` records every send (accepted, refused, network
// failures, failed logins) before printing its result; `audit verify` and `audit export --csv`
// with every exit code. The real binary against the in-process icws-sim over loopback, with its
// data and config folders in a temporary directory.
#include "appsettings.h"
#include "auditlog.h"
#include "protocol.h"
#include "simulator.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString User = u"supervisor"_s;
const QString Password = u"Pw-7f3q-SECRET-zz"_s;

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class tst_CliAudit final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<IcwsSim::Simulator> m_sim;

    QString logPath() const { return m_home->filePath(u"data/calldata-editor/audit.jsonl"_s); }

    // The real binary, serving the in-process simulator meanwhile; data and config in m_home.
    CliRun runCli(const QStringList &arguments, const QByteArray &input = {}, const QString &dataHome = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"ICWS_PASSWORD"_s);
        for (const char *proxy :
             {"http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"})
            env.remove(QString::fromLatin1(proxy));
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.insert(u"XDG_DATA_HOME"_s, dataHome.isEmpty() ? m_home->filePath(u"data"_s) : dataHome);
        env.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(CALLDATA_CLI_PATH), arguments);
        process.write(input);
        process.closeWriteChannel();
        CliRun run;
        if (!finished.wait(60000) && finished.isEmpty()) {
            process.kill();
            process.waitForFinished(5000);
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    IcwsSim::Simulator &startSim()
    {
        IcwsSim::Config config;
        config.users = {{User, {Password, u"Demo Supervisor"_s}}};
        m_sim = std::make_unique<IcwsSim::Simulator>(config);
        QString error;
        if (!m_sim->listen(QHostAddress::LocalHost, 0, &error))
            qFatal("icws-sim did not start: %s", qPrintable(error));
        return *m_sim;
    }

    QStringList update(const QString &server, const QStringList &extra = {}) const
    {
        return QStringList {u"update"_s,    u"--server"_s,        server,         u"--user"_s,
                            User,           u"--campaign"_s,      u"C1"_s,        u"--call"_s,
                            u"1234"_s,      u"--set"_s,           u"name=Jane"_s, u"--set"_s,
                            u"zip=46204"_s, u"--password-stdin"_s}
        + extra;
    }
    QString server() const { return m_sim->baseUrl().toString(); }
    static QByteArray passwordLine() { return Password.toUtf8() + '\n'; }

    QList<CallData::AuditRecord> records() const { return CallData::AuditLog(logPath()).read().records; }

private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
    }
    void cleanup()
    {
        m_sim.reset();
        m_home.reset();
    }

    void acceptedSendIsRecordedWithEverything()
    {
        IcwsSim::Simulator &sim = startSim();
        const CliRun run = runCli(update(server()), passwordLine());
        QCOMPARE(run.exitCode, 0);
        const QList<CallData::AuditRecord> log = records();
        QCOMPARE(log.size(), 1);
        const CallData::AuditRecord &record = log.at(0);
        QCOMPARE(record.source, u"calldata-cli"_s);
        QCOMPARE(record.server, Icws::hostPort(sim.baseUrl()));
        QCOMPARE(record.user, User);
        QCOMPARE(record.campaignId, u"C1"_s);
        QCOMPARE(record.callId, u"1234"_s);
        QCOMPARE(record.attributes,
                 (QList<Icws::Attribute> {{u"name"_s, u"Jane"_s}, {u"zip"_s, u"46204"_s}}));
        QCOMPARE(record.stage, u"update"_s);
        QCOMPARE(record.outcome, u"success"_s);
        QCOMPARE(record.status, 202);

        QFile file(logPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(Password.toUtf8()), bytes.constData());
        for (const IcwsSim::RecordedRequest &request : sim.requests()) {
            for (const QByteArray &secret :
                 {request.header("ININ-ICWS-CSRF-Token"), request.header("Cookie")})
                QVERIFY2(secret.isEmpty() || !bytes.contains(secret), "a session secret is in the audit log");
        }
    }

    void refusedSendIsRecordedWithTheServersWords()
    {
        IcwsSim::Simulator &sim = startSim();
        sim.config().inactiveCalls.insert(u"1234"_s);
        const CliRun run = runCli(update(server(), {u"--json"_s}), passwordLine());
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(run.json().value(u"audited"_s).toBool(), true);
        const CallData::AuditRecord record = records().value(0);
        QCOMPARE(record.outcome, u"badRequest"_s);
        QCOMPARE(record.status, 400);
        QCOMPARE(record.errorId, u"error.request.dialer.callNotActive"_s);
        QCOMPARE(record.message, u"The call is not active."_s);
    }

    void sendThatTimedOutIsRecorded()
    {
        IcwsSim::Simulator &sim = startSim();
        connect(&sim, &IcwsSim::Simulator::requestReceived, &sim,
                [&sim](const IcwsSim::RecordedRequest &request) {
                    if (request.path.endsWith(QLatin1String("/dialer/update-call-data")))
                        sim.config().delayMs = 3000;
                });
        const CliRun run = runCli(update(server(), {u"--timeout"_s, u"1"_s}), passwordLine());
        QCOMPARE(run.exitCode, 8);
        const CallData::AuditRecord record = records().value(0);
        QCOMPARE(record.stage, u"update"_s);
        QCOMPARE(record.outcome, u"timeout"_s);
        QCOMPARE(record.status, 0);
        QVERIFY(!record.transportError.isEmpty());
    }

    void unreachableServerIsRecordedAsALoginFailure()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString address = u"http://127.0.0.1:%1"_s.arg(closed.serverPort());
        closed.close();
        const CliRun run = runCli(update(address), passwordLine());
        QCOMPARE(run.exitCode, 8);
        const CallData::AuditRecord record = records().value(0);
        QCOMPARE(record.stage, u"login"_s);
        QCOMPARE(record.outcome, u"connectionRefused"_s);
        QVERIFY(!record.transportError.isEmpty());
        QCOMPARE(record.callId, u"1234"_s);
    }

    void refusedLoginIsRecordedWithoutThePassword()
    {
        startSim();
        const CliRun run = runCli(update(server()), "Wrong-Pw-9x8y\n");
        QCOMPARE(run.exitCode, 3);
        const CallData::AuditRecord record = records().value(0);
        QCOMPARE(record.stage, u"login"_s);
        QCOMPARE(record.status, 400);
        QFile file(logPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("Wrong-Pw-9x8y"));
    }

    void nothingSentNothingRecorded()
    {
        IcwsSim::Simulator &sim = startSim();
        QCOMPARE(runCli(update(server(), {u"--dry-run"_s})).exitCode, 0);
        QCOMPARE(runCli(update(server(), {u"--set"_s, u"=x"_s}), passwordLine()).exitCode, 2);
        QVERIFY(sim.requests().isEmpty());
        QVERIFY(!QFile::exists(logPath()));
    }

    void auditMaskFlagAndWindowSettingMaskValues()
    {
        startSim();
        QCOMPARE(runCli(update(server(), {u"--audit-mask"_s}), passwordLine()).exitCode, 0);
        // The window's setting masks the CLI's records too.
        CallData::AppSettings windowSettings(
            m_home->filePath(u"config/calldata-editor/calldata-editor.conf"_s));
        windowSettings.setAuditMaskValues(true);
        windowSettings.sync();
        QCOMPARE(runCli(update(server()), passwordLine()).exitCode, 0);

        const QList<CallData::AuditRecord> log = records();
        QCOMPARE(log.size(), 2);
        for (const CallData::AuditRecord &record : log) {
            QVERIFY(record.masked);
            QCOMPARE(record.attributes.at(0).first, u"name"_s);
            QVERIFY(record.attributes.at(0).second.startsWith(u"hmac-sha256:"_s));
        }
        QFile file(logPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("46204"));
    }

    void unwritableLogIsToldAndTheOutcomeStillShown()
    {
        startSim();
        const QString blocker = m_home->filePath(u"blocker"_s);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const CliRun run = runCli(update(server()), passwordLine(), blocker);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("audit log") && run.err.contains("could not be written"),
                 run.err.constData());
        QVERIFY(run.out.startsWith("Accepted by the server (202)"));

        const CliRun json = runCli(update(server(), {u"--json"_s}), passwordLine(), blocker);
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.json().value(u"audited"_s).toBool(true), false);
        QVERIFY(json.json().value(u"auditError"_s).toString().contains(u"could not be written"_s));
        QCOMPARE(json.json().value(u"outcome"_s).toString(), u"success"_s);
    }

    void verifyIntactExitsZero()
    {
        startSim();
        for (int i = 0; i < 2; ++i)
            QCOMPARE(runCli(update(server()), passwordLine()).exitCode, 0);
        const CliRun run = runCli({u"audit"_s, u"verify"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("intact, 2 records"), run.out.constData());

        const CliRun json = runCli({u"audit"_s, u"verify"_s, u"--json"_s});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject object = json.json();
        QCOMPARE(object.value(u"ok"_s).toBool(), true);
        QCOMPARE(object.value(u"outcome"_s).toString(), u"intact"_s);
        QCOMPARE(object.value(u"records"_s).toInt(), 2);
        QVERIFY(object.value(u"badLine"_s).isNull());
        QCOMPARE(object.value(u"lastHash"_s).toString(), CallData::AuditLog(logPath()).verify().lastHash);
    }

    void verifyBrokenExitsOneNamingTheLine()
    {
        startSim();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(runCli(update(server()), passwordLine()).exitCode, 0);
        // An edited copy elsewhere, checked with --file: line 1's name changed.
        const QString copy = m_home->filePath(u"copy.jsonl"_s);
        QFile original(logPath());
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray bytes = original.readAll();
        bytes.replace(bytes.indexOf("Jane"), 4, "Joan");
        QFile edited(copy);
        QVERIFY(edited.open(QIODevice::WriteOnly));
        edited.write(bytes);
        edited.close();

        const CliRun run = runCli({u"audit"_s, u"verify"_s, u"--file"_s, copy});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("broken at line 2") && run.out.contains("line 1 was edited"),
                 run.out.constData());

        const CliRun json = runCli({u"audit"_s, u"verify"_s, u"--file"_s, copy, u"--json"_s});
        QCOMPARE(json.exitCode, 1);
        QCOMPARE(json.json().value(u"ok"_s).toBool(true), false);
        QCOMPARE(json.json().value(u"outcome"_s).toString(), u"broken"_s);
        QCOMPARE(json.json().value(u"badLine"_s).toInt(), 2);
        QVERIFY(json.json().value(u"lastHash"_s).isNull());

        // The original is untouched and still intact.
        QCOMPARE(runCli({u"audit"_s, u"verify"_s}).exitCode, 0);
    }

    void verifyMissingLogExitsOne()
    {
        const CliRun run = runCli({u"audit"_s, u"verify"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("does not exist"), run.out.constData());
    }

    void exportCsvPrintsEveryRecord()
    {
        startSim();
        QCOMPARE(
            runCli(update(server(), {u"--set"_s, u"note=a, \"quoted\" note"_s}), passwordLine()).exitCode, 0);
        QCOMPARE(runCli(update(server()), passwordLine()).exitCode, 0);
        const CliRun run = runCli({u"audit"_s, u"export"_s, u"--csv"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        const QList<QByteArray> rows = run.out.split('\n');
        QCOMPARE(rows.size(), 4); // header, two records, and the empty text after the last CRLF
        QVERIFY(rows.at(0).startsWith("seq,time,source,server,user,campaignId,callId,attributes,"));
        QVERIFY(rows.at(0).endsWith('\r'));
        QVERIFY2(rows.at(1).contains("\"\"note\"\",\"\"value\"\":\"\"a, \\\"\"quoted\\\"\" note\"\""),
                 rows.at(1).constData());
        QVERIFY(rows.at(2).startsWith("2,"));

        const CliRun copy = runCli({u"audit"_s, u"export"_s, u"--csv"_s, u"--file"_s, logPath()});
        QCOMPARE(copy.out, run.out);
    }

    void exportMissingLogExitsOne()
    {
        const CliRun run = runCli({u"audit"_s, u"export"_s, u"--csv"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.contains("does not exist"));
    }

    void auditUsageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no action") << QStringList {u"audit"_s} << u"audit needs an action"_s;
        QTest::newRow("unknown action") << QStringList {u"audit"_s, u"check"_s} << u"Unknown audit action"_s;
        QTest::newRow("export without format") << QStringList {u"audit"_s, u"export"_s} << u"needs --csv"_s;
        QTest::newRow("export as json") << QStringList {u"audit"_s, u"export"_s, u"--csv"_s, u"--json"_s}
                                        << u"--json is for audit verify"_s;
        QTest::newRow("csv on verify")
            << QStringList {u"audit"_s, u"verify"_s, u"--csv"_s} << u"--csv is an option of audit export"_s;
        QTest::newRow("update option") << QStringList {u"audit"_s, u"verify"_s, u"--audit-mask"_s}
                                       << u"--audit-mask is not an option of audit"_s;
        QTest::newRow("file needs a value")
            << QStringList {u"audit"_s, u"verify"_s, u"--file"_s} << u"--file needs a value"_s;
    }
    void auditUsageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        // With --json the usage error is the JSON object on stdout.
        QVERIFY2(QString::fromUtf8(run.out + run.err).contains(message), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(tst_CliAudit)
#include "tst_cliaudit.moc"
