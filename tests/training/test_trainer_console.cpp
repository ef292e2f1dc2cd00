#include <catch2/catch.hpp>

#include "trainer/JumpTimeEdit.h"
#include "trainer/ResultSheet.h"
#include "trainer/ScoreboardModel.h"
#include "trainer/TrainerConsole.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
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

QJsonObject status(double speed, int classNumber = 1, const QString &hubTime = u"2026-11-02T03:00:00.000Z"_s)
{
    return {{u"store_id"_s, u"0b6c7a52-9e1f-4c3d-a5b7-c9d1e3f5a7b9"_s},
            {u"kind"_s, u"training"_s},
            {u"epoch"_s, 1},
            {u"hub_time"_s, hubTime},
            {u"clock_speed"_s, speed},
            {u"scenario"_s,
             QJsonObject {{u"id"_s, u"pekan-sibuk"_s},
                          {u"title"_s, u"Pekan sibuk"_s},
                          {u"start"_s, u"2026-11-02T01:00:00.000Z"_s},
                          {u"complaints"_s, 18},
                          {u"trainees"_s, 2}}},
            {u"class"_s, classNumber},
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

namespace {

ComplaintResult resultLine(const QString &title, const Handling &expected, const Handling &done)
{
    ComplaintResult line;
    line.key = title.left(6);
    line.title = title;
    line.expected = u"(the API's words)"_s;
    line.actual = u"(the API's words)"_s;
    line.expectedHandling = expected;
    line.actualHandling = done;
    line.arrived = line.handled = true;
    line.triageSeconds = 600;
    return line;
}

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-raw"_s, pdf, u"-"_s});
    REQUIRE(process.waitForStarted());
    process.waitForFinished(-1);
    REQUIRE(process.exitCode() == 0);
    // a cell wraps over lines, and the font sets "ff" as a ligature: the words are what matters
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
}

} // namespace

TEST_CASE("a result sheet words each decision for a trainee, whole, never the API's codes")
{
    TraineeScore score;
    score.trainee = u"peserta01"_s;
    score.name = u"Peserta 01"_s;
    const QString flood = u"Banjir setinggi lutut di Kasemen tiap hujan deras, saluran tidak pernah dikeruk"_s;
    const Handling pupr {u"dispatch"_s, u"PUPR"_s, u"Dinas Pekerjaan Umum dan Penataan Ruang"_s, {}, {}, {}};
    const Handling polresta {u"not_our_authority"_s, u"POLRESTA"_s, u"Polresta Serang Kota"_s, {}, {}, {}};
    score.results = {
        resultLine(flood, pupr, pupr),
        resultLine(u"Ujian praktik SIM C dipersulit"_s, polresta, polresta),
        resultLine(u"Jalan Kasunyatan banjir lagi"_s, {u"duplicate"_s, {}, {}, {}, u"banjir"_s, flood},
                   {u"duplicate"_s, {}, {}, {}, {}, u"[peserta02] "_s + flood}),
        resultLine(u"Makian kepada petugas"_s, {u"reject"_s, {}, {}, u"abusive"_s, {}, {}},
                   {u"defer"_s, {}, {}, u"incomplete_information"_s, {}, {}}),
    };
    const ResultSheet sheet({u"Pekan sibuk"_s, 1, QDateTime(QDate(2026, 11, 17), QTime(12, 0), Qt::UTC)}, score);
    const QList<QStringList> lines = sheet.lines();
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0).at(1) == u"Dispatch to Dinas Pekerjaan Umum dan Penataan Ruang"_s);
    CHECK(lines.at(1).at(2) == u"Not our authority → Polresta Serang Kota"_s);
    CHECK(lines.at(2).at(1) == u"Duplicate of “%1”"_s.arg(flood));
    CHECK(lines.at(2).at(2) == u"Duplicate of “[peserta02] %1”"_s.arg(flood));
    CHECK(lines.at(3).at(1) == u"Reject: Abusive or offensive content"_s);
    CHECK(lines.at(3).at(2) == u"Defer: Information is incomplete"_s);

    QTemporaryDir dir;
    const QString file = dir.filePath(u"peserta01.pdf"_s);
    REQUIRE_FALSE(sheet.writePdf(file));
    const QString text = pdfText(file);
    INFO(text.toStdString());
    // nothing cut: every cell is printed whole, wrapped over as many lines as it needs
    for (const QStringList &cells : lines) {
        for (const QString &cell : cells)
            CHECK(text.contains(cell));
    }
    CHECK_FALSE(text.contains(u"…"_s));
    CHECK_FALSE(text.contains(u"not_our_authority"_s));
    CHECK_FALSE(text.contains(u"(the API's words)"_s));
}

TEST_CASE("the jump field takes a time typed over it in the format it shows")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    {
        TrainerConsole console(nullptr);
        console.setStatus(status(0));
        auto *edit = console.findChild<QLineEdit *>(u"jumpToLineEdit"_s);
        REQUIRE(edit);
        CHECK(edit->text() == u"02/11/26 11.00"_s); // the next full hour of the class, WIB
        console.show();
        QTest::mouseClick(edit, Qt::LeftButton);
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(edit, u"17/11/26 08.00"_s);
        // a poll while the trainer types leaves the typing alone
        console.setStatus(status(600, 1, u"2026-11-02T09:00:00.000Z"_s));
        const auto *typed = qobject_cast<JumpTimeEdit *>(edit);
        REQUIRE(typed);
        CHECK(typed->time() == QDateTime(QDate(2026, 11, 17), QTime(8, 0), QTimeZone(7 * 3600)));
    }
    QLocale::setDefault(before);
    const QDateTime eight(QDate(2026, 11, 17), QTime(8, 5), QTimeZone(7 * 3600));
    const QLocale id(QLocale::Indonesian, QLocale::Indonesia);
    CHECK(JumpTimeEdit::parse(u"17/11/26 8.05"_s, id) == eight);
    CHECK(JumpTimeEdit::parse(u"17/11/2026 08.05"_s, id) == eight);
    CHECK(JumpTimeEdit::parse(u"11/17/26 8:05 AM"_s, QLocale(QLocale::English, QLocale::UnitedStates)) == eight);
    CHECK_FALSE(JumpTimeEdit::parse(u"besok pagi"_s, id).isValid());
}

TEST_CASE("after a reset the jump field holds the new class's clock, not a time kept from the old class")
{
    TrainerConsole console(nullptr);
    // the old class, two weeks in
    console.setStatus(status(0, 1, u"2026-11-16T01:00:00.000Z"_s));
    const auto *edit = qobject_cast<JumpTimeEdit *>(console.findChild<QLineEdit *>(u"jumpToLineEdit"_s));
    REQUIRE(edit);
    CHECK(edit->time() == QDateTime(QDate(2026, 11, 16), QTime(9, 0), QTimeZone(7 * 3600)));
    // reset: class 2, back at the scenario's start (08.00 WIB)
    console.setStatus(status(0, 2, u"2026-11-02T01:00:00.000Z"_s));
    CHECK(edit->time() == QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone(7 * 3600)));
}
