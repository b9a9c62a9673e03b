// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "screenfit.h"

#include <QScreen>
#include <QWidget>

namespace CallData {

void fitToScreen(QWidget *window)
{
    const QScreen *where = window->screen();
    if (!where || window->isMaximized() || window->isFullScreen())
        return;
    const QRect available = where->availableGeometry();
    // Only an absurd size is corrected: a window somewhat larger than the screen may be the
    // user's choice; one half as large again was grown by something (an endless word), not chosen.
    if (window->width() > available.width() * 3 / 2 || window->height() > available.height() * 3 / 2) {
        // The title bar and the borders are outside size().
        const QSize frame = window->frameGeometry().size() - window->size();
        window->resize(window->size().boundedTo(available.size() - frame).expandedTo(window->minimumSize()));
    }
    if (!available.intersects(window->frameGeometry()))
        window->move(available.topLeft());
}

} // namespace CallData
