// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "cliupdate.h"

#include "attributefile.h"
#include "auditlog.h"
#include "cliaudit.h"
#include "clidryrun.h"
#include "client.h"
#include "clipassword.h"
#include "clirunner.h"
#include "clisignals.h"
#include "clitext.h"

#include <QFileInfo>

namespace CallDataCli {

namespace {

/**
 * login → update-call-data → logout. The update's outcome is never held hostage by the logout:
 * in text mode it is printed before the logout starts; the one --json object (which says whether
 * the logout was confirmed) is printed once the logout is answered, has failed, timed out or was
 * interrupted — and a second signal prints it at once (setLastWords()) before the process ends.
 */
class UpdateRunner final : public CommandRunner
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UpdateRunner)

public:
    UpdateRunner(const Options &options, const Printer &printer, const PreparedUpdate &prepared)
        : CommandRunner(options, printer, Session::LogsIn), m_prepared(prepared)
    {
        connect(client(), &Icws::Client::loginFinished, this, &UpdateRunner::onLoginFinished);
        connect(client(), &Icws::Client::updateFinished, this, &UpdateRunner::onUpdateFinished);
    }
    ~UpdateRunner() override = default;

    /** The password is handed to the client and not kept here. */
    void start(const QString &password) { client()->login(options().baseUrl, options().user, password); }
    /** Ctrl+C: cancels a login or update; while logging out, stops waiting and reports at once. */
    void interrupt()
    {
        if (isLoggingOut()) {
            printer().err(Text::tr("warning: interrupted; the logout was not awaited."));
            stopAwaitingLogout();
            return;
        }
        CommandRunner::interrupt();
    }

private:
    void timeIsUp() override;
    void onLoginFinished(const Icws::Result &result);
    void onUpdateFinished(const Icws::Result &result);
    /** The outcome is known: recorded, reported (in text) and then the logout. */
    void conclude(const Icws::Result &result, Stage stage, const QString &server);
    void record(const Icws::Result &result, Stage stage, const QString &server);
    void reportThenLogout();
    void printReport() const;
    void finishReport();
    QJsonObject reportJson() const;
    int exitCode() const { return exitCodeFor(m_result, m_stage); }
    QString host() const { return m_hostPort.isEmpty() ? m_result.host : m_hostPort; }

    const PreparedUpdate m_prepared;
    Icws::Result m_result;
    Stage m_stage = Stage::Login;
    QString m_hostPort;
    bool m_concluded = false; ///< the outcome is known; a later login or update answer is not heard
    bool m_loggedOut = false; ///< the server confirmed the logout (JSON "loggedOut")
    QString m_auditError; ///< why the audit record could not be written, or empty
};

// As soon as the outcome is known, before anything is printed about it.
void UpdateRunner::record(const Icws::Result &result, Stage stage, const QString &server)
{
    const CallData::AuditEntry entry {QStringLiteral("calldata-cli"),
                                      server,
                                      options().user.trimmed(),
                                      m_prepared.update,
                                      stageName(stage),
                                      result};
    m_auditError = recordInAuditLog(options(), entry);
}

void UpdateRunner::onLoginFinished(const Icws::Result &result)
{
    if (m_concluded)
        return;
    if (!result.ok()) {
        conclude(result, Stage::Login,
                 result.host.isEmpty() ? Icws::hostPort(options().baseUrl) : result.host);
        return;
    }
    m_hostPort = Icws::hostPort(client()->session().baseUrl);
    m_stage = Stage::Update;
    client()->updateCallData(m_prepared.update);
}

void UpdateRunner::onUpdateFinished(const Icws::Result &result)
{
    if (!m_concluded)
        conclude(result, Stage::Update, m_hostPort);
}

// Like a request's own timeout: a login cut off here is no session (a late one is closed in the time
// left), and of an update cut off it is unknown whether the server received it.
void UpdateRunner::timeIsUp()
{
    m_concluded = true;
    client()->cancel();
    const bool login = m_stage == Stage::Login;
    const QString server = login ? Icws::hostPort(options().baseUrl) : m_hostPort;
    conclude(timeLimitResult(login ? Icws::Operation::Login : Icws::Operation::Update, server), m_stage,
             server);
}

