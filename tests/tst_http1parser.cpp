// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

// The HTTP/1.1 answer parser and the request head of the login and update exchange, without a
// network: interim answers, framing, limits, and what goes out.
#include "http1exchange.h"
#include "http1parser.h"

#include <QNetworkRequest>
#include <QTest>

using namespace Icws;
using namespace Icws::Http1;
using namespace Qt::StringLiterals;

namespace {

struct Parsed
{
    ResponseParser::State state = ResponseParser::State::Head;
    ResponseParser::Error error = ResponseParser::Error::None;
    int status = 0;
    int interimAnswers = 0;
    QByteArray body;
};

// Feeds the bytes in pieces of pieceSize (0: all at once), then ends the connection if closed.
Parsed parse(const QByteArray &bytes, qsizetype pieceSize = 0, bool closed = false)
{
    ResponseParser parser;
    Parsed parsed;
    const qsizetype step = pieceSize > 0 ? pieceSize : std::max<qsizetype>(bytes.size(), 1);
    for (qsizetype at = 0; at < bytes.size(); at += step)
        parser.feed(QByteArrayView(bytes).sliced(at, std::min(step, bytes.size() - at)), &parsed.body);
    parsed.state = closed ? parser.finish() : parser.state();
    parsed.error = parser.error();
    parsed.status = parser.head().status;
    parsed.interimAnswers = parser.interimAnswers();
    return parsed;
}

} // namespace

class tst_Http1Parser final : public QObject
{
    Q_OBJECT

private slots:
    void interimAnswersBeforeTheFinalAnswerAreSkipped_data()
    {
        QTest::addColumn<qsizetype>("pieceSize");
        QTest::newRow("at once") << qsizetype(0);
        QTest::newRow("byte by byte") << qsizetype(1);
        QTest::newRow("in sevens") << qsizetype(7);
    }
    void interimAnswersBeforeTheFinalAnswerAreSkipped()
    {
        QFETCH(qsizetype, pieceSize);
        const QByteArray answer = "HTTP/1.1 102 Processing\r\n\r\n"
                                  "HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n"
                                  "HTTP/1.1 102 Processing\r\n\r\n"
                                  "HTTP/1.1 202 Accepted\r\nContent-Length: 2\r\nServer: x\r\n\r\nok";
        const Parsed parsed = parse(answer, pieceSize);
        QCOMPARE(parsed.state, ResponseParser::State::Done);
        QCOMPARE(parsed.status, 202);
        QCOMPARE(parsed.interimAnswers, 3);
        QCOMPARE(parsed.body, QByteArray("ok"));
    }

    void theFinalHeadKeepsOnlyItsOwnFields()
    {
        ResponseParser parser;
        QByteArray body;
        parser.feed("HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\nHTTP/1.1 201 Created\r\n"
                    "Set-Cookie: a=1\r\nset-cookie: b=2\r\nContent-Length: 0\r\n\r\n",
                    &body);
        QCOMPARE(parser.state(), ResponseParser::State::Done);
        QCOMPARE(parser.head().reason, QByteArray("Created"));
        QVERIFY(parser.head().values("Link").isEmpty());
        QCOMPARE(parser.head().values("SET-COOKIE"), (QList<QByteArray> {"a=1", "b=2"}));
    }

    void endlessInterimAnswersAreAFault()
    {
        QByteArray answer;
        for (int i = 0; i < ResponseParser::MaxInterimAnswers + 5; ++i)
            answer += "HTTP/1.1 102 Processing\r\n\r\n";
        const Parsed parsed = parse(answer);
        QCOMPARE(parsed.state, ResponseParser::State::Failed);
        QCOMPARE(parsed.error, ResponseParser::Error::TooManyInterimAnswers);
    }

    void onlyInterimAnswersThenCloseIsTruncated()
    {
        ResponseParser parser;
        QByteArray body;
        parser.feed("HTTP/1.1 102 Processing\r\n\r\n", &body);
        QCOMPARE(parser.finish(), ResponseParser::State::Failed);
        QCOMPARE(parser.error(), ResponseParser::Error::Truncated);
        QCOMPARE(parser.interimAnswers(), 1);
        QCOMPARE(parser.lastInterimStatus(), 102);
    }

    void contentLengthEndsTheBodyAndLaterBytesAreIgnored()
    {
        const Parsed parsed = parse("HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabcHTTP/1.1 500 x\r\n\r\n");
        QCOMPARE(parsed.state, ResponseParser::State::Done);
        QCOMPARE(parsed.body, QByteArray("abc"));
    }

