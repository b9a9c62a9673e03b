#include "cliapp.h"
#include "translations.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("calldata-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLDATA_VERSION));

    // Messages follow the system locale (LANG/LC_*); --language only sets the server's language.
    CallData::installTranslations(app, QString());

    // Like the window: the system's proxy settings (on Linux the *_proxy environment variables).
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    return CallDataCli::run(QCoreApplication::arguments().mid(1));
}
