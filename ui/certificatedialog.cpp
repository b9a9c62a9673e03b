// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "certificatedialog.h"

#include "ui_certificatedialog.h"

#include <QFontDatabase>
#include <QLocale>

namespace CallData {

CertificateDialog::CertificateDialog(const Icws::CertificateInfo &certificate, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CertificateDialog>()), m_certificate(certificate)
{
    m_ui->setupUi(this);
    const QString hostPort = certificate.hostPort;
    const QLocale locale;

    m_ui->host_label->setText(hostPort);
    m_ui->subject_label->setText(certificate.subject.isEmpty() ? tr("(not stated)") : certificate.subject);
    m_ui->issuer_label->setText(certificate.issuer.isEmpty() ? tr("(not stated)") : certificate.issuer);
    m_ui->validity_label->setText(tr("from %1 until %2")
                                      .arg(locale.toString(certificate.validFrom, QLocale::ShortFormat),
                                           locale.toString(certificate.validUntil, QLocale::ShortFormat)));
    // Two lines of 16 bytes each, in a fixed-width font, so it can be compared group by group.
    const QString hex = certificate.sha256Hex();
    m_ui->fingerprint_label->setText(hex.size() > 48 ? hex.left(47) + QLatin1Char('\n') + hex.mid(48) : hex);
    m_ui->fingerprint_label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->fingerprint_label->setAccessibleDescription(hex);
    m_ui->problems_label->setText(certificate.problems.isEmpty()
                                      ? tr("(none reported)")
                                      : certificate.problems.join(QLatin1Char('\n')));

    m_ui->trust_button->setText(tr("Trust this certificate for %1").arg(hostPort));
    m_ui->trust_button->setAccessibleName(m_ui->trust_button->text());

    if (certificate.pinnedButRefused) {
        // Trusting it again would change nothing: the pin already names this certificate, and what is
        // wrong with it (its validity period) is not something a pin waives.
        setWindowTitle(tr("Trusted certificate not valid"));
        m_ui->changed_warning_label->setVisible(false);
        m_ui->verified_check->setVisible(false);
        m_ui->trust_button->setVisible(false);
        m_ui->intro_label->setText(
            tr("The server %1 presented the certificate you trusted, but it has a problem "
               "that trusting it does not waive:")
                .arg(hostPort));
        m_ui->advice_label->setText(
            tr("Trusting a certificate waives who issued it and which host it names, "
               "never its validity period. Ask the administrator to renew the server's "
               "certificate."));
    } else if (certificate.pinMismatch) {
        setWindowTitle(tr("Server certificate CHANGED"));
        m_ui->changed_warning_label->setText(tr("WARNING: the certificate of %1 has CHANGED since you "
                                                "trusted it. Someone may be intercepting the "
                                                "connection. Do not continue unless the server's "
                                                "administrator confirms that the certificate was "
                                                "replaced and gives you this exact fingerprint.")
                                                 .arg(hostPort));
        // A loud red box in both light and dark palettes: white text on a strong red.
        m_ui->changed_warning_label->setStyleSheet(QStringLiteral(
            "QLabel { background-color: #b71c1c; color: white; font-weight: bold; padding: 10px; "
            "border-radius: 4px; }"));
        m_ui->intro_label->setText(tr("The server now presents this certificate:"));
        m_ui->advice_label->setText(
            tr("Trusting it replaces the certificate you trusted before for %1.").arg(hostPort));
        m_ui->verified_check->setVisible(true);
        m_ui->changed_warning_label->setVisible(true);
    } else {
        setWindowTitle(tr("Untrusted server certificate"));
        m_ui->changed_warning_label->setVisible(false);
        m_ui->verified_check->setVisible(false);
        m_ui->intro_label->setText(tr("The server %1 presented a certificate that this computer does not "
                                      "trust. This is common for CIC "
                                      "servers with a self-made certificate.")
                                       .arg(hostPort));
        m_ui->advice_label->setText(
            tr("Compare the fingerprint with the one your administrator gives you. If they match, trust the "
               "certificate: Call Data Editor will accept exactly this certificate for %1 from now on, and "
               "will warn you if it ever changes.")
                .arg(hostPort));
    }

    connect(m_ui->verified_check, &QCheckBox::toggled, this, &CertificateDialog::updateTrustButton);
    connect(m_ui->trust_button, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->cancel_button, &QPushButton::clicked, this, &QDialog::reject);
    m_ui->cancel_button->setFocus();
    updateTrustButton();
}

CertificateDialog::~CertificateDialog() = default;

QPushButton *CertificateDialog::trustButton() const
{
    return m_ui->trust_button;
}

QPushButton *CertificateDialog::cancelButton() const
{
    return m_ui->cancel_button;
}

void CertificateDialog::updateTrustButton()
{
    m_ui->trust_button->setEnabled(!m_certificate.pinnedButRefused
                                   && (!m_certificate.pinMismatch || m_ui->verified_check->isChecked()));
}

} // namespace CallData
