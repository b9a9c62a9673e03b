// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// calldata-cli: the command-line front end of the ICWS client. Everything except run() is free
// of process-wide state, so tests can check parsing, exit codes and JSON directly. Each command
// has its own file (cliupdate, clifeatures, cliaudit); the shared parts are cliargs, clioutput, clirunner.

#include "cliargs.h"
#include "cliaudit.h"
#include "clicalls.h"
#include "clidryrun.h"
#include "clifeatures.h"
#include "clioutput.h"
#include "cliupdate.h"

#include <QStringList>

namespace CallDataCli {

/**
 * The whole program on the process's stdin/stdout/stderr; needs a QCoreApplication.
 * argumentProblem (CallData::invalidUtf8Argument) makes it a usage error, reported like any other.
 */
int run(const QStringList &arguments, const QString &argumentProblem = QString());

} // namespace CallDataCli
