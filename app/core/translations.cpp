#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace CallData {

QString installTranslations(QCoreApplication &application, const QString &language)
{
    const QLocale locale = language.trimmed().isEmpty() ? QLocale::system() : QLocale(language.trimmed());
    auto *ours = new QTranslator(&application);
    if (!ours->load(locale, QStringLiteral("calldata-editor"), QStringLiteral("_"),
                    QStringLiteral(":/i18n"))) {
        delete ours;
        return QStringLiteral("en");
    }
    // Qt's own strings (standard buttons, context menus) in the same language, when installed.
    auto *qt = new QTranslator(&application);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        application.installTranslator(qt);
    else
        delete qt;
    application.installTranslator(ours);
    return locale.bcp47Name();
}

} // namespace CallData
