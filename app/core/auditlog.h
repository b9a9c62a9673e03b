// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "calldata.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

class QIODevice;

namespace CallData {

/** What one send is recorded as; the caller fills it in from the attempt and its result. */
struct AuditEntry
{
    QString source; ///< the program: "calldata-editor" or "calldata-cli"
    QString server; ///< host[:port] that answered, or was last tried
    QString user; ///< the IC user who sent it
    Icws::CallDataUpdate update;
    QString stage; ///< "update", or "login" when the send ended before the update went out
    Icws::Result result;
};

/** One line of the log, as read back. */
struct AuditRecord
{
    int line = 0; ///< 1-based line in the file
    qint64 seq = 0; ///< 1-based record number the writer gave it
    QDateTime time; ///< UTC
    QString source;
    QString server;
    QString user;
    QString campaignId;
    QString callId;
    QList<Icws::Attribute> attributes;
    bool masked = false; ///< values are "hmac-sha256:…" digests, not what was sent
    QString stage;
    QString outcome; ///< stable name, e.g. "success", "badRequest", "timeout"
    int status = 0; ///< HTTP status, 0 when no answer arrived
    QString errorId;
    QString message;
    QString transportError;
    QString prev; ///< hex SHA-256 of the previous line
};

/** What reading the whole log found. */
struct AuditReadResult
{
    QList<AuditRecord> records; ///< oldest first
    QList<int> unreadableLines; ///< lines that are not records (damaged or edited)
    QString error; ///< translated; the file could not be read at all
};

/** The verdict of checking the chain. */
struct AuditVerification
{
    bool intact = true;
    int records = 0; ///< lines read (all of them when intact)
    int badLine = 0; ///< the first line that breaks the chain, 0 when intact
    QString problem; ///< translated; why that line breaks it
    QString lastHash; ///< hex SHA-256 of the last line when intact
    QString note; ///< translated; something worth knowing that does not break the chain
};

/**
 * The local audit trail of corrections: one JSON object per line (JSON Lines, UTF-8), appended
 * for every send by the window and by calldata-cli. Each record's "prev" is the SHA-256 (hex) of
 * the previous line's exact bytes without its line feed; the first record's "prev" is the SHA-256
 * of the ASCII text "calldata-editor audit log v1". Editing, removing or reordering a line breaks
 * the chain at the line after it. A head file next to the log ("<log>.head") names the last
 * record's number and hash, so removing the newest records or editing the last one is found too.
 *
 * Appends take a QLockFile ("<log>.lock") so the window and the CLI never fork the chain, and are
 * flushed and fsync'ed before append() returns: the record must be on disk before the user reads
 * the outcome, or a power cut could lose the record of a correction the server did receive.
 */
class AuditLog final
{
public:
    /** Shared by calldata-editor and calldata-cli: <GenericDataLocation>/calldata-editor/audit.jsonl */
    static QString defaultFilePath();
    /** Hex SHA-256 of the genesis text: the "prev" of the first record. */
    static QString genesisHash();

    explicit AuditLog(const QString &filePath = defaultFilePath());

    QString filePath() const { return m_filePath; }
    QString headFilePath() const { return m_filePath + QStringLiteral(".head"); }
    /** The per-installation HMAC key for masking, kept next to the log (mode 0600), never in it. */
    QString maskKeyFilePath() const;

    /** Values are written as HMAC-SHA256 digests with a per-installation key; keys are kept. */
    void setMaskValues(bool mask) { m_maskValues = mask; }
    bool maskValues() const { return m_maskValues; }
    /** Each record also goes to the system log (syslog(3): journald or syslogd on Linux). */
    void setSystemLogCopy(bool copy) { m_systemLogCopy = copy; }
    bool systemLogCopy() const { return m_systemLogCopy; }
    /** Where system log copies go; the default calls syslog(3). Tests replace it. */
    using SystemLogSink = std::function<void(const QByteArray &message)>;
    void setSystemLogSink(SystemLogSink sink) { m_systemLogSink = std::move(sink); }

    /**
     * Appends one record, durably. Returns false and sets *error (translated, naming the file and
     * the reason) when it could not be written; the caller still shows the outcome.
     */
    bool append(const AuditEntry &entry, QString *error = nullptr);

    AuditReadResult read() const;
    AuditVerification verify() const;
    /**
     * Writes every readable record as RFC 4180 CSV (UTF-8, CRLF, header row; attributes as a JSON
     * array). Returns false and sets *error when the log cannot be read. Lines that are not
     * records are left out and listed in *unreadableLines.
     */
    bool exportCsv(QIODevice *out, QString *error = nullptr, QList<int> *unreadableLines = nullptr) const;

    /** HMAC-SHA256 of value with key, as written for masked values: "hmac-sha256:<hex>". */
    static QString maskedValue(const QByteArray &key, const QString &value);
    /** The mask key, created on first use; empty and *error set when it cannot be made or read. */
    QByteArray maskKey(QString *error = nullptr) const;

private:
    QString m_filePath;
    bool m_maskValues = false;
    bool m_systemLogCopy = false;
    SystemLogSink m_systemLogSink;
};

} // namespace CallData
