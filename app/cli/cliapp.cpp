#include "cliapp.h"

#include "attributefile.h"
#include "clipassword.h"

#include <QEventLoop>
#include <QFile>
#include <QFileDevice>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTimer>

#include <cmath>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace CallDataCli {

namespace {

// lupdate reads the context from here: every CLI text is in "CallDataCli".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CallDataCli)
};

QString programName()
{
    return QStringLiteral("calldata-cli");
}

constexpr double MaxTimeoutSeconds = 86400.0;

enum CommandMask : unsigned { ForUpdate = 1, ForFeatures = 2, ForBoth = ForUpdate | ForFeatures };

struct OptionSpec
{
    const char *name;
    bool takesValue;
    bool repeatable;
    unsigned commands;
};

// Every option the CLI knows. Nothing here takes a password: see parseArguments().
constexpr OptionSpec Specs[] = {
    {"--server", true, false, ForBoth},
    {"--user", true, false, ForUpdate},
    {"--campaign", true, false, ForUpdate},
    {"--call", true, false, ForUpdate},
    {"--set", true, true, ForUpdate},
    {"--file", true, false, ForUpdate},
    {"--password-stdin", false, false, ForUpdate},
    {"--ca-file", true, false, ForBoth},
    {"--pin-sha256", true, true, ForBoth},
    {"--timeout", true, false, ForBoth},
    {"--language", true, false, ForBoth},
    {"--dry-run", false, false, ForUpdate},
    {"--json", false, false, ForBoth},
};

