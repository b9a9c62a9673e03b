// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "diagnostics.h"

#include <QUrl>

namespace Icws {

Q_LOGGING_CATEGORY(lcNetwork, "calldata.network", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "calldata.session", QtInfoMsg)

QByteArray userAgent()
{
    return QByteArrayLiteral("CallDataEditor/" CALLDATA_VERSION " (Qt ") + qVersion() + ')';
}

QString loggableUrl(const QUrl &url, const QString &sessionId)
{
    QString text = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    if (!sessionId.isEmpty())
        text.replace(u'/' + sessionId + u'/', QStringLiteral("/{sessionId}/"));
    return text;
}

void enableVerboseLogging()
{
    QLoggingCategory::setFilterRules(QStringLiteral("calldata.*.debug=true"));
}

} // namespace Icws
