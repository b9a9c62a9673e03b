// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

// Error bodies of any request ({"errorId","message","errorCode",…}, or HTML from a proxy, or
// nothing), and the alternateHostList of a 503. Everything here is shown to the user.
#include "fuzzcommon.h"
#include "protocol.h"
#include "result.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

bool isJsonObject(const QByteArray &body)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError && document.isObject();
}

QString rawMessage(const QByteArray &body)
{
    return Icws::jsonScalarString(QJsonDocument::fromJson(body).object().value(QLatin1String("message")));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);
    const Icws::ServerError error = Icws::parseServerError(body);

    FUZZ_CHECK(error.bodyWasJson == isJsonObject(body));
    if (!error.bodyWasJson)
        FUZZ_CHECK(error.isEmpty() && error.type.isEmpty() && error.propertyName.isEmpty());
    // The message is one tidy paragraph of bounded length, whatever the server sent.
    FUZZ_CHECK(error.message.size() <= 501);
    FUZZ_CHECK(error.message == error.message.simplified());
    // Shortening never cuts a character in half (a surrogate pair, e.g. an emoji).
    if (!Fuzz::hasLoneSurrogate(rawMessage(body)))
        FUZZ_CHECK(!Fuzz::hasLoneSurrogate(error.message));

    // Every outcome's text for this error can be built, and shows the server's message.
    for (const auto &[outcome, status] :
         {std::pair {Icws::Outcome::BadRequest, 400}, std::pair {Icws::Outcome::Unauthorized, 401},
          std::pair {Icws::Outcome::ServerError, 500}, std::pair {Icws::Outcome::ServiceUnavailable, 503},
          std::pair {Icws::Outcome::OtherHttpStatus, 418}}) {
        Icws::Result result;
        result.outcome = outcome;
        result.httpStatus = status;
        result.serverError = error;
        result.host = QStringLiteral("cic1:8019");
        const QString text = Icws::describe(result);
        FUZZ_CHECK(!Icws::summary(result).isEmpty() && text.startsWith(Icws::summary(result)));
        FUZZ_CHECK(text.contains(Icws::visibleText(error.message)));
        // Server text can neither drive a terminal nor add lines of its own.
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            for (const QChar c : line)
                FUZZ_CHECK(!Icws::isHiddenControl(c.unicode()));
        }
    }

    for (const QString &host : Icws::parseAlternateHosts(body))
        FUZZ_CHECK(!host.isEmpty() && host == host.trimmed());
    return 0;
}
