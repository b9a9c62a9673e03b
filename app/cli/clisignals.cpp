// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "clisignals.h"

#include "terminationsignals.h"

#include <QObject>

#ifdef Q_OS_UNIX
#include <atomic>
#include <csignal>
#include <ctime>
#include <deque>
#include <unistd.h>
#endif

namespace CallDataCli {

#ifdef Q_OS_UNIX
namespace {

// The kernel may run the handler on any thread that does not block the signal, Qt's network
// threads included, so what it reads is shared with the main thread through atomics only
// (lock-free, hence safe in a handler); holding the signals back covers the main thread alone.
std::atomic<int> signalsSeen {0};

struct LastWords
{
    QByteArray bytes;
};
// Every version is kept to the end: a handler on another thread may still be writing an older
// one while the main thread sets the next. A run sets a handful.
std::deque<LastWords> lastWordsKept;
std::atomic<const LastWords *> lastWords {nullptr};

// Who writes the outcome: the program (print) or a second signal (the last words), never both.
enum Writer : int { Nobody, Program, SecondSignal };
std::atomic<int> outcomeWriter {Nobody};
std::atomic<bool> programWriting {false};
static_assert(std::atomic<int>::is_always_lock_free && std::atomic<bool>::is_always_lock_free
              && std::atomic<const LastWords *>::is_always_lock_free);

// Only async-signal-safe calls (write, nanosleep, _exit) and lock-free atomics in here.
extern "C" void onSignal(int signal)
{
    if (signalsSeen.fetch_add(1) == 0) {
        CallData::TerminationSignals::notify(signal);
        return;
    }
    int expected = Nobody;
    if (outcomeWriter.compare_exchange_strong(expected, SecondSignal)) {
        if (const LastWords *words = lastWords.load()) {
            const char *data = words->bytes.constData();
            std::size_t left = std::size_t(words->bytes.size());
            while (left > 0) {
                const ssize_t written = ::write(STDOUT_FILENO, data, left);
                if (written <= 0)
                    break;
                data += written;
                left -= std::size_t(written);
            }
        }
        ::_exit(128 + signal);
    }
    if (expected == SecondSignal) {
        // An earlier signal's handler, on another thread, is writing them and ends the process.
        for (;;)
            ::pause();
    }
    // The program is writing the outcome (on the main thread, which holds the signals back
    // meanwhile, so this is another thread), or has written it: let it finish, then end.
    const timespec millisecond {0, 1'000'000};
    while (programWriting.load())
        ::nanosleep(&millisecond, nullptr);
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
        if (bytes.isEmpty()) {
            lastWords.store(nullptr);
            return;
        }
        lastWordsKept.push_back({bytes}); // a deque keeps the older ones where they are
        lastWords.store(&lastWordsKept.back());
    });
}

void printInsteadOfLastWords(const std::function<void()> &print)
{
    CallData::TerminationSignals::whileHeld([&print] {
        int expected = Nobody;
        if (!outcomeWriter.compare_exchange_strong(expected, Program) && expected == SecondSignal) {
            // A second signal on another thread is writing the last words and ends the process.
            for (;;)
                ::pause();
        }
        programWriting.store(true);
        print();
        lastWords.store(nullptr);
        programWriting.store(false);
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
