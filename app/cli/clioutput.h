// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// What calldata-cli prints: exit codes, the stable JSON names of outcomes and stages, the JSON
// fields every command shares, and the Printer that writes text or one JSON object.

#include "calldata.h"
#include "result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

class QIODevice;

namespace CallDataCli {

/** The process exit codes; fixed by the command-line contract. */
enum ExitCode : int {
    ExitAccepted = 0, ///< 202 (or `features`/`--dry-run`/`--help`/`--version` succeeded)
    ExitUsage = 2, ///< usage or validation error; nothing was sent
    ExitLoginRefused = 3, ///< the login was refused (400/401/other 4xx at login)
    ExitUpdateRefused = 4, ///< the update was refused (400 or another 4xx)
    ExitSessionRejected = 5, ///< the session was rejected (401 on the update)
    ExitFeatureUnavailable = 6, ///< dialer < 3, or 410
    ExitServerError =
        7, ///< 5xx, every switchover host refused, or an unusable answer (3xx, another 2xx, only a 1xx)
    ExitNetworkError = 8, ///< network, TLS or timeout error, or Ctrl+C after the update was sent
    ExitInterrupted = 130, ///< Ctrl+C before the update was sent (the shell's code for SIGINT)
};

/** Which request a Result belongs to: the same status means different things at each stage. */
enum class Stage { Features, Login, Update, Watch };

/** The exit code for a Result of the given stage. */
int exitCodeFor(const Icws::Result &result, Stage stage);
using Icws::outcomeName;
QString stageName(Stage stage);

/** The common fields: ok, status, errorId, message, host, exitCode, outcome (+ certificate). */
QJsonObject resultJson(const Icws::Result &result, Stage stage, int exitCode);
/** A usage error: ok false, status 0, exitCode 2, outcome "usageError", message. */
QJsonObject usageErrorJson(const QString &message);
QJsonObject certificateJson(const Icws::CertificateInfo &certificate);
QJsonArray issuesJson(const QList<Icws::ValidationIssue> &issues);
/** Adds callId, campaignId and attributeCount. */
void addUpdateFields(QJsonObject &object, const Icws::CallDataUpdate &update);

/** "1 attribute", "3 attributes". */
QString attributeCountText(int count);

/** Each line made terminal-safe with Icws::visibleText(); line breaks and tabs themselves are kept. */
QString terminalSafeLines(const QString &text);
/** One compact JSON line; DEL, C1 and bidi controls in strings written as \\uXXXX escapes. */
QByteArray terminalSafeJson(const QJsonObject &object);

/**
 * Writes the CLI's text and JSON to two devices (stdout and stderr in the real program). Every
 * line goes through terminalSafeLines() or terminalSafeJson(): server text never drives the terminal.
 */
class Printer
{
public:
    Printer(QIODevice *out, QIODevice *err, bool json) : m_out(out), m_err(err), m_json(json) { }

    bool json() const { return m_json; }
    void out(const QString &text) const; ///< a line on stdout (human mode only)
    void err(const QString &text) const; ///< a line on stderr
    void object(const QJsonObject &object) const; ///< the one JSON object on stdout
    void raw(const QByteArray &bytes) const; ///< bytes on stdout exactly as given (CSV export)

private:
    QIODevice *m_out;
    QIODevice *m_err;
    bool m_json;
};

} // namespace CallDataCli
