// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

// icws-sim command line: runs IcwsSim::Simulator on a loopback address for scripts and manual
// tests. Prints exactly one line to stdout ("icws-sim listening on <url>") once it listens.

#include "simulator.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>
#include <utility>

namespace {

constexpr int kExitUsage = 2;
constexpr int kExitRuntime = 1;

// Self-pipe: the signal handler may only write(); the event loop reads and quits cleanly, so the
// log file is closed properly.
int g_signalPipe[2] = {-1, -1};

void onTerminationSignal(int)
{
    const char byte = 1;
    const ssize_t written = ::write(g_signalPipe[0], &byte, 1);
    Q_UNUSED(written)
}

bool installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGTERM, &action, nullptr) == 0 && ::sigaction(SIGINT, &action, nullptr) == 0;
}

[[noreturn]] void usageError(const QString &message)
{
    std::fprintf(stderr, "icws-sim: %s\n", message.toLocal8Bit().constData());
    std::fflush(stderr);
    std::exit(kExitUsage);
}

int intValue(const QCommandLineParser &parser, const QCommandLineOption &option, int minimum, int maximum)
{
    bool ok = false;
    const QString text = parser.value(option);
    const int value = text.toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        usageError(
            QStringLiteral("--%1 needs a whole number from %2 to %3, not '%4'.")
                .arg(option.names().constLast(), QString::number(minimum), QString::number(maximum), text));
    }
    return value;
}

// The value with JSON string escapes decoded (\r, \n, \u0000 …), as UTF-8: how a test hands a
// hostile session ID or token with control characters to the simulator on a command line.
QByteArray decodedEscapes(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    const QString text = parser.value(option);
    if (text.isEmpty())
        return {};
    const QJsonDocument document = QJsonDocument::fromJson("[\"" + text.toUtf8() + "\"]");
    if (!document.isArray() || !document.array().at(0).isString())
        usageError(QStringLiteral("--%1 takes text with JSON string escapes; '%2' is not valid.")
                       .arg(option.names().constLast(), text));
    return document.array().at(0).toString().toUtf8();
}

QStringList hostList(const QString &text)
{
    QStringList hosts;
    for (const QString &host : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!host.trimmed().isEmpty())
            hosts.append(host.trimmed());
    }
    return hosts;
}

// Replaces every "password" property (any depth, any case) so that no log file ever holds one.
// Only what changes is written back: writing every value of a large object one by one made a 2 MB
// body take over a minute (each write into a QJsonObject may compact all of it).
QJsonValue redactPasswords(const QJsonValue &value, bool *changed)
{
    *changed = false;
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        QList<QPair<QString, QJsonValue>> replacements;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            bool inner = false;
            if (it.key().compare(QLatin1String("password"), Qt::CaseInsensitive) == 0)
                replacements.append({it.key(), QStringLiteral("***")});
            else if (const QJsonValue redacted = redactPasswords(it.value(), &inner); inner)
                replacements.append({it.key(), redacted});
        }
        for (const auto &replacement : std::as_const(replacements))
            object.insert(replacement.first, replacement.second);
        *changed = !replacements.isEmpty();
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        QList<QPair<qsizetype, QJsonValue>> replacements;
        for (qsizetype i = 0; i < array.size(); ++i) {
            bool inner = false;
            if (const QJsonValue redacted = redactPasswords(array.at(i), &inner); inner)
                replacements.append({i, redacted});
        }
        for (const auto &replacement : std::as_const(replacements))
            array.replace(replacement.first, replacement.second);
        *changed = !replacements.isEmpty();
        return array;
    }
    return value;
}

QJsonValue loggableBody(const QByteArray &body)
{
    if (body.isEmpty())
        return QString();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError) {
        bool changed = false;
        const QJsonValue redacted = redactPasswords(
            document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()), &changed);
        const QJsonDocument out =
            redacted.isObject() ? QJsonDocument(redacted.toObject()) : QJsonDocument(redacted.toArray());
        return QString::fromUtf8(out.toJson(QJsonDocument::Compact));
    }
    // A body that is not JSON cannot be redacted reliably: if it might hold a password, keep it
    // off the disk altogether.
    if (body.toLower().contains("password"))
        return QStringLiteral("[withheld: unparsable body that mentions a password]");
    return QString::fromUtf8(body);
}

