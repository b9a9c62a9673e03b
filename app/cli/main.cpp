// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "cliapp.h"
#include "launchoptions.h"
#include "translations.h"

#include <QCoreApplication>
#include <QNetworkProxyFactory>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("calldata-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CALLDATA_VERSION));

    // Messages follow the system locale (LANG/LC_*); --language only sets the server's language.
    QString languageNotice;
    CallData::installTranslations(app, QString(), &languageNotice);
    if (!languageNotice.isEmpty())
        std::fprintf(stderr, "calldata-cli: %s\n", qPrintable(languageNotice));

    // Like the window: the system's proxy settings (on Linux the *_proxy environment variables).
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    // Checked on the raw bytes: QCoreApplication::arguments() has already turned them into U+FFFD.
    return CallDataCli::run(QCoreApplication::arguments().mid(1), CallData::invalidUtf8Argument(argc, argv));
}
