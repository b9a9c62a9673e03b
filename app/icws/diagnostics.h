// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QLoggingCategory>
#include <QString>

class QUrl;

namespace Icws {

// Logging categories for troubleshooting at a site. Debug output is off by default; --verbose or
// QT_LOGGING_RULES="calldata.*.debug=true" switches it on. Nothing logged may hold the password,
// the session cookie or the CSRF token; session IDs are masked in logged URLs.
Q_DECLARE_LOGGING_CATEGORY(lcNetwork) ///< calldata.network: every request, its answer and TLS problems
Q_DECLARE_LOGGING_CATEGORY(lcSession) ///< calldata.session: login, switchover, session end, logout

/** "CallDataEditor/0.1.0 (Qt 6.4.2)": sent with every request, so proxies and CIC logs tell us apart. */
QByteArray userAgent();

/** The URL without user info or query, with sessionId in its path replaced by "{sessionId}". */
QString loggableUrl(const QUrl &url, const QString &sessionId);

/** Switches debug output of every calldata.* category on; QT_LOGGING_RULES still has the last word. */
void enableVerboseLogging();

} // namespace Icws
