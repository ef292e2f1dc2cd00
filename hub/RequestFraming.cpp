#include "RequestFraming.h"

#include <QUrl>

#include <algorithm>

namespace rabeg {
namespace {

constexpr qsizetype kMaxChunkSizeLine = 1024;

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

// At most 18 decimal digits: a number that fits in qint64 without checking for overflow.
bool parseDecimal(QByteArrayView text, qint64 *value)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    qint64 result = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
        result = result * 10 + (c - '0');
    }
    *value = result;
    return true;
}

bool parseHex(QByteArrayView text, qint64 *value)
{
    if (text.isEmpty() || text.size() > 15)
        return false;
    qint64 result = 0;
    for (char c : text) {
        int digit = -1;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        if (digit < 0)
            return false;
        result = result * 16 + digit;
    }
    *value = result;
    return true;
}

// Qt HttpServer 6.4 reads "METHOD SP+ TARGET SP+ HTTP/x.y [anything]"; so does this.
bool splitRequestLine(QByteArrayView line, QByteArrayView *method, QByteArrayView *target)
{
    qsizetype i = line.indexOf(' ');
    if (i <= 0)
        return false;
    *method = line.first(i);
    while (i < line.size() && line[i] == ' ')
        ++i;
    const qsizetype j = line.indexOf(' ', i);
    if (j < 0)
        return false;
    *target = line.sliced(i, j - i);
    i = j;
    while (i < line.size() && line[i] == ' ')
        ++i;
    const qsizetype end = line.indexOf(' ', i);
    const QByteArrayView protocol = end < 0 ? line.sliced(i) : line.sliced(i, end - i);
    return protocol.size() == 8 && protocol.startsWith("HTTP/");
}

} // namespace

RequestFraming::Step RequestFraming::advance(QByteArrayView data)
{
    Step step;
    for (;;) {
        if (m_state == State::Malformed || m_state == State::HeadTooLarge)
            return {step.consumed, Stop::Refused};
        if (m_state == State::Body && m_part == Part::FixedBody && m_remaining == 0)
            return {step.consumed, requestComplete()};
        if (step.consumed == data.size())
            return step;
        const QByteArrayView rest = data.sliced(step.consumed);
        switch (m_state == State::BetweenRequests ? Part::Line : m_part) {
        case Part::Line: {
            if (m_state == State::BetweenRequests) {
                if (QByteArrayView("\v\n\r \t").contains(rest.front())) {
                    ++step.consumed; // what trails a previous request: Qt skips it too
                    continue;
                }
                *this = RequestFraming();
                m_state = State::Head;
            }
            const Step line = readLine(rest, kMaxHeadBytes);
            step.consumed += line.consumed;
            m_headBytes += line.consumed;
            if (m_headBytes > kMaxHeadBytes) {
                m_state = State::HeadTooLarge;
                return {step.consumed, Stop::Refused};
            }
            if (line.stop == Stop::HeadComplete) { // a whole line
                const Stop stop = lineComplete();
                if (stop != Stop::NeedMore)
                    return {step.consumed, stop};
            }
            continue;
        }
        case Part::ChunkSize: {
            const Step line = readLine(rest, kMaxChunkSizeLine);
            step.consumed += line.consumed;
            if (line.stop == Stop::Refused)
                return {step.consumed, malformed()};
            if (line.stop == Stop::HeadComplete)
                return {step.consumed, chunkSizeLine()};
            continue;
        }
        case Part::FixedBody:
        case Part::ChunkData: {
            const qsizetype n = qsizetype(std::min<qint64>(rest.size(), m_remaining));
            step.consumed += n;
            m_remaining -= n;
            if (m_remaining == 0 && m_part == Part::ChunkData)
                m_part = Part::ChunkDataEnd;
            continue;
        }
        case Part::ChunkDataEnd:
        case Part::LastChunkEnd: {
            // CRLF after a chunk's data; after the last chunk CRLF or LF, as Qt reads it: no trailer fields.
            const char c = rest.front();
            ++step.consumed;
            if (c == '\r' && m_line.isEmpty()) {
                m_line.append(c);
                continue;
            }
            const bool lineEnd = c == '\n' && (!m_line.isEmpty() || m_part == Part::LastChunkEnd);
            m_line.clear();
            if (!lineEnd)
                return {step.consumed, malformed()};
            if (m_part == Part::LastChunkEnd)
                return {step.consumed, requestComplete()};
            m_part = Part::ChunkSize;
            continue;
        }
        }
    }
}

