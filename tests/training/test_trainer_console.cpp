#include <catch2/catch.hpp>

#include "trainer/ResultSheet.h"
#include "trainer/ScoreboardModel.h"
#include "trainer/TrainerConsole.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace rabeg;

namespace {

QJsonObject score(const QString &trainee, int handled, int correct)
{
    TraineeScore s;
    s.trainee = trainee;
    s.name = trainee.toUpper();
    s.arrived = 5;
    s.handled = handled;
    s.correctDecisions = correct;
    s.opdCases = handled;
    s.correctOpds = correct;
    s.medianTriageSeconds = 3900;
    s.deadlinesMissed = 5 - handled;
    ComplaintResult line;
    line.key = u"c1"_s;
    line.title = u"Blangko KTP-el habis"_s;
    line.expected = u"dispatch DISDUKCAPIL"_s;
    line.actual = u"dispatch DINSOS"_s;
    line.arrived = line.handled = line.decisionCorrect = true;
    line.opdCorrect = false;
    line.triageSeconds = 600;
    s.results = {line};
    return s.toJson(true);
}

QJsonObject status(double speed)
{
    return {{u"store_id"_s, u"0b6c7a52-9e1f-4c3d-a5b7-c9d1e3f5a7b9"_s},
            {u"kind"_s, u"training"_s},
            {u"epoch"_s, 1},
            {u"hub_time"_s, u"2026-11-02T03:00:00.000Z"_s},
            {u"clock_speed"_s, speed},
            {u"scenario"_s,
             QJsonObject {{u"id"_s, u"pekan-sibuk"_s},
                          {u"title"_s, u"Pekan sibuk"_s},
                          {u"start"_s, u"2026-11-02T01:00:00.000Z"_s},
                          {u"complaints"_s, 18},
                          {u"trainees"_s, 2}}},
            {u"class"_s, 1},
            {u"arrived"_s, 5},
            {u"next_arrival"_s, u"2026-11-02T03:30:00.000Z"_s},
            {u"scores"_s, QJsonArray {score(u"ani"_s, 4, 3), score(u"budi"_s, 2, 1)}}};
}

} // namespace

TEST_CASE("the trainer console shows the class's clock and scoreboard as the hub sent them")
{
    TrainerConsole console(nullptr);
    QAbstractItemModelTester tester(console.scoreboard(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    console.setStatus(status(0));
    const auto *clock = console.findChild<QLabel *>(u"trainingClockLabel"_s);
    REQUIRE(clock);
    // 10:00 WIB, written as every other time of the client is (the locale's short format: "02/11/26 10.00" in id)
    const QDateTime tenWib(QDate(2026, 11, 2), QTime(10, 0), QTimeZone(7 * 3600));
    CHECK(clock->text().contains(QLocale().toString(tenWib, QLocale::ShortFormat) + u" WIB"_s));
    CHECK(clock->text().contains(u"paused"_s));
    CHECK(clock->text().contains(u"5 of 18"_s));
    CHECK_FALSE(console.findChild<QPushButton *>(u"pauseClockPushButton"_s)->isEnabled());
    const QAbstractItemModel *model = console.findChild<QTableView *>(u"scoreboardTableView"_s)->model();
    REQUIRE(model->rowCount() == 2);
    CHECK(model->index(0, ScoreboardModel::Handled).data().toString() == u"4 of 5"_s);
    CHECK(model->index(0, ScoreboardModel::Decisions).data().toString() == u"75%"_s);
    CHECK(model->index(1, ScoreboardModel::Opds).data().toString() == u"50%"_s);
    CHECK(model->index(1, ScoreboardModel::Triage).data().toString() == u"1 h 05 min"_s);
    CHECK(model->index(1, ScoreboardModel::Missed).data().toInt() == 3);

    console.setStatus(status(60));
    CHECK(clock->text().contains(u"x60"_s));
    CHECK(console.findChild<QPushButton *>(u"pauseClockPushButton"_s)->isEnabled());
}

TEST_CASE("a trainee's result sheet is written as a PDF")
{
    TrainerConsole console(nullptr);
    console.setStatus(status(0));
    QTemporaryDir dir;
    const QString file = dir.filePath(u"ani.pdf"_s);
    REQUIRE(console.printResultSheet(file, 0));
    QFile pdf(file);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");
    CHECK_FALSE(console.printResultSheet(dir.filePath(u"nobody.pdf"_s), 7));
}
