// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "calldata.h"

#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace CallData {

/**
 * What another tool may prefill when it launches the window:
 * calldata-editor [--server ADDRESS] [--user USER] [--campaign ID] [--call ID]
 *                 [--set KEY=VALUE]... [--agents A,B] [--workgroups W,X] [--language TAG] [--verbose]
 * There is deliberately no password option.
 */
struct LaunchOptions
{
    QString server;
    QString user;
    QString campaignId;
    QString callId;
    QList<Icws::Attribute> attributes;
    QString language;
    bool verbose = false; ///< --verbose: the calldata.* logging categories' debug output on
    QString agents; ///< --agents: comma-separated CIC user IDs to watch after the login
    QString workgroups; ///< --workgroups: comma-separated workgroup names to watch
};

/** Adds --server, --user, --campaign, --call, --set, --language and --verbose (plus --help and --version). */
void addLaunchOptions(QCommandLineParser &parser);

/**
 * Reads the options from a parser that has already processed the arguments. Returns false and
 * sets *error (translated, naming the option and the fix) on a malformed --set or extra arguments.
 */
bool readLaunchOptions(const QCommandLineParser &parser, LaunchOptions *options, QString *error);

/**
 * A translated message naming the first command-line argument that is not valid UTF-8 (Qt would
 * turn those bytes into U+FFFD, which would then be sent), or empty when every argument is valid.
 * Checks the raw argv, since QCoreApplication::arguments() has already replaced the bytes.
 */
QString invalidUtf8Argument(int argc, const char *const *argv);

/** Convenience for tests: addLaunchOptions + parse + readLaunchOptions on an argument list. */
bool parseLaunchOptions(const QStringList &arguments, LaunchOptions *options, QString *error);

} // namespace CallData
