#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>

namespace rabeg {

// The in-app log an operator can read: what Rabeg's modules say (rabeg.* categories, information and above),
// from every thread, the latest 2,000 lines. Installed once as Qt's message handler; earlier handlers still run,
// so nothing disappears from stderr.
class LogBook final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogBook)

public:
    struct Line
    {
        QDateTime at;
        QtMsgType type = QtInfoMsg;
        QString category;
        QString message;
    };

    static LogBook &instance();
    QList<Line> lines() const { return m_lines; }

signals:
    void appended(const rabeg::LogBook::Line &line);

private:
    LogBook();
    void append(const Line &line);

    static constexpr qsizetype kMaxLines = 2000;
    QList<Line> m_lines;
};

} // namespace rabeg

Q_DECLARE_METATYPE(rabeg::LogBook::Line)
