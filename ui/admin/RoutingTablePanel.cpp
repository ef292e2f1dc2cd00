#include "RoutingTablePanel.h"

#include "ReferenceAdminClient.h"
#include "routing/CachedReference.h"
#include "routing/RoutingDryRun.h"

#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

const QString kPath = u"/api/v1/admin/routing-table"_s;

QTableWidgetItem *cell(const QString &text, bool editable = true)
{
    auto *item = new QTableWidgetItem(text);
    if (!editable)
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

RoutingTablePanel::RoutingTablePanel(ReferenceAdminClient *client, LocalCache &cache, ReferenceData shipped,
                                     std::function<QDateTime()> hubNow, QWidget *parent)
    : QWidget(parent), m_client(client), m_cache(cache), m_shipped(std::move(shipped)), m_hubNow(std::move(hubNow)),
      m_versionLabel(new QLabel(this)), m_rules(new QTableWidget(0, 3, this)), m_add(new QPushButton(this)),
      m_remove(new QPushButton(this)), m_reload(new QPushButton(this)), m_weekLabel(new QLabel(this)),
      m_week(new QDateEdit(this)), m_run(new QPushButton(this)), m_summary(new QLabel(this)),
      m_results(new QTableWidget(0, 5, this)), m_reason(new QLineEdit(this)), m_publish(new QPushButton(this)),
      m_message(new QLabel(this))
{
    setObjectName(u"routingTablePanel"_s);
    m_versionLabel->setObjectName(u"routingVersionLabel"_s);
    m_versionLabel->setWordWrap(true);
    m_rules->setObjectName(u"routingRulesTableWidget"_s);
    m_rules->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_rules->verticalHeader()->hide();
    m_add->setObjectName(u"routingAddPushButton"_s);
    m_remove->setObjectName(u"routingRemovePushButton"_s);
    m_reload->setObjectName(u"routingReloadPushButton"_s);
    m_week->setObjectName(u"routingWeekDateEdit"_s);
    m_week->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_weekLabel->setBuddy(m_week);
    m_run->setObjectName(u"routingDryRunPushButton"_s);
    m_summary->setObjectName(u"routingDryRunLabel"_s);
    m_summary->setWordWrap(true);
    m_results->setObjectName(u"routingDryRunTableWidget"_s);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_reason->setObjectName(u"routingReasonLineEdit"_s);
    m_publish->setObjectName(u"routingPublishPushButton"_s);
    m_message->setObjectName(u"routingMessageLabel"_s);
    m_message->setWordWrap(true);

    auto *rulesBox = new QWidget(this);
    auto *rulesLayout = new QVBoxLayout(rulesBox);
    rulesLayout->setContentsMargins(0, 0, 0, 0);
    rulesLayout->addWidget(m_versionLabel);
    rulesLayout->addWidget(m_rules, 1);
    auto *ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(m_add);
    ruleButtons->addWidget(m_remove);
    ruleButtons->addStretch(1);
    ruleButtons->addWidget(m_reload);
    rulesLayout->addLayout(ruleButtons);

    auto *runBox = new QWidget(this);
    auto *runLayout = new QVBoxLayout(runBox);
    runLayout->setContentsMargins(0, 0, 0, 0);
    auto *weekRow = new QHBoxLayout;
    weekRow->addWidget(m_weekLabel);
    weekRow->addWidget(m_week);
    weekRow->addWidget(m_run);
    weekRow->addStretch(1);
    runLayout->addLayout(weekRow);
    runLayout->addWidget(m_summary);
    runLayout->addWidget(m_results, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(rulesBox);
    split->addWidget(runBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *publishRow = new QHBoxLayout;
    publishRow->addWidget(m_reason, 1);
    publishRow->addWidget(m_publish);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addLayout(publishRow);
    layout->addWidget(m_message);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = m_rules->rowCount();
        m_rules->insertRow(row);
        for (int column = 0; column < 3; ++column)
            m_rules->setItem(row, column, cell(QString()));
        m_rules->setCurrentCell(row, 0);
        m_rules->setFocus();
        m_dirty = true;
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_rules->currentRow() >= 0) {
            m_rules->removeRow(m_rules->currentRow());
            m_dirty = true;
        }
    });
    connect(m_rules, &QTableWidget::itemChanged, this, [this] { m_dirty = true; });
    connect(m_reload, &QPushButton::clicked, this, [this] { load(true); });
    connect(m_run, &QPushButton::clicked, this, &RoutingTablePanel::runDryRun);
    connect(m_publish, &QPushButton::clicked, this, &RoutingTablePanel::publish);
    connect(m_reason, &QLineEdit::returnPressed, this, &RoutingTablePanel::publish);
    connect(m_client, &ReferenceAdminClient::accepted, this, [this](const QString &path, const QJsonObject &event) {
        if (path != kPath)
            return;
        const int version = event.value(u"payload"_s).toObject().value(u"version"_s).toInt();
        m_reason->clear();
        m_dirty = false;
        say(tr("Published version %1. Every workstation takes it at its next sync.").arg(version), false);
    });
    connect(m_client, &ReferenceAdminClient::refused, this, [this](const QString &path, const QString &sentence) {
        if (path == kPath)
            say(sentence, true);
    });
    m_week->setDate(WibWeek::before(m_hubNow()).monday);
    retranslate();
    load(true);
}

