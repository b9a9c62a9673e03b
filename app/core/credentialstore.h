// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace CallData {

/**
 * Where a password may be kept between runs, if the user opts in. Asynchronous: every request
 * ends in exactly one signal. A missing keychain (not in this build, or no backend on this
 * system) is reported as Status::NoKeychain — a warning for the window, never a login failure.
 */
class CredentialStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    enum class Status { Ok, NotFound, NoKeychain, Failed };
    Q_ENUM(Status)

    /** The keychain service name the passwords are filed under. */
    static QString serviceName() { return QStringLiteral("calldata-editor"); }
    /** "user@host:port", the key a password is filed under. */
    static QString keyFor(const QString &user, const QString &hostPort);
    /** A plain sentence for the window, e.g. why a password was not remembered. */
    static QString describe(Status status, const QString &detail);

    using QObject::QObject;
    ~CredentialStore() override = default;

    /** False when this build has no keychain support at all. */
    virtual bool isSupported() const = 0;
    virtual void readPassword(const QString &key) = 0;
    virtual void writePassword(const QString &key, const QString &password) = 0;
    virtual void deletePassword(const QString &key) = 0;

signals:
    void passwordRead(const QString &key, CallData::CredentialStore::Status status, const QString &password,
                      const QString &detail);
    void passwordWritten(const QString &key, CallData::CredentialStore::Status status, const QString &detail);
    void passwordDeleted(const QString &key, CallData::CredentialStore::Status status, const QString &detail);
};

/** The system keychain through qtkeychain (never with an insecure fallback). */
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainCredentialStore)

public:
    explicit KeychainCredentialStore(QObject *parent = nullptr);
    ~KeychainCredentialStore() override = default;

    bool isSupported() const override;
    void readPassword(const QString &key) override;
    void writePassword(const QString &key, const QString &password) override;
    void deletePassword(const QString &key) override;
};

/** Passwords in memory only, for tests; setSupported(false) imitates a build without a keychain. */
class MemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryCredentialStore)

public:
    explicit MemoryCredentialStore(QObject *parent = nullptr);
    ~MemoryCredentialStore() override = default;

    void setSupported(bool supported) { m_supported = supported; }
    bool isSupported() const override { return m_supported; }
    void readPassword(const QString &key) override;
    void writePassword(const QString &key, const QString &password) override;
    void deletePassword(const QString &key) override;

    bool contains(const QString &key) const { return m_passwords.contains(key); }

private:
    bool m_supported = true;
    QHash<QString, QString> m_passwords;
};

} // namespace CallData
