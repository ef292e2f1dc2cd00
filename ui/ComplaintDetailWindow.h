#pragma once

#include <QUuid>
#include <QWidget>

class QLabel;

namespace rabeg {

class ComplaintDetailView;
class OperatorSession;

// One complaint's detail in a window of its own, for screens that list complaints without a detail beside them
// (the stall board's drill-down). The same detail as the inbox's: state with pending commands, the SOP checklist
// (ticks go through the outbox), deadlines, history. Esc closes it.
class ComplaintDetailWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintDetailWindow)

public:
    explicit ComplaintDetailWindow(OperatorSession &session, QWidget *parent = nullptr);

    void showComplaint(const QUuid &id);
    ComplaintDetailView *detail() const { return m_detail; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    OperatorSession &m_session;
    ComplaintDetailView *m_detail = nullptr;
};

} // namespace rabeg
