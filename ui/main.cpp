#include "appsettings.h"
#include "credentialstore.h"
#include "launchoptions.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QTranslator>

#include <cstdio>

namespace {

void installTranslators(QApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QLocale::setDefault(locale);
    // Qt's own texts first, ours last, so our wording wins where both translate a string.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(locale, QStringLiteral("calldata-editor"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")))
        QApplication::installTranslator(appTranslator);
}

} // namespace

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
    installTranslators(app, options.language.isEmpty() ? settings.language() : options.language);

    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QNetworkAccessManager network;
    CallData::KeychainCredentialStore credentials;
    CallData::MainWindow window(&network, &settings, &credentials);
    window.applyLaunchOptions(options);
    window.show();
    return app.exec();
}
