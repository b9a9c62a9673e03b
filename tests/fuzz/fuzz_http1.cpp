// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

// The HTTP/1.1 answer to the login and update POSTs (Icws::Http1::ResponseParser): any bytes a
// server or a man in the middle sends. Input: the first byte picks the size of the pieces the
// rest is fed in (as the network splits it); the rest is the answer, after which the connection
// ends.
#include "fuzzcommon.h"
#include "http1parser.h"

using Icws::Http1::ResponseParser;

namespace {

struct Outcome
{
    ResponseParser::State state;
    ResponseParser::Error error;
    int status;
    int interimAnswers;
    QByteArray body;
};

Outcome parse(QByteArrayView answer, qsizetype pieceSize)
{
    ResponseParser parser;
    Outcome outcome {};
    for (qsizetype at = 0; at < answer.size(); at += pieceSize) {
        const qsizetype before = outcome.body.size();
        const QByteArrayView piece = answer.sliced(at, std::min(pieceSize, answer.size() - at));
        parser.feed(piece, &outcome.body);
        FUZZ_CHECK(outcome.body.size() - before <= piece.size()); // body bytes come only from input
    }
    const ResponseParser::State before = parser.state();
    outcome.state = parser.finish();
    // The end of the connection ends every answer one way or the other.
    FUZZ_CHECK(outcome.state == ResponseParser::State::Done
               || outcome.state == ResponseParser::State::Failed);
    FUZZ_CHECK(before != ResponseParser::State::Done || outcome.state == ResponseParser::State::Done);
    outcome.error = parser.error();
    FUZZ_CHECK((outcome.state == ResponseParser::State::Failed)
               == (outcome.error != ResponseParser::Error::None));
    outcome.status = parser.head().status;
    outcome.interimAnswers = parser.interimAnswers();
    FUZZ_CHECK(outcome.interimAnswers <= ResponseParser::MaxInterimAnswers);
    if (before == ResponseParser::State::Body || before == ResponseParser::State::Done) {
        // A final head: a final status, and fields that cannot smuggle a line into anything.
        FUZZ_CHECK(outcome.status >= 200 && outcome.status <= 599);
        qsizetype headBytes = 0;
        for (const auto &field : parser.head().fields) {
            FUZZ_CHECK(!field.first.isEmpty());
            FUZZ_CHECK(!field.second.contains('\r') && !field.second.contains('\n')
                       && !field.second.contains('\0'));
            headBytes += field.first.size() + field.second.size();
        }
        FUZZ_CHECK(headBytes <= ResponseParser::MaxHeadBytes);
        if (outcome.state == ResponseParser::State::Done && parser.contentLength() >= 0
            && parser.head().values("Transfer-Encoding").isEmpty() && outcome.status != 204
            && outcome.status != 304)
            FUZZ_CHECK(outcome.body.size() == parser.contentLength());
    }
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray answer = Fuzz::bytes(data + 1, size - 1);
    const Outcome whole = parse(answer, std::max<qsizetype>(answer.size(), 1));
    const Outcome pieces = parse(answer, data[0] % 64 + 1);
    // However the network splits the bytes, the answer read is the same.
    FUZZ_CHECK(whole.state == pieces.state && whole.error == pieces.error);
    FUZZ_CHECK(whole.status == pieces.status && whole.interimAnswers == pieces.interimAnswers);
    FUZZ_CHECK(whole.body == pieces.body);
    return 0;
}
