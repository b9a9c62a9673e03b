// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

// The floor for the window measures of scripts/bench.sh: a Qt Widgets main window with nothing in
// it, built with the same Qt, flags and toolchain as calldata-editor, shown at a given size.
#include <QApplication>
#include <QMainWindow>
#include <QStringList>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    // --size WxH: the size calldata-editor opened at, so both windows paint the same area.
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype sizeAt = arguments.indexOf(QStringLiteral("--size"));
    const QStringList size = arguments.value(sizeAt + 1).split(QLatin1Char('x'));
    if (sizeAt > 0 && size.size() == 2)
        window.resize(size.at(0).toInt(), size.at(1).toInt());
    window.show();
    return app.exec();
}
