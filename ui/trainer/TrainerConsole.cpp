#include "TrainerConsole.h"

#include "JumpTimeEdit.h"
#include "ResultSheet.h"
#include "ScoreboardModel.h"
#include "TrainerHubClient.h"
#include "codec/WireTime.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

constexpr int kPollMs = 2000;
const QTimeZone kWib(7 * 3600);

QPushButton *button(const char *name, QWidget *parent)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}

} // namespace

TrainerConsole::TrainerConsole(TrainerHubClient *client, QWidget *parent) : QWidget(parent), m_client(client)
{
    setObjectName(u"trainerConsole"_s);
    m_title = new QLabel(this);
    m_title->setObjectName(u"trainingTitleLabel"_s);
    QFont bigger = m_title->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.3);
    bigger.setBold(true);
    m_title->setFont(bigger);
    m_clock = new QLabel(this);
    m_clock->setObjectName(u"trainingClockLabel"_s);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"trainingProblemLabel"_s);
    m_problem->setStyleSheet(u"color: #b00020"_s);
    m_problem->hide();

    m_pause = button("pauseClockPushButton", this);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_pause);
    for (const int speed : {1, 60, 600}) {
        auto *b = new QPushButton(u"x%1"_s.arg(speed), this);
        b->setObjectName(u"speed%1PushButton"_s.arg(speed));
        m_speeds.append({b, speed});
        controls->addWidget(b);
        connect(b, &QPushButton::clicked, this, [this, speed] {
            if (m_client)
                m_client->setSpeed(speed);
        });
    }
    controls->addSpacing(16);
    m_jumpEdit = new JumpTimeEdit(this);
    m_jumpEdit->setObjectName(u"jumpToLineEdit"_s);
    m_jumpEdit->setPlaceholderText(m_jumpEdit->example()); // what to type, when the field is emptied
    m_jump = button("jumpClockPushButton", this);
    controls->addWidget(m_jumpEdit);
    controls->addWidget(m_jump);
    controls->addStretch();
    m_print = button("printResultSheetPushButton", this);
    m_reset = button("resetClassPushButton", this);
    controls->addWidget(m_print);
    controls->addWidget(m_reset);

    m_model = new ScoreboardModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"scoreboardTableView"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ScoreboardModel::Trainee, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_clock);
    layout->addLayout(controls);
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);

    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_client)
            m_client->setSpeed(0);
    });
    connect(m_jump, &QPushButton::clicked, this, &TrainerConsole::jump);
    connect(m_jumpEdit, &QLineEdit::returnPressed, this, &TrainerConsole::jump);
    connect(m_reset, &QPushButton::clicked, this, &TrainerConsole::askReset);
    connect(m_print, &QPushButton::clicked, this, &TrainerConsole::askPrint);
    if (m_client) {
        connect(m_client, &TrainerHubClient::statusReceived, this, &TrainerConsole::setStatus);
        connect(m_client, &TrainerHubClient::failed, this, &TrainerConsole::showProblem);
        connect(&m_poll, &QTimer::timeout, m_client, &TrainerHubClient::refresh);
    }
    m_poll.setInterval(kPollMs);
    retranslate();
}

void TrainerConsole::setStatus(const QJsonObject &status)
{
    const bool first = m_status.isEmpty();
    const QJsonObject previous = std::exchange(m_status, status);
    m_problem->hide();
    QList<TraineeScore> scores;
    for (const QJsonValue &score : status.value(u"scores"_s).toArray())
        scores.append(TraineeScore::fromJson(score.toObject()));
    m_model->setScores(scores);
    if (first && !scores.isEmpty())
        m_table->selectRow(0);
    const QDateTime now = parseWireTime(status.value(u"hub_time"_s).toString());
    // The field proposes the next full hour of the class: at first, when the clock has passed what it holds (not
    // while the trainer is typing), and for a new class (a reset), whose clock is back at the scenario's start and
    // would otherwise be sent weeks ahead by one click on a time kept from the old class.
    const bool newClass = !first && (status.value(u"class"_s) != previous.value(u"class"_s)
                                     || status.value(u"store_id"_s) != previous.value(u"store_id"_s));
    const QDateTime shown = m_jumpEdit->time();
    if (first || newClass || (!m_jumpEdit->hasFocus() && (!shown.isValid() || shown < now))) {
        const QDateTime wib = now.addSecs(3600).toTimeZone(kWib);
        m_jumpEdit->setTime(QDateTime(wib.date(), QTime(wib.time().hour(), 0), kWib));
    }
    retranslate();
}

