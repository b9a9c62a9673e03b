#include "appsettings.h"
#include "credentialstore.h"
#include "launchoptions.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("calldata-editor"));
    QApplication::setApplicationName(QStringLiteral("calldata-editor"));
    QApplication::setApplicationDisplayName(QStringLiteral("Call Data Editor"));
    QApplication::setApplicationVersion(QStringLiteral(CALLDATA_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.example.CallDataEditor"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/calldata-editor.png")));

    QCommandLineParser parser;
    CallData::addLaunchOptions(parser);
    parser.process(app); // handles --help and --version, and exits on unknown options
    CallData::LaunchOptions options;
    QString error;
    if (!CallData::readLaunchOptions(parser, &options, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }

    CallData::AppSettings settings;
    CallData::installTranslations(app, options.language.isEmpty() ? settings.language() : options.language);
    if (const QString problem = CallData::invalidUtf8Argument(argc, argv); !problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        return 2;
    }

    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QNetworkAccessManager network;
    CallData::KeychainCredentialStore credentials;
    CallData::MainWindow window(&network, &settings, &credentials);
    window.applyLaunchOptions(options);
    window.restoreDraft();
    window.show();
    return app.exec();
}