const OptionSpec *findSpec(const QString &name)
{
    for (const OptionSpec &spec : Specs) {
        if (name == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
}

QString commandName(Command command)
{
    return command == Command::Features ? QStringLiteral("features") : QStringLiteral("update");
}

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString attributeCountText(int count)
{
    return count == 1 ? Text::tr("1 attribute") : Text::tr("%1 attributes").arg(count);
}

QString issueFieldName(Icws::ValidationIssue::Field field)
{
    switch (field) {
    case Icws::ValidationIssue::Field::CampaignId:
        return QStringLiteral("campaignId");
    case Icws::ValidationIssue::Field::CallId:
        return QStringLiteral("callId");
    case Icws::ValidationIssue::Field::Attributes:
        return QStringLiteral("attributes");
    case Icws::ValidationIssue::Field::AttributeKey:
        return QStringLiteral("attributeKey");
    }
    return QStringLiteral("attributes");
}

// "{sessionId}" stands for the ID a real login would return; sessionUrl() percent-encodes it.
QString placeholderSessionUrl(const QUrl &baseUrl, const QString &resource)
{
    const QString placeholder = QStringLiteral("{sessionId}");
    return Icws::sessionUrl(baseUrl, placeholder, resource)
        .toString(QUrl::FullyEncoded)
        .replace(QString::fromLatin1(QUrl::toPercentEncoding(placeholder)), placeholder);
}

struct DryRunRequest
{
    QString method;
    QString url;
    QList<QPair<QString, QString>> headers;
    QByteArray body; // empty: no body
};

QList<DryRunRequest> dryRunRequests(const Options &options, const Icws::CallDataUpdate &update)
{
    // The same headers Icws::Client sends; the session's secrets are redacted.
    const QString accept = QString::fromLatin1(Icws::AcceptValue);
    const QString contentType = QString::fromLatin1(Icws::JsonContentType);
    const QString language = effectiveLanguage(options);
    const QString redacted = QStringLiteral("<redacted>");

    DryRunRequest login {QStringLiteral("POST"),
                         Icws::connectionUrl(options.baseUrl).toString(QUrl::FullyEncoded),
                         {{QStringLiteral("Accept"), accept},
                          {QStringLiteral("Accept-Language"), language},
                          {QStringLiteral("Content-Type"), contentType}},
                         Icws::loginRequestBody(options.user, QStringLiteral("***"))};
    DryRunRequest send {QStringLiteral("POST"),
                        placeholderSessionUrl(options.baseUrl, QStringLiteral("dialer/update-call-data")),
                        {{QStringLiteral("Accept"), accept},
                         {QStringLiteral("Accept-Language"), language},
                         {QString::fromLatin1(Icws::CsrfHeader), redacted},
                         {QStringLiteral("Cookie"), redacted},
                         {QStringLiteral("Content-Type"), contentType}},
                        Icws::updateCallDataBody(update)};
    DryRunRequest logout {QStringLiteral("DELETE"),
                          placeholderSessionUrl(options.baseUrl, QStringLiteral("connection")),
                          {{QStringLiteral("Accept"), accept},
                           {QStringLiteral("Accept-Language"), language},
                           {QString::fromLatin1(Icws::CsrfHeader), redacted},
                           {QStringLiteral("Cookie"), redacted}},
                          {}};
    return {login, send, logout};
}

QJsonObject requestJson(const DryRunRequest &request)
{
    QJsonObject headers;
    for (const auto &header : request.headers)
        headers.insert(header.first, header.second);
    QJsonObject object {{QStringLiteral("method"), request.method},
                        {QStringLiteral("url"), request.url},
                        {QStringLiteral("headers"), headers}};
    object.insert(QStringLiteral("body"),
                  request.body.isEmpty() ? QJsonValue(QJsonValue::Null)
                                         : QJsonValue(QJsonDocument::fromJson(request.body).object()));
    return object;
}

void writeTo(QIODevice *device, const QByteArray &bytes)
{
    if (!device)
        return;
    device->write(bytes);
    if (auto *file = qobject_cast<QFileDevice *>(device))
        file->flush();
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Arguments

bool wantsJson(const QStringList &arguments)
{
    return arguments.contains(QStringLiteral("--json"));
}

ParseResult parseArguments(const QStringList &arguments)
{
    ParseResult result;
    Options &options = result.options;
    options.json = wantsJson(arguments);
    const auto fail = [&result](const QString &message) {
        result.error = message;
        return result;
    };

    bool help = false;
    bool version = false;
    QList<QPair<const OptionSpec *, QString>> given;

    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h")) {
            help = true;
            continue;
        }
        if (argument == QLatin1String("--version")) {
            version = true;
            continue;
        }
        if (argument.startsWith(QLatin1Char('-')) && argument.size() > 1) {
            // Only the name is ever echoed: the text after '=' could be anything, even a secret.
            const QString name = argument.section(QLatin1Char('='), 0, 0);
            if (name == QLatin1String("--password") || name == QLatin1String("-p")) {
                return fail(
                    Text::tr("%1 is not accepted: a password on the command line is visible to other users. "
                             "Pass it on the first line of standard input with --password-stdin, or set the "
                             "ICWS_PASSWORD environment variable.")
                        .arg(name));
            }
            const OptionSpec *spec = findSpec(name);
            if (!spec)
                return fail(Text::tr("Unknown option %1.").arg(name));
            const bool inlineValue = argument.size() > name.size();
            QString value;
            if (spec->takesValue) {
                if (inlineValue) {
                    value = argument.mid(name.size() + 1);
                } else if (i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(QLatin1String("--"))) {
                    value = arguments.at(++i);
                } else {
                    return fail(Text::tr("%1 needs a value.").arg(name));
                }
            } else if (inlineValue) {
                return fail(Text::tr("%1 takes no value.").arg(name));
            }
            if (!spec->repeatable) {
                for (const auto &earlier : given) {
                    if (earlier.first == spec)
                        return fail(Text::tr("%1 is given more than once.").arg(name));
                }
            }
            given.append({spec, value});
            continue;
        }
        if (options.command == Command::None) {
            if (argument == QLatin1String("update"))
                options.command = Command::Update;
            else if (argument == QLatin1String("features"))
                options.command = Command::Features;
            else if (argument == QLatin1String("help"))
                help = true;
            else
                return fail(Text::tr("Unknown command \"%1\". Use update or features.").arg(argument));
            continue;
        }
        return fail(
            Text::tr("Unexpected argument %1 after the options of %2. Values need an option in front, "
                     "e.g. --set KEY=VALUE.")
                .arg(i + 1)
                .arg(commandName(options.command)));
    }

    if (help) {
        options.command = Command::Help;
        return result;
    }
    if (version) {
        options.command = Command::Version;
        return result;
    }
    if (options.command == Command::None)
        return fail(Text::tr("No command given. Use update or features (see --help)."));

    const unsigned mask = options.command == Command::Update ? ForUpdate : ForFeatures;
    for (const auto &[spec, value] : given) {
        const QString name = QLatin1String(spec->name);
        if (!(spec->commands & mask))
            return fail(Text::tr("%1 is not an option of %2.").arg(name, commandName(options.command)));
        if (spec->takesValue && value.trimmed().isEmpty() && name != QLatin1String("--set"))
            return fail(Text::tr("%1 needs a value.").arg(name));

        if (name == QLatin1String("--server")) {
            options.server = value;
            QString error;
            options.baseUrl = Icws::parseServerAddress(value, &error);
            if (!options.baseUrl.isValid())
                return fail(QStringLiteral("--server: ") + error);
        } else if (name == QLatin1String("--user")) {
            options.user = value;
        } else if (name == QLatin1String("--campaign")) {
            options.campaignId = value;
        } else if (name == QLatin1String("--call")) {
            options.callId = value;
        } else if (name == QLatin1String("--set")) {
            const qsizetype equals = value.indexOf(QLatin1Char('='));
            if (equals < 0)
                return fail(Text::tr("--set needs KEY=VALUE; \"%1\" has no '='.").arg(value));
            const QString key = value.left(equals);
            if (key.trimmed().isEmpty())
                return fail(Text::tr("--set needs KEY=VALUE; the key before the first '=' is empty."));
            options.sets.append({key, value.mid(equals + 1)});
        } else if (name == QLatin1String("--file")) {
            const QFileInfo info(value);
            const QString suffix = info.suffix().toLower();
            if (suffix != QLatin1String("json") && suffix != QLatin1String("csv")
                && suffix != QLatin1String("tsv"))
                return fail(Text::tr("--file: %1 must end in .json, .csv or .tsv.").arg(value));
            if (!info.isFile() || !info.isReadable())
                return fail(Text::tr("--file: %1 does not exist or cannot be read.").arg(value));
            options.file = value;
        } else if (name == QLatin1String("--password-stdin")) {
            options.passwordStdin = true;
        } else if (name == QLatin1String("--ca-file")) {
            const QFileInfo info(value);
            if (!info.isFile() || !info.isReadable())
                return fail(Text::tr("--ca-file: %1 does not exist or cannot be read.").arg(value));
            if (QSslCertificate::fromPath(value, QSsl::Pem).isEmpty())
                return fail(Text::tr("--ca-file: %1 holds no PEM certificate.").arg(value));
            options.caFile = value;
        } else if (name == QLatin1String("--pin-sha256")) {
            const QByteArray pin = Icws::parseSha256Fingerprint(value);
            if (pin.isEmpty())
                return fail(
                    Text::tr("--pin-sha256: expected a SHA-256 fingerprint of 64 hex digits, with or without "
                             "colons."));
            options.pins.append(pin);
        } else if (name == QLatin1String("--timeout")) {
            bool ok = false;
            const double seconds = value.trimmed().toDouble(&ok);
            if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > MaxTimeoutSeconds)
                return fail(
                    Text::tr("--timeout: expected a positive number of seconds (at most %1), e.g. 15.")
                        .arg(MaxTimeoutSeconds));
            options.timeoutMs = qMax(1, static_cast<int>(std::ceil(seconds * 1000)));
        } else if (name == QLatin1String("--language")) {
            static const QRegularExpression bcp47(QStringLiteral("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"));
            if (!bcp47.match(value).hasMatch())
                return fail(Text::tr("--language: expected a language tag such as en-US or de."));
            options.language = value;
        } else if (name == QLatin1String("--dry-run")) {
            options.dryRun = true;
        }
    }

    const auto required = [&options](const char *option, const QString &value) {
        return value.isEmpty()
            ? Text::tr("%1 is required for %2.").arg(QLatin1String(option), commandName(options.command))
            : QString();
    };
    QStringList missing {required("--server", options.server)};
    if (options.command == Command::Update) {
        missing << required("--user", options.user) << required("--campaign", options.campaignId)
                << required("--call", options.callId);
    }
    missing.removeAll(QString());
    if (!missing.isEmpty())
        return fail(missing.first());
    return result;
}

