// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

class QTextStream;

/** The live-calls measures of calldata-bench; needs a QApplication (any platform, offscreen too). */
void benchLiveCalls(QTextStream &out);
