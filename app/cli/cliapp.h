#pragma once

// calldata-cli: the command-line front end of the ICWS client. Everything here except run() is
// free of process-wide state, so tests can check parsing, exit codes and JSON directly.

#include "calldata.h"
#include "client.h"
#include "protocol.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QIODevice;
class QNetworkAccessManager;

namespace CallDataCli {

/** The process exit codes; fixed by the command-line contract. */
enum ExitCode : int {
    ExitAccepted = 0, ///< 202 (or `features`/`--dry-run`/`--help`/`--version` succeeded)
    ExitUsage = 2, ///< usage or validation error; nothing was sent
    ExitLoginRefused = 3, ///< the login was refused (400/401/other 4xx at login)
    ExitUpdateRefused = 4, ///< the update was refused (400 or another 4xx)
    ExitSessionRejected = 5, ///< the session was rejected (401 on the update)
    ExitFeatureUnavailable = 6, ///< dialer < 3, or 410
    ExitServerError = 7, ///< 5xx, every switchover host refused, or an unusable answer
    ExitNetworkError = 8, ///< network, TLS or timeout error
};

enum class Command { None, Update, Features, Help, Version };
/** Which request a Result belongs to: the same status means different things at each stage. */
enum class Stage { Features, Login, Update };

struct Options
{
    Command command = Command::None;
    QString server; ///< as typed
    QUrl baseUrl; ///< parsed from server
    QString user;
    QString campaignId;
    QString callId;
    QList<Icws::Attribute> sets; ///< --set KEY=VALUE, in order, split on the first '='
    QString file;
    bool passwordStdin = false;
    QString caFile;
    QList<QByteArray> pins; ///< raw SHA-256 digests
    int timeoutMs = 15000;
    QString language; ///< empty: the system locale's tag
    bool dryRun = false;
    bool json = false;
};

struct ParseResult
{
    Options options;
    QString error; ///< translated; names the option; empty on success

    bool ok() const { return error.isEmpty(); }
};

/** Parses the arguments after the program name. Never echoes the value of an unknown option. */
ParseResult parseArguments(const QStringList &arguments);

/** True when --json appears anywhere, so even a usage error can be reported as JSON. */
bool wantsJson(const QStringList &arguments);

QString usageText();
QString versionText();

/** The BCP 47 tag sent as Accept-Language: --language, else the system locale's. */
QString effectiveLanguage(const Options &options);
Icws::ClientOptions clientOptions(const Options &options);

/** Where each attribute came from, for messages ("--file a.csv", "--set"). */
struct PreparedUpdate
{
    Icws::CallDataUpdate update;
    QStringList origins; ///< parallel to update.attributes
    QList<Icws::ValidationIssue> issues; ///< from Icws::validate()
    QString fileError; ///< --file could not be read or parsed

    bool ok() const { return fileError.isEmpty() && !Icws::hasErrors(issues); }
};

/** Reads --file, appends the --set pairs and validates the result. */
PreparedUpdate prepareUpdate(const Options &options);

/** The exit code for a Result of the given stage. */
int exitCodeFor(const Icws::Result &result, Stage stage);
/** A stable camelCase name for JSON, e.g. "badRequest". */
QString outcomeName(Icws::Outcome outcome);
QString stageName(Stage stage);

/** The common fields: ok, status, errorId, message, host, exitCode, outcome (+ certificate). */
QJsonObject resultJson(const Icws::Result &result, Stage stage, int exitCode);
/** A usage error: ok false, status 0, exitCode 2, outcome "usageError", message. */
QJsonObject usageErrorJson(const QString &message);
QJsonObject certificateJson(const Icws::CertificateInfo &certificate);
QJsonArray issuesJson(const QList<Icws::ValidationIssue> &issues);
/** Adds callId, campaignId and attributeCount. */
void addUpdateFields(QJsonObject &object, const Icws::CallDataUpdate &update);
/** Adds features, serverVersion and updateCallDataAvailable. */
void addFeatureFields(QJsonObject &object, const Icws::FeatureVersions &features,
                      const Icws::ServerVersion &version);

/** The requests a real run would send, secrets redacted, for --dry-run. */
QString dryRunText(const Options &options, const Icws::CallDataUpdate &update);
QJsonObject dryRunJson(const Options &options, const Icws::CallDataUpdate &update);

/** "Accepted by the server (202): 3 attributes for call 1234 in campaign C1 via cic1:8019." */
QString acceptedLine(const Icws::CallDataUpdate &update, int httpStatus, const QString &hostPort);

/** Writes the CLI's text and JSON to two devices (stdout and stderr in the real program). */
class Printer
{
public:
    Printer(QIODevice *out, QIODevice *err, bool json) : m_out(out), m_err(err), m_json(json) { }

    bool json() const { return m_json; }
    void out(const QString &text) const; ///< a line on stdout (human mode only)
    void err(const QString &text) const; ///< a line on stderr
    void object(const QJsonObject &object) const; ///< the one JSON object on stdout

private:
    QIODevice *m_out;
    QIODevice *m_err;
    bool m_json;
};

/**
 * The network part of one invocation: `features`, or login → update-call-data → logout.
 * Emits finished() exactly once, after everything was printed and the session (if any) was
 * logged out.
 */
class Runner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Runner)

public:
    Runner(const Options &options, const Printer &printer, QObject *parent = nullptr);
    ~Runner() override;

    void runFeatures();
    /** The password is handed to the client and not kept here. */
    void runUpdate(const PreparedUpdate &prepared, const QString &password);
    /** Ctrl+C: cancels the running request; the session is still logged out before finishing. */
    void interrupt();

signals:
    void finished(int exitCode);

private:
    void onFeaturesFetched(const Icws::Result &result, const Icws::FeatureVersions &features,
                           const Icws::ServerVersion &version);
    void onLoginFinished(const Icws::Result &result);
    void onUpdateFinished(const Icws::Result &result);
    void logoutThenReport();
    void reportUpdate();
    void reportFailure(const Icws::Result &result, Stage stage, int exitCode, QJsonObject json);
    void finish(int exitCode);

    Options m_options;
    Printer m_printer;
    QNetworkAccessManager *m_network;
    Icws::Client *m_client;
    PreparedUpdate m_prepared;
    Icws::Result m_result;
    Stage m_stage = Stage::Login;
    QString m_hostPort;
    bool m_loggedOut = false; ///< the server confirmed the logout (JSON "loggedOut")
    bool m_reported = false;
    bool m_finished = false;
};

/** The whole program on the process's stdin/stdout/stderr; needs a QCoreApplication. */
int run(const QStringList &arguments);

} // namespace CallDataCli
