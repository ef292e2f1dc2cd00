#pragma once

#include "store/StallBoardQuery.h"

#include <QThread>
#include <QUuid>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace rabeg {

class ComplaintDetailWindow;
class OperatorSession;
class StallBoardLoader;
class StallBoardView;

// The stall board as a screen of the main window (operators, supervisors, admins, trainers): the board computed
// off the GUI thread at hub time (StallBoardLoader), a Refresh button and when it was computed, and the drill-down;
// activating a complaint of the drill-down opens its detail in a window, checklist included. When the sync changes
// the cache the board is computed again: at once if it is on screen (at most every few seconds), else when it is
// next shown.
class StallBoardScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallBoardScreen)

public:
    StallBoardScreen(OperatorSession &session, const QString &cachePath, QWidget *parent = nullptr);
    ~StallBoardScreen() override;

    StallBoardView *board() const { return m_board; }
    ComplaintDetailWindow *detailWindow() const { return m_detailWindow; }
    // Computes the board again now (off the GUI thread); a request during a computation runs after it.
    void refresh();
    // The cache changed: the board is computed again.
    void markStale();
    bool isComputing() const { return m_computing; }
    void openComplaint(const QUuid &id);

signals:
    // A computed board is on screen (or the computation failed and says why).
    void boardShown();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void computed(const StallBoardSnapshot &board);
    void failed(const QString &message);

    OperatorSession &m_session;
    StallBoardView *m_board = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    QTimer *m_staleTimer = nullptr;
    ComplaintDetailWindow *m_detailWindow = nullptr;
    QThread m_thread;
    StallBoardLoader *m_loader = nullptr; // lives on m_thread
    bool m_computing = false;
    bool m_again = false;
    bool m_stale = true;
    QString m_problem;
};

} // namespace rabeg
