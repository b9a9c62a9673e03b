// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

// Screenshots that GUI tests leave next to their binary, so a person can look at every state a
// test drives (the team looks at each screen it changes). Each is taken in the default palette
// and in a dark one, because supervisors work with both and contrast bugs show only in one.

#include <QApplication>
#include <QColor>
#include <QCoreApplication>
#include <QDir>
#include <QPalette>
#include <QString>
#include <QStyle>
#include <QWidget>

namespace TestScreenshots {

inline QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return dark;
}

// Saves `<baseName>.png` and `<baseName>-dark.png` into the test binary's folder and returns
// whether both were written. The palette is restored afterwards.
inline bool saveLightAndDark(QWidget *window, const QString &baseName)
{
    const QDir folder(QCoreApplication::applicationDirPath());
    QCoreApplication::processEvents();
    bool saved = window->grab().save(folder.filePath(baseName + QStringLiteral(".png")));

    const QPalette light = QApplication::palette();
    const QString styleName = QApplication::style()->name();
    QApplication::setPalette(darkPalette());
    QApplication::setStyle(styleName); // re-polishes every widget with the new palette
    QCoreApplication::processEvents();
    saved = window->grab().save(folder.filePath(baseName + QStringLiteral("-dark.png"))) && saved;
    QApplication::setPalette(light);
    QApplication::setStyle(styleName);
    QCoreApplication::processEvents();
    return saved;
}

} // namespace TestScreenshots
