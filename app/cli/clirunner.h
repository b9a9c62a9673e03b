// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "cliargs.h"
#include "clioutput.h"

#include <QObject>

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
 */
class CommandRunner : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandRunner)

public:
    ~CommandRunner() override;

    /** Calls start(), then runs an event loop until finished(); returns the exit code. */
    int exec(const std::function<void()> &start);
    /** Ctrl+C: cancels the running request; a session is still logged out before finishing. */
    void interrupt();

signals:
    void finished(int exitCode);

protected:
    CommandRunner(const Options &options, const Printer &printer, QObject *parent = nullptr);

    const Options &options() const { return m_options; }
    const Printer &printer() const { return m_printer; }
    Icws::Client *client() const { return m_client; }

    /** JSON: the object; else "error: <stage> failed: …" and, for a certificate, how to trust it. */
    void reportFailure(const Icws::Result &result, Stage stage, int exitCode, const QJsonObject &json);
    /** reportFailure() without ending the command. */
    void printFailure(const Icws::Result &result, Stage stage, const QJsonObject &json) const;
    /** Emits finished(exitCode) once, queued, so the caller's event loop is running by then. */
    void finish(int exitCode);
    /**
     * Logs the session out, waiting for the answer no longer than the client's own request
     * timeout and one second more, then calls done once: with true when the server confirmed the
     * logout. A failed or unconfirmed logout is warned about. Without a session, done is called
     * at once with false.
     */
    void logOutThen(const std::function<void(bool loggedOut)> &done);
    /** The logout's answer is awaited (see logOutThen()). */
    bool isLoggingOut() const { return bool(m_afterLogout); }
    /** Stops waiting for the logout: its done is called now, with false, and it says nothing more. */
    void stopAwaitingLogout() { endLogout(false); }

private:
    void deleteClient();
    void endLogout(bool loggedOut);

    const Options m_options;
    const Printer m_printer;
    QNetworkAccessManager *m_network;
    Icws::Client *m_client;
    bool m_finished = false;
    std::function<void(bool loggedOut)> m_afterLogout; ///< set while a logout is awaited
};

} // namespace CallDataCli
