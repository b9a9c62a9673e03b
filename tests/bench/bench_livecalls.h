#pragma once

class QTextStream;

/** The live-calls measures of calldata-bench; needs a QApplication (any platform, offscreen too). */
void benchLiveCalls(QTextStream &out);
