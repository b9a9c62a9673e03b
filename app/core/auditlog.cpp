// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "auditlog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <optional>

#ifdef Q_OS_UNIX
#include <syslog.h>
#include <unistd.h>
#endif

namespace CallData {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CallData::AuditLog)
};

constexpr int FormatVersion = 1;
constexpr int LockTimeoutMs = 10000;
constexpr int MaskKeyBytes = 32;
const QByteArray GenesisText = QByteArrayLiteral("calldata-editor audit log v1");
const QString MaskPrefix = QStringLiteral("hmac-sha256:");
constexpr auto PrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

void defaultSystemLogSink(const QByteArray &message)
{
#ifdef Q_OS_UNIX
    // No openlog(): the ident stays the program's name, which tells window and CLI apart.
    syslog(LOG_USER | LOG_NOTICE, "%s", message.constData());
#else
    Q_UNUSED(message)
#endif
}

// Holds the log's lock for one append or read, so the window and the CLI take turns.
class LogLock
{
public:
    explicit LogLock(const QString &logPath) : m_lock(logPath + QStringLiteral(".lock")) { }
    // A read-only folder (a copied log being verified) has no writer to wait for: read unlocked.
    bool acquire(bool readOnly, QString *error)
    {
        if (m_lock.tryLock(LockTimeoutMs))
            return true;
        if (readOnly && m_lock.error() == QLockFile::PermissionError)
            return true;
        if (error) {
            *error = m_lock.error() == QLockFile::LockFailedError
                ? Text::tr("another program has held the lock %1 for over %2 seconds")
                      .arg(QDir::toNativeSeparators(m_lock.fileName()))
                      .arg(LockTimeoutMs / 1000)
                : Text::tr("the lock file %1 cannot be created")
                      .arg(QDir::toNativeSeparators(m_lock.fileName()));
        }
        return false;
    }

private:
    QLockFile m_lock;
};

// The last line of the file including its line feed (if it has one); empty for an empty file.
QByteArray lastLine(QFile &file)
{
    constexpr qint64 ChunkSize = 64 * 1024;
    QByteArray tail;
    qint64 position = file.size();
    while (position > 0) {
        const qint64 start = std::max<qint64>(0, position - ChunkSize);
        if (!file.seek(start))
            return tail;
        tail.prepend(file.read(position - start));
        position = start;
        const qsizetype lineStart = tail.lastIndexOf('\n', tail.size() - 2);
        if (lineStart >= 0)
            return tail.mid(lineStart + 1);
    }
    return tail;
}

QJsonArray attributesJson(const QList<Icws::Attribute> &attributes)
{
    QJsonArray array;
    for (const Icws::Attribute &attribute : attributes)
        array.append(QJsonObject {{QStringLiteral("key"), attribute.first},
                                  {QStringLiteral("value"), attribute.second}});
    return array;
}

QByteArray recordLine(const AuditEntry &entry, const QList<Icws::Attribute> &attributes, bool masked,
                      qint64 seq, const QString &prev)
{
    const Icws::Result &result = entry.result;
    const QJsonObject record {
        {QStringLiteral("v"), FormatVersion},
        {QStringLiteral("seq"), seq},
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("source"), entry.source},
        {QStringLiteral("server"), entry.server},
        {QStringLiteral("user"), entry.user},
        {QStringLiteral("campaignId"), entry.update.campaignId},
        {QStringLiteral("callId"), entry.update.callId},
        {QStringLiteral("attributes"), attributesJson(attributes)},
        {QStringLiteral("masked"), masked},
        {QStringLiteral("stage"), entry.stage},
        {QStringLiteral("outcome"), Icws::outcomeName(result.outcome)},
        {QStringLiteral("status"), result.httpStatus},
        {QStringLiteral("errorId"), result.serverError.errorId},
        {QStringLiteral("message"),
         result.serverError.message.isEmpty() ? result.validationMessage : result.serverError.message},
        {QStringLiteral("transportError"), result.transportDetail},
        {QStringLiteral("prev"), prev},
    };
    return QJsonDocument(record).toJson(QJsonDocument::Compact);
}

