// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "credentialstore.h"
#include "messagebar.h"

#include <QWidget>

#include <memory>

namespace Ui {
class LoginPanel;
}

namespace CallData {

class AppSettings;

/**
 * The login form: server, user, password and "remember password". It remembers the recent
 * servers and the last user, reads and writes the password in the keychain when asked to, and
 * says which field is missing. Logging in itself is the window's job (loginRequested).
 */
class LoginPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginPanel)

public:
    /** settings and credentials are not owned and must outlive the panel. */
    LoginPanel(AppSettings *settings, CredentialStore *credentials, QWidget *parent = nullptr);
    ~LoginPanel() override;

    QString server() const;
    QString user() const;
    QString password() const;

    /** Names the first empty field in messageRequested and focuses it; true when all are filled. */
    bool checkFilled();
    /** Fields cannot be changed while a login runs or a session is live. */
    void setLocked(bool locked);
    /** Values from the command line; empty ones keep what is there. */
    void prefill(const QString &server, const QString &user);
    /** Focuses where typing is needed first. */
    void focusFirstEmptyField();
    void focusServer();
    /** Focuses the password with its text selected, to retype it. */
    void focusPassword();
    void clearPassword();
    /** After a successful login: the recent servers refreshed, the password kept if asked. */
    void loginSucceeded();
    /** The address typed is plain http://, so logging in sends the password unencrypted. */
    bool sendsPasswordInClear() const;
    /** The panel's controls in tab order. */
    QList<QWidget *> tabOrder() const;

signals:
    /** Enter in a field or the Log in button. */
    void loginRequested();
    void messageRequested(const QString &text, CallData::MessageBar::Type type);

protected:
    void changeEvent(QEvent *event) override;

private:
    QString credentialKey() const;
    void readRememberedPassword();
    void onPasswordRead(const QString &key, CredentialStore::Status status, const QString &password,
                        const QString &detail);
    void onPasswordWritten(const QString &key, CredentialStore::Status status, const QString &detail);
    void setRememberTexts();
    void updateUnencryptedWarning();

    std::unique_ptr<Ui::LoginPanel> m_ui;
    AppSettings *m_settings;
    CredentialStore *m_credentials;
};

} // namespace CallData
