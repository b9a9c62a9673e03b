// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>

#include <functional>

class QObject;

namespace CallDataCli {

/**
 * Turns SIGINT, SIGTERM and SIGHUP into a call of handler in the event loop while context lives,
 * so Ctrl+C, a closed terminal or a service stop after a login can still log out. A second signal
 * ends the process at once (for a server that never answers) with exit code 128 + the signal
 * (130 for Ctrl+C), after writing the last words (see setLastWords()) to stdout if they are set.
 * Does nothing where there are no such signals.
 */
void onInterrupt(QObject *context, const std::function<void()> &handler);

/**
 * What a second signal writes to stdout before ending the process: the outcome a script must see
 * even when it is not awaited (the one --json object). Empty bytes forget them.
 */
void setLastWords(const QByteArray &bytes);

/**
 * Runs print with the signals held back, then forgets the last words: so the outcome is printed
 * exactly once, by print or (before it) by a second signal, never both and never neither.
 */
void printInsteadOfLastWords(const std::function<void()> &print);

} // namespace CallDataCli
