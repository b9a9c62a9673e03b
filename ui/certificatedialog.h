// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "result.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CertificateDialog;
}

namespace CallData {

/**
 * Asks whether to trust a server certificate the system does not trust: host:port, subject,
 * issuer, validity, SHA-256 fingerprint and the problems found. When a pinned host presents a
 * different certificate, a loud warning says it CHANGED, and trusting the new one needs an
 * explicit confirmation first.
 */
class CertificateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateDialog)

public:
    explicit CertificateDialog(const Icws::CertificateInfo &certificate, QWidget *parent = nullptr);
    ~CertificateDialog() override;

    const Icws::CertificateInfo &certificate() const { return m_certificate; }
    class QPushButton *trustButton() const;
    class QPushButton *cancelButton() const;

private:
    void updateTrustButton();

    std::unique_ptr<Ui::CertificateDialog> m_ui;
    Icws::CertificateInfo m_certificate;
};

} // namespace CallData
