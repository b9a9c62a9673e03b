// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// `calldata-cli features`: which features the server offers, and whether update-call-data is
// among them. Needs no login.

#include "cliargs.h"
#include "clioutput.h"
#include "protocol.h"

#include <QJsonObject>

namespace CallDataCli {

/** Adds features, serverVersion and updateCallDataAvailable. */
void addFeatureFields(QJsonObject &object, const Icws::FeatureVersions &features,
                      const Icws::ServerVersion &version);

/** Runs the command to the end; returns the exit code. */
int runFeaturesCommand(const Options &options, const Printer &printer);

} // namespace CallDataCli
