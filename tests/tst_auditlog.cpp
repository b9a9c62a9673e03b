// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

// The audit log: what a record holds, the hash chain, tamper detection, masking, the system log
// copy, CSV export and appends from several processes at once.
#include "auditlog.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace CallData;
using namespace Qt::StringLiterals;

namespace {

// Set in a child process: append this many records to the given log, then exit.
const char WriterPathVariable[] = "TST_AUDITLOG_WRITER_PATH";
const char WriterCountVariable[] = "TST_AUDITLOG_WRITER_COUNT";

AuditEntry entry(const QString &callId, Icws::Outcome outcome = Icws::Outcome::Success, int status = 202)
{
    AuditEntry e;
    e.source = u"calldata-cli"_s;
    e.server = u"cic1.example.com:8019"_s;
    e.user = u"supervisor"_s;
    e.update.campaignId = u"4F1C2A"_s;
    e.update.callId = callId;
    e.update.attributes = {{u"customer_name"_s, u"Jane Doe"_s}, {u"zip"_s, u"46204"_s}};
    e.stage = u"update"_s;
    e.result.outcome = outcome;
    e.result.httpStatus = status;
    return e;
}

int runWriter()
{
    AuditLog log(qEnvironmentVariable(WriterPathVariable));
    const int count = qEnvironmentVariableIntValue(WriterCountVariable);
    for (int i = 0; i < count; ++i) {
        QString error;
        if (!log.append(entry(QString::number(i)), &error)) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    return 0;
}

// Read and write for the owner, nothing for group and others: the file holds customer data.
bool ownerAlone(const QString &path)
{
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    return permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner) && !(permissions & others);
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class tst_AuditLog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    QList<QByteArray> fileLines() const
    {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<QByteArray> lines = file.readAll().split('\n');
        lines.removeLast(); // after the last line feed
        return lines;
    }
    void writeLines(const QList<QByteArray> &lines, const QByteArray &ending = "\n")
    {
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot rewrite the log");
        file.write(lines.join('\n') + ending);
    }
    void appendThree()
    {
        AuditLog log(m_path);
        for (const QString &call : {u"1001"_s, u"1002"_s, u"1003"_s}) {
            QString error;
            QVERIFY2(log.append(entry(call), &error), qPrintable(error));
        }
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path =
            m_dir.filePath(u"audit-%1/audit.jsonl"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
        if (const char *tag = QTest::currentDataTag())
            m_path.replace(u"/audit.jsonl"_s,
                           u"-%1/audit.jsonl"_s.arg(QString::fromLatin1(tag).replace(u' ', u'-')));
    }

    void recordHoldsWhoWhatWhereAndTheOutcome()
    {
        AuditLog log(m_path);
        AuditEntry refused = entry(u"1001"_s, Icws::Outcome::BadRequest, 400);
        refused.result.serverError.errorId = u"error.request.dialer.invalidCall"_s;
        refused.result.serverError.message = u"The call is no longer active."_s;
        const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
        QString error;
        QVERIFY2(log.append(refused, &error), qPrintable(error));
        AuditEntry unreachable = entry(u"1002"_s, Icws::Outcome::ConnectionRefused, 0);
        unreachable.result.transportDetail = u"Connection refused"_s;
        QVERIFY2(log.append(unreachable, &error), qPrintable(error));

        const AuditReadResult read = log.read();
        QVERIFY(read.error.isEmpty());
        QVERIFY(read.unreadableLines.isEmpty());
        QCOMPARE(read.records.size(), 2);
        const AuditRecord &first = read.records.at(0);
        QCOMPARE(first.seq, 1);
        QCOMPARE(first.time.timeSpec(), Qt::UTC);
        QVERIFY(first.time >= before && first.time <= QDateTime::currentDateTimeUtc());
        QCOMPARE(first.source, u"calldata-cli"_s);
        QCOMPARE(first.server, u"cic1.example.com:8019"_s);
        QCOMPARE(first.user, u"supervisor"_s);
        QCOMPARE(first.campaignId, u"4F1C2A"_s);
        QCOMPARE(first.callId, u"1001"_s);
        QCOMPARE(first.attributes, refused.update.attributes);
        QCOMPARE(first.masked, false);
        QCOMPARE(first.outcome, u"badRequest"_s);
        QCOMPARE(first.status, 400);
        QCOMPARE(first.errorId, u"error.request.dialer.invalidCall"_s);
        QCOMPARE(first.message, u"The call is no longer active."_s);
        const AuditRecord &second = read.records.at(1);
        QCOMPARE(second.outcome, u"connectionRefused"_s);
        QCOMPARE(second.status, 0);
        QCOMPARE(second.transportError, u"Connection refused"_s);

        // Keys in the time's text say UTC explicitly, whatever the machine's zone.
        QVERIFY(fileLines().at(0).contains("\"time\":\"") && fileLines().at(0).contains("Z\""));
    }

    void eachRecordHashesThePreviousLinesBytes()
    {
        appendThree();
        const QList<QByteArray> lines = fileLines();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(AuditLog::genesisHash(), sha256Hex("calldata-editor audit log v1"));
        QStringList expected {AuditLog::genesisHash(), sha256Hex(lines.at(0)), sha256Hex(lines.at(1))};
        for (int i = 0; i < 3; ++i)
            QCOMPARE(QJsonDocument::fromJson(lines.at(i)).object().value(u"prev"_s).toString(),
                     expected.at(i));

        const AuditVerification verdict = AuditLog(m_path).verify();
        QVERIFY2(verdict.intact, qPrintable(verdict.problem));
        QCOMPARE(verdict.records, 3);
        QCOMPARE(verdict.badLine, 0);
        QCOMPARE(verdict.lastHash, sha256Hex(lines.at(2)));
        QVERIFY(verdict.note.isEmpty());
    }

    void tamperingIsFoundAtTheFirstBadLine_data()
    {
        QTest::addColumn<QString>("tampering");
        QTest::addColumn<int>("badLine");
        QTest::addColumn<QString>("reason");
        QTest::newRow("value edited") << u"edit 2"_s << 3 << u"line 2 was edited"_s;
        QTest::newRow("first line edited") << u"edit 1"_s << 2 << u"line 1 was edited"_s;
        QTest::newRow("last line edited") << u"edit 3"_s << 3 << u"edited"_s;
        QTest::newRow("middle line removed") << u"remove 2"_s << 2 << u"record number 3"_s;
        QTest::newRow("first line removed") << u"remove 1"_s << 1 << u"record number 2"_s;
        QTest::newRow("newest line removed") << u"remove 3"_s << 3 << u"newest records were removed"_s;
        QTest::newRow("lines reordered") << u"swap"_s << 2 << u"record number 3"_s;
        QTest::newRow("last line cut short") << u"truncate"_s << 3 << u"cut short"_s;
        QTest::newRow("garbage line") << u"garbage"_s << 2 << u"not an audit record"_s;
        QTest::newRow("foreign predecessor") << u"foreign"_s << 2 << u"does not follow line 1"_s;
    }
    void tamperingIsFoundAtTheFirstBadLine()
    {
        QFETCH(QString, tampering);
        QFETCH(int, badLine);
        QFETCH(QString, reason);
        appendThree();
        QList<QByteArray> lines = fileLines();
        const auto edit = [&](int index) {
            lines[index].replace("Jane Doe", "John Roe");
        };
        if (tampering.startsWith(u"edit"_s)) {
            edit(tampering.back().digitValue() - 1);
        } else if (tampering.startsWith(u"remove"_s)) {
            lines.removeAt(tampering.back().digitValue() - 1);
        } else if (tampering == u"swap"_s) {
            lines.swapItemsAt(1, 2);
        } else if (tampering == u"truncate"_s) {
            lines.last().chop(10);
            writeLines(lines, {});
        } else if (tampering == u"garbage"_s) {
            lines[1] = "{not json";
        } else if (tampering == u"foreign"_s) {
            // Line 2 claims another predecessor, as a record copied from another log would.
            QJsonObject object = QJsonDocument::fromJson(lines.at(1)).object();
            object.insert(u"prev"_s, sha256Hex("forged"));
            lines[1] = QJsonDocument(object).toJson(QJsonDocument::Compact);
        }
        if (tampering != u"truncate"_s)
            writeLines(lines);

        const AuditVerification verdict = AuditLog(m_path).verify();
        QVERIFY(!verdict.intact);
        QCOMPARE(verdict.badLine, badLine);
        QVERIFY2(verdict.problem.contains(reason, Qt::CaseInsensitive), qPrintable(verdict.problem));
        QVERIFY(verdict.lastHash.isEmpty());
    }

    void headFileBehindTheLogIsNotABreak()
    {
        // A crash between the append and the head update leaves the head one record behind.
        appendThree();
        const QList<QByteArray> lines = fileLines();
        QFile head(AuditLog(m_path).headFilePath());
        QVERIFY(head.open(QIODevice::WriteOnly | QIODevice::Truncate));
        head.write("{\"seq\":2,\"hash\":\"" + sha256Hex(lines.at(1)).toLatin1() + "\"}\n");
        head.close();
        QVERIFY(AuditLog(m_path).verify().intact);
    }

    void missingHeadFileIsANoteNotABreak()
    {
        appendThree();
        QVERIFY(QFile::remove(AuditLog(m_path).headFilePath()));
        const AuditVerification verdict = AuditLog(m_path).verify();
        QVERIFY(verdict.intact);
        QVERIFY2(verdict.note.contains(u"head file"_s), qPrintable(verdict.note));
    }

    void missingLogIsReported()
    {
        const AuditVerification verdict = AuditLog(m_path).verify();
        QVERIFY(!verdict.intact);
        QVERIFY2(verdict.problem.contains(u"does not exist"_s), qPrintable(verdict.problem));
    }

    void appendAfterACrashMidWriteStartsANewLine()
    {
        appendThree();
        QList<QByteArray> lines = fileLines();
        lines.last().chop(20);
        writeLines(lines, {});
        QString error;
        QVERIFY2(AuditLog(m_path).append(entry(u"1004"_s), &error), qPrintable(error));

        const AuditReadResult read = AuditLog(m_path).read();
        QCOMPARE(read.unreadableLines, QList<int> {3});
        QCOMPARE(read.records.constLast().callId, u"1004"_s);
        QCOMPARE(read.records.constLast().seq, 4);
        const AuditVerification verdict = AuditLog(m_path).verify();
        QCOMPARE(verdict.badLine, 3);
    }

    void maskedValuesAreKeyedHashesAndKeysStay()
    {
        AuditLog log(m_path);
        log.setMaskValues(true);
        QString error;
        QVERIFY2(log.append(entry(u"1001"_s), &error), qPrintable(error));
        QVERIFY2(log.append(entry(u"1002"_s), &error), qPrintable(error));

        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("Jane Doe"));
        QVERIFY(!bytes.contains("46204"));

        const QByteArray key = log.maskKey();
        QCOMPARE(key.size(), 32);
        QVERIFY(!bytes.contains(key.toHex()));
        QVERIFY(ownerAlone(log.maskKeyFilePath()));

        const QList<AuditRecord> records = log.read().records;
        QCOMPARE(records.at(0).masked, true);
        QCOMPARE(records.at(0).attributes.at(0).first, u"customer_name"_s);
        const QString digest = records.at(0).attributes.at(0).second;
        QVERIFY2(digest.startsWith(u"hmac-sha256:"_s) && digest.size() == 12 + 64, qPrintable(digest));
        // The same value masks the same way, so an investigator holding the key can confirm it.
        QCOMPARE(records.at(1).attributes.at(0).second, digest);
        QCOMPARE(digest, AuditLog::maskedValue(key, u"Jane Doe"_s));
        QVERIFY(AuditLog::maskedValue(key, u"Jane Doe"_s)
                != AuditLog::maskedValue(QByteArray(32, 'x'), u"Jane Doe"_s));
        QVERIFY(log.verify().intact);
    }

    void damagedMaskKeyWritesNothing()
    {
        AuditLog log(m_path);
        log.setMaskValues(true);
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        QFile key(log.maskKeyFilePath());
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write("short\n");
        key.close();
        QString error;
        QVERIFY(!log.append(entry(u"1001"_s), &error));
        QVERIFY2(error.contains(u"masking key"_s), qPrintable(error));
        QVERIFY(!QFile::exists(m_path));
    }

    void logIsReadableByItsOwnerOnly()
    {
        appendThree();
        QVERIFY(ownerAlone(m_path));
    }

    void unwritableLogIsReportedWithItsPath()
    {
        // A plain file where the log's folder should be: the folder cannot be made.
        const QString blocker = m_dir.filePath(u"blocker"_s);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        AuditLog log(blocker + u"/audit.jsonl"_s);
        QString error;
        QVERIFY(!log.append(entry(u"1001"_s), &error));
        QVERIFY2(error.contains(blocker + u"/audit.jsonl"_s) && error.contains(u"could not be written"_s),
                 qPrintable(error));
    }

    void systemLogCopyIsTheRecordWithItsHash()
    {
        AuditLog log(m_path);
        QList<QByteArray> copies;
        log.setSystemLogSink([&](const QByteArray &message) { copies.append(message); });
        QVERIFY(log.append(entry(u"1001"_s)));
        QVERIFY(copies.isEmpty()); // off unless asked for

        log.setSystemLogCopy(true);
        QVERIFY(log.append(entry(u"1002"_s)));
        QCOMPARE(copies.size(), 1);
        const QByteArray line = fileLines().at(1);
        QCOMPARE(copies.at(0), "calldata audit record sha256=" + sha256Hex(line).toLatin1() + ' ' + line);
    }

    void csvExportIsRfc4180()
    {
        AuditLog log(m_path);
        AuditEntry tricky = entry(u"1001"_s, Icws::Outcome::BadRequest, 400);
        tricky.result.serverError.message = u"Bad \"value\", see\nline two"_s;
        QVERIFY(log.append(tricky));

        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY2(log.exportCsv(&buffer, &error), qPrintable(error));
        const QString csv = QString::fromUtf8(buffer.data());
        QVERIFY(
            csv.startsWith(u"seq,time,source,server,user,campaignId,callId,attributes,masked,stage,outcome,"
                           "status,errorId,message,transportError,prev\r\n"_s));
        QVERIFY(csv.endsWith(u"\r\n"_s));
        QVERIFY2(csv.contains(u",\"Bad \"\"value\"\", see\nline two\","_s), qPrintable(csv));
        QVERIFY2(csv.contains(u",\"[{\"\"key\"\":\"\"customer_name\"\",\"\"value\"\":\"\"Jane Doe\"\"},"
                              "{\"\"key\"\":\"\"zip\"\",\"\"value\"\":\"\"46204\"\"}]\","_s),
                 qPrintable(csv));
        QVERIFY(csv.contains(u",badRequest,400,"_s));
        QVERIFY(csv.contains(u"1,"_s + log.read().records.at(0).time.toString(Qt::ISODateWithMs)
                             + u",calldata-cli,"_s));
    }

    void concurrentAppendsFromTwoProcessesKeepOneChain()
    {
        constexpr int PerWriter = 25;
        QList<QProcess *> writers;
        for (int i = 0; i < 2; ++i) {
            auto *writer = new QProcess(this);
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QString::fromLatin1(WriterPathVariable), m_path);
            environment.insert(QString::fromLatin1(WriterCountVariable), QString::number(PerWriter));
            writer->setProcessEnvironment(environment);
            writer->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            writer->start(QCoreApplication::applicationFilePath(), {});
            writers.append(writer);
        }
        // This process writes at the same time, as the window would while the CLI runs.
        AuditLog log(m_path);
        for (int i = 0; i < PerWriter; ++i)
            QVERIFY(log.append(entry(u"here-%1"_s.arg(i))));
        for (QProcess *writer : std::as_const(writers)) {
            QVERIFY(writer->waitForFinished(60000));
            QCOMPARE(writer->exitStatus(), QProcess::NormalExit);
            QCOMPARE(writer->exitCode(), 0);
        }
        const AuditVerification verdict = log.verify();
        QVERIFY2(verdict.intact, qPrintable(verdict.problem));
        QCOMPARE(verdict.records, 3 * PerWriter);
    }
};

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet(WriterPathVariable))
        return runWriter();
    QCoreApplication app(argc, argv);
    tst_AuditLog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_auditlog.moc"