QString usageText()
{
    return Text::tr("Usage:\n"
                    "  calldata-cli update --server ADDRESS --user USER --campaign ID --call ID\n"
                    "                      [--set KEY=VALUE]... [--file FILE] [--password-stdin]\n"
                    "                      [--ca-file PEM] [--pin-sha256 HEX] [--timeout SECONDS]\n"
                    "                      [--language TAG] [--dry-run] [--json]\n"
                    "  calldata-cli features --server ADDRESS [--ca-file PEM] [--pin-sha256 HEX] [--json]\n"
                    "  calldata-cli --version | --help\n"
                    "\n"
                    "Sends call data of an active Interaction Dialer call to a CIC server (ICWS\n"
                    "update-call-data). The server answers 202 when it received the data; that is not\n"
                    "a confirmation that Dialer saved it.\n"
                    "\n"
                    "Options:\n"
                    "  --server ADDRESS   host, host:port or https://host:port (default https, port 8019)\n"
                    "  --user USER        CIC user ID\n"
                    "  --campaign ID      campaign ID of the active call\n"
                    "  --call ID          call ID of the active call\n"
                    "  --set KEY=VALUE    one attribute; split on the first '='; repeatable\n"
                    "  --file FILE        attributes from .json (object of strings), .csv or .tsv\n"
                    "                     (two columns, optional key,value header), UTF-8\n"
                    "  --password-stdin   read the password from the first line of standard input\n"
                    "  --ca-file PEM      extra CA certificates to trust\n"
                    "  --pin-sha256 HEX   trust this server certificate (SHA-256, colons optional)\n"
                    "  --timeout SECONDS  bound for every request (default 15)\n"
                    "  --language TAG     Accept-Language, e.g. en-US (default: the system locale)\n"
                    "  --dry-run          validate and print the requests; send nothing\n"
                    "  --json             print exactly one JSON object on standard output\n"
                    "\n"
                    "Without --password-stdin the password comes from ICWS_PASSWORD, else from a\n"
                    "prompt when standard input is a terminal. No option takes the password.\n"
                    "\n"
                    "Exit codes: 0 accepted (202), 2 usage or validation error (nothing sent),\n"
                    "3 login refused, 4 update refused (400), 5 session rejected (401),\n"
                    "6 feature unavailable (dialer < 3, or 410), 7 server error (5xx, or no\n"
                    "switchover host accepted), 8 network, TLS or timeout error.\n");
}