QByteArray logLine(const IcwsSim::RecordedRequest &request)
{
    QJsonArray headers;
    for (const auto &header : request.headers) {
        const bool secret = header.first.compare("Authorization", Qt::CaseInsensitive) == 0;
        headers.append(QJsonObject {
            {QStringLiteral("name"), QString::fromLatin1(header.first)},
            {QStringLiteral("value"), secret ? QStringLiteral("***") : QString::fromUtf8(header.second)}});
    }
    const QJsonObject entry {
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("method"), QString::fromLatin1(request.method)},
        {QStringLiteral("path"), request.path},
        {QStringLiteral("query"), request.query},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("body"), loggableBody(request.body)},
        {QStringLiteral("status"), request.responseStatus}};
    return QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n';
}

// Writes the port so that a script polling for the file never reads it half written (QSaveFile),
// and returns why not, or an empty string. Each step's own error is kept: a later call would
// overwrite it. Unbuffered, so a full disk fails the write itself; read back, because some file
// systems accept a write they then drop, leaving an empty file behind a "ready" line.
QString writePortFile(const QString &path, quint16 port)
{
    const QByteArray text = QByteArray::number(port) + '\n';
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return file.errorString();
    if (file.write(text) != text.size()) {
        const QString problem = file.errorString();
        file.cancelWriting();
        return problem;
    }
    if (!file.commit())
        return file.errorString();
    QFile check(path);
    if (!check.open(QIODevice::ReadOnly))
        return check.errorString();
    if (check.readAll() != text)
        return QStringLiteral("it does not hold the port after writing (is the disk full?)");
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("icws-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLDATA_VERSION));

    const IcwsSim::Config defaults;
    const QString certDir = IcwsSim::testCertificateDirectory();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral(
            "Stand-in Genesys CIC ICWS server for tests, demos and training. Implements POST "
            "/icws/connection, GET "
            "/icws/connection/features and /version, and per session GET/DELETE connection, GET "
            "messaging/messages and POST dialer/update-call-data, queue watches (PUT/DELETE "
            "messaging/subscriptions/queues/ID, queueContentsMessages through messaging/messages) and GET "
            "interactions/ID?select=..., with knobs that make it fail like a real server. Listens on "
            "loopback "
            "addresses only. Prints one line, \"icws-sim listening on URL\", to stdout when ready, and one "
            "line "
            "per request (method path status) to stderr.\n\n")
        + IcwsSim::callsFileHelp());
    parser.addHelpOption();
    parser.addVersionOption();

    const QCommandLineOption bindOption(QStringLiteral("bind"),
                                        QStringLiteral("Loopback address to listen on (127.0.0.0/8, ::1 or "
                                                       "localhost); any other address exits with status 2."),
                                        QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("TCP port; 0 picks any free port (see --port-file)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption tlsOption(QStringLiteral("tls"), QStringLiteral("Serve HTTPS instead of HTTP."));
    const QCommandLineOption certOption(QStringLiteral("cert"),
                                        QStringLiteral("PEM certificate (chain) for --tls."),
                                        QStringLiteral("PEM"), certDir + QStringLiteral("/server.pem"));
    const QCommandLineOption keyOption(QStringLiteral("key"), QStringLiteral("PEM private key for --tls."),
                                       QStringLiteral("PEM"), certDir + QStringLiteral("/server-key.pem"));
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        QStringLiteral("Account USER:PASSWORD[:DISPLAY NAME]; repeatable; replaces the default account. "
                       "The password cannot contain ':'. Default: supervisor:demo:Demo Supervisor."),
        QStringLiteral("USER:PASSWORD[:DISPLAY NAME]"));
    const QCommandLineOption icServerOption(QStringLiteral("ic-server"),
                                            QStringLiteral("icServer of the 201 body."),
                                            QStringLiteral("NAME"), defaults.icServer);
    const QCommandLineOption majorOption(QStringLiteral("version-major"),
                                         QStringLiteral("versionInfo majorVersion."), QStringLiteral("TEXT"),
                                         defaults.majorVersion);
    const QCommandLineOption minorOption(QStringLiteral("version-minor"),
                                         QStringLiteral("versionInfo minorVersion."), QStringLiteral("TEXT"),
                                         defaults.minorVersion);
    const QCommandLineOption suOption(QStringLiteral("version-su"), QStringLiteral("versionInfo su."),
                                      QStringLiteral("TEXT"), defaults.su);
    const QCommandLineOption buildOption(QStringLiteral("version-build"),
                                         QStringLiteral("versionInfo build."), QStringLiteral("TEXT"),
                                         defaults.build);
    const QCommandLineOption productIdOption(QStringLiteral("product-id"),
                                             QStringLiteral("versionInfo productId."), QStringLiteral("TEXT"),
                                             defaults.productId);
    const QCommandLineOption codebaseOption(QStringLiteral("codebase-id"),
                                            QStringLiteral("versionInfo codebaseId."), QStringLiteral("TEXT"),
                                            defaults.codebaseId);
    const QCommandLineOption releaseOption(QStringLiteral("release-display"),
                                           QStringLiteral("versionInfo productReleaseDisplayString."),
                                           QStringLiteral("TEXT"), defaults.productReleaseDisplayString);
    const QCommandLineOption patchOption(QStringLiteral("patch-display"),
                                         QStringLiteral("versionInfo productPatchDisplayString."),
                                         QStringLiteral("TEXT"), defaults.productPatchDisplayString);
    const QCommandLineOption connectionVersionOption(
        QStringLiteral("connection-version"),
        QStringLiteral("Version of the 'connection' feature; 0 leaves it out of the feature list."),
        QStringLiteral("N"), QString::number(defaults.connectionVersion));
    const QCommandLineOption dialerVersionOption(
        QStringLiteral("dialer-version"),
        QStringLiteral("Version of the 'dialer' feature; 0 leaves it out of the feature list; below 3 "
                       "update-call-data answers 410 error.request.unsupported."),
        QStringLiteral("N"), QString::number(defaults.dialerVersion));
    const QCommandLineOption messagingVersionOption(
        QStringLiteral("messaging-version"),
        QStringLiteral("Version of the 'messaging' feature; 0 leaves it out of the feature list."),
        QStringLiteral("N"), QString::number(defaults.messagingVersion));
    const QCommandLineOption stringVersionsOption(
        QStringLiteral("feature-versions-as-strings"),
        QStringLiteral("Send feature versions as JSON strings (\"version\":\"3\") instead of numbers."));
    const QCommandLineOption alternateHostsOption(QStringLiteral("alternate-hosts"),
                                                  QStringLiteral("alternateHostList of the 201 body."),
                                                  QStringLiteral("H1,H2"));
    const QCommandLineOption unavailableOption(
        QStringLiteral("unavailable"),
        QStringLiteral("Every POST /icws/connection answers 503 error.server.notAcceptingConnections."));
    const QCommandLineOption unavailableHostsOption(QStringLiteral("unavailable-alternate-hosts"),
                                                    QStringLiteral("alternateHostList of that 503 body."),
                                                    QStringLiteral("H1,H2"));
    const QCommandLineOption expireOption(
        QStringLiteral("expire-after"),
        QStringLiteral("A session's request number N+1 answers 401 and ends the session; 0 = never."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption updateStatusOption(
        QStringLiteral("update-status"),
        QStringLiteral("Make every valid update-call-data fail: 410 (error.request.gone) or 500; or answer "
                       "200-206 with an empty body (a 2xx that is not 202)."),
        QStringLiteral("410|500|200-206"));
    const QCommandLineOption interimOption(
        QStringLiteral("interim-statuses"),
        QStringLiteral("Interim 1xx answers (e.g. 102,103) written as raw bytes before the final answer to "
                       "update-call-data."),
        QStringLiteral("S1,S2"));
    const QCommandLineOption sessionIdOption(
        QStringLiteral("session-id"),
        QStringLiteral("Hand out this session ID instead of a random one (a hostile server: try \"..\"). "
                       "JSON string escapes such as \\r\\n are decoded."),
        QStringLiteral("TEXT"));
    const QCommandLineOption csrfTokenOption(
        QStringLiteral("csrf-token"),
        QStringLiteral("Hand out this CSRF token instead of a random one (a hostile server: try "
                       "\"a\\r\\nX-Injected: 1\"). JSON string escapes are decoded; a value with a line "
                       "break goes into the 201 body only."),
        QStringLiteral("TEXT"));
    const QCommandLineOption inactiveMessageOption(
        QStringLiteral("inactive-call-message"),
        QStringLiteral("The message of the 400 for an --inactive-call (a hostile server: try "
                       "\"\\u001b[31mred\\u202e\"). JSON string escapes are decoded."),
        QStringLiteral("TEXT"));
    const QCommandLineOption inactiveErrorIdOption(
        QStringLiteral("inactive-call-error-id"),
        QStringLiteral("The errorId of the 400 for an --inactive-call. JSON string escapes are decoded."),
        QStringLiteral("TEXT"));
    const QCommandLineOption loginCodeOnlyOption(
        QStringLiteral("login-error-code-only"),
        QStringLiteral("A failed login answers 400 with only errorCode -2147221503 and a message, no errorId "
                       "(servers before CIC 4.0.6)."));
    const QCommandLineOption loginWithoutFeaturesOption(
        QStringLiteral("login-without-features"),
        QStringLiteral("The login answer leaves out \"features\" even when include=features asks for it "
                       "(older servers)."));
    const QCommandLineOption htmlErrorsOption(
        QStringLiteral("html-errors"),
        QStringLiteral(
            "With --update-status 500, answer an HTML page (Content-Type text/html) instead of JSON."));
    const QCommandLineOption delayOption(QStringLiteral("delay-ms"),
                                         QStringLiteral("Hold every reply back this many milliseconds."),
                                         QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption loginDelayOption(
        QStringLiteral("login-delay-ms"),
        QStringLiteral("Hold login answers back this many milliseconds more; the session exists from "
                       "the moment the request arrives (to race a client's Cancel)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption closeAfterUpdateOption(
        QStringLiteral("close-after-update"),
        QStringLiteral("Accept every valid update-call-data, then close the connection without answering "
                       "(logged with status 0)."));
    const QCommandLineOption endlessBodyOption(
        QStringLiteral("endless-body"),
        QStringLiteral("This resource answers its usual status with a body that never ends: %1.")
            .arg(IcwsSim::Simulator::endlessBodyResources().join(QStringLiteral(", "))),
        QStringLiteral("RESOURCE"));
    const QCommandLineOption endlessHeadersOption(
        QStringLiteral("endless-headers"),
        QStringLiteral("This resource answers a status line and then header lines that never end: %1.")
            .arg(IcwsSim::Simulator::endlessBodyResources().join(QStringLiteral(", "))),
        QStringLiteral("RESOURCE"));
    const QCommandLineOption inactiveCallOption(
        QStringLiteral("inactive-call"),
        QStringLiteral("update-call-data for this call ID answers 400 error.request.dialer.callNotActive; "
                       "repeatable. Other call IDs count as active."),
        QStringLiteral("ID"));
    const QCommandLineOption connectionDownOption(
        QStringLiteral("connection-down-after-polls"),
        QStringLiteral("The N-th GET messaging/messages of a session returns a connectionStateChangeMessage "
                       "(down, shouldReconnect) and ends the session; 0 = never."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption maxBodyOption(QStringLiteral("max-body-bytes"),
                                           QStringLiteral("Larger request bodies answer 413."),
                                           QStringLiteral("N"), QString::number(defaults.maxBodyBytes));
    const QCommandLineOption logOption(
        QStringLiteral("log"),
        QStringLiteral(
            "Append one JSON line per request (method, path, query, headers, body, status) to FILE. "
            "Passwords are replaced by \"***\"."),
        QStringLiteral("FILE"));
    const QCommandLineOption callsOption(
        QStringLiteral("calls"),
        QStringLiteral("Calls on the queues, from a JSON FILE (format above); the clock starts at launch."),
        QStringLiteral("FILE"));
    const QCommandLineOption demoCallsOption(
        QStringLiteral("demo-calls"),
        QStringLiteral(
            "The built-in demo calls on the queues of agent1, agent2, agent3 and the workgroups "
            "Collections and Sales: they arrive, end, count down, leave and come back every 5 minutes."));
    const QCommandLineOption denyQueueOption(
        QStringLiteral("deny-queue"),
        QStringLiteral("A watch that names this queue (user ID or workgroup) answers 403; repeatable."),
        QStringLiteral("NAME"));
    const QCommandLineOption queuesVersionOption(
        QStringLiteral("queues-version"),
        QStringLiteral("Version of the 'queues' feature; 0 leaves it out and queue watches answer 404."),
        QStringLiteral("N"), QString::number(defaults.queuesVersion));
    const QCommandLineOption interactionsVersionOption(
        QStringLiteral("interactions-version"),
        QStringLiteral("Version of the 'interactions' feature; 0 leaves it out and GET interactions/ID "
                       "answers 404."),
        QStringLiteral("N"), QString::number(defaults.interactionsVersion));
    const QCommandLineOption portFileOption(
        QStringLiteral("port-file"), QStringLiteral("Write the bound port number to FILE once listening."),
        QStringLiteral("FILE"));

    QList<QCommandLineOption> options = {bindOption,
                                         portOption,
                                         tlsOption,
                                         certOption,
                                         keyOption,
                                         userOption,
                                         icServerOption,
                                         majorOption,
                                         minorOption,
                                         suOption,
                                         buildOption,
                                         productIdOption,
                                         codebaseOption,
                                         releaseOption,
                                         patchOption,
                                         connectionVersionOption,
                                         dialerVersionOption,
                                         messagingVersionOption,
                                         stringVersionsOption,
                                         alternateHostsOption,
                                         unavailableOption,
                                         unavailableHostsOption,
                                         expireOption,
                                         updateStatusOption,
                                         interimOption,
                                         sessionIdOption,
                                         csrfTokenOption,
                                         loginCodeOnlyOption,
                                         inactiveMessageOption,
                                         inactiveErrorIdOption,
                                         loginWithoutFeaturesOption,
                                         htmlErrorsOption,
                                         delayOption,
                                         loginDelayOption,
                                         closeAfterUpdateOption,
                                         endlessBodyOption,
                                         endlessHeadersOption,
                                         inactiveCallOption,
                                         connectionDownOption,
                                         maxBodyOption,
                                         logOption,
                                         callsOption,
                                         demoCallsOption,
                                         denyQueueOption,
                                         queuesVersionOption,
                                         interactionsVersionOption,
                                         portFileOption};
    // QCommandLineParser does not show default values in --help; append them to the descriptions.
    // (value() looks options up by name, so these copies and the originals are interchangeable.)
    for (QCommandLineOption &option : options) {
        if (!option.defaultValues().isEmpty()) {
            option.setDescription(option.description() + QStringLiteral(" Default: ")
                                  + option.defaultValues().join(QStringLiteral(", ")) + QLatin1Char('.'));
        }
    }
    parser.addOptions(options);
    parser.process(app);
    if (!parser.positionalArguments().isEmpty())
        usageError(QStringLiteral("unexpected argument '%1' (see --help).")
                       .arg(parser.positionalArguments().first()));

    const QString bindText = parser.value(bindOption);
    const QHostAddress address = bindText.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
        ? QHostAddress(QHostAddress::LocalHost)
        : QHostAddress(bindText);
    if (address.isNull())
        usageError(QStringLiteral("--bind needs an IP address, not '%1'.").arg(bindText));
    if (!address.isLoopback())
        usageError(
            QStringLiteral("refusing to listen on %1: only loopback addresses are allowed.").arg(bindText));
    const auto port = quint16(intValue(parser, portOption, 0, 65535));

    IcwsSim::Config config;
    if (parser.isSet(userOption)) {
        config.users.clear();
        for (const QString &spec : parser.values(userOption)) {
            const qsizetype firstColon = spec.indexOf(QLatin1Char(':'));
            if (firstColon <= 0)
                usageError(QStringLiteral("--user needs USER:PASSWORD[:DISPLAY NAME], not '%1'.").arg(spec));
            const QString user = spec.left(firstColon);
            const QString rest = spec.mid(firstColon + 1);
            const qsizetype secondColon = rest.indexOf(QLatin1Char(':'));
            const QString password = secondColon < 0 ? rest : rest.left(secondColon);
            const QString displayName = secondColon < 0 ? user : rest.mid(secondColon + 1);
            config.users.insert(user, {password, displayName});
        }
    }
    config.icServer = parser.value(icServerOption);
    config.majorVersion = parser.value(majorOption);
    config.minorVersion = parser.value(minorOption);
    config.su = parser.value(suOption);
    config.build = parser.value(buildOption);
    config.productId = parser.value(productIdOption);
    config.codebaseId = parser.value(codebaseOption);
    config.productReleaseDisplayString = parser.value(releaseOption);
    config.productPatchDisplayString = parser.value(patchOption);
    config.connectionVersion = intValue(parser, connectionVersionOption, 0, 1000);
    config.dialerVersion = intValue(parser, dialerVersionOption, 0, 1000);
    config.messagingVersion = intValue(parser, messagingVersionOption, 0, 1000);
    config.featureVersionsAsStrings = parser.isSet(stringVersionsOption);
    config.alternateHosts = hostList(parser.value(alternateHostsOption));
    config.unavailable = parser.isSet(unavailableOption);
    config.unavailableAlternateHosts = hostList(parser.value(unavailableHostsOption));
    config.expireAfterRequests = intValue(parser, expireOption, 0, 1000000000);
    if (parser.isSet(updateStatusOption)) {
        config.updateStatus = intValue(parser, updateStatusOption, 200, 500);
        if (config.updateStatus != 410 && config.updateStatus != 500
            && (config.updateStatus < 200 || config.updateStatus > 206))
            usageError(QStringLiteral("--update-status must be 410, 500 or 200 to 206."));
    }
    for (const QString &text : parser.value(interimOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int status = text.trimmed().toInt(&ok);
        if (!ok || status < 100 || status > 199)
            usageError(
                QStringLiteral("--interim-statuses needs 1xx codes such as 102,103, not '%1'.").arg(text));
        config.interimStatuses.append(status);
    }
    if (!config.interimStatuses.isEmpty() && !IcwsSim::Simulator::canWriteRawBytes())
        usageError(QStringLiteral("--interim-statuses needs Qt HttpServer 6.4; this build has %1.")
                       .arg(QString::fromLatin1(QT_VERSION_STR)));
    config.sessionIdOverride = decodedEscapes(parser, sessionIdOption);
    config.csrfTokenOverride = decodedEscapes(parser, csrfTokenOption);
    config.loginErrorCodeOnly = parser.isSet(loginCodeOnlyOption);
    if (parser.isSet(inactiveMessageOption))
        config.inactiveCallMessage = QString::fromUtf8(decodedEscapes(parser, inactiveMessageOption));
    if (parser.isSet(inactiveErrorIdOption))
        config.inactiveCallErrorId = QString::fromUtf8(decodedEscapes(parser, inactiveErrorIdOption));
    config.loginWithoutFeatures = parser.isSet(loginWithoutFeaturesOption);
    config.errorBodyHtml = parser.isSet(htmlErrorsOption);
    config.delayMs = intValue(parser, delayOption, 0, 600000);
    config.loginDelayMs = intValue(parser, loginDelayOption, 0, 600000);
    config.closeAfterUpdate = parser.isSet(closeAfterUpdateOption);
    if ((config.closeAfterUpdate || parser.isSet(endlessBodyOption) || parser.isSet(endlessHeadersOption))
        && !IcwsSim::Simulator::canWriteRawBytes())
        usageError(
            QStringLiteral("--close-after-update, --endless-body and --endless-headers need Qt HttpServer "
                           "6.4; this build has %1.")
                .arg(QString::fromLatin1(QT_VERSION_STR)));
    for (const auto &[option, resource] : {std::pair {&endlessBodyOption, &config.endlessBody},
                                           std::pair {&endlessHeadersOption, &config.endlessHeaders}}) {
        if (!parser.isSet(*option))
            continue;
        *resource = parser.value(*option);
        if (!IcwsSim::Simulator::endlessBodyResources().contains(*resource))
            usageError(QStringLiteral("--%1 needs one of %2, not '%3'.")
                           .arg(option->names().constFirst(),
                                IcwsSim::Simulator::endlessBodyResources().join(QStringLiteral(", ")),
                                *resource));
    }
    for (const QString &callId : parser.values(inactiveCallOption))
        config.inactiveCalls.insert(callId);
    config.connectionDownAfterPolls = intValue(parser, connectionDownOption, 0, 1000000000);
    config.maxBodyBytes = intValue(parser, maxBodyOption, 0, 1024 * 1024 * 1024);
    if (parser.isSet(callsOption) && parser.isSet(demoCallsOption))
        usageError(QStringLiteral("--calls and --demo-calls cannot be combined."));
    if (parser.isSet(callsOption)) {
        QFile callsFile(parser.value(callsOption));
        if (!callsFile.open(QIODevice::ReadOnly))
            usageError(QStringLiteral("cannot read the calls file %1: %2")
                           .arg(callsFile.fileName(), callsFile.errorString()));
        QString callsError;
        const auto calls = IcwsSim::parseCallsFile(callsFile.readAll(), &callsError);
        if (!calls)
            usageError(QStringLiteral("the calls file %1: %2").arg(callsFile.fileName(), callsError));
        config.calls = *calls;
    } else if (parser.isSet(demoCallsOption)) {
        config.calls = IcwsSim::demoCalls();
    }
    config.deniedQueues = parser.values(denyQueueOption);
    config.queuesVersion = intValue(parser, queuesVersionOption, 0, 1000);
    config.interactionsVersion = intValue(parser, interactionsVersionOption, 0, 1000);
    if (parser.isSet(tlsOption)) {
        config.certificateFile = parser.value(certOption);
        config.privateKeyFile = parser.value(keyOption);
    } else if (parser.isSet(certOption) || parser.isSet(keyOption)) {
        usageError(QStringLiteral("--cert and --key only make sense with --tls."));
    }

    QFile logFile;
    if (parser.isSet(logOption)) {
        logFile.setFileName(parser.value(logOption));
        if (!logFile.open(QIODevice::WriteOnly | QIODevice::Append))
            usageError(QStringLiteral("cannot open the log file %1: %2")
                           .arg(logFile.fileName(), logFile.errorString()));
    }

    if (!installSignalHandlers()) {
        std::fprintf(stderr, "icws-sim: cannot install signal handlers\n");
        return kExitRuntime;
    }
    QSocketNotifier signalNotifier(g_signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, []() {
        char byte = 0;
        const ssize_t got = ::read(g_signalPipe[1], &byte, 1);
        Q_UNUSED(got)
        QCoreApplication::quit();
    });

    IcwsSim::Simulator simulator(config);
    QObject::connect(&simulator, &IcwsSim::Simulator::requestReceived, &app,
                     [&logFile](const IcwsSim::RecordedRequest &request) {
                         const QByteArray line = request.method + ' ' + request.path.toUtf8() + ' '
                             + QByteArray::number(request.responseStatus) + '\n';
                         std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
                         std::fflush(stderr);
                         if (logFile.isOpen()) {
                             logFile.write(logLine(request));
                             logFile.flush();
                         }
                     });

    QString error;
    if (!simulator.listen(address, port, &error)) {
        std::fprintf(stderr, "icws-sim: %s\n", error.toLocal8Bit().constData());
        return kExitRuntime;
    }

    if (parser.isSet(portFileOption)) {
        const QString path = parser.value(portFileOption);
        if (const QString problem = writePortFile(path, simulator.port()); !problem.isEmpty()) {
            std::fprintf(stderr, "icws-sim: cannot write the port file %s: %s\n",
                         path.toLocal8Bit().constData(), problem.toLocal8Bit().constData());
            return kExitRuntime;
        }
    }

    const QByteArray ready = "icws-sim listening on " + simulator.baseUrl().toString().toUtf8() + '\n';
    std::fwrite(ready.constData(), 1, size_t(ready.size()), stdout);
    std::fflush(stdout);

    return app.exec();
}