void RoutingTablePanel::refresh()
{
    load(false);
}

void RoutingTablePanel::load(bool force)
{
    const auto versions = cachedReferenceVersions(m_cache, m_shipped);
    if (!versions.ok()) {
        say(tr("The routing table in this workstation's cache cannot be read: %1").arg(versions.error().message), true);
        return;
    }
    const bool newer = versions->routingVersion() != m_version;
    m_version = versions->routingVersion();
    m_versionLabel->setText(
        m_version == 0 ? tr("Version 0 in force: the shipped table (every service to its usual OPD).")
                       : tr("Version %1 in force, published by %2: %3")
                             .arg(m_version)
                             .arg(versions->routingPublishedBy(), versions->routingReason()));
    if (m_dirty && !force) {
        if (newer)
            say(tr("Version %1 arrived by sync while you edit; Reload to start from it.").arg(m_version), false);
        return;
    }
    const QSignalBlocker blocker(m_rules);
    const QList<RoutingRule> &rules = versions->routing().rules();
    m_rules->setRowCount(int(rules.size()));
    for (int row = 0; row < rules.size(); ++row) {
        m_rules->setItem(row, 0, cell(rules.at(row).service));
        m_rules->setItem(row, 1, cell(rules.at(row).kecamatan));
        m_rules->setItem(row, 2, cell(rules.at(row).route));
        m_rules->item(row, 2)->setToolTip(versions->reference().routeName(rules.at(row).route));
    }
    m_dirty = false;
}

QList<RoutingRule> RoutingTablePanel::draft() const
{
    QList<RoutingRule> rules;
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        const auto text = [&](int column) {
            const QTableWidgetItem *item = m_rules->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        RoutingRule rule {text(0), text(1), text(2), m_version + 1};
        if (!rule.service.isEmpty() || !rule.route.isEmpty())
            rules.append(rule);
    }
    return rules;
}