QString versionText()
{
    return programName() + QLatin1Char(' ') + QStringLiteral(CALLDATA_VERSION);
}

QString effectiveLanguage(const Options &options)
{
    return options.language.isEmpty() ? Icws::acceptLanguageFor(QLocale::system()) : options.language;
}

Icws::ClientOptions clientOptions(const Options &options)
{
    Icws::ClientOptions client;
    client.timeoutMs = options.timeoutMs;
    client.acceptLanguage = effectiveLanguage(options);
    client.caFile = options.caFile;
    client.pinnedSha256 = options.pins;
    client.logoutTimeoutMs = qMin(options.timeoutMs, client.logoutTimeoutMs);
    return client;
}

PreparedUpdate prepareUpdate(const Options &options)
{
    PreparedUpdate prepared;
    prepared.update.campaignId = options.campaignId;
    prepared.update.callId = options.callId;
    if (!options.file.isEmpty()) {
        const CallData::AttributeParseResult parsed = CallData::readAttributeFile(options.file);
        if (!parsed.ok()) {
            prepared.fileError = QStringLiteral("--file: ") + parsed.error;
            return prepared;
        }
        const QString origin = QStringLiteral("--file ") + QFileInfo(options.file).fileName();
        for (int i = 0; i < parsed.attributes.size(); ++i) {
            prepared.update.attributes.append(parsed.attributes.at(i));
            prepared.origins.append(origin + Text::tr(", entry %1").arg(i + 1));
        }
    }
    for (const Icws::Attribute &attribute : options.sets) {
        prepared.update.attributes.append(attribute);
        prepared.origins.append(QStringLiteral("--set"));
    }
    prepared.issues = Icws::validate(prepared.update);
    return prepared;
}

// ---------------------------------------------------------------------------------------------
// Results

int exitCodeFor(const Icws::Result &result, Stage stage)
{
    using Icws::Outcome;
    switch (result.outcome) {
    case Outcome::Success:
        return ExitAccepted;
    case Outcome::InvalidInput:
        return ExitUsage;
    case Outcome::BadRequest:
        return stage == Stage::Login ? ExitLoginRefused
            : stage == Stage::Update ? ExitUpdateRefused
                                     : ExitServerError;
    case Outcome::Unauthorized:
        return stage == Stage::Login ? ExitLoginRefused
            : stage == Stage::Update ? ExitSessionRejected
                                     : ExitServerError;
    case Outcome::NotLoggedIn:
        return ExitSessionRejected;
    case Outcome::Gone:
    case Outcome::FeatureUnavailable:
        return ExitFeatureUnavailable;
    case Outcome::ServerError:
    case Outcome::ServiceUnavailable:
    case Outcome::ProtocolError:
        return ExitServerError;
    case Outcome::OtherHttpStatus:
        if (result.httpStatus >= 400 && result.httpStatus < 500 && stage != Stage::Features)
            return stage == Stage::Login ? ExitLoginRefused : ExitUpdateRefused;
        return ExitServerError;
    case Outcome::ConnectionRefused:
    case Outcome::HostNotFound:
    case Outcome::Timeout:
    case Outcome::TlsFailure:
    case Outcome::ConnectionReset:
    case Outcome::NetworkFailure:
    case Outcome::Canceled:
        return ExitNetworkError;
    }
    return ExitServerError;
}

QString outcomeName(Icws::Outcome outcome)
{
    using Icws::Outcome;
    switch (outcome) {
    case Outcome::Success:
        return QStringLiteral("success");
    case Outcome::BadRequest:
        return QStringLiteral("badRequest");
    case Outcome::Unauthorized:
        return QStringLiteral("unauthorized");
    case Outcome::Gone:
        return QStringLiteral("gone");
    case Outcome::ServerError:
        return QStringLiteral("serverError");
    case Outcome::ServiceUnavailable:
        return QStringLiteral("serviceUnavailable");
    case Outcome::OtherHttpStatus:
        return QStringLiteral("otherHttpStatus");
    case Outcome::ConnectionRefused:
        return QStringLiteral("connectionRefused");
    case Outcome::HostNotFound:
        return QStringLiteral("hostNotFound");
    case Outcome::Timeout:
        return QStringLiteral("timeout");
    case Outcome::TlsFailure:
        return QStringLiteral("tlsFailure");
    case Outcome::ConnectionReset:
        return QStringLiteral("connectionReset");
    case Outcome::NetworkFailure:
        return QStringLiteral("networkFailure");
    case Outcome::Canceled:
        return QStringLiteral("canceled");
    case Outcome::FeatureUnavailable:
        return QStringLiteral("featureUnavailable");
    case Outcome::InvalidInput:
        return QStringLiteral("invalidInput");
    case Outcome::NotLoggedIn:
        return QStringLiteral("notLoggedIn");
    case Outcome::ProtocolError:
        return QStringLiteral("protocolError");
    }
    return QStringLiteral("unknown");
}

