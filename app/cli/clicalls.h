// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// `calldata-cli calls`: logs in, watches the agents' and workgroups' queues, waits for the first
// full picture (bounded by --timeout), prints it, unsubscribes and logs out.

#include "cliargs.h"
#include "clioutput.h"
#include "queuewatch.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace CallDataCli {

/** One interaction of the picture, as printed. */
struct ListedCall
{
    QString callId;
    QString campaignId;
    QString agent;
    QString workgroup;
    QString state; ///< the Eic_State letter
    QString stateText;
    bool ended = false;
    QString remoteName;
    QString remoteNumber;
    QList<QPair<QString, QString>> attributes; ///< every watched attribute, spelled as asked
};

/** The attribute names the watch asks for: the base set, --call-id-from and --attribute. */
QStringList callsAttributeNames(const Options &options);
/** The calls of a full picture: Dialer calls only unless --all, in the order the server sent them. */
QList<ListedCall> listedCalls(const Icws::QueueContents &picture, const Options &options);
/** "1000012345  7F3A…  agent1  C Connected  Jane Doe +1317…" plus name=value for --attribute. */
QString callLine(const ListedCall &call, const Options &options);
QJsonArray callsJson(const QList<ListedCall> &calls);

/** Runs the command to the end; returns the exit code. */
int runCallsCommand(const Options &options, const Printer &printer);

} // namespace CallDataCli
