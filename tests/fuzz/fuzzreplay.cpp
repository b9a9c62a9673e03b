// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

// Runs fuzz targets over files without libFuzzer (any compiler), for the seed corpora in ctest
// and for reproducing a crash found by scripts/fuzz.sh:
//   calldata-fuzz-replay TARGET FILE_OR_FOLDER...
#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>

#define CALLDATA_FUZZ_TARGET(name) extern "C" int fuzz_entry_##name(const uint8_t *data, size_t size);
#include "fuzztargets.h"
#undef CALLDATA_FUZZ_TARGET

namespace {

using Entry = int (*)(const uint8_t *, size_t);

struct Target
{
    const char *name;
    Entry entry;
};

#define CALLDATA_FUZZ_TARGET(name) {#name, fuzz_entry_##name},
constexpr Target Targets[] = {
#include "fuzztargets.h"
};
#undef CALLDATA_FUZZ_TARGET

bool runFile(Entry entry, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
        return false;
    }
    const QByteArray bytes = file.readAll();
    std::printf("%s (%lld bytes)\n", qPrintable(path), static_cast<long long>(bytes.size()));
    std::fflush(stdout);
    entry(reinterpret_cast<const uint8_t *>(bytes.constData()), static_cast<size_t>(bytes.size()));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    Entry entry = nullptr;
    for (const Target &target : Targets) {
        if (argc > 1 && std::strcmp(argv[1], target.name) == 0)
            entry = target.entry;
    }
    if (!entry || argc < 3) {
        std::fprintf(stderr, "usage: calldata-fuzz-replay TARGET FILE_OR_FOLDER...\ntargets:");
        for (const Target &target : Targets)
            std::fprintf(stderr, " %s", target.name);
        std::fprintf(stderr, "\n");
        return 2;
    }
    int files = 0;
    for (int i = 2; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        if (!QFileInfo(path).isDir()) {
            if (!runFile(entry, path))
                return 1;
            ++files;
            continue;
        }
        QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            if (!runFile(entry, it.next()))
                return 1;
            ++files;
        }
    }
    // An empty corpus would make the test pass without checking anything.
    if (files == 0) {
        std::fprintf(stderr, "no input files\n");
        return 1;
    }
    std::printf("%d inputs, every invariant held\n", files);
    return 0;
}
