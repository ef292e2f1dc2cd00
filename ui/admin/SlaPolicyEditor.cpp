#include "SlaPolicyEditor.h"

#include "AdminText.h"
#include "PublishBar.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

enum Column { Clock, Name, StartEvents, StopEvents, Duration, Unit, PauseStates, Warning, Breach, Source, Columns };

const QStringList kUnits = {u"working_days"_s, u"calendar_days"_s, u"hours"_s};
const QStringList kBreaches = {u"none"_s, u"escalate"_s, u"close"_s};

QString joined(const QJsonValue &list)
{
    QStringList out;
    for (const QJsonValue &v : list.toArray())
        out.append(v.toString());
    return out.join(u"; "_s);
}

QJsonArray split(const QString &text)
{
    QJsonArray out;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    }
    return out;
}

} // namespace

SlaPolicyEditor::SlaPolicyEditor(AdminHubClient *client, QWidget *parent)
    : QWidget(parent), m_client(client), m_versionLabel(new QLabel(this)), m_table(new QTableWidget(0, Columns, this)),
      m_bar(new PublishBar(client, AdminHubClient::Route::SlaPolicy, u"sla"_s, this))
{
    setObjectName(u"slaPolicyEditor"_s);
    m_versionLabel->setObjectName(u"slaVersionLabel"_s);
    m_table->setObjectName(u"slaClocksTableWidget"_s);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move between cells, F2 edits
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_versionLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_bar);

    connect(m_bar, &PublishBar::publishRequested, this, &SlaPolicyEditor::publish);
    connect(m_bar, &PublishBar::published, this, [this](int version) {
        say(tr("Published version %1 of the SLA policy. Workstations use it from their next sync.").arg(version),
            false);
    });
    connect(m_client, &AdminHubClient::loaded, this, [this](AdminHubClient::Route route, const QJsonObject &current) {
        if (route == AdminHubClient::Route::SlaPolicy)
            show(current);
    });
    retranslate();
}

QString SlaPolicyEditor::message() const { return m_bar->message(); }

void SlaPolicyEditor::reload() { m_client->load(AdminHubClient::Route::SlaPolicy); }

void SlaPolicyEditor::show(const QJsonObject &current)
{
    m_current = current;
    m_version = current.value(u"version"_s).toInt();
    const QJsonArray clocks = current.value(u"clocks"_s).toArray();
    m_table->setRowCount(int(clocks.size()));
    for (int row = 0; row < clocks.size(); ++row) {
        const QJsonObject clock = clocks.at(row).toObject();
        const auto text = [&](int column, const QString &value, bool editable = true) {
            auto *item = new QTableWidgetItem(value);
            if (!editable)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_table->setItem(row, column, item);
        };
        text(Clock, clock.value(u"clock"_s).toString(), false);
        text(Name, clock.value(u"name"_s).toString());
        text(StartEvents, joined(clock.value(u"start_events"_s)));
        text(StopEvents, joined(clock.value(u"stop_events"_s)));
        text(Duration, QString::number(clock.value(u"duration"_s).toInt()));
        text(PauseStates, joined(clock.value(u"pause_states"_s)));
        text(Warning, QString::number(clock.value(u"warning_percent"_s).toInt()));
        text(Source, clock.value(u"source"_s).toString());
        const auto combo = [&](int column, const QStringList &codes, const QString &value, const char *name) {
            auto *box = new QComboBox(m_table);
            box->setObjectName(QString::fromLatin1(name) + QString::number(row) + u"ComboBox"_s);
            for (const QString &code : codes)
                box->addItem(adminCodeText(code), code);
            box->setCurrentIndex(std::max(0, int(codes.indexOf(value))));
            m_table->setCellWidget(row, column, box);
        };
        combo(Unit, kUnits, clock.value(u"unit"_s).toString(), "slaUnit");
        combo(Breach, kBreaches, clock.value(u"breach_action"_s).toString(), "slaBreach");
    }
    retranslate();
    say(QString(), false);
}

void SlaPolicyEditor::publish()
{
    if (m_version < 0) {
        say(tr("Load the policy in force first (Reload)."), true);
        return;
    }
    QJsonArray clocks;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto cell = [&](int column) { return m_table->item(row, column)->text().trimmed(); };
        bool durationOk = false;
        bool warningOk = false;
        const int duration = cell(Duration).toInt(&durationOk);
        const int warning = cell(Warning).toInt(&warningOk);
        if (!durationOk || !warningOk) {
            say(tr("Clock %1: the duration and the warning threshold are whole numbers.").arg(cell(Clock)), true);
            return;
        }
        const auto code = [&](int column) {
            return qobject_cast<QComboBox *>(m_table->cellWidget(row, column))->currentData().toString();
        };
        clocks.append(QJsonObject{{u"clock"_s, cell(Clock)},
                                  {u"name"_s, cell(Name)},
                                  {u"start_events"_s, split(cell(StartEvents))},
                                  {u"stop_events"_s, split(cell(StopEvents))},
                                  {u"duration"_s, duration},
                                  {u"unit"_s, code(Unit)},
                                  {u"pause_states"_s, split(cell(PauseStates))},
                                  {u"warning_percent"_s, warning},
                                  {u"breach_action"_s, code(Breach)},
                                  {u"source"_s, cell(Source)}});
    }
    say(tr("Publishing version %1...").arg(m_version + 1), false);
    m_client->publish(AdminHubClient::Route::SlaPolicy,
                      {{u"command_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                       {u"version"_s, m_version + 1},
                       {u"why"_s, m_bar->why()},
                       {u"clocks"_s, clocks}});
}

void SlaPolicyEditor::say(const QString &sentence, bool refusal) { m_bar->say(sentence, refusal); }

void SlaPolicyEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SlaPolicyEditor::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Clock"), tr("Name"), tr("Start events"), tr("Stop events"),
                                        tr("Duration"), tr("Unit"), tr("Pausing states"), tr("Warning at (%)"),
                                        tr("On breach"), tr("Source")});
    m_table->setAccessibleName(tr("SLA clocks"));
    m_versionLabel->setText(m_version < 0 ? tr("The SLA policy in force is loaded from the hub.")
                                          : publishedSentence(m_current, tr("SLA policy")));
    m_versionLabel->setAccessibleName(tr("SLA policy version"));
    m_bar->setTexts({tr("Why (required): what changes, and the rule or decree it follows"),
                     tr("Reload the SLA policy from the hub"), tr("Publish the SLA policy as a new version"),
                     tr("SLA policy message")});
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column : {int(Unit), int(Breach)}) {
            auto *box = qobject_cast<QComboBox *>(m_table->cellWidget(row, column));
            if (!box)
                continue;
            for (int i = 0; i < box->count(); ++i)
                box->setItemText(i, adminCodeText(box->itemData(i).toString()));
            box->setAccessibleName((column == Unit ? tr("Unit of %1") : tr("On breach of %1"))
                                       .arg(m_table->item(row, Clock)->text()));
        }
    }
}

} // namespace rabeg
