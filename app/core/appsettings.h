// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QSettings;

namespace CallData {

/**
 * The window's persistent settings, in one QSettings: recent servers and campaigns, the last
 * user, window geometry and state, language, polling interval, certificate pins and the
 * "remember password" choice. Never the password itself: that goes only to a CredentialStore.
 */
class AppSettings final
{
    Q_DISABLE_COPY_MOVE(AppSettings)

public:
    static constexpr int MaxRecentEntries = 10;
    static constexpr int DefaultPollingIntervalSeconds = 10;
    static constexpr int MinPollingIntervalSeconds = 1;
    static constexpr int MaxPollingIntervalSeconds = 30;

    /** The application's default QSettings (organisation and application names). */
    AppSettings();
    /** An INI file, e.g. in a QTemporaryDir for tests. */
    explicit AppSettings(const QString &iniFile);
    /** Another program's settings, e.g. the window's read by calldata-cli. */
    AppSettings(const QString &organization, const QString &application);
    ~AppSettings();

    QStringList recentServers() const;
    /** Moves server to the front; keeps at most MaxRecentEntries, unique ignoring case. */
    void addRecentServer(const QString &server);
    QStringList recentCampaigns() const;
    void addRecentCampaign(const QString &campaignId);

    QString lastUser() const;
    void setLastUser(const QString &user);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    /** BCP 47 tag such as "de" or "en-US"; empty means the system language. */
    QString language() const;
    void setLanguage(const QString &tag);

    /** Seconds between session keep-alive polls, clamped to 1..30; 10 by default. */
    int pollingIntervalSeconds() const;
    void setPollingIntervalSeconds(int seconds);

    /** Raw SHA-256 digest pinned for "host:port", or empty. */
    QByteArray certificatePin(const QString &hostPort) const;
    void setCertificatePin(const QString &hostPort, const QByteArray &sha256);
    void removeCertificatePin(const QString &hostPort);
    /** host:port → upper-case hex digest with colons. */
    QHash<QString, QString> certificatePins() const;

    /** The user opted in to keeping the password in the system keychain. */
    bool rememberPassword() const;
    void setRememberPassword(bool remember);

    /** Audit log values replaced by salted hashes (keys kept), for sites that keep no customer data. */
    bool auditMaskValues() const;
    void setAuditMaskValues(bool mask);
    /** Each audit record also goes to the system log. */
    bool auditSystemLog() const;
    void setAuditSystemLog(bool copy);

    /** Live calls: what was last watched on a server (host:port), as typed. */
    struct LiveCallsWatchText
    {
        QString agents;
        QString workgroups;
    };
    LiveCallsWatchText liveCallsWatch(const QString &hostPort) const;
    void setLiveCallsWatch(const QString &hostPort, const LiveCallsWatchText &watch);
    /** Extra attribute columns of the Live calls table, e.g. is_attr_zip. */
    QStringList liveCallsColumns() const;
    void setLiveCallsColumns(const QStringList &attributes);
    /** The attribute that holds the call ID; empty: the interaction ID (the default, LIKELY). */
    QString callIdAttribute() const;
    void setCallIdAttribute(const QString &attribute);
    static constexpr int DefaultCorrectionWindowSeconds = 120;
    static constexpr int DefaultSeenTimeoutSeconds = 30;
    /** How long after its end a call is still correctable (the countdown), 10..3600 s. */
    int correctionWindowSeconds() const;
    void setCorrectionWindowSeconds(int seconds);
    /** How long to wait for a sent correction to show on the call, 2..600 s. */
    int seenTimeoutSeconds() const;
    void setSeenTimeoutSeconds(int seconds);

    /**
     * Writes pending changes. Returns false when they could not be written (full disk,
     * read-only home); the first such failure also goes to the handler of onFirstWriteFailure.
     */
    bool sync();
    /** handler(message) is called once, for the first sync that fails; message is translated. */
    void onFirstWriteFailure(std::function<void(const QString &message)> handler);
    QString fileName() const;

private:
    QStringList recentList(const QString &key) const;
    void addRecent(const QString &key, const QString &value);

    std::unique_ptr<QSettings> m_settings;
    std::function<void(const QString &message)> m_writeFailureHandler;
    bool m_writeFailureReported = false;
};

} // namespace CallData
