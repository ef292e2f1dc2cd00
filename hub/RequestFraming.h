#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace rabeg {

// Where each HTTP/1.1 request on one connection begins and ends, read from the bytes as they arrive, the way Qt
// HttpServer 6.4 frames them (a request line, header lines up to an empty line, then a body of Content-Length
// bytes or in chunks), without ever keeping a body: ConnectionGuard uses it to see a request's size before Qt
// HttpServer buffers it. Anything Qt would frame differently or loosely (an unreadable Content-Length, two that
// disagree, a folded header, a chunk trailer) is Malformed: the guard refuses it rather than guess.
class RequestFraming
{
public:
    enum class State {
        BetweenRequests, // nothing of the next request yet (blank lines before it are skipped, as Qt does)
        Head, // in the request line or the headers
        Body, // the body of a complete head is being read
        Malformed, // the bytes are not a request Qt would read the same way; nothing more is read
        HeadTooLarge, // request line and headers over kMaxHeadBytes; nothing more is read
    };
    // What one call to advance() stopped at.
    enum class Stop {
        NeedMore, // every byte given was read
        HeadComplete, // a request's head just ended: method(), path(), declaredLength() are known
        ChunkAnnounced, // a chunk's size line was read: bodyAnnounced() grew
        RequestComplete, // the body (or the head of a request without one) ended
        Refused, // state() is Malformed or HeadTooLarge
    };
    struct Step
    {
        qsizetype consumed = 0;
        Stop stop = Stop::NeedMore;
    };

    static constexpr qsizetype kMaxHeadBytes = 64 * 1024;

    // Reads from `data` until it is used up or something the caller must look at happens; call again with the rest.
    Step advance(QByteArrayView data);

    State state() const { return m_state; }
    const QByteArray &method() const { return m_method; }
    const QString &path() const { return m_path; } // decoded, without the query, as QHttpServerRequest::url()
    bool chunked() const { return m_chunked; }
    qint64 declaredLength() const { return m_length; } // Content-Length, 0 when absent or chunked
    // Body bytes announced so far: Content-Length, or the sizes of the chunks read up to now.
    qint64 bodyAnnounced() const { return m_chunked ? m_chunkTotal : m_length; }

private:
    enum class Part { Line, ChunkSize, ChunkData, ChunkDataEnd, LastChunkEnd, FixedBody };

    Step readLine(QByteArrayView data, qsizetype lineCap);
    Stop lineComplete();
    Stop headComplete();
    Stop chunkSizeLine();
    bool headerLine(QByteArrayView line);
    Stop malformed();
    Stop requestComplete();

    State m_state = State::BetweenRequests;
    Part m_part = Part::Line;
    QByteArray m_line; // the line being read (a request or header line, a chunk size)
    qsizetype m_headBytes = 0;
    bool m_requestLineRead = false;
    QByteArray m_method;
    QString m_path;
    bool m_chunked = false;
    bool m_lengthSeen = false;
    qint64 m_length = 0;
    qint64 m_chunkTotal = 0;
    qint64 m_remaining = 0; // of the fixed body or the current chunk
};

} // namespace rabeg
