#pragma once

#include "deadline/Deadlines.h"

#include <QWidget>

namespace rabeg {

// Each running (or finished) deadline of a complaint as a bar: how much of its time has gone, coloured green while
// on time, amber once due soon (the warning threshold), red when overdue, grey while paused; with the clock's name,
// its due time in WIB and the time left. The rule's source is in each bar's tooltip.
class DeadlineBars final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadlineBars)

public:
    struct Bar
    {
        Deadline deadline;
        QString name;
        QString source;
        // The cycle ended when the OPD returned the complaint (not theirs), not with a response: in time, the bar
        // says "returned" in grey rather than "met".
        bool returned = false;
    };

    explicit DeadlineBars(QWidget *parent = nullptr);

    void setBars(const QList<Bar> &bars, const QDateTime &now);
    const QList<Bar> &bars() const { return m_bars; }
    // What a bar says in words (also its accessible text): "Verifikasi: 2 hari lagi (tenggat ...)".
    QString describe(int index) const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    int rowHeight() const;
    QString stateWord(const Bar &bar) const;
    // The words right of a bar: time left or late while it runs, how late it stopped, or its state.
    QString rightText(const Bar &bar) const;

    QList<Bar> m_bars;
    QDateTime m_now;
};

} // namespace rabeg
