#include <catch2/catch.hpp>

#include "ReportFixture.h"
#include "report/WeeklyReportDialog.h"

#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace rabeg;
using namespace reporttest;

namespace {

// Runs the event loop until the dialog's thread has answered (the test runner's timeout is the only limit).
bool awaitReport(WeeklyReportDialog &dialog)
{
    bool failed = false;
    QObject context;
    QObject::connect(&dialog, &WeeklyReportDialog::failed, &context, [&failed] { failed = true; });
    while (!dialog.report() && !failed)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return dialog.report().has_value();
}

// The value shown beside a figure's label in the dialog's form.
QString shown(const WeeklyReportDialog &dialog, const QString &label)
{
    for (const QLabel *candidate : dialog.findChildren<QLabel *>()) {
        if (candidate->text() == label + u':' && candidate->buddy())
            return qobject_cast<QLabel *>(candidate->buddy())->text();
    }
    return u"(no such figure)"_s;
}

} // namespace

TEST_CASE("the weekly report dialog computes the last whole week off the GUI thread and shows its figures")
{
    const FixtureCache fixture;
    WeeklyReportDialog dialog({fixture.path, &shipped(), [] { return wib("2026-11-16 09:00"); }});
    dialog.show();
    CHECK(dialog.week().code() == u"2026-W46"_s); // Monday 16 Nov: the last whole week is W46
    REQUIRE(awaitReport(dialog));
    CHECK(dialog.report()->figures.received == 3);
    CHECK(shown(dialog, u"Received"_s) == u"3"_s);
    CHECK(shown(dialog, u"Overdue at week end"_s) == u"2"_s);
    CHECK(shown(dialog, u"Escalated to the Ombudsman"_s) == u"1"_s);
    CHECK(dialog.findChild<QLabel *>(u"reportStatus"_s)->text().contains(u"seq"_s));

    // Another week: computed again, its own figures.
    dialog.setWeek(IsoWeek::parse(u"2026-W45"_s).value());
    CHECK_FALSE(dialog.report().has_value());
    REQUIRE(awaitReport(dialog));
    CHECK(dialog.report()->week.code() == u"2026-W45"_s);
    CHECK(dialog.report()->figures.received == 1); // story 1
    CHECK(dialog.report()->figures.overdue == 2); // story 2 (first response), story 7 (follow-up due 2 Nov)
    CHECK(shown(dialog, u"Received"_s) == u"1"_s);

    // The signer typed in the dialog goes on the PDF it saves.
    dialog.findChild<QLineEdit *>(u"reportSignerName"_s)->setText(u"Drs. H. Ahmad Fauzi"_s);
    dialog.findChild<QLineEdit *>(u"reportSignerNip"_s)->setText(u"196805121990031004"_s);
    CHECK(dialog.signOff().signerNip == u"196805121990031004"_s);
    QTemporaryDir out;
    REQUIRE_FALSE(dialog.writePdf(out.filePath(u"w45.pdf"_s)));
    CHECK(QFileInfo(out.filePath(u"w45.pdf"_s)).size() > 1000);
    const auto csv = dialog.writeCsv(out.filePath(u"w45.csv"_s));
    REQUIRE(csv.ok());
    CHECK(csv->size() == 5);
}
