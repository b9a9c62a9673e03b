// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "cliapp.h"

#include "clitext.h"
#include "diagnostics.h"

#include <QFile>
#include <QIODevice>
#include <QLoggingCategory>

namespace CallDataCli {

namespace {

Q_LOGGING_CATEGORY(lcCli, "calldata.cli", QtInfoMsg)

int runCommand(const Options &options, const Printer &printer)
{
    switch (options.command) {
    case Command::None:
    case Command::Help:
        if (printer.json())
            printer.object(QJsonObject {{QStringLiteral("ok"), true},
                                        {QStringLiteral("exitCode"), ExitAccepted},
                                        {QStringLiteral("outcome"), QStringLiteral("help")},
                                        {QStringLiteral("usage"), usageText()}});
        else
            printer.out(usageText().trimmed());
        return ExitAccepted;
    case Command::Version:
        if (printer.json())
            printer.object(QJsonObject {{QStringLiteral("ok"), true},
                                        {QStringLiteral("exitCode"), ExitAccepted},
                                        {QStringLiteral("outcome"), QStringLiteral("version")},
                                        {QStringLiteral("version"), QStringLiteral(CALLDATA_VERSION)}});
        else
            printer.out(versionText());
        return ExitAccepted;
    case Command::Features:
        return runFeaturesCommand(options, printer);
    case Command::Update:
        return runUpdateCommand(options, printer);
    case Command::Calls:
        return runCallsCommand(options, printer);
    case Command::Audit:
        return runAuditCommand(options, printer);
    }
    return ExitUsage;
}

} // namespace

int run(const QStringList &arguments, const QString &argumentProblem)
{
    QFile out;
    QFile err;
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly);
    const Printer printer(&out, &err, wantsJson(arguments));

    ParseResult parsed = parseArguments(arguments);
    if (!argumentProblem.isEmpty())
        parsed.error = argumentProblem;
    if (!parsed.ok()) {
        if (printer.json())
            printer.object(usageErrorJson(parsed.error));
        else
            printer.err(programName() + QStringLiteral(": ") + parsed.error + QLatin1Char('\n')
                        + Text::tr("Try 'calldata-cli --help' for more information."));
        return ExitUsage;
    }
    const Options &options = parsed.options;
    if (options.verbose)
        Icws::enableVerboseLogging();
    qCDebug(lcCli).noquote() << versionText() << "on Qt" << qVersion() << "running"
                             << commandName(options.command) << "against" << options.server;
    const int exitCode = runCommand(options, printer);
    qCDebug(lcCli) << "exit code" << exitCode;
    return exitCode;
}

} // namespace CallDataCli