    void chunkedBodyIsDecoded_data()
    {
        QTest::addColumn<qsizetype>("pieceSize");
        QTest::newRow("at once") << qsizetype(0);
        QTest::newRow("byte by byte") << qsizetype(1);
    }
    void chunkedBodyIsDecoded()
    {
        QFETCH(qsizetype, pieceSize);
        const Parsed parsed =
            parse("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Length: 99\r\n\r\n"
                  "5;name=value\r\nhello\r\n1A\r\n abcdefghijklmnopqrstuvwxy\r\n0\r\n"
                  "Trailer: x\r\n\r\n",
                  pieceSize);
        QCOMPARE(parsed.state, ResponseParser::State::Done);
        QCOMPARE(parsed.body, QByteArray("hello abcdefghijklmnopqrstuvwxy"));
    }

    void bodyWithoutLengthEndsWithTheConnection()
    {
        const Parsed open = parse("HTTP/1.0 200 OK\r\n\r\n[1,2");
        QCOMPARE(open.state, ResponseParser::State::Body);
        const Parsed closed = parse("HTTP/1.0 200 OK\r\n\r\n[1,2", 0, true);
        QCOMPARE(closed.state, ResponseParser::State::Done);
        QCOMPARE(closed.body, QByteArray("[1,2"));
    }

    void aBodyCutShortIsTruncated_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("content length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc");
        QTest::newRow("chunked") << QByteArray(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab");
        QTest::newRow("head") << QByteArray("HTTP/1.1 200 OK\r\nContent-Le");
        QTest::newRow("nothing") << QByteArray();
    }
    void aBodyCutShortIsTruncated()
    {
        QFETCH(QByteArray, answer);
        const Parsed parsed = parse(answer, 0, true);
        QCOMPARE(parsed.state, ResponseParser::State::Failed);
        QCOMPARE(parsed.error, ResponseParser::Error::Truncated);
    }

