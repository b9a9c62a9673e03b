// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "clicalls.h"

#include "client.h"
#include "clipassword.h"
#include "clirunner.h"
#include "clisignals.h"
#include "clitext.h"

#include <QJsonObject>
#include <QTimer>

namespace CallDataCli {

namespace {

constexpr char SubscriptionId[] = "calldata-cli-calls";
constexpr int PollIntervalMs = 250;

QString attributeIn(const Icws::InteractionAttributes &interaction, const QString &name)
{
    // Attribute names are case-insensitive; the server may spell them its own way.
    const auto exact = interaction.attributes.constFind(name);
    if (exact != interaction.attributes.cend())
        return *exact;
    for (auto it = interaction.attributes.cbegin(); it != interaction.attributes.cend(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return {};
}

/** login → watch → poll until the first full picture → unwatch → logout → report. */
class CallsRunner final : public CommandRunner
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallsRunner)

public:
    CallsRunner(const Options &options, const Printer &printer)
        : CommandRunner(options, printer, Session::LogsIn)
    {
        connect(client(), &Icws::Client::loginFinished, this, &CallsRunner::onLoginFinished);
        connect(client(), &Icws::Client::watchFinished, this, &CallsRunner::onWatchFinished);
        connect(client(), &Icws::Client::messagesReceived, this, &CallsRunner::onMessages);
        m_pollTimer.setSingleShot(true);
        m_pollTimer.setInterval(PollIntervalMs);
        connect(&m_pollTimer, &QTimer::timeout, client(), &Icws::Client::pollMessages);
    }
    ~CallsRunner() override = default;

    void start(const QString &password) { client()->login(options().baseUrl, options().user, password); }
    void stop()
    {
        Icws::Result canceled;
        canceled.outcome = Icws::Outcome::Canceled;
        client()->cancel();
        endWith(canceled);
    }

private:
    void timeIsUp() override;
    void onLoginFinished(const Icws::Result &result);
    void onWatchFinished(const Icws::Result &result, const QString &subscriptionId);
    void onMessages(const Icws::Result &result, const QJsonArray &messages);
    void endWith(const Icws::Result &result);
    void report();

    QTimer m_pollTimer;
    Icws::Result m_result;
    Stage m_stage = Stage::Login;
    QString m_hostPort;
    QList<ListedCall> m_calls;
    bool m_ending = false;
    bool m_loggedOut = false;
};

void CallsRunner::onLoginFinished(const Icws::Result &result)
{
    if (!result.ok() || m_ending) {
        m_stage = Stage::Login;
        endWith(result);
        return;
    }
    m_hostPort = Icws::hostPort(client()->session().baseUrl);
    m_stage = Stage::Watch;
    QList<Icws::QueueId> queues;
    for (const QString &agent : Icws::uniqueNames(options().agents))
        queues.append({Icws::QueueType::User, agent});
    for (const QString &workgroup : Icws::uniqueNames(options().workgroups))
        queues.append({Icws::QueueType::Workgroup, workgroup});
    client()->watchQueues(QString::fromLatin1(SubscriptionId), queues, callsAttributeNames(options()));
}

void CallsRunner::onWatchFinished(const Icws::Result &result, const QString &subscriptionId)
{
    if (subscriptionId != QLatin1String(SubscriptionId) || m_ending)
        return;
    if (!result.ok()) {
        endWith(result);
        return;
    }
    client()->pollMessages();
}

void CallsRunner::onMessages(const Icws::Result &result, const QJsonArray &messages)
{
    if (m_ending)
        return;
    if (!result.ok()) {
        // Trouble on the way is retried until the deadline; a session that ended is final.
        if (result.endsSession()) {
            endWith(result);
            return;
        }
        m_pollTimer.start();
        return;
    }
    for (const Icws::QueueContents &contents : Icws::parseQueueContents(messages)) {
        if (contents.subscriptionId == QLatin1String(SubscriptionId) && !contents.isDelta) {
            m_calls = listedCalls(contents, options());
            endWith(result);
            return;
        }
    }
    m_pollTimer.start();
}

void CallsRunner::timeIsUp()
{
    if (m_stage == Stage::Login) {
        endWith(timeLimitResult(Icws::Operation::Login, Icws::hostPort(options().baseUrl)));
        client()->cancel(); // its answer is not heard: endWith() came first
        return;
    }
    Icws::Result timedOut = timeLimitResult(Icws::Operation::Other, m_hostPort);
    timedOut.transportDetail = Text::tr("No picture of the queues arrived in time. %1").arg(timeLimitText());
    endWith(timedOut);
}

void CallsRunner::endWith(const Icws::Result &result)
{
    if (m_ending)
        return;
    m_ending = true;
    m_result = result;
    m_pollTimer.stop();
    logOutThen([this](bool loggedOut) {
        m_loggedOut = loggedOut;
        report();
    });
}

void CallsRunner::report()
{
    const int exitCode = exitCodeFor(m_result, m_stage);
    QJsonObject json = resultJson(m_result, m_stage, exitCode);
    json.insert(QStringLiteral("loggedOut"), m_loggedOut);
    if (exitCode != ExitAccepted) {
        if (m_result.outcome == Icws::Outcome::FeatureUnavailable) {
            // Its own words: describe() speaks of update-call-data.
            json.insert(QStringLiteral("message"), m_result.validationMessage);
            json.insert(QStringLiteral("detail"), m_result.validationMessage);
            if (printer().json())
                printer().object(json);
            else
                printer().err(QStringLiteral("error: ") + m_result.validationMessage);
            finish(exitCode);
            return;
        }
        json.insert(QStringLiteral("calls"), QJsonArray());
        if (m_stage == Stage::Watch && exitCode == ExitUpdateRefused && !printer().json()) {
            // A refused watch is about queue names or rights, not about the address.
            const Icws::ServerError &error = m_result.serverError;
            printer().err(Text::tr("error: the server refused to watch the queues (HTTP %1%2): %3")
                              .arg(m_result.httpStatus)
                              .arg(error.errorId.isEmpty() ? QString() : QStringLiteral(", ") + error.errorId,
                                   error.message.isEmpty() ? Icws::summary(m_result) : error.message));
            printer().err(Text::tr("Check the agent IDs and workgroup names, and ask the CIC administrator "
                                   "whether your user may watch those queues."));
            finish(exitCode);
            return;
        }
        reportFailure(m_result, m_stage, exitCode, json);
        return;
    }
    json.insert(QStringLiteral("host"), m_hostPort);
    json.insert(QStringLiteral("calls"), callsJson(m_calls));
    if (printer().json()) {
        printer().object(json);
    } else {
        for (const ListedCall &call : std::as_const(m_calls))
            printer().out(callLine(call, options()));
        if (m_calls.isEmpty())
            printer().err(options().allCalls ? Text::tr("No interactions on the watched queues.")
                                             : Text::tr("No Dialer calls on the watched queues."));
    }
    finish(exitCode);
}

} // namespace

QStringList callsAttributeNames(const Options &options)
{
    QStringList names = Icws::baseWatchAttributes();
    if (!options.callIdFrom.isEmpty())
        names << options.callIdFrom;
    names += options.attributes;
    return Icws::uniqueNames(names);
}

QList<ListedCall> listedCalls(const Icws::QueueContents &picture, const Options &options)
{
    const QStringList names = callsAttributeNames(options);
    QList<ListedCall> calls;
    for (const Icws::InteractionAttributes &interaction : picture.added) {
        ListedCall call;
        call.campaignId = attributeIn(interaction, QStringLiteral("is_attr_campaignid"));
        if (call.campaignId.isEmpty() && !options.allCalls)
            continue;
        call.callId = options.callIdFrom.isEmpty() ? interaction.interactionId
                                                   : attributeIn(interaction, options.callIdFrom);
        call.agent = attributeIn(interaction, QStringLiteral("Eic_UserName"));
        call.workgroup = attributeIn(interaction, QStringLiteral("Eic_WorkgroupName"));
        call.state = attributeIn(interaction, QStringLiteral("Eic_State"));
        call.stateText = attributeIn(interaction, QStringLiteral("Eic_CallStateString"));
        call.ended = Icws::isDisconnectedState(call.state);
        call.remoteName = attributeIn(interaction, QStringLiteral("Eic_RemoteName"));
        call.remoteNumber = attributeIn(interaction, QStringLiteral("Eic_RemoteTnNormalized"));
        for (const QString &name : names)
            call.attributes.append({name, attributeIn(interaction, name)});
        calls.append(call);
    }
    return calls;
}

QString callLine(const ListedCall &call, const Options &options)
{
    const auto orDash = [](const QString &text) {
        return text.isEmpty() ? QStringLiteral("-") : text;
    };
    QStringList fields {orDash(call.callId), orDash(call.campaignId), orDash(call.agent),
                        orDash(call.stateText.isEmpty() ? call.state : call.stateText)};
    QString remote = call.remoteName;
    if (!call.remoteNumber.isEmpty())
        remote += (remote.isEmpty() ? QString() : QStringLiteral(" ")) + call.remoteNumber;
    fields << orDash(remote);
    if (call.ended)
        fields << Text::tr("ended (the watch cannot tell when)");
    for (const QString &name : options.attributes) {
        for (const auto &attribute : call.attributes) {
            if (attribute.first.compare(name, Qt::CaseInsensitive) == 0) {
                fields << name + QLatin1Char('=') + attribute.second;
                break;
            }
        }
    }
    return fields.join(QLatin1Char('\t'));
}

QJsonArray callsJson(const QList<ListedCall> &calls)
{
    QJsonArray array;
    for (const ListedCall &call : calls) {
        QJsonObject attributes;
        for (const auto &attribute : call.attributes)
            attributes.insert(attribute.first, attribute.second);
        array.append(QJsonObject {{QStringLiteral("callId"), call.callId},
                                  {QStringLiteral("campaignId"), call.campaignId},
                                  {QStringLiteral("agent"), call.agent},
                                  {QStringLiteral("workgroup"), call.workgroup},
                                  {QStringLiteral("state"), call.state},
                                  {QStringLiteral("stateText"), call.stateText},
                                  {QStringLiteral("ended"), call.ended},
                                  {QStringLiteral("remoteName"), call.remoteName},
                                  {QStringLiteral("remoteNumber"), call.remoteNumber},
                                  {QStringLiteral("attributes"), attributes}});
    }
    return array;
}

int runCallsCommand(const Options &options, const Printer &printer)
{
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

    CallsRunner runner(options, printer);
    onInterrupt(&runner, [&runner] { runner.stop(); });
    return runner.exec([&runner, &password] {
        runner.start(password.password);
        password.password.fill(QLatin1Char('\0'));
        password.password.clear();
    });
}

} // namespace CallDataCli

#include "clicalls.moc"
