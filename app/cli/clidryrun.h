// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// `calldata-cli update --dry-run`: the requests a real run would send, secrets redacted.

#include "calldata.h"
#include "cliargs.h"

#include <QJsonObject>
#include <QString>

namespace CallDataCli {

QString dryRunText(const Options &options, const Icws::CallDataUpdate &update);
QJsonObject dryRunJson(const Options &options, const Icws::CallDataUpdate &update);

} // namespace CallDataCli
