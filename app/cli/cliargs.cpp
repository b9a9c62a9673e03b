// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "cliargs.h"

#include "clitext.h"
#include "protocol.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSslCertificate>

#include <cmath>

namespace CallDataCli {

namespace {

constexpr double MaxTimeoutSeconds = 86400.0;

struct CommandSpec
{
    const char *name;
    Command command;
};

// The commands typed by name. Help and version are options; "help" is handled in parseArguments().
constexpr CommandSpec Commands[] = {
    {"update", Command::Update},
    {"features", Command::Features},
    {"calls", Command::Calls},
    {"audit", Command::Audit},
};

// Which commands accept an option: one bit per command.
constexpr unsigned maskOf(Command command)
{
    return 1u << static_cast<unsigned>(command);
}
constexpr unsigned ForUpdate = maskOf(Command::Update);
constexpr unsigned ForFeatures = maskOf(Command::Features);
constexpr unsigned ForCalls = maskOf(Command::Calls);
constexpr unsigned ForBoth = ForUpdate | ForFeatures | ForCalls; // every command that talks to a server
constexpr unsigned ForAudit = maskOf(Command::Audit);

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
    {"--user", true, false, ForUpdate | ForCalls},
    {"--campaign", true, false, ForUpdate},
    {"--call", true, false, ForUpdate},
    {"--set", true, true, ForUpdate},
    {"--file", true, false, ForUpdate | ForAudit},
    {"--password-stdin", false, false, ForUpdate | ForCalls},
    {"--ca-file", true, false, ForBoth},
    {"--pin-sha256", true, true, ForBoth},
    {"--timeout", true, false, ForBoth},
    {"--language", true, false, ForBoth},
    {"--dry-run", false, false, ForUpdate},
    {"--allow-many", false, false, ForUpdate},
    {"--json", false, false, ForBoth | ForAudit},
    {"--verbose", false, false, ForBoth},
    {"--agent", true, true, ForCalls},
    {"--workgroup", true, true, ForCalls},
    {"--attribute", true, true, ForCalls},
    {"--all", false, false, ForCalls},
    {"--call-id-from", true, false, ForCalls},
    {"--audit-mask", false, false, ForUpdate},
    {"--audit-syslog", false, false, ForUpdate},
    {"--csv", false, false, ForAudit},
};

const OptionSpec *findSpec(const QString &name)
{
    for (const OptionSpec &spec : Specs) {
        if (name == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
}

} // namespace

QString commandName(Command command)
{
    for (const CommandSpec &spec : Commands) {
        if (spec.command == command)
            return QLatin1String(spec.name);
    }
    return {};
}

QString programName()
{
    return QStringLiteral("calldata-cli");
}

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
        if (options.command == Command::Audit && options.auditAction == AuditAction::None) {
            if (argument == QLatin1String("verify"))
                options.auditAction = AuditAction::Verify;
            else if (argument == QLatin1String("export"))
                options.auditAction = AuditAction::Export;
            else
                return fail(Text::tr("Unknown audit action \"%1\". Use audit verify or audit export --csv.")
                                .arg(argument));
            continue;
        }
        if (options.command == Command::None) {
            if (argument == QLatin1String("help")) {
                help = true;
                continue;
            }
            for (const CommandSpec &spec : Commands) {
                if (argument == QLatin1String(spec.name))
                    options.command = spec.command;
            }
            if (options.command == Command::None)
                return fail(
                    Text::tr("Unknown command \"%1\". Use update, features, calls or audit.").arg(argument));
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
        return fail(Text::tr("No command given. Use update, features, calls or audit (see --help)."));

    const unsigned mask = maskOf(options.command);
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
            options.user = value.trimmed(); // as the window does: a pasted user name often ends in a space
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
        } else if (name == QLatin1String("--file") && options.command == Command::Audit) {
            options.auditFile = value;
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
        } else if (name == QLatin1String("--allow-many")) {
            options.allowMany = true;
        } else if (name == QLatin1String("--verbose")) {
            options.verbose = true;
        } else if (name == QLatin1String("--agent")) {
            options.agents.append(value.trimmed());
        } else if (name == QLatin1String("--workgroup")) {
            options.workgroups.append(value.trimmed());
        } else if (name == QLatin1String("--attribute")) {
            options.attributes.append(value.trimmed());
        } else if (name == QLatin1String("--all")) {
            options.allCalls = true;
        } else if (name == QLatin1String("--call-id-from")) {
            options.callIdFrom = value.trimmed();
        } else if (name == QLatin1String("--audit-mask")) {
            options.auditMask = true;
        } else if (name == QLatin1String("--audit-syslog")) {
            options.auditSyslog = true;
        } else if (name == QLatin1String("--csv")) {
            options.csv = true;
        }
    }