void TrainerConsole::jump()
{
    const QDateTime target = m_jumpEdit->time();
    if (!target.isValid()) {
        showProblem(tr("Type the time to jump to as %1, e.g. %2.").arg(m_jumpEdit->format(), m_jumpEdit->example()));
        return;
    }
    if (m_client)
        m_client->jumpTo(target);
}

void TrainerConsole::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
}

void TrainerConsole::askReset()
{
    const auto answer = QMessageBox::question(
        this, tr("Reset the class"),
        tr("Start the class again from the scenario's start? Everything the trainees did in this class is removed; "
           "their workstations load the new class by themselves."));
    if (answer == QMessageBox::Yes && m_client)
        m_client->reset();
}

void TrainerConsole::askPrint()
{
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    if (row < 0 || row >= m_model->rowCount()) {
        showProblem(tr("Choose a trainee in the scoreboard first."));
        return;
    }
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Save the result sheet"), u"hasil-pelatihan-%1.pdf"_s.arg(m_model->scores().at(row).trainee),
        tr("PDF documents (*.pdf)"));
    if (!file.isEmpty())
        printResultSheet(file, row);
}

bool TrainerConsole::printResultSheet(const QString &file, int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const QJsonObject scenario = m_status.value(u"scenario"_s).toObject();
    const ResultSheet sheet({scenario.value(u"title"_s).toString(), m_status.value(u"class"_s).toInt(1),
                             parseWireTime(m_status.value(u"hub_time"_s).toString())},
                            m_model->scores().at(row));
    if (Status status = sheet.writePdf(file)) {
        showProblem(status->message);
        return false;
    }
    return true;
}

void TrainerConsole::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TrainerConsole::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_client) {
        m_client->refresh();
        m_poll.start();
    }
}

void TrainerConsole::hideEvent(QHideEvent *event)
{
    m_poll.stop();
    QWidget::hideEvent(event);
}

void TrainerConsole::retranslate()
{
    const QJsonObject scenario = m_status.value(u"scenario"_s).toObject();
    m_title->setText(
        m_status.isEmpty()
            ? tr("Training class")
            : tr("%1 — class %2").arg(scenario.value(u"title"_s).toString()).arg(m_status.value(u"class"_s).toInt()));
    const QDateTime now = parseWireTime(m_status.value(u"hub_time"_s).toString()).toTimeZone(kWib);
    const double speed = m_status.value(u"clock_speed"_s).toDouble();
    const QString state = speed == 0 ? tr("paused") : tr("running at x%1").arg(speed);
    const int arrived = m_status.value(u"arrived"_s).toInt();
    const int total = scenario.value(u"complaints"_s).toInt();
    m_clock->setText(m_status.isEmpty() ? tr("Waiting for the training hub…")
                                        : tr("Hub time %1 WIB, %2 · %3 of %4 complaints arrived")
                                              .arg(QLocale().toString(now, u"dddd"_s) + u' '
                                                       + QLocale().toString(now, QLocale::ShortFormat),
                                                   state)
                                              .arg(arrived)
                                              .arg(total));
    m_pause->setText(tr("&Pause"));
    m_pause->setEnabled(speed != 0);
    m_jump->setText(tr("&Jump to"));
    m_reset->setText(tr("&Reset class…"));
    m_print->setText(tr("Print &result sheet…"));
    m_jumpEdit->setAccessibleName(tr("Jump to this hub time (WIB)"));
    m_table->setAccessibleName(tr("Scoreboard"));
    for (const auto &[speedButton, factor] : std::as_const(m_speeds))
        speedButton->setAccessibleName(tr("Run the clock at %1 times real time").arg(factor));
    // The console's own tab, wherever the window put it.
    if (auto *tabs = qobject_cast<QTabWidget *>(parentWidget() ? parentWidget()->parentWidget() : nullptr))
        tabs->setTabText(tabs->indexOf(this), tr("&Trainer console"));
}

} // namespace rabeg
