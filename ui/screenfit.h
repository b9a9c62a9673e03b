// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

class QWidget;

namespace CallData {

/**
 * Shrinks an absurdly large top-level window (half as large again as the available screen area:
 * grown by something, an endless word, not chosen) to that area, and moves a window that lies
 * wholly off the screen back onto it. A maximized or full-screen window is left alone.
 */
void fitToScreen(QWidget *window);

} // namespace CallData
