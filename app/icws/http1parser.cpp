// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "http1parser.h"

#include <algorithm>
#include <utility>

namespace Icws::Http1 {

namespace {

constexpr qsizetype MaxChunkLineBytes = 1024;

bool isTokenChar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

// Field values may hold visible characters, spaces and tabs (and obs-text), never other controls.
bool isValueText(QByteArrayView value)
{
    return std::none_of(value.begin(), value.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return (byte < 0x20 && byte != '\t') || byte == 0x7f;
    });
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

/**
 * Digits of base 10 or 16 only, at most maxDigits of them (no sign, no overflow: 18 decimal or 15
 * hexadecimal digits fit a qint64); -1 otherwise.
 */
qint64 digitsValue(QByteArrayView text, int base, qsizetype maxDigits)
{
    if (text.isEmpty() || text.size() > maxDigits)
        return -1;
    qint64 value = 0;
    for (const char c : text) {
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (base == 16 && c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (base == 16 && c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0)
            return -1;
        value = value * base + digit;
    }
    return value;
}

qint64 decimalValue(QByteArrayView text)
{
    return digitsValue(text, 10, 18);
}

qint64 hexValue(QByteArrayView text)
{
    return digitsValue(text, 16, 15);
}

} // namespace

QList<QByteArray> ResponseHead::values(QByteArrayView name) const
{
    QList<QByteArray> found;
    for (const auto &field : fields) {
        if (field.first.compare(name, Qt::CaseInsensitive) == 0)
            found.append(field.second);
    }
    return found;
}

ResponseParser::State ResponseParser::fail(Error error)
{
    m_state = State::Failed;
    m_error = error;
    m_line.clear();
    return m_state;
}

bool ResponseParser::takeLine(QByteArrayView &data, QByteArray *line, qsizetype limit, Error tooLong)
{
    const qsizetype end = data.indexOf('\n');
    const qsizetype taken = end < 0 ? data.size() : end + 1;
    if (m_line.size() + taken > limit) {
        fail(tooLong);
        return false;
    }
    m_line.append(data.first(taken));
    data = data.sliced(taken);
    if (end < 0)
        return false;
    m_line.chop(1); // LF; a CR before it is optional, as most clients accept
    if (m_line.endsWith('\r'))
        m_line.chop(1);
    *line = std::exchange(m_line, QByteArray());
    return true;
}

bool ResponseParser::parseStatusLine(const QByteArray &line)
{
    // HTTP/1.x SP 3DIGIT [SP reason-phrase]
    if (line.size() < 12 || !line.startsWith("HTTP/1.") || line[7] < '0' || line[7] > '9' || line[8] != ' ')
        return false;
    if (line.size() > 12 && line[12] != ' ')
        return false;
    const qint64 status = decimalValue(QByteArrayView(line).sliced(9, 3));
    if (status < 100 || status > 599)
        return false;
    if (!isValueText(QByteArrayView(line).sliced(12)))
        return false;
    m_head.status = int(status);
    m_head.reason = line.mid(13);
    return true;
}

bool ResponseParser::parseFieldLine(const QByteArray &line)
{
    if (line.front() == ' ' || line.front() == '\t') {
        // An obsolete line folding continues the previous value (RFC 9112 5.2: replaced by a space).
        if (m_head.fields.isEmpty() || !isValueText(line))
            return false;
        m_head.fields.last().second += ' ' + trimmed(line).toByteArray();
        return true;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return false;
    const QByteArrayView name = QByteArrayView(line).first(colon);
    const QByteArrayView value = trimmed(QByteArrayView(line).sliced(colon + 1));
    if (!std::all_of(name.begin(), name.end(), isTokenChar) || !isValueText(value))
        return false;
    m_head.fields.append({name.toByteArray(), value.toByteArray()});
    return true;
}

void ResponseParser::feedHead(QByteArrayView &data)
{
    QByteArray line;
    while (m_state == State::Head && takeLine(data, &line, MaxHeadBytes - m_headBytes, Error::HeadTooLarge)) {
        m_headBytes += line.size() + 2;
        if (!m_statusLineRead) {
            if (!parseStatusLine(line)) {
                fail(Error::MalformedStatusLine);
                return;
            }
            m_statusLineRead = true;
        } else if (line.isEmpty()) {
            headEnded();
        } else if (!parseFieldLine(line)) {
            fail(Error::MalformedHeaderField);
            return;
        }
    }
}

void ResponseParser::headEnded()
{
    if (m_head.status < 200) {
        // An interim answer (102 Processing, 103 Early Hints …): the final one is still to come.
        m_lastInterimStatus = m_head.status;
        if (++m_interimAnswers >= MaxInterimAnswers) {
            fail(Error::TooManyInterimAnswers);
            return;
        }
        m_head = ResponseHead();
        m_headBytes = 0;
        m_statusLineRead = false;
        return;
    }
    m_state = State::Body;
    if (m_bodyless || m_head.status == 204 || m_head.status == 304) {
        m_state = State::Done;
        return;
    }
    // RFC 9112 6.3: Transfer-Encoding overrides Content-Length; chunked must be the last coding.
    QList<QByteArray> codings;
    for (const QByteArray &value : m_head.values("Transfer-Encoding")) {
        for (const QByteArray &coding : value.split(','))
            codings.append(trimmed(coding).toByteArray().toLower());
    }
    if (!codings.isEmpty()) {
        m_framing = codings.last() == "chunked" ? Framing::Chunked : Framing::UntilClose;
        return;
    }
    const QList<QByteArray> lengths = m_head.values("Content-Length");
    if (lengths.isEmpty()) {
        m_framing = Framing::UntilClose;
        return;
    }
    // Repeated values must agree; differing ones make the message's end unknowable.
    for (const QByteArray &value : lengths) {
        for (const QByteArray &part : value.split(',')) {
            const qint64 length = decimalValue(trimmed(part));
            if (length < 0 || (m_contentLength >= 0 && length != m_contentLength)) {
                fail(Error::BadContentLength);
                return;
            }
            m_contentLength = length;
        }
    }
    m_framing = Framing::Length;
    m_remaining = m_contentLength;
    if (m_remaining == 0)
        m_state = State::Done;
}

bool ResponseParser::takeBody(QByteArrayView &data, QByteArray *body)
{
    const qsizetype count = qsizetype(std::min<qint64>(m_remaining, data.size()));
    body->append(data.first(count));
    data = data.sliced(count);
    m_remaining -= count;
    return m_remaining == 0;
}

void ResponseParser::feedChunked(QByteArrayView &data, QByteArray *body)
{
    QByteArray line;
    while (m_state == State::Body && !data.isEmpty()) {
        switch (m_chunkStep) {
        case ChunkStep::Size: {
            if (!takeLine(data, &line, MaxChunkLineBytes, Error::BadChunk))
                break;
            const qsizetype extension = line.indexOf(';');
            const qint64 size =
                hexValue(trimmed(QByteArrayView(line).first(extension < 0 ? line.size() : extension)));
            if (size < 0) {
                fail(Error::BadChunk);
                return;
            }
            m_remaining = size;
            m_chunkStep = size == 0 ? ChunkStep::Trailers : ChunkStep::Data;
            m_headBytes = 0;
            break;
        }
        case ChunkStep::Data:
            if (takeBody(data, body))
                m_chunkStep = ChunkStep::DataEnd;
            break;
        case ChunkStep::DataEnd:
            if (!takeLine(data, &line, 2, Error::BadChunk))
                break;
            if (!line.isEmpty()) {
                fail(Error::BadChunk);
                return;
            }
            m_chunkStep = ChunkStep::Size;
            break;
        case ChunkStep::Trailers:
            // Trailer fields are read past, not kept; together no larger than a head.
            if (!takeLine(data, &line, MaxHeadBytes - m_headBytes, Error::HeadTooLarge))
                break;
            m_headBytes += line.size() + 2;
            if (line.isEmpty())
                m_state = State::Done;
            break;
        }
    }
}

ResponseParser::State ResponseParser::feed(QByteArrayView data, QByteArray *body)
{
    while (!data.isEmpty() && (m_state == State::Head || m_state == State::Body)) {
        if (m_state == State::Head) {
            feedHead(data);
            continue;
        }
        switch (m_framing) {
        case Framing::Chunked:
            feedChunked(data, body);
            break;
        case Framing::Length:
            if (takeBody(data, body))
                m_state = State::Done;
            break;
        case Framing::UntilClose:
        case Framing::None:
            body->append(data);
            data = {};
            break;
        }
    }
    return m_state;
}

ResponseParser::State ResponseParser::finish()
{
    if (m_state == State::Body && m_framing == Framing::UntilClose)
        m_state = State::Done;
    else if (m_state == State::Head || m_state == State::Body)
        fail(Error::Truncated);
    return m_state;
}

} // namespace Icws::Http1
