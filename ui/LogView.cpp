#include "LogView.h"

#include <QPlainTextEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace rabeg {

LogView::LogView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("logView"));
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(QStringLiteral("logPlainTextEdit"));
    m_edit->setAccessibleName(tr("Log"));
    m_edit->setReadOnly(true);
    m_edit->setMaximumBlockCount(2000);
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_edit);
    LogBook &book = LogBook::instance();
    for (const LogBook::Line &line : book.lines())
        add(line);
    connect(&book, &LogBook::appended, this, &LogView::add);
}

void LogView::add(const LogBook::Line &line)
{
    QString level;
    switch (line.type) {
    case QtWarningMsg:
        level = tr("warning");
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        level = tr("error");
        break;
    default:
        level = tr("info");
        break;
    }
    // In WIB, as every other time on screen (the workstation's own zone may be another); the part of the client a
    // line comes from only where something went wrong, for whoever looks into it.
    const QString at = line.at.toTimeZone(QTimeZone(7 * 3600)).toString(QStringLiteral("HH.mm.ss"));
    const QString text = at + QLatin1Char(' ') + tr("WIB") + QLatin1Char(' ') + level + QStringLiteral(": ")
                         + (line.type == QtInfoMsg ? QString() : line.category + QStringLiteral(": ")) + line.message;
    if (line.type == QtInfoMsg)
        m_edit->appendPlainText(text);
    else
        m_edit->appendHtml(QStringLiteral("<span style='color:#b01c1c'>") + text.toHtmlEscaped()
                           + QStringLiteral("</span>"));
}

QString LogView::text() const { return m_edit->toPlainText(); }

} // namespace rabeg
