// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "clisignals.h"

#include "terminationsignals.h"

#include <QObject>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

namespace CallDataCli {

#ifdef Q_OS_UNIX
namespace {

volatile std::sig_atomic_t signalsSeen = 0;
// Read by the signal handler: only changed while the signals are held back.
QByteArray lastWords;
const char *volatile lastWordsData = nullptr;
volatile std::size_t lastWordsSize = 0;

// Only async-signal-safe calls (write, _exit) in here.
extern "C" void onSignal(int signal)
{
    if (signalsSeen++ == 0) {
        CallData::TerminationSignals::notify(signal);
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
} // namespace

void onInterrupt(QObject *context, const std::function<void()> &handler)
{
    auto *termination = new CallData::TerminationSignals(onSignal, context);
    QObject::connect(termination, &CallData::TerminationSignals::received, context, [handler] { handler(); });
}

void setLastWords(const QByteArray &bytes)
{
    CallData::TerminationSignals::whileHeld([&bytes] {
        lastWords = bytes;
        lastWordsData = lastWords.isEmpty() ? nullptr : lastWords.constData();
        lastWordsSize = std::size_t(lastWords.size());
    });
}

void printInsteadOfLastWords(const std::function<void()> &print)
{
    CallData::TerminationSignals::whileHeld([&print] {
        print();
        lastWordsData = nullptr;
        lastWordsSize = 0;
        lastWords.clear();
    });
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
