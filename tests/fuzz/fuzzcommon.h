// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

// Shared by every fuzz target: turning bytes into the text types the parsers take, and the
// invariant check. A target is one LLVMFuzzerTestOneInput; the same source also builds into
// calldata-fuzz-replay (fuzzreplay.cpp), which runs the seed corpora in the ordinary test suite.

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

/** A broken invariant is a crash, so libFuzzer keeps the input and the replay test fails. */
#define FUZZ_CHECK(condition)                                                                                \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #condition);           \
            std::abort();                                                                                    \
        }                                                                                                    \
    } while (false)

namespace Fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

/**
 * Text as the clipboard, a settings file or a command line could hold it. The first byte picks
 * the encoding of the rest: even ('8') UTF-8, where invalid bytes become U+FFFD; odd ('1') raw
 * UTF-16, so unpaired surrogates and NUL come through as they can from a clipboard.
 */
inline QString text(const uint8_t *data, size_t size)
{
    if (size == 0)
        return {};
    if (data[0] % 2 == 0)
        return QString::fromUtf8(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    QString wide(static_cast<qsizetype>((size - 1) / 2), Qt::Uninitialized);
    std::memcpy(wide.data(), data + 1, static_cast<size_t>(wide.size()) * sizeof(QChar));
    return wide;
}

/** A high surrogate without its low half, or a low one without its high half. */
inline bool hasLoneSurrogate(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate()) {
            if (i + 1 == text.size() || !text.at(i + 1).isLowSurrogate())
                return true;
            ++i;
        } else if (text.at(i).isLowSurrogate()) {
            return true;
        }
    }
    return false;
}

} // namespace Fuzz
