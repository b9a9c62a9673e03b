// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "terminationsignals.h"

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace CallData {

#ifdef Q_OS_UNIX
namespace {

constexpr int HandledSignals[] = {SIGTERM, SIGHUP, SIGINT};
int signalSocket[2] = {-1, -1};

sigset_t handledSignalSet()
{
    sigset_t set;
    sigemptyset(&set);
    for (const int signal : HandledSignals)
        sigaddset(&set, signal);
    return set;
}

extern "C" void notifyOnly(int signal)
{
    TerminationSignals::notify(signal);
}
} // namespace

TerminationSignals::TerminationSignals(QObject *parent) : QObject(parent), m_plain(true)
{
    install(notifyOnly);
}

TerminationSignals::TerminationSignals(Handler handler, QObject *parent) : QObject(parent)
{
    install(handler);
}

void TerminationSignals::install(Handler handler)
{
    if (signalSocket[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, signalSocket) != 0)
        return;
    struct sigaction action
    {
    };
    action.sa_handler = handler;
    action.sa_mask = handledSignalSet(); // one handler at a time
    action.sa_flags = SA_RESTART | (m_plain ? SA_RESETHAND : 0);
    for (const int signal : HandledSignals)
        sigaction(signal, &action, nullptr);
    auto *notifier = new QSocketNotifier(signalSocket[0], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this] {
        unsigned char signal = 0;
        if (::read(signalSocket[0], &signal, 1) == 1)
            emit received(signal);
    });
}

TerminationSignals::~TerminationSignals()
{
    if (!m_plain)
        return;
    for (const int signal : HandledSignals)
        std::signal(signal, SIG_DFL);
}

// Only write(2) in here: the event loop does the rest.
void TerminationSignals::notify(int signal)
{
    const unsigned char byte = static_cast<unsigned char>(signal);
    [[maybe_unused]] const ssize_t written = ::write(signalSocket[1], &byte, 1);
}

void TerminationSignals::whileHeld(const std::function<void()> &work)
{
    struct Held
    {
        Held()
        {
            const sigset_t set = handledSignalSet();
            sigprocmask(SIG_BLOCK, &set, &previous);
        }
        ~Held() { sigprocmask(SIG_SETMASK, &previous, nullptr); }
        sigset_t previous;
    } held;
    work();
}
#else
TerminationSignals::TerminationSignals(QObject *parent) : QObject(parent) { }
TerminationSignals::TerminationSignals(Handler, QObject *parent) : QObject(parent) { }
TerminationSignals::~TerminationSignals() = default;
void TerminationSignals::notify(int) { }
void TerminationSignals::whileHeld(const std::function<void()> &work)
{
    work();
}
#endif

} // namespace CallData

// In this object file, not in the library's shared moc file: calldata-cli links this class alone,
// without the models that pull in Qt GUI.
#include "moc_terminationsignals.cpp"
