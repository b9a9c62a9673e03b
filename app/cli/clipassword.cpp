// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "clipassword.h"

#include "cliargs.h"
#include "clitext.h"
#include "protocol.h"

#include <QCoreApplication>
#include <QtGlobal>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <termios.h>
#include <unistd.h>

namespace CallDataCli {

namespace {

constexpr int MaxPasswordBytes = 4096;

// Reads up to the first '\n' byte by byte, so nothing after it is consumed. nullopt when the
// input ended before any byte. Stops reading (and returns an over-long line) past the limit.
// read(2) rather than stdio: stdio would keep the password in stdin's buffer for the rest of the
// run, where nothing can wipe it. The line is reserved up front so it never reallocates and
// leaves a copy behind in freed memory.
std::optional<QByteArray> readStdinLine()
{
    QByteArray line;
    line.reserve(MaxPasswordBytes + 2);
    bool anyByte = false;
    for (;;) {
        char c = 0;
        const ssize_t got = ::read(STDIN_FILENO, &c, 1);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        anyByte = true;
        if (c == '\n' || line.size() > MaxPasswordBytes)
            break;
        line.append(c);
    }
    if (!anyByte)
        return std::nullopt;
    return line;
}

// The environment's copy would otherwise stay in memory (and go to every child process).
QString takePasswordFromEnvironment()
{
    char *value = std::getenv("ICWS_PASSWORD");
    if (!value || !*value)
        return {};
    const QString password = QString::fromLocal8Bit(value);
    std::fill_n(value, std::strlen(value), '\0');
    qunsetenv("ICWS_PASSWORD");
    return password;
}

void wipe(std::optional<QByteArray> &line)
{
    if (line)
        line->fill('\0');
    line.reset();
}

bool stdinIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO) == 1;
#else
    return false; // no echo-free prompt off Unix: --password-stdin or ICWS_PASSWORD
#endif
}

void showPrompt(const QString &prompt)
{
    std::fputs(prompt.toUtf8().constData(), stderr);
    std::fflush(stderr);
}

#ifdef Q_OS_UNIX
termios g_savedTerminal;
volatile std::sig_atomic_t g_echoIsOff = 0;

// Ctrl+C, Ctrl+\ (SIGQUIT), a closed terminal or a kill at the prompt must not leave the terminal without
// echo. (SIGKILL cannot be caught: `stty sane` is the remedy then.)
constexpr int PromptEndingSignals[] = {SIGINT, SIGQUIT, SIGTERM, SIGHUP};

extern "C" void restoreEchoAndReraise(int signalNumber)
{
    if (g_echoIsOff)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
    std::signal(signalNumber, SIG_DFL);
    std::raise(signalNumber);
}

/** Turns terminal echo off for its lifetime (the typed newline is still echoed). */
class EchoOff
{
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0)
            return;
        termios quiet = g_savedTerminal;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;
        for (std::size_t i = 0; i < std::size(PromptEndingSignals); ++i)
            m_previous[i] = std::signal(PromptEndingSignals[i], restoreEchoAndReraise);
        if (tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0)
            g_echoIsOff = 1;
        m_active = true;
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
        if (g_echoIsOff)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
        g_echoIsOff = 0;
        for (std::size_t i = 0; i < std::size(PromptEndingSignals); ++i)
            std::signal(PromptEndingSignals[i], m_previous[i]);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_active = false;
    void (*m_previous[std::size(PromptEndingSignals)])(int) = {};
};

std::optional<QByteArray> readHiddenLine(const QString &prompt)
{
    showPrompt(prompt);
    const EchoOff echoOff;
    return readStdinLine();
}
#else
std::optional<QByteArray> readHiddenLine(const QString &prompt)
{
    showPrompt(prompt);
    return readStdinLine();
}
#endif

} // namespace

PasswordResult passwordFromFirstLine(const std::optional<QByteArray> &line)
{
    if (!line)
        return {{}, Text::tr("--password-stdin: standard input ended before the password line.")};
    if (line->size() > MaxPasswordBytes)
        return {{},
                Text::tr("--password-stdin: the first line of standard input is too long for a password.")};
    QByteArray bytes = *line;
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    PasswordResult result;
    result.password = QString::fromUtf8(bytes);
    bytes.fill('\0');
    if (result.password.isEmpty())
        result.error = Text::tr(
            "--password-stdin: the first line of standard input is empty; it must hold the password.");
    return result;
}

bool passwordGoesInClear(const QUrl &baseUrl)
{
    return baseUrl.scheme() == QLatin1String("http");
}

QString passwordInClearWarning(const QUrl &baseUrl)
{
    if (!passwordGoesInClear(baseUrl))
        return {};
    return Text::tr("warning: %1 is plain http://, so the password and the call data cross the network "
                    "unencrypted. Use https:// unless this network is trusted.")
        .arg(Icws::hostPort(baseUrl));
}

PasswordResult obtainPassword(const Options &options, const QString &prompt)
{
    const bool terminal = stdinIsTerminal();
    if (options.passwordStdin) {
        std::optional<QByteArray> line = terminal ? readHiddenLine(prompt) : readStdinLine();
        PasswordResult result = passwordFromFirstLine(line);
        wipe(line);
        return result;
    }

    if (QString fromEnvironment = takePasswordFromEnvironment(); !fromEnvironment.isEmpty())
        return {fromEnvironment, {}};

    if (!terminal) {
        return {
            {},
            Text::tr(
                "No password given. Put it on the first line of standard input and pass --password-stdin, "
                "or set the ICWS_PASSWORD environment variable. Passwords are never taken as arguments.")};
    }

    std::optional<QByteArray> line = readHiddenLine(prompt);
    PasswordResult result = passwordFromFirstLine(line);
    wipe(line);
    if (!result.ok())
        result.error = Text::tr("No password entered.");
    return result;
}

} // namespace CallDataCli