QString stageName(Stage stage)
{
    switch (stage) {
    case Stage::Features:
        return QStringLiteral("features");
    case Stage::Login:
        return QStringLiteral("login");
    case Stage::Update:
        return QStringLiteral("update");
    }
    return {};
}

QJsonObject resultJson(const Icws::Result &result, Stage stage, int exitCode)
{
    QString message = result.serverError.message;
    if (message.isEmpty())
        message = result.validationMessage;
    QJsonObject object {
        {QStringLiteral("ok"), exitCode == ExitAccepted},
        {QStringLiteral("status"), result.httpStatus},
        {QStringLiteral("errorId"), stringOrNull(result.serverError.errorId)},
        {QStringLiteral("message"), stringOrNull(message)},
        {QStringLiteral("host"), stringOrNull(result.host)},
        {QStringLiteral("exitCode"), exitCode},
        {QStringLiteral("outcome"), outcomeName(result.outcome)},
        {QStringLiteral("stage"), stageName(stage)},
    };
    if (result.serverError.errorCode)
        object.insert(QStringLiteral("errorCode"), *result.serverError.errorCode);
    if (!result.triedHosts.isEmpty() && result.triedHosts.size() > 1)
        object.insert(QStringLiteral("triedHosts"), QJsonArray::fromStringList(result.triedHosts));
    if (!result.certificate.isNull())
        object.insert(QStringLiteral("certificate"), certificateJson(result.certificate));
    if (!result.ok())
        object.insert(QStringLiteral("detail"), Icws::describe(result));
    return object;
}

QJsonObject usageErrorJson(const QString &message)
{
    return QJsonObject {
        {QStringLiteral("ok"), false},
        {QStringLiteral("status"), 0},
        {QStringLiteral("errorId"), QJsonValue::Null},
        {QStringLiteral("message"), message},
        {QStringLiteral("host"), QJsonValue::Null},
        {QStringLiteral("exitCode"), ExitUsage},
        {QStringLiteral("outcome"), QStringLiteral("usageError")},
    };
}

QJsonObject certificateJson(const Icws::CertificateInfo &certificate)
{
    return QJsonObject {
        {QStringLiteral("hostPort"), certificate.hostPort},
        {QStringLiteral("subject"), certificate.subject},
        {QStringLiteral("issuer"), certificate.issuer},
        {QStringLiteral("validFrom"), certificate.validFrom.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("validUntil"), certificate.validUntil.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("sha256"), certificate.sha256Hex()},
        {QStringLiteral("problems"), QJsonArray::fromStringList(certificate.problems)},
        {QStringLiteral("pinMismatch"), certificate.pinMismatch},
    };
}

QJsonArray issuesJson(const QList<Icws::ValidationIssue> &issues)
{
    QJsonArray array;
    for (const Icws::ValidationIssue &issue : issues) {
        array.append(QJsonObject {
            {QStringLiteral("severity"),
             issue.severity == Icws::ValidationIssue::Severity::Error ? QStringLiteral("error")
                                                                      : QStringLiteral("warning")},
            {QStringLiteral("field"), issueFieldName(issue.field)},
            {QStringLiteral("row"), issue.row >= 0 ? QJsonValue(issue.row) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("message"), issue.message},
        });
    }
    return array;
}

void addUpdateFields(QJsonObject &object, const Icws::CallDataUpdate &update)
{
    object.insert(QStringLiteral("callId"), stringOrNull(update.callId.trimmed()));
    object.insert(QStringLiteral("campaignId"), stringOrNull(update.campaignId.trimmed()));
    object.insert(QStringLiteral("attributeCount"), static_cast<int>(update.attributes.size()));
}

void addFeatureFields(QJsonObject &object, const Icws::FeatureVersions &features,
                      const Icws::ServerVersion &version)
{
    QJsonObject list;
    for (const QString &id : features.featureIds())
        list.insert(id, features.version(id));
    object.insert(QStringLiteral("features"), list);
    object.insert(QStringLiteral("serverVersion"),
                  version.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(version.displayString()));
    object.insert(QStringLiteral("updateCallDataAvailable"), features.supportsUpdateCallData());
}

