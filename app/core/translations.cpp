#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace CallData {

QString installTranslations(QCoreApplication &application, const QString &language)
{
    const QLocale locale = language.trimmed().isEmpty() ? QLocale() : QLocale(language.trimmed());
    // Dates, numbers and the Accept-Language sent to the server follow the chosen language too.
    QLocale::setDefault(locale);

    auto *ours = new QTranslator(&application);
    if (!ours->load(locale, QStringLiteral("calldata-editor"), QStringLiteral("_"),
                    QStringLiteral(":/i18n"))) {
        delete ours;
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
