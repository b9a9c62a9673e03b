// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace CallData {

namespace {

const QString CatalogueDirectory = QStringLiteral(":/i18n");
const QString CataloguePrefix = QStringLiteral("calldata-editor_");

QString describeShipped()
{
    QStringList names;
    for (const QString &tag : shippedLanguages()) {
        // Each in its own words, so a reader finds theirs; "en" alone would read "American English".
        const QString name =
            tag == QLatin1String("en") ? QStringLiteral("English") : QLocale(tag).nativeLanguageName();
        names.append(QStringLiteral("%1 (%2)").arg(tag, name));
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

QStringList shippedLanguages()
{
    QStringList tags {QStringLiteral("en")};
    const QStringList catalogues =
        QDir(CatalogueDirectory).entryList({CataloguePrefix + QStringLiteral("*.qm")}, QDir::Files);
    for (const QString &file : catalogues)
        tags.append(file.mid(CataloguePrefix.size()).chopped(3)); // "calldata-editor_pt_BR.qm" → "pt_BR"
    tags.sort();
    return tags;
}

QString installTranslations(QCoreApplication &application, const QString &language,
                            QString *unavailableNotice)
{
    if (unavailableNotice)
        unavailableNotice->clear();
    const QLocale locale = language.trimmed().isEmpty() ? QLocale() : QLocale(language.trimmed());
    // Dates, numbers and the Accept-Language sent to the server follow the chosen language too.
    QLocale::setDefault(locale);

    auto *ours = new QTranslator(&application);
    if (!ours->load(locale, CataloguePrefix.chopped(1), QStringLiteral("_"), CatalogueDirectory)) {
        delete ours;
        // "C" (no locale set, as on servers) and every English variant need no translation.
        const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
        if (unavailableNotice && !english) {
            const QString asked = language.trimmed().isEmpty() ? locale.name() : language.trimmed();
            *unavailableNotice =
                QCoreApplication::translate("CallData::Translations",
                                            "The language \"%1\" is not available, so the texts stay "
                                            "in English. Available: %2.")
                    .arg(asked, describeShipped());
        }
        return QStringLiteral("en");
    }
    // Qt's own strings (standard buttons, context menus) in the same language, when installed.
    // Installed first, so ours, searched first, win where both translate a string.
    auto *qt = new QTranslator(&application);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QCoreApplication::installTranslator(ours);
    return locale.bcp47Name();
}

} // namespace CallData