    void answersWithoutBodyEndAtTheirHead_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("204") << QByteArray("HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\n");
        QTest::newRow("304") << QByteArray("HTTP/1.1 304 Not Modified\r\n\r\n");
        QTest::newRow("length 0") << QByteArray("HTTP/1.1 202 Accepted\r\nContent-Length: 0\r\n\r\n");
        QTest::newRow("bare LF") << QByteArray("HTTP/1.1 202 Accepted\nContent-Length: 0\n\n");
    }
    void answersWithoutBodyEndAtTheirHead()
    {
        QFETCH(QByteArray, answer);
        QCOMPARE(parse(answer).state, ResponseParser::State::Done);
    }

    void unreadableAnswersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("error");
        const int status = int(ResponseParser::Error::MalformedStatusLine);
        const int field = int(ResponseParser::Error::MalformedHeaderField);
        const int length = int(ResponseParser::Error::BadContentLength);
        const int chunk = int(ResponseParser::Error::BadChunk);
        QTest::newRow("HTTP/2") << QByteArray("HTTP/2 200 OK\r\n\r\n") << status;
        QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH\r\n") << status;
        QTest::newRow("status 99") << QByteArray("HTTP/1.1 099 Low\r\n\r\n") << status;
        QTest::newRow("status 600") << QByteArray("HTTP/1.1 600 High\r\n\r\n") << status;
        QTest::newRow("status letters") << QByteArray("HTTP/1.1 2x2 Odd\r\n\r\n") << status;
        QTest::newRow("no space") << QByteArray("HTTP/1.1 2020\r\n\r\n") << status;
        QTest::newRow("field without colon") << QByteArray("HTTP/1.1 200 OK\r\nJunk\r\n\r\n") << field;
        QTest::newRow("space before colon") << QByteArray("HTTP/1.1 200 OK\r\nName : v\r\n\r\n") << field;
        QTest::newRow("NUL in value")
            << (QByteArray("HTTP/1.1 200 OK\r\nName: a") + '\0' + "b\r\n\r\n") << field;
        QTest::newRow("fold first") << QByteArray("HTTP/1.1 200 OK\r\n folded\r\n\r\n") << field;
        QTest::newRow("lengths differ")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n") << length;
        QTest::newRow("negative length")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n") << length;
        QTest::newRow("huge length") << QByteArray(
            "HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999\r\n\r\n")
                                     << length;
        QTest::newRow("chunk size not hex")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << chunk;
        QTest::newRow("chunk size overflow")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffff\r\n")
            << chunk;
        QTest::newRow("chunk without CRLF")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nab\r\n") << chunk;
    }
    void unreadableAnswersAreRefused()
    {
        QFETCH(QByteArray, answer);
        QFETCH(int, error);
        const Parsed parsed = parse(answer);
        QCOMPARE(parsed.state, ResponseParser::State::Failed);
        QCOMPARE(int(parsed.error), error);
    }

    void aRepeatedEqualContentLengthIsAccepted()
    {
        const Parsed parsed = parse("HTTP/1.1 200 OK\r\nContent-Length: 2, 2\r\nContent-Length: 2\r\n\r\nok");
        QCOMPARE(parsed.state, ResponseParser::State::Done);
        QCOMPARE(parsed.body, QByteArray("ok"));
    }

    void aFoldedFieldContinuesItsValue()
    {
        ResponseParser parser;
        QByteArray body;
        parser.feed("HTTP/1.1 200 OK\r\nX-Long: one\r\n\t two\r\nContent-Length: 0\r\n\r\n", &body);
        QCOMPARE(parser.state(), ResponseParser::State::Done);
        QCOMPARE(parser.head().values("X-Long").value(0), QByteArray("one two"));
    }

    void aHeadLargerThanTheLimitIsRefused()
    {
        QByteArray answer = "HTTP/1.1 200 OK\r\n";
        while (answer.size() <= ResponseParser::MaxHeadBytes)
            answer += "X-Filler: " + QByteArray(1000, 'x') + "\r\n";
        const Parsed parsed = parse(answer, 4096);
        QCOMPARE(parsed.state, ResponseParser::State::Failed);
        QCOMPARE(parsed.error, ResponseParser::Error::HeadTooLarge);
    }

    void anEndlessLineIsRefusedWithoutHoldingIt()
    {
        // One header line that never ends: the parser stops at its limit, not at the memory's.
        ResponseParser parser;
        QByteArray body;
        parser.feed("HTTP/1.1 200 OK\r\nX-Endless: ", &body);
        const QByteArray filler(64 * 1024, 'x');
        for (int i = 0; i < 10 && parser.state() == ResponseParser::State::Head; ++i)
            parser.feed(filler, &body);
        QCOMPARE(parser.state(), ResponseParser::State::Failed);
        QCOMPARE(parser.error(), ResponseParser::Error::HeadTooLarge);
    }

    void theRequestHeadCarriesWhatTheServerNeedsAndNoMore()
    {
        QNetworkRequest request(QUrl(u"https://cic1.example.com:8019/icws/17/dialer/update-call-data?x=1"_s));
        request.setRawHeader("Accept-Language", "de-DE");
        request.setRawHeader("ININ-ICWS-CSRF-Token", "token");
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json; charset=utf-8"));
        request.setHeader(QNetworkRequest::ContentLengthHeader, 99); // the exchange says how long
        const QByteArray head = Http1Exchange::requestHead(request, "POST", 42, "icws_17=abc");
        QVERIFY2(head.startsWith("POST /icws/17/dialer/update-call-data?x=1 HTTP/1.1\r\n"
                                 "Host: cic1.example.com:8019\r\n"),
                 head.constData());
        QVERIFY(head.endsWith("\r\nContent-Length: 42\r\nConnection: close\r\n\r\n"));
        // Field names as the request holds them: Qt 6.7 and later keep them in lower case.
        const QByteArray fields = head.toLower();
        QVERIFY(fields.contains("\r\naccept-language: de-de\r\n"));
        QVERIFY(fields.contains("\r\ninin-icws-csrf-token: token\r\n"));
        QVERIFY(fields.contains("\r\ncontent-type: application/json; charset=utf-8\r\n"));
        QVERIFY(fields.contains("\r\ncookie: icws_17=abc\r\n"));
        QCOMPARE(fields.count("content-length"), 1);
        QVERIFY2(!fields.contains("accept-encoding"), "no compression is asked for (no gzip bomb)");
    }

    void theHostOfAnIpv6ServerIsBracketed()
    {
        const QByteArray head = Http1Exchange::requestHead(
            QNetworkRequest(QUrl(u"http://[::1]:8018/icws/connection"_s)), "POST", 0, {});
        QVERIFY2(head.contains("\r\nHost: [::1]:8018\r\n"), head.constData());
        QVERIFY(!head.contains("Cookie"));
    }

    void aHeaderWithALineBreakIsNeverSent()
    {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:8018/icws/connection"_s));
        request.setRawHeader("ININ-ICWS-CSRF-Token", "tok\r\nX-Injected: 1");
        // Refused here on Qt 6.4; Qt 6.7 and later already refuse to set such a value.
        QVERIFY(!Http1Exchange::requestHead(request, "POST", 0, {}).contains("X-Injected"));
        QVERIFY(
            Http1Exchange::requestHead(QNetworkRequest(request.url()), "POST", 0, "a=b\r\nX: 1").isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Http1Parser)
#include "tst_http1parser.moc"
