#include "LogBook.h"

#include <QCoreApplication>

namespace rabeg {
namespace {

QtMessageHandler g_previous = nullptr;

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_previous)
        g_previous(type, context, message);
    const QString category = QString::fromLatin1(context.category ? context.category : "default");
    if (type == QtDebugMsg || !category.startsWith(QLatin1String("rabeg")))
        return;
    LogBook::Line line{QDateTime::currentDateTime(), type, category, message};
    // From any thread: the book lives on the GUI thread and takes the line there.
    LogBook *book = &LogBook::instance();
    QMetaObject::invokeMethod(book, [book, line] { book->appended(line); }, Qt::QueuedConnection);
}

} // namespace

LogBook::LogBook()
{
    qRegisterMetaType<rabeg::LogBook::Line>();
    connect(this, &LogBook::appended, this, &LogBook::append);
    g_previous = qInstallMessageHandler(handler);
}

LogBook &LogBook::instance()
{
    static LogBook *book = new LogBook; // lives as long as the process, like the message handler pointing at it
    return *book;
}

void LogBook::append(const Line &line)
{
    m_lines.append(line);
    if (m_lines.size() > kMaxLines)
        m_lines.remove(0, m_lines.size() - kMaxLines);
}

} // namespace rabeg
