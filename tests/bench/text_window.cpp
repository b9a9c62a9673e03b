// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

// A second floor for the window measures of scripts/bench.sh, beside bench-bare-window: the same
// bare main window, plus what any window that shows words needs and a text-free window never
// loads: a menu bar and one line of text (fontconfig, FreeType, HarfBuzz and a font file), and
// the network library a client of a server is linked with. Same Qt, flags and size.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QStringList>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QNetworkAccessManager network;
    QMainWindow window;
    for (const char *title : {"&File", "&Edit", "&View", "&Session", "Se&ttings", "&Help"})
        window.menuBar()->addMenu(QString::fromLatin1(title));
    window.setCentralWidget(new QLabel(QStringLiteral("Call Data Editor")));
    // --size WxH: the size calldata-editor opened at, so both windows paint the same area.
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype sizeAt = arguments.indexOf(QStringLiteral("--size"));
    const QStringList size = arguments.value(sizeAt + 1).split(QLatin1Char('x'));
    if (sizeAt > 0 && size.size() == 2)
        window.resize(size.at(0).toInt(), size.at(1).toInt());
    window.show();
    return app.exec();
}
