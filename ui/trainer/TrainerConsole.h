#pragma once

#include "training/TraineeScore.h"

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace rabeg {

class JumpTimeEdit;
class ScoreboardModel;
class TrainerHubClient;

// The trainer console (docs/training.md): the class's clock (pause, x1, x60, x600, jump), the live scoreboard,
// reset of the class and a printable result sheet per trainee. It only shows what the training hub answers; the
// hub computes every score from its own timestamps.
class TrainerConsole final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainerConsole)

public:
    // client may be null (a console fed by setStatus alone: tests, screenshots).
    explicit TrainerConsole(TrainerHubClient *client, QWidget *parent = nullptr);

    void setStatus(const QJsonObject &status);
    ScoreboardModel *scoreboard() const { return m_model; }
    // Writes the selected trainee's result sheet to `file` (PDF).
    bool printResultSheet(const QString &file, int row);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();
    void showProblem(const QString &message);
    void askReset();
    void askPrint();
    void jump();

    TrainerHubClient *m_client;
    QJsonObject m_status;
    QLabel *m_title;
    QLabel *m_clock;
    QLabel *m_problem;
    QPushButton *m_pause;
    QList<std::pair<QPushButton *, int>> m_speeds;
    JumpTimeEdit *m_jumpEdit;
    QPushButton *m_jump;
    QPushButton *m_reset;
    QPushButton *m_print;
    QTableView *m_table;
    ScoreboardModel *m_model;
    QTimer m_poll; // the scoreboard follows the class while the console is on screen
};

} // namespace rabeg
