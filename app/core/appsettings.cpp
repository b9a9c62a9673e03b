// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "appsettings.h"

#include "result.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QVariantMap>

#include <algorithm>

namespace CallData {

namespace {

const QString RecentServersKey = QStringLiteral("login/recentServers");
const QString RecentCampaignsKey = QStringLiteral("correction/recentCampaigns");
const QString LastUserKey = QStringLiteral("login/lastUser");
const QString RememberPasswordKey = QStringLiteral("login/rememberPassword");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString LanguageKey = QStringLiteral("ui/language");
const QString PollingKey = QStringLiteral("session/pollingIntervalSeconds");
const QString AuditMaskKey = QStringLiteral("audit/maskValues");
const QString AuditSystemLogKey = QStringLiteral("audit/systemLog");
// One map value, because ':' and '/' in "host:port" keys are awkward as QSettings keys.
const QString PinsKey = QStringLiteral("certificates/pins");

} // namespace

AppSettings::AppSettings() : m_settings(std::make_unique<QSettings>()) { }

AppSettings::AppSettings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{ }

AppSettings::AppSettings(const QString &organization, const QString &application)
    : m_settings(std::make_unique<QSettings>(organization, application))
{ }

AppSettings::~AppSettings() = default;

QStringList AppSettings::recentList(const QString &key) const
{
    QStringList list = m_settings->value(key).toStringList();
    list.removeAll(QString());
    return list.mid(0, MaxRecentEntries);
}

void AppSettings::addRecent(const QString &key, const QString &value)
{
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return;
    QStringList list = recentList(key);
    list.erase(std::remove_if(
                   list.begin(), list.end(),
                   [&](const QString &entry) { return entry.compare(trimmed, Qt::CaseInsensitive) == 0; }),
               list.end());
    list.prepend(trimmed);
    m_settings->setValue(key, list.mid(0, MaxRecentEntries));
}

QStringList AppSettings::recentServers() const
{
    return recentList(RecentServersKey);
}

void AppSettings::addRecentServer(const QString &server)
{
    addRecent(RecentServersKey, server);
}

QStringList AppSettings::recentCampaigns() const
{
    return recentList(RecentCampaignsKey);
}

void AppSettings::addRecentCampaign(const QString &campaignId)
{
    addRecent(RecentCampaignsKey, campaignId);
}

QString AppSettings::lastUser() const
{
    return m_settings->value(LastUserKey).toString();
}

void AppSettings::setLastUser(const QString &user)
{
    m_settings->setValue(LastUserKey, user.trimmed());
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(GeometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(GeometryKey, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value(StateKey).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(StateKey, state);
}

QString AppSettings::language() const
{
    return m_settings->value(LanguageKey).toString();
}

void AppSettings::setLanguage(const QString &tag)
{
    if (tag.isEmpty())
        m_settings->remove(LanguageKey);
    else
        m_settings->setValue(LanguageKey, tag);
}

int AppSettings::pollingIntervalSeconds() const
{
    bool ok = false;
    const int seconds = m_settings->value(PollingKey, DefaultPollingIntervalSeconds).toInt(&ok);
    return std::clamp(ok ? seconds : DefaultPollingIntervalSeconds, MinPollingIntervalSeconds,
                      MaxPollingIntervalSeconds);
}

void AppSettings::setPollingIntervalSeconds(int seconds)
{
    m_settings->setValue(PollingKey,
                         std::clamp(seconds, MinPollingIntervalSeconds, MaxPollingIntervalSeconds));
}

QByteArray AppSettings::certificatePin(const QString &hostPort) const
{
    const QVariantMap pins = m_settings->value(PinsKey).toMap();
    return Icws::parseSha256Fingerprint(pins.value(hostPort.toLower()).toString());
}

void AppSettings::setCertificatePin(const QString &hostPort, const QByteArray &sha256)
{
    QVariantMap pins = m_settings->value(PinsKey).toMap();
    pins.insert(hostPort.toLower(), Icws::formatSha256Fingerprint(sha256));
    m_settings->setValue(PinsKey, pins);
}

void AppSettings::removeCertificatePin(const QString &hostPort)
{
    QVariantMap pins = m_settings->value(PinsKey).toMap();
    pins.remove(hostPort.toLower());
    m_settings->setValue(PinsKey, pins);
}

QHash<QString, QString> AppSettings::certificatePins() const
{
    QHash<QString, QString> result;
    const QVariantMap pins = m_settings->value(PinsKey).toMap();
    for (auto it = pins.cbegin(); it != pins.cend(); ++it)
        result.insert(it.key(), it.value().toString());
    return result;
}

bool AppSettings::rememberPassword() const
{
    return m_settings->value(RememberPasswordKey, false).toBool();
}

void AppSettings::setRememberPassword(bool remember)
{
    m_settings->setValue(RememberPasswordKey, remember);
}

bool AppSettings::auditMaskValues() const
{
    return m_settings->value(AuditMaskKey, false).toBool();
}

void AppSettings::setAuditMaskValues(bool mask)
{
    m_settings->setValue(AuditMaskKey, mask);
}

bool AppSettings::auditSystemLog() const
{
    return m_settings->value(AuditSystemLogKey, false).toBool();
}

void AppSettings::setAuditSystemLog(bool copy)
{
    m_settings->setValue(AuditSystemLogKey, copy);
}

bool AppSettings::sync()
{
    m_settings->sync();
    if (m_settings->status() == QSettings::NoError)
        return true;
    if (!m_writeFailureReported && m_writeFailureHandler) {
        m_writeFailureReported = true;
        m_writeFailureHandler(QCoreApplication::translate(
                                  "CallData::AppSettings",
                                  "Settings could not be saved to %1. Recent servers, trusted certificates "
                                  "and the window layout will not be remembered; check that the disk has "
                                  "room and the folder may be written.")
                                  .arg(QDir::toNativeSeparators(m_settings->fileName())));
    }
    return false;
}

void AppSettings::onFirstWriteFailure(std::function<void(const QString &message)> handler)
{
    m_writeFailureHandler = std::move(handler);
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

namespace {
const QString LiveCallsWatchKey = QStringLiteral("liveCalls/watchByServer");
const QString LiveCallsColumnsKey = QStringLiteral("liveCalls/columns");
const QString CallIdAttributeKey = QStringLiteral("liveCalls/callIdAttribute");
const QString CorrectionWindowKey = QStringLiteral("liveCalls/correctionWindowSeconds");
const QString SeenTimeoutKey = QStringLiteral("liveCalls/seenTimeoutSeconds");
} // namespace

AppSettings::LiveCallsWatchText AppSettings::liveCallsWatch(const QString &hostPort) const
{
    const QStringList stored =
        m_settings->value(LiveCallsWatchKey).toMap().value(hostPort.toLower()).toStringList();
    return {stored.value(0), stored.value(1)};
}

void AppSettings::setLiveCallsWatch(const QString &hostPort, const LiveCallsWatchText &watch)
{
    QVariantMap byServer = m_settings->value(LiveCallsWatchKey).toMap();
    byServer.insert(hostPort.toLower(), QStringList {watch.agents, watch.workgroups});
    m_settings->setValue(LiveCallsWatchKey, byServer);
}

QStringList AppSettings::liveCallsColumns() const
{
    return m_settings->value(LiveCallsColumnsKey).toStringList();
}

void AppSettings::setLiveCallsColumns(const QStringList &attributes)
{
    m_settings->setValue(LiveCallsColumnsKey, attributes);
}

QString AppSettings::callIdAttribute() const
{
    return m_settings->value(CallIdAttributeKey).toString().trimmed();
}

void AppSettings::setCallIdAttribute(const QString &attribute)
{
    m_settings->setValue(CallIdAttributeKey, attribute.trimmed());
}

int AppSettings::correctionWindowSeconds() const
{
    bool ok = false;
    const int seconds = m_settings->value(CorrectionWindowKey, DefaultCorrectionWindowSeconds).toInt(&ok);
    return std::clamp(ok ? seconds : DefaultCorrectionWindowSeconds, 10, 3600);
}

void AppSettings::setCorrectionWindowSeconds(int seconds)
{
    m_settings->setValue(CorrectionWindowKey, std::clamp(seconds, 10, 3600));
}

int AppSettings::seenTimeoutSeconds() const
{
    bool ok = false;
    const int seconds = m_settings->value(SeenTimeoutKey, DefaultSeenTimeoutSeconds).toInt(&ok);
    return std::clamp(ok ? seconds : DefaultSeenTimeoutSeconds, 2, 600);
}

void AppSettings::setSeenTimeoutSeconds(int seconds)
{
    m_settings->setValue(SeenTimeoutKey, std::clamp(seconds, 2, 600));
}

} // namespace CallData