std::optional<AuditRecord> parseRecord(const QByteArray &line, int lineNumber)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("v")).toInt() != FormatVersion)
        return std::nullopt;
    AuditRecord record;
    record.line = lineNumber;
    record.seq = object.value(QStringLiteral("seq")).toInteger();
    record.time = QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    record.source = object.value(QStringLiteral("source")).toString();
    record.server = object.value(QStringLiteral("server")).toString();
    record.user = object.value(QStringLiteral("user")).toString();
    record.campaignId = object.value(QStringLiteral("campaignId")).toString();
    record.callId = object.value(QStringLiteral("callId")).toString();
    const QJsonArray attributes = object.value(QStringLiteral("attributes")).toArray();
    for (const QJsonValue &attribute : attributes) {
        const QJsonObject pair = attribute.toObject();
        record.attributes.append(
            {pair.value(QStringLiteral("key")).toString(), pair.value(QStringLiteral("value")).toString()});
    }
    record.masked = object.value(QStringLiteral("masked")).toBool();
    record.stage = object.value(QStringLiteral("stage")).toString();
    record.outcome = object.value(QStringLiteral("outcome")).toString();
    record.status = object.value(QStringLiteral("status")).toInt();
    record.errorId = object.value(QStringLiteral("errorId")).toString();
    record.message = object.value(QStringLiteral("message")).toString();
    record.transportError = object.value(QStringLiteral("transportError")).toString();
    record.prev = object.value(QStringLiteral("prev")).toString();
    return record;
}

// The whole file under the lock, so a concurrent append is never seen half written.
bool readLogBytes(const QString &path, QByteArray *bytes, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return true; // no send recorded yet
    LogLock lock(path);
    QString reason;
    if (!lock.acquire(true, &reason) || !file.open(QIODevice::ReadOnly)) {
        if (reason.isEmpty())
            reason = file.errorString();
        if (error)
            *error =
                Text::tr("The audit log %1 cannot be read: %2.").arg(QDir::toNativeSeparators(path), reason);
        return false;
    }
    *bytes = file.readAll();
    return true;
}

