// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

// GET /icws/{sessionId}/messaging/messages: a JSON array of messages, polled while logged in.
// The client reads a connectionStateChangeMessage with newConnectionState 2 as "session ended".
#include "fuzzcommon.h"
#include "protocol.h"
#include "result.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // As Client::finishPoll reads the body.
    const QJsonArray messages = QJsonDocument::fromJson(Fuzz::bytes(data, size)).array();
    const auto down = Icws::findConnectionDown(messages);

    bool hasDownMessage = false;
    for (const QJsonValue &value : messages) {
        const QJsonObject message = value.toObject();
        if (message.value(QLatin1String("__type")).toString()
                == QLatin1String("urn:inin.com:connection:connectionStateChangeMessage")
            && message.value(QLatin1String("newConnectionState")).toInt() == 2) {
            // The first such message wins.
            if (!hasDownMessage && down)
                FUZZ_CHECK(down->reason == message.value(QLatin1String("reason")).toString());
            hasDownMessage = true;
        }
    }
    FUZZ_CHECK(down.has_value() == hasDownMessage);

    if (down) {
        // Reported like a 401 with the server's reason, as the client does.
        Icws::Result result;
        result.outcome = Icws::Outcome::Unauthorized;
        result.serverError.message = down->reason;
        FUZZ_CHECK(result.endsSession() && !Icws::describe(result).isEmpty());
    }
    return 0;
}
