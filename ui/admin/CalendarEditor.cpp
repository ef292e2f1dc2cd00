#include "CalendarEditor.h"

#include "AdminText.h"
#include "PublishBar.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

enum Column { Date, Kind, Name, Decree, Opd, Provisional, Columns };

const QStringList kKinds = {u"holiday"_s, u"cuti_bersama"_s, u"added_holiday"_s, u"opd_working_day"_s};

} // namespace

CalendarEditor::CalendarEditor(AdminHubClient *client, QWidget *parent)
    : QWidget(parent), m_client(client), m_versionLabel(new QLabel(this)), m_provisionalLabel(new QLabel(this)),
      m_table(new QTableWidget(0, Columns, this)), m_add(new QPushButton(this)), m_remove(new QPushButton(this)),
      m_bar(new PublishBar(client, AdminHubClient::Route::Calendar, u"calendar"_s, this))
{
    setObjectName(u"calendarEditor"_s);
    m_versionLabel->setObjectName(u"calendarVersionLabel"_s);
    m_provisionalLabel->setObjectName(u"calendarProvisionalLabel"_s);
    m_table->setObjectName(u"calendarDaysTableWidget"_s);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);
    m_add->setObjectName(u"calendarAddDayPushButton"_s);
    m_remove->setObjectName(u"calendarRemoveDayPushButton"_s);

    auto *rows = new QHBoxLayout;
    rows->addWidget(m_provisionalLabel, 1);
    rows->addWidget(m_add);
    rows->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_versionLabel);
    layout->addLayout(rows);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_bar);

    connect(m_add, &QPushButton::clicked, this, &CalendarEditor::addDay);
    connect(m_remove, &QPushButton::clicked, this, &CalendarEditor::removeDay);
    // Keys of the editor as a whole (the table keeps Ctrl+Insert for Copy and Delete for itself).
    auto *addDayAction = new QAction(this);
    addDayAction->setObjectName(u"calendarAddDayAction"_s);
    addDayAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Insert));
    addDayAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(addDayAction);
    connect(addDayAction, &QAction::triggered, this, &CalendarEditor::addDay);
    auto *removeAction = new QAction(this);
    removeAction->setObjectName(u"calendarRemoveDayAction"_s);
    removeAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Delete));
    removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &CalendarEditor::removeDay);
    connect(m_bar, &PublishBar::publishRequested, this, &CalendarEditor::publish);
    connect(m_bar, &PublishBar::published, this, [this](int version) {
        say(tr("Published version %1 of the calendar. Workstations recompute the deadlines that span the changed "
               "days at their next sync.")
                .arg(version),
            false);
    });
    connect(m_client, &AdminHubClient::loaded, this, [this](AdminHubClient::Route route, const QJsonObject &current) {
        if (route == AdminHubClient::Route::Calendar)
            show(current);
    });
    retranslate();
}

QString CalendarEditor::message() const { return m_bar->message(); }

void CalendarEditor::reload() { m_client->load(AdminHubClient::Route::Calendar); }

