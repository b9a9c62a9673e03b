// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// The command line of calldata-cli: which command, which options, and the texts of --help and
// --version. Pure functions of the arguments (and, for --file/--ca-file, of the file system).

#include "calldata.h"
#include "client.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace CallDataCli {

/**
 * A new command adds a value here, its name and options in cliargs.cpp, a file of its own with
 * a run function (see cliupdate.h), and one case in run() (cliapp.cpp).
 */
enum class Command { None, Update, Features, Help, Version, Calls, Audit };

/** What `calldata-cli audit` does: check the chain, or print the log as CSV. */
enum class AuditAction { None, Verify, Export };

struct Options
{
    Command command = Command::None;
    QString server; ///< as typed
    QUrl baseUrl; ///< parsed from server
    QString user;
    QString campaignId;
    QString callId;
    QList<Icws::Attribute> sets; ///< --set KEY=VALUE, in order, split on the first '='
    QString file;
    bool passwordStdin = false;
    QString caFile;
    QList<QByteArray> pins; ///< raw SHA-256 digests
    int timeoutMs = 15000;
    QString language; ///< empty: the system locale's tag
    bool dryRun = false;
    bool allowMany = false; ///< --allow-many: more than Icws::ConfirmAttributesAbove attributes
    bool json = false;
    bool verbose = false; ///< --verbose: the calldata.* logging categories' debug output on stderr
    // calls
    QStringList agents; ///< --agent USER_ID, repeatable (user queues)
    QStringList workgroups; ///< --workgroup NAME, repeatable (workgroup queues)
    QStringList attributes; ///< --attribute NAME: watched and printed too
    bool allCalls = false; ///< --all: not only Dialer calls
    QString callIdFrom; ///< --call-id-from ATTRIBUTE; empty: the interaction ID
    bool auditMask = false; ///< update: --audit-mask, the record's values as salted hashes
    bool auditSyslog = false; ///< update: --audit-syslog, the record also to the system log
    AuditAction auditAction = AuditAction::None;
    QString auditFile; ///< audit: --file, the log to read; empty: the default log
    bool csv = false; ///< audit export: --csv
};

struct ParseResult
{
    Options options;
    QString error; ///< translated; names the option; empty on success

    bool ok() const { return error.isEmpty(); }
};

/** Parses the arguments after the program name. Never echoes the value of an unknown option. */
ParseResult parseArguments(const QStringList &arguments);

/** True when --json appears anywhere, so even a usage error can be reported as JSON. */
bool wantsJson(const QStringList &arguments);

QString programName();
/** "update", "features", "calls"; empty for help and version. */
QString commandName(Command command);
QString usageText();
QString versionText();

/** The BCP 47 tag sent as Accept-Language: --language, else the system locale's. */
QString effectiveLanguage(const Options &options);
Icws::ClientOptions clientOptions(const Options &options);

} // namespace CallDataCli
