// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "cliargs.h"
#include "clioutput.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;

namespace Icws {
class Client;
}

namespace CallDataCli {

/**
 * The network part of one command: a client with the command line's options, and the rules
 * every command shares: a failure is printed the same way, finished() is emitted exactly once,
 * and the client (which logs a live session out when it goes) is gone before exec() returns.
 * A command derives from it, connects the client's signals it needs and calls finish().
 *
 * --timeout bounds the whole command, from the first request to the end of the logout: a
 * command that logs in has its requests bounded by the time less a part kept for logging out
 * (logoutReserveMs()), when timeIsUp() ends them; the logout then waits for the rest. Tearing the
 * client and the network down may take ExitMarginMs more; after that the process ends at once
 * (a network thread stuck on a hostile answer could otherwise hold it seconds longer).
 */
class CommandRunner : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandRunner)

public:
    /**
     * How long tearing down may run past --timeout. The README promises the process ends half a
     * second after it: the rest is for starting and ending the process.
     */
    static constexpr int ExitMarginMs = 250;
    /** The part of --timeout kept for logging out: a quarter, at most a second. */
    static int logoutReserveMs(int timeoutMs) { return qMin(1000, timeoutMs / 4); }

    ~CommandRunner() override;

    /** Calls start(), then runs an event loop until finished(); returns the exit code. */
    int exec(const std::function<void()> &start);
    /** Ctrl+C: cancels the running request; a session is still logged out before finishing. */
    void interrupt();

signals:
    void finished(int exitCode);

protected:
    /** Whether the command logs in, and so keeps part of --timeout for logging out. */
    enum class Session { None, LogsIn };

    CommandRunner(const Options &options, const Printer &printer, Session session, QObject *parent = nullptr);

    /**
     * The time for the command's requests has run out: it ends its stage now, as a timeout
     * (timeLimitResult()). Called at most once, never after logOutThen() or finish().
     */
    virtual void timeIsUp() = 0;
    /** The outcome when timeIsUp(): a timeout whose detail says which limit ran out. */
    Icws::Result timeLimitResult(Icws::Operation operation, const QString &host) const;
    /** What timeLimitResult() says after its first sentence: how --timeout was spent. */
    QString timeLimitText() const;

    const Options &options() const { return m_options; }
    const Printer &printer() const { return m_printer; }
    Icws::Client *client() const { return m_client; }

    /** JSON: the object; else "error: <stage> failed: …" and, for a certificate, how to trust it. */
    void reportFailure(const Icws::Result &result, Stage stage, int exitCode, const QJsonObject &json);
    /** reportFailure() without ending the command. */
    void printFailure(const Icws::Result &result, Stage stage, const QJsonObject &json) const;
    /** Emits finished(exitCode) once, queued, so the caller's event loop is running by then. */
    void finish(int exitCode);
    bool isFinished() const { return m_finished; }
    /**
     * Ends the session's queue watches, then the session, waiting for the answers no longer than
     * --timeout allows, then calls done once: with true when the server confirmed the logout. A
     * failed or unconfirmed logout is warned about. Without a session, done is called at once with
     * false.
     */
    void logOutThen(const std::function<void(bool loggedOut)> &done);
    /** The logout's answer is awaited (see logOutThen()). */
    bool isLoggingOut() const { return bool(m_afterLogout); }
    /** Stops waiting for the logout: its done is called now, with false, and it says nothing more. */
    void stopAwaitingLogout() { endLogout(false); }

private:
    /** The logout itself, once the watches ended (see logOutThen()). */
    void sendLogout();
    void endLogout(bool loggedOut);
    void deleteClient();
    /** Tears the client and the network down, ending the process if that runs past the margin. */
    void tearDown(int exitCode);

    const Options m_options;
    const Printer m_printer;
    QNetworkAccessManager *m_network;
    Icws::Client *m_client;
    const Session m_session;
    QDeadlineTimer m_deadline; ///< --timeout, from the first request
    QTimer m_requestTimer; ///< calls timeIsUp()
    int m_unwatchesLeft = 0;
    bool m_finished = false;
    std::function<void(bool loggedOut)> m_afterLogout; ///< set while a logout is awaited
};

} // namespace CallDataCli