    const auto required = [&options](const char *option, const QString &value) {
        return value.isEmpty()
            ? Text::tr("%1 is required for %2.").arg(QLatin1String(option), commandName(options.command))
            : QString();
    };
    if (options.command == Command::Audit) {
        if (options.auditAction == AuditAction::None)
            return fail(Text::tr("audit needs an action: audit verify, or audit export --csv."));
        if (options.auditAction == AuditAction::Export && !options.csv)
            return fail(Text::tr("audit export needs --csv (the only export format)."));
        if (options.auditAction == AuditAction::Export && options.json)
            return fail(Text::tr("audit export prints CSV; --json is for audit verify."));
        if (options.auditAction == AuditAction::Verify && options.csv)
            return fail(Text::tr("--csv is an option of audit export."));
        return result;
    }
    QStringList missing {required("--server", options.server)};
    if (options.command == Command::Update) {
        missing << required("--user", options.user) << required("--campaign", options.campaignId)
                << required("--call", options.callId);
    }
    if (options.command == Command::Calls) {
        missing << required("--user", options.user);
        if (options.agents.isEmpty() && options.workgroups.isEmpty())
            missing << Text::tr("calls needs at least one --agent USER_ID or --workgroup NAME to watch.");
    }
    missing.removeAll(QString());
    if (!missing.isEmpty())
        return fail(missing.first());
    return result;
}

QString usageText()
{
    return Text::tr(
        "Usage:\n"
        "  calldata-cli update --server ADDRESS --user USER --campaign ID --call ID\n"
        "                      [--set KEY=VALUE]... [--file FILE] [--password-stdin]\n"
        "                      [--ca-file PEM] [--pin-sha256 HEX] [--timeout SECONDS]\n"
        "                      [--language TAG] [--dry-run] [--allow-many] [--json]\n"
        "                      [--audit-mask] [--audit-syslog]\n"
        "  calldata-cli features --server ADDRESS [--ca-file PEM] [--pin-sha256 HEX]\n"
        "                        [--timeout SECONDS] [--json]\n"
        "  calldata-cli calls --server ADDRESS --user USER (--agent USER_ID | --workgroup NAME)...\n"
        "                     [--attribute NAME]... [--all] [--call-id-from ATTRIBUTE]\n"
        "                     [--password-stdin] [--ca-file PEM] [--pin-sha256 HEX]\n"
        "                     [--timeout SECONDS] [--language TAG] [--json]\n"
        "  calldata-cli audit verify [--file PATH] [--json]\n"
        "  calldata-cli audit export --csv [--file PATH]\n"
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
        "  --timeout SECONDS  bound for the whole command, login to logout (default 15);\n"
        "                     the process ends at most half a second after it\n"
        "  --language TAG     Accept-Language, e.g. en-US (default: the system locale)\n"
        "  --dry-run          validate and print the requests; send nothing\n"
        "  --allow-many       send more than 1,000 attributes (refused without it)\n"
        "  --json             print exactly one JSON object on standard output\n"
        "  --verbose          log requests and the session to standard error\n"
        "                     (never the password, cookie or CSRF token)\n"
        "  --agent USER_ID    calls: watch this agent's user queue; repeatable\n"
        "  --workgroup NAME   calls: watch this workgroup's queue; repeatable\n"
        "  --attribute NAME   calls: also watch and print this attribute; repeatable\n"
        "  --all              calls: list every interaction, not only Dialer calls\n"
        "  --call-id-from ATTRIBUTE\n"
        "                     calls: take the call ID from this attribute (e.g.\n"
        "                     is_attr_callid) instead of the interaction ID\n"
        "  --audit-mask       update: record salted hashes instead of the values in the\n"
        "                     audit log\n"
        "  --audit-syslog     update: also send the audit record to the system log\n"
        "\n"
        "Every update is recorded in the audit log before its result is printed\n"
        "($XDG_DATA_HOME/calldata-editor/audit.jsonl, by default under ~/.local/share).\n"
        "audit verify checks its hash chain (exit 0 intact, 1 broken, missing or\n"
        "unreadable); audit export --csv prints it as CSV. --file names another log.\n"
        "\n"
        "Without --password-stdin the password comes from ICWS_PASSWORD, else from a\n"
        "prompt when standard input is a terminal. No option takes the password.\n"
        "\n"
        "Exit codes: 0 accepted (202), 2 usage or validation error (nothing sent),\n"
        "3 login refused, 4 update refused (400), 5 session rejected (401),\n"
        "6 feature unavailable (dialer < 3, or 410), 7 server error (5xx, or no\n"
        "switchover host accepted), 8 network, TLS or timeout error. For calls: 4 the\n"
        "watch was refused (a 4xx other than 401), 6 no queues feature, 8 no picture\n"
        "of the queues within --timeout.\n");
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

} // namespace CallDataCli