QString dryRunText(const Options &options, const Icws::CallDataUpdate &update)
{
    QStringList lines {Text::tr("Dry run: nothing is sent. A real run sends these requests "
                                "(secrets redacted, {sessionId} comes from the login):")};
    for (const DryRunRequest &request : dryRunRequests(options, update)) {
        lines << QString() << request.method + QLatin1Char(' ') + request.url;
        for (const auto &header : request.headers)
            lines << header.first + QStringLiteral(": ") + header.second;
        if (!request.body.isEmpty())
            lines << QString() << QString::fromUtf8(request.body);
    }
    lines << QString()
          << Text::tr("Valid: %1 for call %2 in campaign %3 to %4; nothing was sent.")
                 .arg(attributeCountText(static_cast<int>(update.attributes.size())), update.callId.trimmed(),
                      update.campaignId.trimmed(), Icws::hostPort(options.baseUrl));
    return lines.join(QLatin1Char('\n'));
}

QJsonObject dryRunJson(const Options &options, const Icws::CallDataUpdate &update)
{
    QJsonObject object {
        {QStringLiteral("ok"), true},
        {QStringLiteral("status"), 0},
        {QStringLiteral("errorId"), QJsonValue::Null},
        {QStringLiteral("message"), QJsonValue::Null},
        {QStringLiteral("host"), Icws::hostPort(options.baseUrl)},
        {QStringLiteral("exitCode"), ExitAccepted},
        {QStringLiteral("outcome"), QStringLiteral("dryRun")},
        {QStringLiteral("dryRun"), true},
    };
    addUpdateFields(object, update);
    const QList<DryRunRequest> requests = dryRunRequests(options, update);
    object.insert(QStringLiteral("login"), requestJson(requests.at(0)));
    object.insert(QStringLiteral("request"), requestJson(requests.at(1)));
    object.insert(QStringLiteral("logout"), requestJson(requests.at(2)));
    return object;
}

QString acceptedLine(const Icws::CallDataUpdate &update, int httpStatus, const QString &hostPort)
{
    return Text::tr("Accepted by the server (%1): %2 for call %3 in campaign %4 via %5.")
        .arg(QString::number(httpStatus), attributeCountText(static_cast<int>(update.attributes.size())),
             update.callId.trimmed(), update.campaignId.trimmed(), hostPort);
}

// ---------------------------------------------------------------------------------------------
// Output

void Printer::out(const QString &text) const
{
    if (!m_json)
        writeTo(m_out, text.toUtf8() + '\n');
}

void Printer::err(const QString &text) const
{
    writeTo(m_err, text.toUtf8() + '\n');
}

