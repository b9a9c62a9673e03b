// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QObject>

#include <functional>

namespace CallData {

/**
 * Turns SIGTERM, SIGHUP and SIGINT (a logout of the desktop session, a closed terminal, a service
 * manager stopping the program, Ctrl+C) into the received() signal in the event loop, where the
 * program can end in order instead of dying with its session open. The handler only writes one
 * byte to a socket pair (the self-pipe); the event loop reads it. One instance per process at a
 * time; does nothing where there are no such signals.
 */
class TerminationSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminationSignals)

public:
    /** A signal handler: async-signal-safe calls only (write, _exit, notify()). */
    using Handler = void (*)(int signal);

    /**
     * The plain handler: the first signal is notified; a second ends the process by its default
     * action, as does any signal once this object is gone.
     */
    explicit TerminationSignals(QObject *parent = nullptr);
    /**
     * A handler of the program's own, which calls notify() for what the event loop is to hear. It
     * stays installed for every signal, also once this object is gone (a notification then goes
     * unheard). The handled signals are blocked while it runs.
     */
    explicit TerminationSignals(Handler handler, QObject *parent = nullptr);
    ~TerminationSignals() override;

    /** Async-signal-safe, for a handler: has received(signal) emitted in the event loop. */
    static void notify(int signal);

    /**
     * Runs work with the handled signals held back in the calling thread, e.g. to change what a
     * handler reads. Only there: a process-directed signal may still reach a handler on another
     * thread (Qt's network threads do not block these signals).
     */
    static void whileHeld(const std::function<void()> &work);

signals:
    void received(int signal);

private:
    void install(Handler handler);

    bool m_plain = false;
};

} // namespace CallData
