#include "DeadlineBars.h"

#include "Labels.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace rabeg {
namespace {

bool returnedInTime(const DeadlineBars::Bar &bar)
{
    return bar.returned && bar.deadline.state == DeadlineState::Met;
}

QColor colourOf(DeadlineState state)
{
    switch (state) {
    case DeadlineState::Running:
        return QColor(0x2e, 0x8b, 0x57);
    case DeadlineState::Warning:
        return QColor(0xd9, 0x8c, 0x00);
    case DeadlineState::Breached:
        return QColor(0xc6, 0x28, 0x28);
    case DeadlineState::Paused:
        return QColor(0x9e, 0x9e, 0x9e);
    case DeadlineState::Met:
        return QColor(0x5b, 0x7f, 0xa6);
    case DeadlineState::NotApplicable:
        break;
    }
    return QColor(0xbd, 0xbd, 0xbd);
}

} // namespace

DeadlineBars::DeadlineBars(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("deadlineBars"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void DeadlineBars::setBars(const QList<Bar> &bars, const QDateTime &now)
{
    m_bars = bars;
    m_now = now;
    QStringList words;
    for (int i = 0; i < m_bars.size(); ++i)
        words.append(describe(i));
    setAccessibleDescription(words.join(QLatin1Char('\n')));
    updateGeometry();
    update();
}

QString DeadlineBars::stateWord(const Bar &bar) const
{
    if (returnedInTime(bar))
        return tr("returned");
    switch (bar.deadline.state) {
    case DeadlineState::Running:
        return tr("running");
    case DeadlineState::Warning:
        return tr("due soon");
    case DeadlineState::Paused:
        return tr("paused");
    case DeadlineState::Met:
        return tr("met");
    case DeadlineState::Breached:
        return tr("overdue");
    case DeadlineState::NotApplicable:
        break;
    }
    return {};
}

QString DeadlineBars::rightText(const Bar &bar) const
{
    const Deadline &d = bar.deadline;
    // Time left, or how late, while the clock runs; how late it stopped once it stopped late (fixed from then on,
    // not counted on to today); otherwise its state.
    if (stillCounting(d))
        return Labels::timeLeft(m_now, d.dueAt);
    if (d.state == DeadlineState::Breached)
        return Labels::stoppedLate(d.dueAt, d.stoppedAt);
    return stateWord(bar);
}

QString DeadlineBars::describe(int index) const
{
    const Bar &bar = m_bars.at(index);
    const Deadline &d = bar.deadline;
    QString text = bar.name + QStringLiteral(": ") + stateWord(bar);
    if (const QString right = rightText(bar); right != stateWord(bar))
        text += QStringLiteral(", ") + right;
    if (d.dueAt.isValid())
        text += QStringLiteral(" · ") + tr("due %1").arg(Labels::wibDue(d.dueAt));
    return text;
}

int DeadlineBars::rowHeight() const { return fontMetrics().height() + 10; }

QSize DeadlineBars::sizeHint() const { return {360, std::max<int>(1, int(m_bars.size())) * rowHeight() + 4}; }

QSize DeadlineBars::minimumSizeHint() const { return {240, std::max<int>(1, int(m_bars.size())) * rowHeight() + 4}; }

void DeadlineBars::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int h = rowHeight();
    const QFontMetrics fm = fontMetrics();
    int nameWidth = 0;
    for (const Bar &bar : std::as_const(m_bars))
        nameWidth = std::max(nameWidth, fm.horizontalAdvance(bar.name));
    nameWidth = std::min(nameWidth + 12, width() / 3);
    const int textWidth = std::min(width() / 3, fm.horizontalAdvance(QStringLiteral("00 hari lagi · 00/00/00 24.00 WIB")));
    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar &bar = m_bars.at(i);
        const Deadline &d = bar.deadline;
        const QRect row(0, 2 + i * h, width(), h);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(row.adjusted(0, 0, -(width() - nameWidth), 0), Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(bar.name, Qt::ElideRight, nameWidth - 8));
        const QRect track(nameWidth, row.top() + h / 4, width() - nameWidth - textWidth - 12, h / 2);
        p.setPen(Qt::NoPen);
        p.setBrush(palette().color(QPalette::Midlight));
        p.drawRoundedRect(track, 3, 3);
        double fraction = 1.0;
        if (d.startedAt.isValid() && d.dueAt.isValid() && d.startedAt < d.dueAt) {
            const QDateTime end = d.stoppedAt.isValid() ? d.stoppedAt : m_now;
            fraction = std::clamp(double(d.startedAt.msecsTo(end)) / double(d.startedAt.msecsTo(d.dueAt)), 0.0, 1.0);
        }
        QRect filled = track;
        filled.setWidth(std::max(4, int(track.width() * fraction)));
        p.setBrush(colourOf(returnedInTime(bar) ? DeadlineState::NotApplicable : d.state));
        p.drawRoundedRect(filled, 3, 3);
        const QString right = rightText(bar);
        QFont font = p.font();
        font.setBold(d.state == DeadlineState::Breached || d.state == DeadlineState::Warning);
        p.setFont(font);
        p.setPen(d.state == DeadlineState::Breached || d.state == DeadlineState::Warning
                     ? colourOf(d.state).darker(120)
                     : palette().color(QPalette::WindowText));
        p.drawText(QRect(width() - textWidth, row.top(), textWidth, h), Qt::AlignVCenter | Qt::AlignLeft,
                   QFontMetrics(font).elidedText(right, Qt::ElideRight, textWidth));
        font.setBold(false);
        p.setFont(font);
    }
}

bool DeadlineBars::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = (help->pos().y() - 2) / rowHeight();
        if (index >= 0 && index < m_bars.size()) {
            QToolTip::showText(help->globalPos(), describe(index) + QLatin1Char('\n') + m_bars.at(index).source, this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace rabeg
