// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "cliaudit.h"

#include "appsettings.h"
#include "auditlog.h"
#include "clitext.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>

namespace CallDataCli {

namespace {

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

int verify(const CallData::AuditLog &log, const Printer &printer)
{
    const CallData::AuditVerification verdict = log.verify();
    const QString file = QDir::toNativeSeparators(log.filePath());
    const int exitCode = verdict.intact ? ExitAccepted : ExitAuditBroken;
    if (printer.json()) {
        printer.object(QJsonObject {
            {QStringLiteral("ok"), verdict.intact},
            {QStringLiteral("exitCode"), exitCode},
            {QStringLiteral("outcome"), verdict.intact ? QStringLiteral("intact") : QStringLiteral("broken")},
            {QStringLiteral("file"), file},
            {QStringLiteral("records"), verdict.records},
            {QStringLiteral("badLine"), verdict.badLine > 0 ? QJsonValue(verdict.badLine) : QJsonValue()},
            {QStringLiteral("problem"), stringOrNull(verdict.problem)},
            {QStringLiteral("lastHash"), stringOrNull(verdict.lastHash)},
            {QStringLiteral("note"), stringOrNull(verdict.note)},
        });
        return exitCode;
    }
    if (!verdict.note.isEmpty())
        printer.err(QStringLiteral("warning: ") + verdict.note);
    if (verdict.intact) {
        printer.out(verdict.records == 1
                        ? Text::tr("%1: intact, 1 record; the last record's SHA-256 is %2.")
                              .arg(file, verdict.lastHash)
                        : Text::tr("%1: intact, %2 records; the last record's SHA-256 is %3.")
                              .arg(file)
                              .arg(verdict.records)
                              .arg(verdict.lastHash));
    } else if (verdict.badLine > 0) {
        printer.out(
            Text::tr("%1: broken at line %2. %3").arg(file).arg(verdict.badLine).arg(verdict.problem));
    } else {
        printer.out(Text::tr("%1: cannot be verified. %2").arg(file, verdict.problem));
    }
    return exitCode;
}

int exportCsv(const CallData::AuditLog &log, const Printer &printer)
{
    // Into memory first, so a log that cannot be read prints no half table.
    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    QString error;
    QList<int> unreadable;
    if (!QFileInfo::exists(log.filePath()))
        error = Text::tr("The audit log %1 does not exist.").arg(QDir::toNativeSeparators(log.filePath()));
    else
        log.exportCsv(&csv, &error, &unreadable);
    if (!error.isEmpty()) {
        printer.err(QStringLiteral("error: ") + error);
        return ExitAuditBroken;
    }
    printer.raw(csv.data());
    for (const int line : unreadable)
        printer.err(
            Text::tr("warning: line %1 is not an audit record and was left out; run calldata-cli audit "
                     "verify.")
                .arg(line));
    return ExitAccepted;
}

} // namespace

int runAuditCommand(const Options &options, const Printer &printer)
{
    const CallData::AuditLog log(options.auditFile.isEmpty() ? CallData::AuditLog::defaultFilePath()
                                                             : options.auditFile);
    return options.auditAction == AuditAction::Export ? exportCsv(log, printer) : verify(log, printer);
}

QString recordInAuditLog(const Options &options, const CallData::AuditEntry &entry)
{
    // The window's settings count too: a site that masks in the window masks in scripts as well.
    const CallData::AppSettings windowSettings(QStringLiteral("calldata-editor"),
                                               QStringLiteral("calldata-editor"));
    CallData::AuditLog log;
    log.setMaskValues(options.auditMask || windowSettings.auditMaskValues());
    log.setSystemLogCopy(options.auditSyslog || windowSettings.auditSystemLog());
    QString error;
    log.append(entry, &error);
    return error;
}

} // namespace CallDataCli
