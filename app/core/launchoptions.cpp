// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "launchoptions.h"

#include "attributefile.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace CallData {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CallData::LaunchOptions", text);
}

} // namespace

void addLaunchOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Correct the call data of an active Interaction Dialer call over ICWS. The options prefill the "
           "window; the password is never taken from the command line."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("server"), tr("ICWS server address, e.g. cic1 or https://cic1:8019."), tr("ADDRESS")},
        {QStringLiteral("user"), tr("IC user name."), tr("USER")},
        {QStringLiteral("campaign"), tr("Campaign ID of the call."), tr("ID")},
        {QStringLiteral("call"), tr("Call ID of the active call."), tr("ID")},
        {QStringLiteral("set"), tr("A call-data row to prefill; repeat for several rows."), tr("KEY=VALUE")},
        {QStringLiteral("language"), tr("User interface language, e.g. de or en-US."), tr("TAG")},
        {QStringLiteral("verbose"),
         tr("Log network, session and window events to standard error (never passwords or tokens).")},
        {QStringLiteral("agents"),
         tr("Watch these agents' queues (CIC user IDs, comma-separated) after the login."), tr("USER_IDS")},
        {QStringLiteral("workgroups"),
         tr("Watch these workgroups' queues (comma-separated) after the login."), tr("NAMES")},
    });
}

bool readLaunchOptions(const QCommandLineParser &parser, LaunchOptions *options, QString *error)
{
    LaunchOptions result;
    result.server = parser.value(QStringLiteral("server")).trimmed();
    result.user = parser.value(QStringLiteral("user")).trimmed();
    result.campaignId = parser.value(QStringLiteral("campaign")).trimmed();
    result.callId = parser.value(QStringLiteral("call")).trimmed();
    result.language = parser.value(QStringLiteral("language")).trimmed();
    result.verbose = parser.isSet(QStringLiteral("verbose"));
    result.agents = parser.value(QStringLiteral("agents")).trimmed();
    result.workgroups = parser.value(QStringLiteral("workgroups")).trimmed();
    const QStringList sets = parser.values(QStringLiteral("set"));
    for (const QString &set : sets) {
        const qsizetype equals = set.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            if (error)
                *error = tr("--set needs KEY=VALUE, but got \"%1\". Write it as --set Name=Value.").arg(set);
            return false;
        }
        result.attributes.append({set.left(equals), set.mid(equals + 1)});
    }
    if (!parser.positionalArguments().isEmpty()) {
        if (error)
            *error = tr("Unexpected argument \"%1\". See --help for the options.")
                         .arg(parser.positionalArguments().constFirst());
        return false;
    }
    if (options)
        *options = result;
    return true;
}

QString invalidUtf8Argument(int argc, const char *const *argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (decodeUtf8(argument))
            continue;
        // Name the option the bytes belong to: "--set=…", or "--set" followed by the value.
        QByteArrayView option;
        if (argument.startsWith("--"))
            option = argument.first(argument.contains('=') ? argument.indexOf('=') : argument.size());
        else if (i > 1 && QByteArrayView(argv[i - 1]).startsWith("-")
                 && !QByteArrayView(argv[i - 1]).contains('='))
            option = QByteArrayView(argv[i - 1]);
        if (option.isEmpty() || !decodeUtf8(option))
            return tr("Argument %1 is not valid UTF-8 text, so characters would be lost. Use a UTF-8 "
                      "locale (for example LANG=C.UTF-8) and type it again.")
                .arg(i);
        return tr("The value of %1 is not valid UTF-8 text, so characters would be lost. Use a UTF-8 "
                  "locale (for example LANG=C.UTF-8) and type it again.")
            .arg(QString::fromUtf8(option));
    }
    return {};
}

bool parseLaunchOptions(const QStringList &arguments, LaunchOptions *options, QString *error)
{
    QCommandLineParser parser;
    addLaunchOptions(parser);
    if (!parser.parse(arguments)) {
        if (error)
            *error = parser.errorText();
        return false;
    }
    return readLaunchOptions(parser, options, error);
}

} // namespace CallData
