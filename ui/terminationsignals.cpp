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

// Only write(2) in here: the event loop does the rest.
extern "C" void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalSocket[1], &byte, 1);
}
} // namespace

TerminationSignals::TerminationSignals(QObject *parent) : QObject(parent)
{
    if (signalSocket[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, signalSocket) != 0)
        return;
    struct sigaction action
    {
    };
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND | SA_RESTART;
    for (const int signal : HandledSignals)
        sigaction(signal, &action, nullptr);
    auto *notifier = new QSocketNotifier(signalSocket[0], QSocketNotifier::Read, this);
    connect(notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(signalSocket[0], &byte, 1);
        emit received();
    });
}

TerminationSignals::~TerminationSignals()
{
    for (const int signal : HandledSignals)
        std::signal(signal, SIG_DFL);
}
#else
TerminationSignals::TerminationSignals(QObject *parent) : QObject(parent) { }
TerminationSignals::~TerminationSignals() = default;
#endif

} // namespace CallData
