// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "credentialstore.h"

#include <QTimer>

#ifdef CALLDATA_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace CallData {

QString CredentialStore::keyFor(const QString &user, const QString &hostPort)
{
    return user.trimmed() + QLatin1Char('@') + hostPort.toLower();
}

QString CredentialStore::describe(Status status, const QString &detail)
{
    QString text;
    switch (status) {
    case Status::Ok:
        return {};
    case Status::NotFound:
        return tr("No password is stored in the system keychain for this user and server.");
    case Status::NoKeychain:
        text = tr("No system keychain is available, so the password is not remembered; type it each time.");
        break;
    case Status::Failed:
        text = tr("The system keychain refused the request, so the password is not remembered.");
        break;
    }
    if (!detail.isEmpty())
        text += QLatin1Char(' ') + tr("(%1)").arg(detail);
    return text;
}

// --- qtkeychain -------------------------------------------------------------------------------

KeychainCredentialStore::KeychainCredentialStore(QObject *parent) : CredentialStore(parent) { }

#ifdef CALLDATA_HAVE_KEYCHAIN

namespace {

CredentialStore::Status statusFor(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return CredentialStore::Status::Ok;
    case QKeychain::EntryNotFound:
        return CredentialStore::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return CredentialStore::Status::NoKeychain;
    default:
        return CredentialStore::Status::Failed;
    }
}

} // namespace

bool KeychainCredentialStore::isSupported() const
{
    return true;
}

void KeychainCredentialStore::readPassword(const QString &key)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key]() {
        const Status status = statusFor(job->error());
        emit passwordRead(key, status, status == Status::Ok ? job->textData() : QString(),
                          status == Status::Ok ? QString() : job->errorString());
    });
    job->start();
}

void KeychainCredentialStore::writePassword(const QString &key, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, job, key]() {
        const Status status = statusFor(job->error());
        emit passwordWritten(key, status, status == Status::Ok ? QString() : job->errorString());
    });
    job->start();
}

void KeychainCredentialStore::deletePassword(const QString &key)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key]() {
        const Status status = statusFor(job->error());
        emit passwordDeleted(key, status, status == Status::Ok ? QString() : job->errorString());
    });
    job->start();
}

#else

bool KeychainCredentialStore::isSupported() const
{
    return false;
}

void KeychainCredentialStore::readPassword(const QString &key)
{
    QTimer::singleShot(0, this, [this, key]() {
        emit passwordRead(key, Status::NoKeychain, {}, tr("this build has no keychain support"));
    });
}

void KeychainCredentialStore::writePassword(const QString &key, const QString &)
{
    QTimer::singleShot(0, this, [this, key]() {
        emit passwordWritten(key, Status::NoKeychain, tr("this build has no keychain support"));
    });
}

void KeychainCredentialStore::deletePassword(const QString &key)
{
    QTimer::singleShot(0, this, [this, key]() {
        emit passwordDeleted(key, Status::NoKeychain, tr("this build has no keychain support"));
    });
}

#endif

// --- in memory --------------------------------------------------------------------------------

MemoryCredentialStore::MemoryCredentialStore(QObject *parent) : CredentialStore(parent) { }

void MemoryCredentialStore::readPassword(const QString &key)
{
    QTimer::singleShot(0, this, [this, key]() {
        if (!m_supported)
            emit passwordRead(key, Status::NoKeychain, {}, tr("this build has no keychain support"));
        else if (!m_passwords.contains(key))
            emit passwordRead(key, Status::NotFound, {}, {});
        else
            emit passwordRead(key, Status::Ok, m_passwords.value(key), {});
    });
}

void MemoryCredentialStore::writePassword(const QString &key, const QString &password)
{
    QTimer::singleShot(0, this, [this, key, password]() {
        if (!m_supported) {
            emit passwordWritten(key, Status::NoKeychain, tr("this build has no keychain support"));
            return;
        }
        m_passwords.insert(key, password);
        emit passwordWritten(key, Status::Ok, {});
    });
}

void MemoryCredentialStore::deletePassword(const QString &key)
{
    QTimer::singleShot(0, this, [this, key]() {
        if (!m_supported) {
            emit passwordDeleted(key, Status::NoKeychain, tr("this build has no keychain support"));
            return;
        }
        emit passwordDeleted(key, m_passwords.remove(key) > 0 ? Status::Ok : Status::NotFound, {});
    });
}

} // namespace CallData