void CalendarEditor::setRow(int row, const QJsonObject &day)
{
    m_table->setItem(row, Date, new QTableWidgetItem(day.value(u"date"_s).toString()));
    m_table->setItem(row, Name, new QTableWidgetItem(day.value(u"name"_s).toString()));
    m_table->setItem(row, Decree, new QTableWidgetItem(day.value(u"decree"_s).toString()));
    m_table->setItem(row, Opd, new QTableWidgetItem(day.value(u"opd"_s).toString()));
    auto *provisional = new QTableWidgetItem;
    provisional->setFlags((provisional->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
    provisional->setCheckState(day.value(u"provisional"_s).toBool() ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, Provisional, provisional);
    auto *kind = new QComboBox(m_table);
    kind->setObjectName(u"calendarKindComboBox"_s);
    for (const QString &code : kKinds)
        kind->addItem(adminCodeText(code), code);
    kind->setCurrentIndex(std::max(0, int(kKinds.indexOf(day.value(u"kind"_s).toString()))));
    kind->setAccessibleName(tr("Kind of day"));
    m_table->setCellWidget(row, Kind, kind);
}

void CalendarEditor::show(const QJsonObject &current)
{
    m_current = current;
    m_version = current.value(u"version"_s).toInt();
    const QJsonArray days = current.value(u"days"_s).toArray();
    m_table->setRowCount(0);
    m_table->setRowCount(int(days.size()));
    for (int row = 0; row < days.size(); ++row)
        setRow(row, days.at(row).toObject());
    retranslate();
    say(QString(), false);
}

void CalendarEditor::addDay()
{
    m_table->insertRow(0);
    setRow(0, {{u"kind"_s, u"added_holiday"_s}});
    m_table->setCurrentCell(0, Date);
    m_table->setFocus();
    m_table->editItem(m_table->item(0, Date));
}

void CalendarEditor::removeDay()
{
    const int row = m_table->currentRow();
    if (row >= 0)
        m_table->removeRow(row);
}

void CalendarEditor::publish()
{
    if (m_version < 0) {
        say(tr("Load the calendar in force first (Reload)."), true);
        return;
    }
    QJsonArray days;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto cell = [&](int column) { return m_table->item(row, column)->text().trimmed(); };
        QJsonObject day{{u"date"_s, cell(Date)},
                        {u"kind"_s, qobject_cast<QComboBox *>(m_table->cellWidget(row, Kind))->currentData().toString()},
                        {u"name"_s, cell(Name)},
                        {u"decree"_s, cell(Decree)}};
        if (!cell(Opd).isEmpty())
            day.insert(u"opd"_s, cell(Opd));
        if (m_table->item(row, Provisional)->checkState() == Qt::Checked)
            day.insert(u"provisional"_s, true);
        days.append(day);
    }
    say(tr("Publishing version %1...").arg(m_version + 1), false);
    m_client->publish(AdminHubClient::Route::Calendar,
                      {{u"command_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                       {u"version"_s, m_version + 1},
                       {u"why"_s, m_bar->why()},
                       {u"days"_s, days}});
}

void CalendarEditor::say(const QString &sentence, bool refusal) { m_bar->say(sentence, refusal); }

void CalendarEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CalendarEditor::retranslate()
{
    m_table->setHorizontalHeaderLabels(
        {tr("Date"), tr("Kind"), tr("Name"), tr("Decree"), tr("OPD (Saturdays)"), tr("Provisional")});
    m_table->setAccessibleName(tr("Calendar days"));
    m_versionLabel->setText(m_version < 0 ? tr("The calendar in force is loaded from the hub.")
                                          : publishedSentence(m_current, tr("Calendar")));
    m_versionLabel->setAccessibleName(tr("Calendar version"));
    QStringList years;
    for (const QJsonValue &year : m_current.value(u"provisional_years"_s).toArray())
        years.append(QString::number(year.toInt()));
    m_provisionalLabel->setText(years.isEmpty()
                                    ? tr("No provisional year.")
                                    : tr("Provisional (the decree is not out yet; fixed-date holidays only): %1")
                                          .arg(years.join(u", "_s)));
    m_provisionalLabel->setAccessibleName(tr("Provisional years"));
    m_add->setText(tr("Add day (Alt+Insert)"));
    m_add->setAccessibleName(tr("Add a day to the calendar"));
    m_remove->setText(tr("Remove day (Alt+Delete)"));
    m_remove->setAccessibleName(tr("Remove the selected day"));
    m_bar->setTexts({tr("Why (required): the decree, e.g. Keppres 12/2026 on a day off"),
                     tr("Reload the calendar from the hub"), tr("Publish the calendar as a new version"),
                     tr("Calendar message")});
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (auto *box = qobject_cast<QComboBox *>(m_table->cellWidget(row, Kind))) {
            for (int i = 0; i < box->count(); ++i)
                box->setItemText(i, adminCodeText(box->itemData(i).toString()));
            box->setAccessibleName(tr("Kind of day"));
        }
    }
}

} // namespace rabeg