void Printer::object(const QJsonObject &object) const
{
    writeTo(m_out, QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
}

// ---------------------------------------------------------------------------------------------
// Runner

Runner::Runner(const Options &options, const Printer &printer, QObject *parent)
    : QObject(parent), m_options(options), m_printer(printer), m_network(new QNetworkAccessManager(this)),
      m_client(new Icws::Client(m_network, this))
{
    m_client->setOptions(clientOptions(options));
    connect(m_client, &Icws::Client::featuresFetched, this, &Runner::onFeaturesFetched);
    connect(m_client, &Icws::Client::loginFinished, this, &Runner::onLoginFinished);
    connect(m_client, &Icws::Client::updateFinished, this, &Runner::onUpdateFinished);
}

Runner::~Runner()
{
    // The client logs out on destruction through the network manager: it must go first.
    delete m_client;
}

void Runner::runFeatures()
{
    m_stage = Stage::Features;
    m_client->fetchFeatures(m_options.baseUrl);
}

void Runner::runUpdate(const PreparedUpdate &prepared, const QString &password)
{
    m_prepared = prepared;
    m_stage = Stage::Login;
    m_client->login(m_options.baseUrl, m_options.user, password);
}

void Runner::onFeaturesFetched(const Icws::Result &result, const Icws::FeatureVersions &features,
                               const Icws::ServerVersion &version)
{
    const QString host = result.host.isEmpty() ? Icws::hostPort(m_options.baseUrl) : result.host;
    if (!result.ok()) {
        QJsonObject json = resultJson(result, Stage::Features, exitCodeFor(result, Stage::Features));
        addFeatureFields(json, features, version);
        reportFailure(result, Stage::Features, exitCodeFor(result, Stage::Features), json);
        return;
    }

    const bool available = features.supportsUpdateCallData();
    const int exitCode = available ? ExitAccepted : ExitFeatureUnavailable;
    const int dialer = features.version(QStringLiteral("dialer"));
    const QString availability = available
        ? Text::tr("update-call-data: available (dialer %1).").arg(dialer)
        : Text::tr("update-call-data: not available; it needs dialer feature version %1 or later, the server "
                   "offers %2.")
              .arg(Icws::MinimumDialerVersionForUpdateCallData)
              .arg(dialer == 0 ? Text::tr("no dialer feature") : QString::number(dialer));

    if (m_printer.json()) {
        QJsonObject json = resultJson(result, Stage::Features, exitCode);
        json.insert(QStringLiteral("host"), host);
        if (!available) {
            json.insert(QStringLiteral("outcome"), outcomeName(Icws::Outcome::FeatureUnavailable));
            json.insert(QStringLiteral("message"), availability);
        }
        addFeatureFields(json, features, version);
        m_printer.object(json);
    } else {
        QStringList featureTexts;
        for (const QString &id : features.featureIds())
            featureTexts << id + QLatin1Char(' ') + QString::number(features.version(id));
        m_printer.out(
            Text::tr("Server %1: %2")
                .arg(host, version.isEmpty() ? Text::tr("version not reported") : version.displayString()));
        m_printer.out(Text::tr("Features: %1")
                          .arg(featureTexts.isEmpty() ? Text::tr("none reported")
                                                      : featureTexts.join(QStringLiteral(", "))));
        m_printer.out(availability);
    }
    finish(exitCode);
}

void Runner::onLoginFinished(const Icws::Result &result)
{
    if (!result.ok()) {
        m_result = result;
        m_stage = Stage::Login;
        logoutThenReport();
        return;
    }
    m_hostPort = Icws::hostPort(m_client->session().baseUrl);
    m_stage = Stage::Update;
    m_client->updateCallData(m_prepared.update);
}

void Runner::interrupt()
{
    m_client->cancel();
}

void Runner::onUpdateFinished(const Icws::Result &result)
{
    m_result = result;
    m_stage = Stage::Update;
    logoutThenReport();
}

void Runner::logoutThenReport()
{
    if (!m_client->isLoggedIn()) {
        reportUpdate();
        return;
    }
    // Bounded twice: by the client's own request timeout, and here in case no answer ever comes.
    connect(m_client, &Icws::Client::logoutFinished, this, [this](const Icws::Result &result) {
        m_loggedOut = result.ok();
        if (!result.ok() && !m_reported)
            m_printer.err(Text::tr("warning: logging out failed: %1").arg(Icws::summary(result)));
        reportUpdate();
    });
    QTimer::singleShot(m_options.timeoutMs + 1000, this, [this] {
        if (!m_reported)
            m_printer.err(Text::tr("warning: the server did not confirm the logout in time."));
        reportUpdate();
    });
    m_client->logout();
}

void Runner::reportUpdate()
{
    if (m_reported)
        return;
    m_reported = true;
    const int exitCode = exitCodeFor(m_result, m_stage);
    if (exitCode != ExitAccepted) {
        QJsonObject json = resultJson(m_result, m_stage, exitCode);
        addUpdateFields(json, m_prepared.update);
        json.insert(QStringLiteral("loggedOut"), m_loggedOut);
        if (!m_prepared.issues.isEmpty())
            json.insert(QStringLiteral("issues"), issuesJson(m_prepared.issues));
        reportFailure(m_result, m_stage, exitCode, json);
        return;
    }

    const QString host = m_hostPort.isEmpty() ? m_result.host : m_hostPort;
    const QString line = acceptedLine(m_prepared.update, m_result.httpStatus, host);
    if (m_printer.json()) {
        QJsonObject json = resultJson(m_result, m_stage, exitCode);
        json.insert(QStringLiteral("host"), host);
        json.insert(QStringLiteral("detail"), line);
        addUpdateFields(json, m_prepared.update);
        json.insert(QStringLiteral("loggedOut"), m_loggedOut);
        if (!m_prepared.issues.isEmpty())
            json.insert(QStringLiteral("issues"), issuesJson(m_prepared.issues));
        m_printer.object(json);
    } else {
        m_printer.out(line);
    }
    finish(exitCode);
}

void Runner::reportFailure(const Icws::Result &result, Stage stage, int exitCode, QJsonObject json)
{
    if (m_printer.json()) {
        m_printer.object(json);
    } else {
        QString prefix;
        switch (stage) {
        case Stage::Features:
            prefix = Text::tr("reading the server's features failed");
            break;
        case Stage::Login:
            prefix = Text::tr("login failed");
            break;
        case Stage::Update:
            prefix = Text::tr("update-call-data failed");
            break;
        }
        m_printer.err(QStringLiteral("error: ") + prefix + QStringLiteral(": ") + Icws::describe(result));
        if (result.outcome == Icws::Outcome::TlsFailure && !result.certificate.isNull()) {
            m_printer.err(
                Text::tr(
                    "hint: if your administrator confirms this fingerprint, run again with --pin-sha256 %1, "
                    "or pass your company's CA certificate with --ca-file.")
                    .arg(result.certificate.sha256Hex()));
        }
    }
    finish(exitCode);
}

void Runner::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    // Queued, so a caller's event loop is always running when the result arrives.
    QMetaObject::invokeMethod(
        this, [this, exitCode] { emit finished(exitCode); }, Qt::QueuedConnection);
}

// ---------------------------------------------------------------------------------------------
// The program

