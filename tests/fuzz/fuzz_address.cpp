// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

// What a user types, or a settings file or command line holds, for the server and a trusted
// certificate: parseServerAddress() ("cic1", "cic1:9000", "https://[::1]:8019", …) and
// parseSha256Fingerprint(). The first byte picks UTF-8 or raw UTF-16 (fuzzcommon.h).
#include "fuzzcommon.h"
#include "protocol.h"
#include "result.h"

#include <QUrl>

namespace {

void checkAddress(const QString &typed)
{
    QString error = QStringLiteral("stale");
    const QUrl url = Icws::parseServerAddress(typed, &error);
    if (!url.isValid()) {
        FUZZ_CHECK(!error.isEmpty() && error != QLatin1String("stale"));
        return;
    }
    FUZZ_CHECK(error.isEmpty());
    // Only scheme, host and port: nothing typed can add a path, a query or credentials.
    FUZZ_CHECK(url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
    FUZZ_CHECK(!url.host().isEmpty() && url.port() > 0 && url.port() <= 65535);
    FUZZ_CHECK(url.userInfo().isEmpty() && url.path().isEmpty() && !url.hasQuery() && !url.hasFragment());

    // What is shown (and saved) reads back as the same server.
    FUZZ_CHECK(Icws::parseServerAddress(url.toString()) == url);
    const QUrl fromHostPort = Icws::parseServerAddress(Icws::hostPort(url));
    FUZZ_CHECK(fromHostPort.host() == url.host() && fromHostPort.port() == url.port());

    // The requests built from it stay on that server.
    const QUrl login = Icws::connectionUrl(url);
    FUZZ_CHECK(login.host() == url.host() && login.port() == url.port() && login.scheme() == url.scheme());
}

void checkFingerprint(const QString &typed)
{
    const QByteArray pin = Icws::parseSha256Fingerprint(typed);
    if (pin.isEmpty())
        return;
    FUZZ_CHECK(pin.size() == 32);
    FUZZ_CHECK(Icws::parseSha256Fingerprint(Icws::formatSha256Fingerprint(pin)) == pin);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString typed = Fuzz::text(data, size);
    checkAddress(typed);
    checkFingerprint(typed);
    return 0;
}