// Appends to m_line up to a LF (not kept); HeadComplete when the line is whole, Refused past `lineCap`.
RequestFraming::Step RequestFraming::readLine(QByteArrayView data, qsizetype lineCap)
{
    const qsizetype end = data.indexOf('\n');
    const QByteArrayView part = end < 0 ? data : data.first(end);
    if (m_line.size() + part.size() > lineCap)
        return {data.size(), Stop::Refused};
    m_line.append(part);
    if (end < 0)
        return {data.size(), Stop::NeedMore};
    return {end + 1, Stop::HeadComplete};
}

RequestFraming::Stop RequestFraming::lineComplete()
{
    QByteArrayView line(m_line);
    if (line.endsWith('\r'))
        line.chop(1);
    Stop stop = Stop::NeedMore;
    if (!m_requestLineRead) {
        QByteArrayView method;
        QByteArrayView target;
        if (!splitRequestLine(line, &method, &target))
            return malformed();
        m_method = method.toByteArray();
        m_path = QUrl::fromEncoded(target.toByteArray()).path();
        m_requestLineRead = true;
    } else if (line.isEmpty()) {
        stop = headComplete();
    } else if (!headerLine(line)) {
        stop = malformed();
    }
    m_line.clear();
    return stop;
}

bool RequestFraming::headerLine(QByteArrayView line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return false; // a folded line (it starts with a space) lands here too
    const QByteArrayView name = line.first(colon);
    if (!std::all_of(name.begin(), name.end(), isTokenChar))
        return false;
    const QByteArray value = line.sliced(colon + 1).trimmed().toByteArray();
    if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
        qint64 length = 0;
        if (!parseDecimal(value, &length) || (m_lengthSeen && length != m_length))
            return false;
        m_lengthSeen = true;
        m_length = length;
    } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
        // Only "chunked" alone: Qt reads any value containing it as chunked and anything else as no coding.
        if (m_chunked || value.compare("chunked", Qt::CaseInsensitive) != 0)
            return false;
        m_chunked = true;
    }
    return true;
}

RequestFraming::Stop RequestFraming::headComplete()
{
    if (m_chunked && m_lengthSeen)
        return malformed(); // both framings: a proxy and Qt could each read a different body
    m_state = State::Body;
    m_part = m_chunked ? Part::ChunkSize : Part::FixedBody;
    m_remaining = m_chunked ? 0 : m_length;
    return Stop::HeadComplete;
}

RequestFraming::Stop RequestFraming::chunkSizeLine()
{
    QByteArrayView line(m_line);
    if (!line.endsWith('\r'))
        return malformed(); // Qt finds a chunk's size only before CRLF
    line.chop(1);
    if (const qsizetype semicolon = line.indexOf(';'); semicolon >= 0)
        line.truncate(semicolon); // a chunk extension, ignored as Qt does
    qint64 size = 0;
    if (!parseHex(line.trimmed(), &size))
        return malformed();
    m_line.clear();
    m_chunkTotal += size;
    m_remaining = size;
    m_part = size == 0 ? Part::LastChunkEnd : Part::ChunkData;
    return Stop::ChunkAnnounced;
}

RequestFraming::Stop RequestFraming::malformed()
{
    m_state = State::Malformed;
    return Stop::Refused;
}

RequestFraming::Stop RequestFraming::requestComplete()
{
    m_state = State::BetweenRequests;
    m_part = Part::Line;
    m_line.clear();
    return Stop::RequestComplete;
}

} // namespace rabeg