// Lines without their line feeds; a last line without one is returned too (it was cut short).
QList<QByteArray> splitLines(const QByteArray &bytes)
{
    QList<QByteArray> lines = bytes.split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

QString csvField(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"'))
        && !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

QString AuditLog::defaultFilePath()
{
    // Not AppDataLocation: that differs between calldata-editor and calldata-cli, and both must
    // append to one chain.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/calldata-editor/audit.jsonl");
}

QString AuditLog::genesisHash()
{
    return sha256Hex(GenesisText);
}

AuditLog::AuditLog(const QString &filePath) : m_filePath(filePath), m_systemLogSink(defaultSystemLogSink) { }

QString AuditLog::maskKeyFilePath() const
{
    return QFileInfo(m_filePath).absolutePath() + QStringLiteral("/audit-mask.key");
}

QString AuditLog::maskedValue(const QByteArray &key, const QString &value)
{
    return MaskPrefix
        + QString::fromLatin1(
               QMessageAuthenticationCode::hash(value.toUtf8(), key, QCryptographicHash::Sha256).toHex());
}

QByteArray AuditLog::maskKey(QString *error) const
{
    const QString path = maskKeyFilePath();
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray key = QByteArray::fromHex(file.readAll().trimmed());
        if (key.size() == MaskKeyBytes)
            return key;
        if (error)
            *error = Text::tr("The masking key %1 is damaged; restore it from a backup, or move it away to "
                              "start a new one (older masked values then no longer compare).")
                         .arg(QDir::toNativeSeparators(path));
        return {};
    }
    QByteArray key(MaskKeyBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(key.begin(), key.end());
    QSaveFile save(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !save.open(QIODevice::WriteOnly)
        || save.write(key.toHex() + '\n') < 0 || !save.setPermissions(PrivateFile) || !save.commit()) {
        if (error)
            *error = Text::tr("The masking key %1 cannot be written: %2.")
                         .arg(QDir::toNativeSeparators(path), save.errorString());
        return {};
    }
    return key;
}

bool AuditLog::append(const AuditEntry &entry, QString *error)
{
    const auto fail = [&](const QString &reason) {
        if (error)
            *error = Text::tr("The audit log %1 could not be written: %2.")
                         .arg(QDir::toNativeSeparators(m_filePath), reason);
        return false;
    };

    QList<Icws::Attribute> attributes = entry.update.attributes;
    if (m_maskValues) {
        QString keyError;
        const QByteArray key = maskKey(&keyError);
        if (key.isEmpty()) {
            if (error)
                *error = keyError;
            return false; // never write unmasked values when masking was asked for
        }
        for (Icws::Attribute &attribute : attributes)
            attribute.second = maskedValue(key, attribute.second);
    }

    if (!QDir().mkpath(QFileInfo(m_filePath).absolutePath()))
        return fail(Text::tr("its folder cannot be created"));
    LogLock lock(m_filePath);
    QString lockError;
    if (!lock.acquire(false, &lockError))
        return fail(lockError);

    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadWrite, PrivateFile))
        return fail(file.errorString());

    QByteArray previous = lastLine(file);
    QByteArray prefix;
    if (!previous.isEmpty() && previous.endsWith('\n'))
        previous.chop(1);
    else if (!previous.isEmpty())
        prefix = "\n"; // a write cut short by a crash: start a new line; verify reports the cut one
    qint64 seq = 1;
    if (!previous.isEmpty()) {
        const std::optional<AuditRecord> last = parseRecord(previous, 0);
        if (last && last->seq > 0) {
            seq = last->seq + 1;
        } else {
            file.seek(0);
            seq = file.readAll().count('\n') + (prefix.isEmpty() ? 1 : 2);
        }
    }
    const QString prev = previous.isEmpty() ? genesisHash() : sha256Hex(previous);
    const QByteArray line = recordLine(entry, attributes, m_maskValues, seq, prev);

    if (!file.seek(file.size()) || file.write(prefix + line + '\n') != prefix.size() + line.size() + 1
        || !file.flush())
        return fail(file.errorString());
#ifdef Q_OS_UNIX
    if (::fsync(file.handle()) != 0)
        return fail(QString::fromLocal8Bit(strerror(errno)));
#endif
    file.close();

    const QByteArray hash = sha256Hex(line).toLatin1();
    QSaveFile head(headFilePath());
    if (!head.open(QIODevice::WriteOnly)
        || head.write(QJsonDocument(QJsonObject {{QStringLiteral("seq"), seq},
                                                 {QStringLiteral("hash"), QString::fromLatin1(hash)}})
                          .toJson(QJsonDocument::Compact)
                      + '\n')
            < 0
        || !head.commit())
        return fail(Text::tr("its head file: %1").arg(head.errorString()));

    if (m_systemLogCopy && m_systemLogSink)
        m_systemLogSink("calldata audit record sha256=" + hash + ' ' + line);
    return true;
}

AuditReadResult AuditLog::read() const
{
    AuditReadResult result;
    QByteArray bytes;
    if (!readLogBytes(m_filePath, &bytes, &result.error))
        return result;
    const QList<QByteArray> lines = splitLines(bytes);
    for (int i = 0; i < lines.size(); ++i) {
        if (std::optional<AuditRecord> record = parseRecord(lines.at(i), i + 1))
            result.records.append(*record);
        else
            result.unreadableLines.append(i + 1);
    }
    return result;
}

