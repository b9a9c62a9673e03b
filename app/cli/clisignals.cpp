// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "clisignals.h"

#include <QObject>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace CallDataCli {

#ifdef Q_OS_UNIX
namespace {

constexpr int HandledSignals[] = {SIGINT, SIGTERM, SIGHUP};

int interruptSocket[2] = {-1, -1};
volatile std::sig_atomic_t signalsSeen = 0;
// Read by the signal handler: only changed while the signals are blocked.
QByteArray lastWords;
const char *volatile lastWordsData = nullptr;
volatile std::size_t lastWordsSize = 0;

sigset_t handledSignalSet()
{
    sigset_t set;
    sigemptyset(&set);
    for (const int signal : HandledSignals)
        sigaddset(&set, signal);
    return set;
}

// Only async-signal-safe calls (write, _exit) in here.
extern "C" void onSignal(int signal)
{
    if (signalsSeen++ == 0) {
        const char byte = 1;
        [[maybe_unused]] const ssize_t written = ::write(interruptSocket[1], &byte, 1);
        return;
    }
    const char *data = lastWordsData;
    std::size_t left = lastWordsSize;
    while (data && left > 0) {
        const ssize_t written = ::write(STDOUT_FILENO, data, left);
        if (written <= 0)
            break;
        data += written;
        left -= std::size_t(written);
    }
    ::_exit(128 + signal);
}

class SignalsHeld
{
    Q_DISABLE_COPY_MOVE(SignalsHeld)
public:
    SignalsHeld()
    {
        const sigset_t set = handledSignalSet();
        sigprocmask(SIG_BLOCK, &set, &m_previous);
    }
    ~SignalsHeld() { sigprocmask(SIG_SETMASK, &m_previous, nullptr); }

private:
    sigset_t m_previous;
};
} // namespace

void onInterrupt(QObject *context, const std::function<void()> &handler)
{
    if (interruptSocket[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, interruptSocket) != 0)
        return;
    struct sigaction action
    {
    };
    action.sa_handler = onSignal;
    action.sa_mask = handledSignalSet(); // one handler at a time
    action.sa_flags = SA_RESTART;
    for (const int signal : HandledSignals)
        sigaction(signal, &action, nullptr);
    auto *notifier = new QSocketNotifier(interruptSocket[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [handler] {
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(interruptSocket[0], &byte, 1);
        handler();
    });
}

void setLastWords(const QByteArray &bytes)
{
    const SignalsHeld held;
    lastWords = bytes;
    lastWordsData = lastWords.isEmpty() ? nullptr : lastWords.constData();
    lastWordsSize = std::size_t(lastWords.size());
}

void printInsteadOfLastWords(const std::function<void()> &print)
{
    const SignalsHeld held;
    print();
    lastWordsData = nullptr;
    lastWordsSize = 0;
    lastWords.clear();
}
#else
void onInterrupt(QObject *, const std::function<void()> &) { }
void setLastWords(const QByteArray &) { }
void printInsteadOfLastWords(const std::function<void()> &print)
{
    print();
}
#endif

} // namespace CallDataCli
