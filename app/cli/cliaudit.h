// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// `calldata-cli audit verify|export`: checks the audit log's hash chain, or prints it as CSV;
// and the record `update` appends for every send.

#include "cliargs.h"
#include "clioutput.h"

namespace CallData {
struct AuditEntry;
}

namespace CallDataCli {

/** Exit codes of `audit`: 0 intact (or exported), 1 broken, missing or unreadable, 2 usage. */
constexpr int ExitAuditBroken = 1;

/** Runs `audit verify` or `audit export --csv` to the end; returns the exit code. */
int runAuditCommand(const Options &options, const Printer &printer);

/**
 * Appends entry to the default audit log, masked and copied to the system log when the options
 * or the window's settings ask for it. Returns an empty string, or why it was not written.
 */
QString recordInAuditLog(const Options &options, const CallData::AuditEntry &entry);

} // namespace CallDataCli
