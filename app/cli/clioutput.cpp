// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "clioutput.h"

#include "clitext.h"
#include "protocol.h"

#include <QFileDevice>
#include <QIODevice>
#include <QJsonDocument>

namespace CallDataCli {

namespace {

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QString issueFieldName(Icws::ValidationIssue::Field field)
{
    switch (field) {
    case Icws::ValidationIssue::Field::CampaignId:
        return QStringLiteral("campaignId");
    case Icws::ValidationIssue::Field::CallId:
        return QStringLiteral("callId");
    case Icws::ValidationIssue::Field::Attributes:
        return QStringLiteral("attributes");
    case Icws::ValidationIssue::Field::AttributeKey:
        return QStringLiteral("attributeKey");
    }
    return QStringLiteral("attributes");
}

void writeTo(QIODevice *device, const QByteArray &bytes)
{
    if (!device)
        return;
    device->write(bytes);
    if (auto *file = qobject_cast<QFileDevice *>(device))
        file->flush();
}

} // namespace

QString attributeCountText(int count)
{
    return count == 1 ? Text::tr("1 attribute") : Text::tr("%1 attributes").arg(count);
}

int exitCodeFor(const Icws::Result &result, Stage stage)
{
    using Icws::Outcome;
    switch (result.outcome) {
    case Outcome::Success:
        return ExitAccepted;
    case Outcome::InvalidInput:
        return ExitUsage;
    case Outcome::BadRequest:
        return stage == Stage::Login   ? ExitLoginRefused
            : stage == Stage::Features ? ExitServerError
                                       : ExitUpdateRefused; // an update or a watch
    case Outcome::Unauthorized:
        return stage == Stage::Login   ? ExitLoginRefused
            : stage == Stage::Features ? ExitServerError
                                       : ExitSessionRejected;
    case Outcome::NotLoggedIn:
        return ExitSessionRejected;
    case Outcome::Gone:
    case Outcome::FeatureUnavailable:
        return ExitFeatureUnavailable;
    case Outcome::ServerError:
    case Outcome::ServiceUnavailable:
    case Outcome::ProtocolError:
        return ExitServerError;
    case Outcome::OtherHttpStatus:
    case Outcome::RequestTooLarge:
        if (result.httpStatus >= 400 && result.httpStatus < 500 && stage != Stage::Features)
            return stage == Stage::Login ? ExitLoginRefused : ExitUpdateRefused;
        return ExitServerError;
    case Outcome::OtherSuccessStatus:
    case Outcome::InterimAnswerOnly:
    case Outcome::Redirected:
        return ExitServerError;
    case Outcome::Canceled:
        // Interrupted before the update went out: nothing was changed, as the shell's 130 says.
        return stage == Stage::Update ? ExitNetworkError : ExitInterrupted;
    case Outcome::ConnectionRefused:
    case Outcome::HostNotFound:
    case Outcome::Timeout:
    case Outcome::TlsFailure:
    case Outcome::ConnectionReset:
    case Outcome::DeliveryUnknown:
    case Outcome::NetworkFailure:
        return ExitNetworkError;
    }
    return ExitServerError;
}

QString stageName(Stage stage)
{
    switch (stage) {
    case Stage::Features:
        return QStringLiteral("features");
    case Stage::Login:
        return QStringLiteral("login");
    case Stage::Update:
        return QStringLiteral("update");
    case Stage::Watch:
        return QStringLiteral("watch");
    }
    return {};
}

QJsonObject resultJson(const Icws::Result &result, Stage stage, int exitCode)
{
    QString message = result.serverError.message;
    if (message.isEmpty())
        message = result.validationMessage;
    QJsonObject object {
        {QStringLiteral("ok"), exitCode == ExitAccepted},
        {QStringLiteral("status"), result.httpStatus},
        {QStringLiteral("errorId"), stringOrNull(result.serverError.errorId)},
        {QStringLiteral("message"), stringOrNull(message)},
        {QStringLiteral("host"), stringOrNull(result.host)},
        {QStringLiteral("exitCode"), exitCode},
        {QStringLiteral("outcome"), outcomeName(result.outcome)},
        {QStringLiteral("stage"), stageName(stage)},
    };
    // A whole number stays a JSON number, as before; any other errorCode is kept as the text sent.
    if (const QString code = result.serverError.errorCode; !code.isEmpty()) {
        bool whole = false;
        const qint64 number = code.toLongLong(&whole);
        object.insert(QStringLiteral("errorCode"), whole ? QJsonValue(number) : QJsonValue(code));
    }
    if (!result.location.isEmpty())
        object.insert(QStringLiteral("location"), result.location);
    if (!result.triedHosts.isEmpty() && result.triedHosts.size() > 1)
        object.insert(QStringLiteral("triedHosts"), QJsonArray::fromStringList(result.triedHosts));
    if (!result.certificate.isNull())
        object.insert(QStringLiteral("certificate"), certificateJson(result.certificate));
    if (!result.ok())
        object.insert(QStringLiteral("detail"), Icws::describe(result));
    return object;
}

QJsonObject usageErrorJson(const QString &message)
{
    return QJsonObject {
        {QStringLiteral("ok"), false},
        {QStringLiteral("status"), 0},
        {QStringLiteral("errorId"), QJsonValue::Null},
        {QStringLiteral("message"), message},
        {QStringLiteral("host"), QJsonValue::Null},
        {QStringLiteral("exitCode"), ExitUsage},
        {QStringLiteral("outcome"), QStringLiteral("usageError")},
    };
}

QJsonObject certificateJson(const Icws::CertificateInfo &certificate)
{
    return QJsonObject {
        {QStringLiteral("hostPort"), certificate.hostPort},
        {QStringLiteral("subject"), certificate.subject},
        {QStringLiteral("issuer"), certificate.issuer},
        {QStringLiteral("validFrom"), certificate.validFrom.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("validUntil"), certificate.validUntil.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("sha256"), certificate.sha256Hex()},
        {QStringLiteral("problems"), QJsonArray::fromStringList(certificate.problems)},
        {QStringLiteral("pinMismatch"), certificate.pinMismatch},
    };
}

QJsonArray issuesJson(const QList<Icws::ValidationIssue> &issues)
{
    QJsonArray array;
    for (const Icws::ValidationIssue &issue : issues) {
        array.append(QJsonObject {
            {QStringLiteral("severity"),
             issue.severity == Icws::ValidationIssue::Severity::Error ? QStringLiteral("error")
                                                                      : QStringLiteral("warning")},
            {QStringLiteral("field"), issueFieldName(issue.field)},
            {QStringLiteral("row"), issue.row >= 0 ? QJsonValue(issue.row) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("message"), issue.message},
        });
    }
    return array;
}

void addUpdateFields(QJsonObject &object, const Icws::CallDataUpdate &update)
{
    object.insert(QStringLiteral("callId"), stringOrNull(update.callId.trimmed()));
    object.insert(QStringLiteral("campaignId"), stringOrNull(update.campaignId.trimmed()));
    object.insert(QStringLiteral("attributeCount"), static_cast<int>(update.attributes.size()));
}

QString terminalSafeLines(const QString &text)
{
    // Line breaks and tabs in what reaches the Printer are ours (Icws::describe() already turned the
    // server's into visible symbols); everything else that could drive a terminal is replaced.
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        // Tabs are ours too: `calls` prints tab-separated columns.
        QStringList columns = line.split(QLatin1Char('\t'));
        for (QString &column : columns)
            column = Icws::visibleText(column);
        line = columns.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

QByteArray terminalSafeJson(const QJsonObject &object)
{
    // The values keep the server's exact text, so a script reads what the server sent. QJsonDocument
    // already escapes C0 controls; DEL, C1 controls and bidi controls are written as \uXXXX escapes
    // too (they only ever occur inside strings), so the line is also safe on a terminal.
    const QString json = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    QString safe;
    safe.reserve(json.size());
    for (const QChar c : json) {
        if (Icws::isHiddenControl(c.unicode()))
            safe += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            safe += c;
    }
    return safe.toUtf8();
}

void Printer::out(const QString &text) const
{
    if (!m_json)
        writeTo(m_out, terminalSafeLines(text).toUtf8() + '\n');
}

void Printer::err(const QString &text) const
{
    writeTo(m_err, terminalSafeLines(text).toUtf8() + '\n');
}

void Printer::object(const QJsonObject &object) const
{
    writeTo(m_out, terminalSafeJson(object) + '\n');
}

void Printer::raw(const QByteArray &bytes) const
{
    writeTo(m_out, bytes);
}

} // namespace CallDataCli