AuditVerification AuditLog::verify() const
{
    AuditVerification verdict;
    const auto broken = [&](int line, const QString &problem) {
        verdict.intact = false;
        verdict.badLine = line;
        verdict.problem = problem;
        verdict.lastHash.clear();
        return verdict;
    };

    QByteArray bytes;
    QString error;
    if (!QFileInfo::exists(m_filePath))
        return broken(0,
                      Text::tr("The audit log %1 does not exist.").arg(QDir::toNativeSeparators(m_filePath)));
    if (!readLogBytes(m_filePath, &bytes, &error))
        return broken(0, error);

    const QList<QByteArray> lines = splitLines(bytes);
    QString expectedPrev = genesisHash();
    QList<QString> hashes;
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNumber = i + 1;
        const QByteArray &line = lines.at(i);
        verdict.records = lineNumber;
        if (lineNumber == lines.size() && !bytes.endsWith('\n'))
            return broken(lineNumber,
                          Text::tr("Line %1 is cut short (it has no line end): the file was truncated or a "
                                   "write was interrupted.")
                              .arg(lineNumber));
        const std::optional<AuditRecord> record = parseRecord(line, lineNumber);
        if (!record)
            return broken(
                lineNumber,
                Text::tr("Line %1 is not an audit record: it was edited or damaged.").arg(lineNumber));
        if (record->seq != lineNumber)
            return broken(
                lineNumber,
                Text::tr("Line %1 holds record number %2: records before it were removed, reordered "
                         "or duplicated.")
                    .arg(lineNumber)
                    .arg(record->seq));
        if (record->prev != expectedPrev)
            return broken(
                lineNumber,
                lineNumber == 1
                    ? Text::tr("Line 1 does not start the chain: it was edited.")
                    : Text::tr("Line %1 does not follow line %2 (the hash of line %2 differs from the "
                               "one line %1 recorded): line %2 was edited, or lines were removed or "
                               "reordered.")
                          .arg(lineNumber)
                          .arg(lineNumber - 1));
        expectedPrev = sha256Hex(line);
        hashes.append(expectedPrev);
    }

    QFile head(headFilePath());
    if (!head.open(QIODevice::ReadOnly)) {
        if (!lines.isEmpty())
            verdict.note = Text::tr("The head file %1 is missing, so removal of the newest records cannot be "
                                    "checked.")
                               .arg(QDir::toNativeSeparators(headFilePath()));
    } else {
        const QJsonObject object = QJsonDocument::fromJson(head.readAll()).object();
        const qint64 headSeq = object.value(QStringLiteral("seq")).toInteger();
        const QString headHash = object.value(QStringLiteral("hash")).toString();
        // A head behind the log is fine: a crash can come between the append and the head update.
        if (headSeq < 1 || headHash.isEmpty())
            return broken(
                0, Text::tr("The head file %1 is damaged.").arg(QDir::toNativeSeparators(headFilePath())));
        if (headSeq > lines.size())
            return broken(lines.size() + 1,
                          Text::tr("The log ends after record %1 but its head file names record %2: the "
                                   "newest records were removed.")
                              .arg(lines.size())
                              .arg(headSeq));
        if (hashes.at(headSeq - 1) != headHash)
            return broken(
                int(headSeq),
                Text::tr("Line %1 differs from the record the head file names: it was edited.").arg(headSeq));
    }
    verdict.lastHash = hashes.isEmpty() ? genesisHash() : hashes.constLast();
    return verdict;
}

bool AuditLog::exportCsv(QIODevice *out, QString *error, QList<int> *unreadableLines) const
{
    const AuditReadResult log = read();
    if (!log.error.isEmpty()) {
        if (error)
            *error = log.error;
        return false;
    }
    if (unreadableLines)
        *unreadableLines = log.unreadableLines;
    const QStringList header {
        QStringLiteral("seq"),     QStringLiteral("time"),       QStringLiteral("source"),
        QStringLiteral("server"),  QStringLiteral("user"),       QStringLiteral("campaignId"),
        QStringLiteral("callId"),  QStringLiteral("attributes"), QStringLiteral("masked"),
        QStringLiteral("stage"),   QStringLiteral("outcome"),    QStringLiteral("status"),
        QStringLiteral("errorId"), QStringLiteral("message"),    QStringLiteral("transportError"),
        QStringLiteral("prev"),
    };
    QString text = header.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (const AuditRecord &record : log.records) {
        const QStringList fields {
            QString::number(record.seq),
            record.time.toString(Qt::ISODateWithMs),
            record.source,
            record.server,
            record.user,
            record.campaignId,
            record.callId,
            QString::fromUtf8(
                QJsonDocument(attributesJson(record.attributes)).toJson(QJsonDocument::Compact)),
            record.masked ? QStringLiteral("true") : QStringLiteral("false"),
            record.stage,
            record.outcome,
            QString::number(record.status),
            record.errorId,
            record.message,
            record.transportError,
            record.prev,
        };
        QStringList quoted;
        for (const QString &field : fields)
            quoted.append(csvField(field));
        text += quoted.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    const QByteArray bytes = text.toUtf8();
    if (out->write(bytes) != bytes.size()) {
        if (error)
            *error = Text::tr("The CSV could not be written: %1.").arg(out->errorString());
        return false;
    }
    return true;
}

} // namespace CallData
