// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace Icws::Http1 {

/** A final answer's status line and header fields, names as the server spelled them. */
struct ResponseHead
{
    int status = 0;
    QByteArray reason;
    QList<QPair<QByteArray, QByteArray>> fields;

    /** Every value of the field (name compared case-insensitively), in order. */
    QList<QByteArray> values(QByteArrayView name) const;
};

/**
 * Reads one HTTP/1.1 response off a byte stream, incrementally and with bounded memory: any
 * number of 1xx interim answers (skipped, up to MaxInterimAnswers), the final status line and
 * header fields (at most MaxHeadBytes), then the body framed by chunked transfer coding,
 * Content-Length or the end of the connection. Only the head and one chunk-size line are ever
 * held; body bytes are handed straight to the caller. No I/O, so it is tested and fuzzed alone.
 */
class ResponseParser
{
public:
    static constexpr qsizetype MaxHeadBytes = 64 * 1024;
    static constexpr int MaxInterimAnswers = 64;

    enum class State {
        Head, ///< waiting for (more of) a status line and its header fields
        Body, ///< the final head is in; body bytes follow
        Done, ///< the whole response was read
        Failed, ///< the bytes are not an HTTP/1.x response; see error()
    };
    enum class Error {
        None,
        MalformedStatusLine,
        MalformedHeaderField,
        HeadTooLarge,
        TooManyInterimAnswers,
        BadContentLength,
        BadChunk,
        Truncated, ///< the connection ended inside the head or a framed body
    };

    /** bodyless: the request was HEAD, so no body follows whatever the head says. */
    explicit ResponseParser(bool bodyless = false) : m_bodyless(bodyless) { }

    /**
     * Consumes bytes from the connection, appending body bytes to *body (never more than
     * data.size() of them). Bytes after the end of the response are ignored.
     */
    State feed(QByteArrayView data, QByteArray *body);
    /** The connection ended: Done when the body runs until the close, Failed (Truncated) otherwise. */
    State finish();

    State state() const { return m_state; }
    Error error() const { return m_error; }
    /** The final answer's head, complete once state() is Body or Done. */
    const ResponseHead &head() const { return m_head; }
    int interimAnswers() const { return m_interimAnswers; }
    int lastInterimStatus() const { return m_lastInterimStatus; }
    /** The Content-Length the head announced, or -1. */
    qint64 contentLength() const { return m_contentLength; }

private:
    enum class Framing { None, Length, Chunked, UntilClose };
    enum class ChunkStep { Size, Data, DataEnd, Trailers };

    State fail(Error error);
    /** Takes one line (without CR LF) from the pending bytes, or returns false for more. */
    bool takeLine(QByteArrayView &data, QByteArray *line, qsizetype limit, Error tooLong);
    void feedHead(QByteArrayView &data);
    bool parseStatusLine(const QByteArray &line);
    bool parseFieldLine(const QByteArray &line);
    void headEnded();
    /** Moves up to m_remaining bytes into *body; true once the length or chunk is complete. */
    bool takeBody(QByteArrayView &data, QByteArray *body);
    void feedChunked(QByteArrayView &data, QByteArray *body);

    bool m_bodyless;
    State m_state = State::Head;
    Error m_error = Error::None;
    ResponseHead m_head;
    QByteArray m_line; ///< an unfinished line
    qsizetype m_headBytes = 0;
    bool m_statusLineRead = false;
    int m_interimAnswers = 0;
    int m_lastInterimStatus = 0;
    Framing m_framing = Framing::None;
    qint64 m_contentLength = -1;
    qint64 m_remaining = 0; ///< of the Content-Length or of the current chunk
    ChunkStep m_chunkStep = ChunkStep::Size;
};

} // namespace Icws::Http1