#ifdef Q_OS_UNIX
namespace {

int interruptSocket[2] = {-1, -1};

extern "C" void writeInterruptByte(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(interruptSocket[1], &byte, 1);
}

/**
 * Turns SIGINT/SIGTERM into a Qt signal, so Ctrl+C after login still logs out. A second signal
 * ends the process at once (the handler resets itself), for a server that never answers.
 */
void onInterrupt(QObject *context, const std::function<void()> &handler)
{
    if (interruptSocket[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, interruptSocket) != 0)
        return;
    struct sigaction action
    {
    };
    action.sa_handler = writeInterruptByte;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND | SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    auto *notifier = new QSocketNotifier(interruptSocket[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [handler] {
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(interruptSocket[0], &byte, 1);
        handler();
    });
}

} // namespace
#else
namespace {
void onInterrupt(QObject *, const std::function<void()> &) { }
} // namespace
#endif

int run(const QStringList &arguments)
{
    QFile out;
    QFile err;
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly);
    const Printer printer(&out, &err, wantsJson(arguments));

    const ParseResult parsed = parseArguments(arguments);
    if (!parsed.ok()) {
        if (printer.json())
            printer.object(usageErrorJson(parsed.error));
        else
            printer.err(programName() + QStringLiteral(": ") + parsed.error + QLatin1Char('\n')
                        + Text::tr("Try 'calldata-cli --help' for more information."));
        return ExitUsage;
    }
    const Options &options = parsed.options;

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
    case Command::Features: {
        Runner runner(options, printer);
        QEventLoop loop;
        QObject::connect(&runner, &Runner::finished, &loop, &QEventLoop::exit);
        runner.runFeatures();
        return loop.exec();
    }
    case Command::Update:
        break;
    }

    const PreparedUpdate prepared = prepareUpdate(options);
    if (!prepared.fileError.isEmpty()) {
        if (printer.json()) {
            QJsonObject json = usageErrorJson(prepared.fileError);
            json.insert(QStringLiteral("outcome"), outcomeName(Icws::Outcome::InvalidInput));
            addUpdateFields(json, prepared.update);
            json.insert(QStringLiteral("issues"),
                        QJsonArray {QJsonObject {{QStringLiteral("severity"), QStringLiteral("error")},
                                                 {QStringLiteral("field"), QStringLiteral("file")},
                                                 {QStringLiteral("row"), QJsonValue::Null},
                                                 {QStringLiteral("message"), prepared.fileError}}});
            printer.object(json);
        } else {
            printer.err(QStringLiteral("error: ") + prepared.fileError);
        }
        return ExitUsage;
    }

    QStringList errors;
    for (const Icws::ValidationIssue &issue : prepared.issues) {
        QString text = issue.message;
        if (issue.row >= 0 && issue.row < prepared.origins.size())
            text += QStringLiteral(" (") + prepared.origins.at(issue.row) + QLatin1Char(')');
        if (issue.severity == Icws::ValidationIssue::Severity::Warning)
            printer.err(QStringLiteral("warning: ") + text);
        else
            errors << text;
    }
    if (!errors.isEmpty()) {
        if (printer.json()) {
            QJsonObject json = usageErrorJson(errors.join(QLatin1Char('\n')));
            json.insert(QStringLiteral("outcome"), outcomeName(Icws::Outcome::InvalidInput));
            addUpdateFields(json, prepared.update);
            json.insert(QStringLiteral("issues"), issuesJson(prepared.issues));
            printer.object(json);
        } else {
            for (const QString &error : std::as_const(errors))
                printer.err(QStringLiteral("error: ") + error);
            printer.err(Text::tr("Nothing was sent."));
        }
        return ExitUsage;
    }

    if (options.dryRun) {
        if (printer.json()) {
            QJsonObject json = dryRunJson(options, prepared.update);
            if (!prepared.issues.isEmpty())
                json.insert(QStringLiteral("issues"), issuesJson(prepared.issues));
            printer.object(json);
        } else {
            printer.out(dryRunText(options, prepared.update));
        }
        return ExitAccepted;
    }

    PasswordResult password = obtainPassword(
        options, Text::tr("Password for %1 on %2: ").arg(options.user, Icws::hostPort(options.baseUrl)));
    if (!password.ok()) {
        if (printer.json())
            printer.object(usageErrorJson(password.error));
        else
            printer.err(programName() + QStringLiteral(": ") + password.error);
        return ExitUsage;
    }

    Runner runner(options, printer);
    QEventLoop loop;
    QObject::connect(&runner, &Runner::finished, &loop, &QEventLoop::exit);
    onInterrupt(&runner, [&runner] { runner.interrupt(); });
    runner.runUpdate(prepared, password.password);
    password.password.fill(QLatin1Char('\0'));
    password.password.clear();
    return loop.exec();
}

} // namespace CallDataCli
