// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QMenu>

namespace CallData {

class AppSettings;

/**
 * Settings → Language: the system language, English and every embedded translation, each named
 * in its own language ("Deutsch", "Português (Brasil)") so anyone can find theirs. Choosing one
 * stores it in the settings; it applies at the next start.
 */
class LanguageMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    /** settings is not owned. */
    LanguageMenu(const QString &title, AppSettings *settings, QWidget *parent = nullptr);

signals:
    /** Another language was chosen and saved. */
    void languageChosen();

private:
    AppSettings *m_settings;
};

} // namespace CallData
