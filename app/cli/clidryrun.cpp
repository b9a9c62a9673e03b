// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "clidryrun.h"

#include "clioutput.h"
#include "clitext.h"
#include "protocol.h"

#include <QJsonDocument>
#include <QList>
#include <QPair>

namespace CallDataCli {

namespace {

// "{sessionId}" stands for the ID a real login would return; sessionUrl() percent-encodes it.
QString placeholderSessionUrl(const QUrl &baseUrl, const QString &resource)
{
    const QString placeholder = QStringLiteral("{sessionId}");
    return Icws::sessionUrl(baseUrl, placeholder, resource)
        .toString(QUrl::FullyEncoded)
        .replace(QString::fromLatin1(QUrl::toPercentEncoding(placeholder)), placeholder);
}

struct DryRunRequest
{
    QString method;
    QString url;
    QList<QPair<QString, QString>> headers;
    QByteArray body; // empty: no body
};

QList<DryRunRequest> dryRunRequests(const Options &options, const Icws::CallDataUpdate &update)
{
    // The same headers Icws::Client sends; the session's secrets are redacted.
    const QString accept = QString::fromLatin1(Icws::AcceptValue);
    const QString contentType = QString::fromLatin1(Icws::JsonContentType);
    const QString language = effectiveLanguage(options);
    const QString redacted = QStringLiteral("<redacted>");

    DryRunRequest login {QStringLiteral("POST"),
                         Icws::connectionUrl(options.baseUrl).toString(QUrl::FullyEncoded),
                         {{QStringLiteral("Accept"), accept},
                          {QStringLiteral("Accept-Language"), language},
                          {QStringLiteral("Content-Type"), contentType}},
                         Icws::loginRequestBody(options.user, QStringLiteral("***"))};
    DryRunRequest send {QStringLiteral("POST"),
                        placeholderSessionUrl(options.baseUrl, QStringLiteral("dialer/update-call-data")),
                        {{QStringLiteral("Accept"), accept},
                         {QStringLiteral("Accept-Language"), language},
                         {QString::fromLatin1(Icws::CsrfHeader), redacted},
                         {QStringLiteral("Cookie"), redacted},
                         {QStringLiteral("Content-Type"), contentType}},
                        Icws::updateCallDataBody(update)};
    DryRunRequest logout {QStringLiteral("DELETE"),
                          placeholderSessionUrl(options.baseUrl, QStringLiteral("connection")),
                          {{QStringLiteral("Accept"), accept},
                           {QStringLiteral("Accept-Language"), language},
                           {QString::fromLatin1(Icws::CsrfHeader), redacted},
                           {QStringLiteral("Cookie"), redacted}},
                          {}};
    return {login, send, logout};
}

QJsonObject requestJson(const DryRunRequest &request)
{
    QJsonObject headers;
    for (const auto &header : request.headers)
        headers.insert(header.first, header.second);
    QJsonObject object {{QStringLiteral("method"), request.method},
                        {QStringLiteral("url"), request.url},
                        {QStringLiteral("headers"), headers}};
    object.insert(QStringLiteral("body"),
                  request.body.isEmpty() ? QJsonValue(QJsonValue::Null)
                                         : QJsonValue(QJsonDocument::fromJson(request.body).object()));
    return object;
}

} // namespace

QString dryRunText(const Options &options, const Icws::CallDataUpdate &update)
{
    QStringList lines {Text::tr("Dry run: nothing is sent. A real run sends these requests "
                                "(secrets redacted, {sessionId} comes from the login):")};
    for (const DryRunRequest &request : dryRunRequests(options, update)) {
        lines << QString() << request.method + QLatin1Char(' ') + request.url;
        for (const auto &header : request.headers)
            lines << header.first + QStringLiteral(": ") + header.second;
        if (!request.body.isEmpty())
            lines << QString() << QString::fromUtf8(request.body);
    }
    lines << QString()
          << Text::tr("Valid: %1 for call %2 in campaign %3 to %4; nothing was sent.")
                 .arg(attributeCountText(static_cast<int>(update.attributes.size())), update.callId.trimmed(),
                      update.campaignId.trimmed(), Icws::hostPort(options.baseUrl));
    return lines.join(QLatin1Char('\n'));
}

QJsonObject dryRunJson(const Options &options, const Icws::CallDataUpdate &update)
{
    QJsonObject object {
        {QStringLiteral("ok"), true},
        {QStringLiteral("status"), 0},
        {QStringLiteral("errorId"), QJsonValue::Null},
        {QStringLiteral("message"), QJsonValue::Null},
        {QStringLiteral("host"), Icws::hostPort(options.baseUrl)},
        {QStringLiteral("exitCode"), ExitAccepted},
        {QStringLiteral("outcome"), QStringLiteral("dryRun")},
        {QStringLiteral("dryRun"), true},
    };
    addUpdateFields(object, update);
    const QList<DryRunRequest> requests = dryRunRequests(options, update);
    object.insert(QStringLiteral("login"), requestJson(requests.at(0)));
    object.insert(QStringLiteral("request"), requestJson(requests.at(1)));
    object.insert(QStringLiteral("logout"), requestJson(requests.at(2)));
    return object;
}

} // namespace CallDataCli