void UpdateRunner::conclude(const Icws::Result &result, Stage stage, const QString &server)
{
    m_concluded = true;
    m_result = result;
    m_stage = stage;
    record(result, stage, server);
    reportThenLogout();
}

void UpdateRunner::reportThenLogout()
{
    if (!m_auditError.isEmpty())
        printer().err(QStringLiteral("warning: ") + m_auditError);
    if (printer().json())
        setLastWords(terminalSafeJson(reportJson()) + '\n');
    else
        printReport();
    logOutThen([this](bool loggedOut) {
        m_loggedOut = loggedOut;
        finishReport();
    });
}

void UpdateRunner::finishReport()
{
    if (printer().json())
        printInsteadOfLastWords([this] { printReport(); });
    finish(exitCode());
}

QJsonObject UpdateRunner::reportJson() const
{
    QJsonObject json = resultJson(m_result, m_stage, exitCode());
    if (exitCode() == ExitAccepted) {
        json.insert(QStringLiteral("host"), host());
        json.insert(QStringLiteral("detail"), acceptedLine(m_prepared.update, m_result.httpStatus, host()));
    }
    // "audited": whether the record was written; "auditError" says why not.
    json.insert(QStringLiteral("audited"), m_auditError.isEmpty());
    if (!m_auditError.isEmpty())
        json.insert(QStringLiteral("auditError"), m_auditError);
    addUpdateFields(json, m_prepared.update);
    json.insert(QStringLiteral("loggedOut"), m_loggedOut);
    json.insert(QStringLiteral("passwordSentInClear"), passwordGoesInClear(options().baseUrl));
    if (!m_prepared.issues.isEmpty())
        json.insert(QStringLiteral("issues"), issuesJson(m_prepared.issues));
    return json;
}

void UpdateRunner::printReport() const
{
    if (exitCode() != ExitAccepted)
        printFailure(m_result, m_stage, reportJson());
    else if (printer().json())
        printer().object(reportJson());
    else
        printer().out(acceptedLine(m_prepared.update, m_result.httpStatus, host()));
}

} // namespace

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
    if (prepared.update.attributes.size() > Icws::ConfirmAttributesAbove && !options.allowMany)
        prepared.issues.append({Icws::ValidationIssue::Severity::Error,
                                Icws::ValidationIssue::Field::Attributes, -1,
                                Text::tr("%1 attributes are far more than the %2 contact-list columns Dialer "
                                         "recommends; this is most likely the wrong file. Check it, or add "
                                         "--allow-many to send more than %3.")
                                    .arg(prepared.update.attributes.size())
                                    .arg(Icws::RecommendedMaxAttributes)
                                    .arg(Icws::ConfirmAttributesAbove)});
    return prepared;
}

QString acceptedLine(const Icws::CallDataUpdate &update, int httpStatus, const QString &hostPort)
{
    return Text::tr("Accepted by the server (%1): %2 for call %3 in campaign %4 via %5.")
        .arg(QString::number(httpStatus), attributeCountText(static_cast<int>(update.attributes.size())),
             update.callId.trimmed(), update.campaignId.trimmed(), hostPort);
}

int runUpdateCommand(const Options &options, const Printer &printer)
{
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

    // Said before the password is asked for, so the user can still stop.
    if (const QString warning = passwordInClearWarning(options.baseUrl); !warning.isEmpty())
        printer.err(warning);
    PasswordResult password = obtainPassword(
        options, Text::tr("Password for %1 on %2: ").arg(options.user, Icws::hostPort(options.baseUrl)));
    if (!password.ok()) {
        if (printer.json())
            printer.object(usageErrorJson(password.error));
        else
            printer.err(programName() + QStringLiteral(": ") + password.error);
        return ExitUsage;
    }

    UpdateRunner runner(options, printer, prepared);
    onInterrupt(&runner, [&runner] { runner.interrupt(); });
    return runner.exec([&runner, &password] {
        runner.start(password.password);
        password.password.fill(QLatin1Char('\0'));
        password.password.clear();
    });
}

} // namespace CallDataCli

#include "cliupdate.moc"