void RoutingTablePanel::runDryRun()
{
    RoutingTable table;
    for (const RoutingRule &rule : draft())
        table.add(rule);
    const WibWeek week = WibWeek::containing(m_week->date());
    const auto result = RoutingDryRun::run(m_cache, week, table);
    if (!result.ok()) {
        say(tr("The dry run cannot read this workstation's cache: %1").arg(result.error().message), true);
        return;
    }
    m_results->setRowCount(int(result->rows.size()));
    for (int row = 0; row < result->rows.size(); ++row) {
        const DryRunRow &r = result->rows.at(row);
        m_results->setItem(row, 0, cell(r.trackingId, false));
        m_results->setItem(row, 1, cell(r.title, false));
        m_results->setItem(row, 2, cell(r.wentTo.isEmpty() ? tr("(not dispatched)") : r.wentTo, false));
        const QString pick = !r.draftPick.isEmpty() ? r.draftPick
            : r.service.isEmpty()                   ? tr("(no service yet)")
                                                    : tr("(no rule)");
        m_results->setItem(row, 3, cell(pick, false));
        m_results->setItem(row, 4, cell(r.changed ? tr("changed") : QString(), false));
    }
    QString summary = tr("Week %1 of %2 (%3 to %4, WIB): %n complaint(s), ", nullptr, int(result->rows.size()))
                          .arg(week.isoWeek())
                          .arg(week.isoYear())
                          .arg(QLocale().toString(week.monday, u"d MMM"_s), // month names in the workstation's language
                               QLocale().toString(week.monday.addDays(6), u"d MMM yyyy"_s));
    summary += tr("%n would go elsewhere", nullptr, result->changed);
    if (result->unrouted > 0)
        summary += tr(", %n with no rule in the draft", nullptr, result->unrouted);
    if (result->truncated)
        summary += tr(" (only the newest %1 are listed)").arg(result->rows.size());
    m_summary->setText(summary + u'.');
}

void RoutingTablePanel::publish()
{
    const QList<RoutingRule> rules = draft();
    if (m_reason->text().trimmed().isEmpty()) {
        say(tr("Say why this version is published before publishing it."), true);
        m_reason->setFocus();
        return;
    }
    // The hub's own check, on what the last sync brought: a draft it would refuse is refused here, offline too.
    const auto versions = cachedReferenceVersions(m_cache, m_shipped);
    if (versions.ok()) {
        if (const auto refusal = versions->checkRules(rules)) {
            say(tr("The draft cannot be published: %1").arg(refusal->message), true);
            return;
        }
    }
    say(tr("Publishing..."), false);
    m_client->post(kPath, QJsonObject {{u"version"_s, m_version + 1},
                                       {u"reason"_s, m_reason->text().trimmed()},
                                       {u"rules"_s, ReferenceVersions::encodeRules(rules)}});
}

QString RoutingTablePanel::message() const
{
    return m_message->text();
}

void RoutingTablePanel::say(const QString &sentence, bool refusal)
{
    m_message->setText(sentence);
    m_message->setStyleSheet(refusal ? u"color: #b00020;"_s : QString());
}

void RoutingTablePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RoutingTablePanel::retranslate()
{
    m_rules->setHorizontalHeaderLabels({tr("Service"), tr("Kecamatan (empty: all)"), tr("OPD or agency")});
    m_results->setHorizontalHeaderLabels(
        {tr("Tracking id"), tr("Title"), tr("Went to"), tr("Draft would pick"), tr("Changed")});
    m_add->setText(tr("Add rule"));
    m_remove->setText(tr("Remove rule"));
    m_reload->setText(tr("Reload"));
    m_weekLabel->setText(tr("Dry run over the week of"));
    m_run->setText(tr("Dry run"));
    m_reason->setPlaceholderText(tr("Why this version (required)"));
    m_publish->setText(tr("Publish"));
    m_rules->setAccessibleName(tr("Routing table draft"));
    m_add->setAccessibleName(m_add->text());
    m_remove->setAccessibleName(m_remove->text());
    m_reload->setAccessibleName(tr("Reload the version in force"));
    m_week->setAccessibleName(m_weekLabel->text());
    m_run->setAccessibleName(m_run->text());
    m_reason->setAccessibleName(m_reason->placeholderText());
    m_publish->setAccessibleName(tr("Publish the draft as the next version"));
    m_results->setAccessibleName(tr("Dry run: how the week's complaints would have been routed"));
    if (auto *tabs = qobject_cast<QTabWidget *>(parentWidget() ? parentWidget()->parentWidget() : nullptr))
        tabs->setTabText(tabs->indexOf(this), tr("Routing table"));
}

} // namespace rabeg
