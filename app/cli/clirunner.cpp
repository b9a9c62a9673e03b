// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "clirunner.h"

#include "client.h"
#include "clitext.h"

#include <QEventLoop>
#include <QLocale>
#include <QNetworkAccessManager>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <thread>
#include <utility>

namespace CallDataCli {

namespace {

/**
 * Ends the process with the command's exit code if what it guards is not done by the time
 * given: the outcome is printed by then, and only the teardown (which Qt may block for seconds
 * on a network thread that a hostile answer keeps busy) is cut short.
 */
class ExitWatchdog
{
    Q_DISABLE_COPY_MOVE(ExitWatchdog)
public:
    ExitWatchdog(qint64 withinMs, int exitCode)
        : m_thread([this, withinMs, exitCode] {
              std::unique_lock<std::mutex> lock(m_mutex);
              if (m_done.wait_for(lock, std::chrono::milliseconds(withinMs), [this] { return m_finished; }))
                  return;
              std::fflush(stdout);
              std::fflush(stderr);
              std::_Exit(exitCode); // as _exit(): no destructors, no waiting for threads
          })
    { }
    ~ExitWatchdog()
    {
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_finished = true;
        }
        m_done.notify_one();
        m_thread.join();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_done;
    bool m_finished = false;
    std::thread m_thread; ///< last: started once the rest is made
};

QString seconds(int ms)
{
    return QLocale().toString(ms / 1000.0); // "0,25" where the language writes it so
}

} // namespace

CommandRunner::CommandRunner(const Options &options, const Printer &printer, Session session, QObject *parent)
    : QObject(parent), m_options(options), m_printer(printer), m_network(new QNetworkAccessManager(this)),
      m_client(new Icws::Client(m_network, this)), m_session(session)
{
    m_client->setOptions(clientOptions(options));
    m_requestTimer.setSingleShot(true);
    m_requestTimer.setTimerType(Qt::PreciseTimer); // a coarse one may be 5 % late
    connect(&m_requestTimer, &QTimer::timeout, this, [this] { timeIsUp(); });
}

CommandRunner::~CommandRunner()
{
    deleteClient();
}

int CommandRunner::exec(const std::function<void()> &start)
{
    int exitCode = ExitServerError;
    {
        QEventLoop loop;
        connect(this, &CommandRunner::finished, &loop, &QEventLoop::exit);
        m_deadline.setRemainingTime(m_options.timeoutMs, Qt::PreciseTimer);
        const int reserveMs = m_session == Session::LogsIn ? logoutReserveMs(m_options.timeoutMs) : 0;
        m_requestTimer.start(m_options.timeoutMs - reserveMs);
        start();
        exitCode = loop.exec();
    }
    // The logout on destruction runs its own event loop: it must run while the derived runner,
    // whose timers and slots that loop may still call, is whole.
    tearDown(exitCode);
    return exitCode;
}

void CommandRunner::tearDown(int exitCode)
{
    const ExitWatchdog watchdog(m_deadline.remainingTime() + ExitMarginMs, exitCode);
    if (m_client) {
        // A canceled login's late session is still closed, but only in the time left.
        Icws::ClientOptions options = m_client->options();
        options.logoutTimeoutMs = int(qMin<qint64>(options.logoutTimeoutMs, m_deadline.remainingTime()));
        m_client->setOptions(options);
    }
    deleteClient();
    // Waits for the network thread, for up to five seconds if an endless answer keeps it reading.
    delete m_network;
    m_network = nullptr;
}

void CommandRunner::deleteClient()
{
    // The client logs out through the network manager: it must go first.
    delete m_client;
    m_client = nullptr;
}

void CommandRunner::interrupt()
{
    if (m_client)
        m_client->cancel();
}

void CommandRunner::reportFailure(const Icws::Result &result, Stage stage, int exitCode,
                                  const QJsonObject &json)
{
    printFailure(result, stage, json);
    finish(exitCode);
}

void CommandRunner::printFailure(const Icws::Result &result, Stage stage, const QJsonObject &json) const
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
        case Stage::Watch:
            prefix = Text::tr("watching the queues failed");
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
}

Icws::Result CommandRunner::timeLimitResult(Icws::Operation operation, const QString &host) const
{
    Icws::Result result;
    result.outcome = Icws::Outcome::Timeout;
    result.operation = operation;
    result.host = host;
    result.transportDetail = Text::tr("No answer in time. %1").arg(timeLimitText());
    return result;
}

QString CommandRunner::timeLimitText() const
{
    if (m_session == Session::None)
        return Text::tr("--timeout %1 s bounds the whole command.").arg(seconds(m_options.timeoutMs));
    const int reserveMs = logoutReserveMs(m_options.timeoutMs);
    return Text::tr(
               "--timeout %1 s bounds the whole command, of which the last %2 s is kept for logging out.")
        .arg(seconds(m_options.timeoutMs), seconds(reserveMs));
}

void CommandRunner::logOutThen(const std::function<void(bool loggedOut)> &done)
{
    m_requestTimer.stop();
    if (!m_client->isLoggedIn()) {
        done(false);
        return;
    }
    m_afterLogout = done;
    // The client's own request timeout is the whole --timeout: this ends the wait at the deadline.
    QTimer::singleShot(int(m_deadline.remainingTime()), Qt::PreciseTimer, this, [this] {
        if (isLoggingOut())
            m_printer.err(Text::tr("warning: the server did not confirm the logout in time."));
        endLogout(false);
    });
    const QStringList watches = m_client->activeWatches();
    if (watches.isEmpty()) {
        sendLogout();
        return;
    }
    // The watches end before the session, so the server never sees one outlive its session.
    m_unwatchesLeft = int(watches.size());
    connect(m_client, &Icws::Client::unwatchFinished, this, [this] {
        if (--m_unwatchesLeft == 0 && isLoggingOut())
            sendLogout();
    });
    for (const QString &subscriptionId : watches)
        m_client->unwatchQueues(subscriptionId);
}

void CommandRunner::sendLogout()
{
    if (!m_client->isLoggedIn()) { // the server ended the session meanwhile
        endLogout(false);
        return;
    }
    connect(m_client, &Icws::Client::logoutFinished, this, [this](const Icws::Result &result) {
        if (!result.ok() && isLoggingOut())
            m_printer.err(Text::tr("warning: logging out failed: %1").arg(Icws::summary(result)));
        endLogout(result.ok());
    });
    m_client->logout();
}

void CommandRunner::endLogout(bool loggedOut)
{
    if (!m_afterLogout)
        return;
    const std::function<void(bool loggedOut)> done = std::exchange(m_afterLogout, nullptr);
    done(loggedOut);
}

void CommandRunner::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_requestTimer.stop();
    QMetaObject::invokeMethod(
        this, [this, exitCode] { emit finished(exitCode); }, Qt::QueuedConnection);
}
} // namespace CallDataCli
