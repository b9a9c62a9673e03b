// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "loginpanel.h"

#include "ui_loginpanel.h"

#include "appsettings.h"
#include "comboitems.h"
#include "protocol.h"

namespace CallData {

LoginPanel::LoginPanel(AppSettings *settings, CredentialStore *credentials, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::LoginPanel>()), m_settings(settings),
      m_credentials(credentials)
{
    m_ui->setupUi(this);
    m_ui->login_button->setMinimumWidth(100);
    m_ui->server_combo->lineEdit()->setObjectName(QStringLiteral("server_edit"));
    m_ui->server_combo->lineEdit()->setAccessibleName(tr("Server"));
    m_ui->server_combo->lineEdit()->setPlaceholderText(tr("e.g. cic1 or https://cic1:8019"));
    setRememberTexts();

    const QStringList servers = m_settings->recentServers();
    m_ui->server_combo->addItems(servers);
    if (!servers.isEmpty())
        m_ui->server_combo->setCurrentIndex(0);
    m_ui->user_edit->setText(m_settings->lastUser());
    m_ui->remember_password_check->setChecked(m_credentials->isSupported() && m_settings->rememberPassword());

    connect(m_ui->login_button, &QPushButton::clicked, this, &LoginPanel::loginRequested);
    // Enter in any login field submits the form.
    connect(m_ui->password_edit, &QLineEdit::returnPressed, this, &LoginPanel::loginRequested);
    connect(m_ui->user_edit, &QLineEdit::returnPressed, this, &LoginPanel::loginRequested);
    connect(m_ui->server_combo->lineEdit(), &QLineEdit::returnPressed, this, &LoginPanel::loginRequested);
    connect(m_ui->user_edit, &QLineEdit::editingFinished, this, &LoginPanel::readRememberedPassword);
    connect(m_ui->server_combo, &QComboBox::currentTextChanged, this, &LoginPanel::updateUnencryptedWarning);
    updateUnencryptedWarning();
    connect(m_ui->remember_password_check, &QCheckBox::toggled, this, [this](bool checked) {
        m_settings->setRememberPassword(checked);
        if (!checked && !credentialKey().isEmpty())
            m_credentials->deletePassword(credentialKey());
    });
    connect(m_credentials, &CredentialStore::passwordRead, this, &LoginPanel::onPasswordRead);
    connect(m_credentials, &CredentialStore::passwordWritten, this, &LoginPanel::onPasswordWritten);
    readRememberedPassword();
}

LoginPanel::~LoginPanel()
{
    // The store outlives the panel; a late keychain answer must not reach a half-destroyed form.
    m_credentials->disconnect(this);
}

QString LoginPanel::server() const
{
    return m_ui->server_combo->currentText().trimmed();
}

QString LoginPanel::user() const
{
    return m_ui->user_edit->text().trimmed();
}

QString LoginPanel::password() const
{
    return m_ui->password_edit->text();
}

bool LoginPanel::checkFilled()
{
    if (server().isEmpty()) {
        emit messageRequested(tr("Enter the server address, e.g. cic1 or https://cic1:8019."),
                              MessageBar::Type::Error);
        m_ui->server_combo->setFocus();
        return false;
    }
    if (user().isEmpty()) {
        emit messageRequested(tr("Enter your IC user name."), MessageBar::Type::Error);
        m_ui->user_edit->setFocus();
        return false;
    }
    if (password().isEmpty()) {
        emit messageRequested(tr("Enter the password for %1.").arg(user()), MessageBar::Type::Error);
        m_ui->password_edit->setFocus();
        return false;
    }
    return true;
}

bool LoginPanel::sendsPasswordInClear() const
{
    // Read as the login will read it: without a scheme an address means https.
    return Icws::parseServerAddress(server()).scheme() == QLatin1String("http");
}

void LoginPanel::updateUnencryptedWarning()
{
    // In the form's own title: seen (and read by screen readers) with the fields, and it takes no
    // height from the table on a small screen.
    m_ui->login_group->setTitle(
        sendsPasswordInClear() ? tr("Server login \u2014 plain http://: the password and the call data cross "
                                    "the network unencrypted")
                               : tr("Server login"));
    m_ui->login_group->setToolTip(sendsPasswordInClear() ? tr("Use https:// unless this network is trusted.")
                                                         : QString());
}

void LoginPanel::setLocked(bool locked)
{
    m_ui->server_combo->setEnabled(!locked);
    m_ui->user_edit->setEnabled(!locked);
    m_ui->password_edit->setEnabled(!locked);
    m_ui->remember_password_check->setEnabled(!locked && m_credentials->isSupported());
    m_ui->login_button->setEnabled(!locked);
}

void LoginPanel::prefill(const QString &server, const QString &user)
{
    if (!server.isEmpty())
        m_ui->server_combo->setEditText(server);
    updateUnencryptedWarning();
    if (!user.isEmpty()) {
        m_ui->user_edit->setText(user);
        readRememberedPassword();
    }
}

void LoginPanel::focusFirstEmptyField()
{
    if (server().isEmpty())
        m_ui->server_combo->setFocus();
    else if (user().isEmpty())
        m_ui->user_edit->setFocus();
    else
        m_ui->password_edit->setFocus();
}

void LoginPanel::focusServer()
{
    m_ui->server_combo->setFocus();
}

void LoginPanel::focusPassword()
{
    m_ui->password_edit->setFocus();
    m_ui->password_edit->selectAll();
}

void LoginPanel::clearPassword()
{
    m_ui->password_edit->clear();
}

void LoginPanel::loginSucceeded()
{
    setComboItems(m_ui->server_combo, m_settings->recentServers());
    if (m_ui->remember_password_check->isChecked() && m_credentials->isSupported())
        m_credentials->writePassword(credentialKey(), password());
}

QList<QWidget *> LoginPanel::tabOrder() const
{
    return {m_ui->server_combo, m_ui->user_edit, m_ui->password_edit, m_ui->remember_password_check,
            m_ui->login_button};
}

QString LoginPanel::credentialKey() const
{
    const QUrl baseUrl = Icws::parseServerAddress(m_ui->server_combo->currentText());
    if (user().isEmpty() || !baseUrl.isValid())
        return {};
    return CredentialStore::keyFor(user(), Icws::hostPort(baseUrl));
}

void LoginPanel::readRememberedPassword()
{
    if (!m_ui->remember_password_check->isChecked() || !password().isEmpty())
        return;
    if (const QString key = credentialKey(); !key.isEmpty())
        m_credentials->readPassword(key);
}

void LoginPanel::onPasswordRead(const QString &key, CredentialStore::Status status, const QString &password,
                                const QString &detail)
{
    if (key != credentialKey())
        return;
    if (status == CredentialStore::Status::Ok) {
        if (m_ui->password_edit->text().isEmpty() && m_ui->password_edit->isEnabled())
            m_ui->password_edit->setText(password);
    } else if (status != CredentialStore::Status::NotFound) {
        emit messageRequested(CredentialStore::describe(status, detail), MessageBar::Type::Warning);
    }
}

void LoginPanel::onPasswordWritten(const QString &, CredentialStore::Status status, const QString &detail)
{
    if (status == CredentialStore::Status::Ok)
        return;
    // Not a login failure: the session is fine, only the password was not kept.
    emit messageRequested(CredentialStore::describe(status, detail), MessageBar::Type::Warning);
}

void LoginPanel::setRememberTexts()
{
    if (!m_credentials->isSupported()) {
        m_ui->remember_password_check->setEnabled(false);
        m_ui->remember_password_check->setText(tr("Remember password (no keychain)"));
        m_ui->remember_password_check->setToolTip(tr("This build of Call Data Editor has no system keychain "
                                                     "support, so the password is typed each time."));
    } else {
        m_ui->remember_password_check->setToolTip(
            tr("Keeps the password in the system keychain (never in the settings file)."));
    }
}

void LoginPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        setRememberTexts();
        updateUnencryptedWarning();
    }
}

} // namespace CallData
