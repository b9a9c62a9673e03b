// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "appsettings.h"
#include "credentialstore.h"
#include "diagnostics.h"
#include "launchoptions.h"
#include "mainwindow.h"
#include "terminationsignals.h"
#include "translations.h"
#include "uilogging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>

#include <cstdio>
#include <cstring>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("calldata-editor"));
    QCoreApplication::setApplicationName(QStringLiteral("calldata-editor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLDATA_VERSION));
}

// --help and --version need no window. Creating a QApplication first would abort (status 134)
// where there is no display, so help2man and scripts on servers would fail.
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *argument = argv[i];
        if (std::strcmp(argument, "--") == 0)
            return false;
        for (const char *option : {"-h", "-?", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argument, option) == 0)
                return true;
        }
    }
    return false;
}

QString requestedLanguage(QCoreApplication &app, const CallData::AppSettings &settings)
{
    QCommandLineParser parser;
    CallData::addLaunchOptions(parser);
    parser.parse(app.arguments());
    const QString language = parser.value(QStringLiteral("language"));
    return language.isEmpty() ? settings.language() : language;
}

int answerHelpOrVersion(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    describeApplication();
    const CallData::AppSettings settings;
    CallData::installTranslations(app, requestedLanguage(app, settings));
    QCommandLineParser parser;
    CallData::addLaunchOptions(parser); // after the translators, so the help text is translated
    parser.process(app); // prints the help or the version and exits
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksForHelpOrVersion(argc, argv))
        return answerHelpOrVersion(argc, argv);

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Call Data Editor"));
    QApplication::setDesktopFileName(QStringLiteral(CALLDATA_APP_ID));
    // Title-bar and task-switcher sizes only: the window system is handed every size the icon has,
    // each decoded at start-up (the 256 px one alone cost more than the rest of the window's
    // start-up work); launchers and docks take the large ones from the installed hicolor theme.
    // Sizes given up front, so no file is opened just to learn its size.
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64})
        icon.addFile(QStringLiteral(":/icons/calldata-editor-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    QCommandLineParser parser;
    CallData::addLaunchOptions(parser);
    parser.process(app); // exits on unknown options
    CallData::LaunchOptions options;
    QString error;
    if (!CallData::readLaunchOptions(parser, &options, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }

    if (options.verbose)
        Icws::enableVerboseLogging();

    CallData::AppSettings settings;
    QString languageNotice;
    const QString language = CallData::installTranslations(
        app, options.language.isEmpty() ? settings.language() : options.language, &languageNotice);
    if (const QString problem = CallData::invalidUtf8Argument(argc, argv); !problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        return 2;
    }
    if (!languageNotice.isEmpty())
        std::fprintf(stderr, "calldata-editor: %s\n", qPrintable(languageNotice));
    qCDebug(CallData::lcUi).noquote()
        << "calldata-editor" << QCoreApplication::applicationVersion() << "on Qt" << qVersion() << "with the"
        << QGuiApplication::platformName() << "platform, language" << language;

    QNetworkProxyFactory::setUseSystemConfiguration(true);
    QNetworkAccessManager network;
    CallData::KeychainCredentialStore credentials;
    CallData::MainWindow window(&network, &settings, &credentials);
    window.applyLaunchOptions(options);
    // Said once (before a restored draft, whose own message then wins), where a supervisor who started the
    // window from a menu sees it too.
    if (!languageNotice.isEmpty())
        window.messageBar()->showMessage(languageNotice, CallData::MessageBar::Type::Info);
    window.restoreDraft();
    // A stop from outside ends the window in order: draft kept, session logged out, exit 0.
    const CallData::TerminationSignals terminationSignals;
    QObject::connect(&terminationSignals, &CallData::TerminationSignals::received, &window, [&window] {
        window.endWithoutAsking();
        // exit(), not quit(): quit() would first close the window, which asks about unsent edits.
        QCoreApplication::exit(0);
    });
    window.show();
    return app.exec();
}
