#include "cliapp.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkProxyFactory>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("calldata-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLDATA_VERSION));

    // Messages follow the system locale (LANG/LC_*); --language only sets the server's language.
    // Qt's own texts first, ours last, so our wording wins where both translate a string.
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(QLocale(), QStringLiteral("calldata-editor"), QStringLiteral("_"),
                           QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&appTranslator);

    // Like the window: the system's proxy settings (on Linux the *_proxy environment variables).
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    return CallDataCli::run(QCoreApplication::arguments().mid(1));
}
