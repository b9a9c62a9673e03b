// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "languagemenu.h"

#include "appsettings.h"

#include <QActionGroup>
#include <QDir>
#include <QLocale>

namespace CallData {

LanguageMenu::LanguageMenu(const QString &title, AppSettings *settings, QWidget *parent)
    : QMenu(title, parent), m_settings(settings)
{
    setObjectName(QStringLiteral("language_menu"));
    auto *group = new QActionGroup(this);
    // Every embedded translation is offered, so a new language needs no change here.
    QList<QPair<QString, QString>> languages {{QString(), tr("System language")},
                                              {QStringLiteral("en"), QStringLiteral("English")}};
    const QString prefix = QStringLiteral("calldata-editor_");
    const QString suffix = QStringLiteral(".qm");
    // Matched by hand: a name filter ("*.qm") compiles a regular expression, which loads and
    // JIT-compiles PCRE2 at every start for this one list (half a MiB of resident memory).
    for (const QString &file : QDir(QStringLiteral(":/i18n")).entryList(QDir::Files, QDir::Name)) {
        if (!file.startsWith(prefix) || !file.endsWith(suffix))
            continue;
        const QString tag = file.mid(prefix.size()).chopped(suffix.size());
        const QLocale locale(tag);
        QString name = locale.nativeLanguageName();
        if (tag.contains(QLatin1Char('_')))
            name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        languages.append({tag, name});
    }
    const QString current = m_settings->language();
    for (const auto &[tag, name] : languages) {
        QAction *action = addAction(name);
        action->setObjectName(QStringLiteral("language_action_")
                              + (tag.isEmpty() ? QStringLiteral("system") : tag));
        action->setCheckable(true);
        action->setChecked(tag == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, tag = tag]() {
            if (tag == m_settings->language())
                return;
            m_settings->setLanguage(tag);
            m_settings->sync();
            emit languageChosen();
        });
    }
}

} // namespace CallData
