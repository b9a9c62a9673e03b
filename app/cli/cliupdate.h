// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// `calldata-cli update`: reads --file and --set, validates, then logs in, sends update-call-data
// and logs out (or, with --dry-run, prints what it would send).

#include "calldata.h"
#include "cliargs.h"
#include "clioutput.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace CallDataCli {

/** Where each attribute came from, for messages ("--file a.csv", "--set"). */
struct PreparedUpdate
{
    Icws::CallDataUpdate update;
    QStringList origins; ///< parallel to update.attributes
    QList<Icws::ValidationIssue> issues; ///< from Icws::validate()
    QString fileError; ///< --file could not be read or parsed

    bool ok() const { return fileError.isEmpty() && !Icws::hasErrors(issues); }
};

/** Reads --file, appends the --set pairs and validates the result. */
PreparedUpdate prepareUpdate(const Options &options);

/** "Accepted by the server (202): 3 attributes for call 1234 in campaign C1 via cic1:8019." */
QString acceptedLine(const Icws::CallDataUpdate &update, int httpStatus, const QString &hostPort);

/**
 * Runs the command to the end; returns the exit code. Asks for the password only after the
 * input is valid; Ctrl+C after the login cancels the request and still logs out.
 */
int runUpdateCommand(const Options &options, const Printer &printer);

} // namespace CallDataCli
