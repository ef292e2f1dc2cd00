#include "CategoryTreePanel.h"

#include "AuditText.h"
#include "ReferenceAdminClient.h"
#include "routing/CachedReference.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

const QString kCategories = u"/api/v1/admin/categories"_s;
const QString kServices = u"/api/v1/admin/services"_s;

enum Column { NameColumn, CodeColumn, RouteColumn, StatusColumn };
constexpr int kServiceRole = Qt::UserRole; // on the name column: true for a service
constexpr int kPlaceRole = Qt::UserRole + 1; // the parent category (a category) or the category (a service)

QString placeText(const Category &category)
{
    return u"%1 (%2)"_s.arg(category.name, category.id);
}

} // namespace

CategoryTreePanel::CategoryTreePanel(ReferenceAdminClient *client, LocalCache &cache, ReferenceData shipped,
                                     QWidget *parent)
    : QWidget(parent), m_client(client), m_cache(cache), m_shipped(std::move(shipped)), m_tree(new QTreeWidget(this)),
      m_kind(new QComboBox(this)), m_action(new QComboBox(this)), m_code(new QLineEdit(this)),
      m_name(new QLineEdit(this)), m_place(new QComboBox(this)), m_reason(new QLineEdit(this)),
      m_apply(new QPushButton(this)), m_formLabel(new QLabel(this)), m_hint(new QLabel(this)),
      m_message(new QLabel(this))
{
    setObjectName(u"categoryTreePanel"_s);
    m_tree->setObjectName(u"categoryTreeWidget"_s);
    m_tree->setColumnCount(4);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    // The route names are long (an OPD's full name): they take what is left, the names keep a readable width.
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    m_tree->setColumnWidth(NameColumn, 320);
    m_tree->header()->setSectionResizeMode(RouteColumn, QHeaderView::Stretch);
    for (int column : {CodeColumn, StatusColumn})
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_kind->setObjectName(u"categoryKindComboBox"_s);
    m_kind->addItems({QString(), QString()});
    m_action->setObjectName(u"categoryActionComboBox"_s);
    m_action->addItems({QString(), QString(), QString(), QString()});
    m_code->setObjectName(u"categoryCodeLineEdit"_s);
    m_name->setObjectName(u"categoryNameLineEdit"_s);
    m_place->setObjectName(u"categoryPlaceComboBox"_s);
    m_reason->setObjectName(u"categoryReasonLineEdit"_s);
    m_apply->setObjectName(u"categoryApplyPushButton"_s);
    m_formLabel->setObjectName(u"categoryFormLabel"_s);
    m_hint->setObjectName(u"categoryHintLabel"_s);
    m_hint->setWordWrap(true);
    m_message->setObjectName(u"categoryMessageLabel"_s);
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(m_formLabel);
    for (QWidget *field : std::initializer_list<QWidget *> {m_kind, m_action, m_code, m_name, m_place, m_reason}) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_fieldLabels.append(label);
        form->addRow(label, field);
    }
    form->addRow(QString(), m_apply);
    form->addRow(m_hint);
    auto *formBox = new QWidget(this);
    formBox->setLayout(form);
    formBox->setMaximumWidth(460);
    auto *row = new QHBoxLayout;
    row->addWidget(m_tree, 1);
    row->addWidget(formBox, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_message);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) { pick(current); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        fillPlaces();
        enableFields();
    });
    connect(m_action, &QComboBox::currentIndexChanged, this, &CategoryTreePanel::enableFields);
    connect(m_apply, &QPushButton::clicked, this, &CategoryTreePanel::apply);
    connect(m_reason, &QLineEdit::returnPressed, this, &CategoryTreePanel::apply);
    connect(m_client, &ReferenceAdminClient::accepted, this, [this](const QString &path, const QJsonObject &event) {
        if (path != kCategories && path != kServices)
            return;
        const QString type = event.value(u"type"_s).toString();
        const QJsonObject payload = event.value(u"payload"_s).toObject();
        m_reason->clear();
        m_apply->setEnabled(true);
        say(tr("Done: %1 (%2). Every workstation shows it after its next sync.")
                .arg(auditKindText(type), auditSummary(type, payload)),
            false);
    });
    connect(m_client, &ReferenceAdminClient::refused, this, [this](const QString &path, const QString &sentence) {
        if (path != kCategories && path != kServices)
            return;
        m_apply->setEnabled(true);
        say(sentence, true);
    });
    retranslate();
    refresh();
    enableFields();
}

void CategoryTreePanel::refresh()
{
    const auto versions = cachedReferenceVersions(m_cache, m_shipped);
    if (!versions.ok()) {
        say(tr("The category tree in this workstation's cache cannot be read: %1").arg(versions.error().message),
            true);
        return;
    }
    const ReferenceData &reference = versions->reference();
    const RoutingTable &routing = versions->routing();
    m_categories = reference.categories;

    // What was open stays open; the first time, everything is.
    const bool first = m_tree->topLevelItemCount() == 0;
    QSet<QString> open;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->isExpanded())
            open.insert((*it)->text(CodeColumn));
    }
    const QTreeWidgetItem *was = m_tree->currentItem();
    const QString current = was ? was->text(CodeColumn) : QString();
    const bool currentService = was && was->data(NameColumn, kServiceRole).toBool();

    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    const QColor gone = palette().color(QPalette::Disabled, QPalette::Text);
    const auto fill = [&](QTreeWidgetItem *item, const QString &name, const QString &code, bool service,
                          const QString &place, bool active) {
        item->setText(NameColumn, name);
        item->setText(CodeColumn, code);
        item->setText(StatusColumn, active ? tr("active") : tr("deactivated"));
        item->setData(NameColumn, kServiceRole, service);
        item->setData(NameColumn, kPlaceRole, place);
        if (!active) {
            for (int column = 0; column < m_tree->columnCount(); ++column)
                item->setForeground(column, gone);
        }
    };
    QHash<QString, QTreeWidgetItem *> items;
    // Roots first (and a category whose parent is unknown), then the others under their parent.
    for (const bool roots : {true, false}) {
        for (const Category &category : reference.categories) {
            const bool root = category.parent.isEmpty() || !reference.hasCategory(category.parent);
            if (root != roots || items.contains(category.id))
                continue;
            QTreeWidgetItem *parent = items.value(category.parent);
            auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
            fill(item, category.name, category.id, false, category.parent, category.active);
            items.insert(category.id, item);
        }
    }
    for (const Service &service : reference.services) {
        QTreeWidgetItem *parent = items.value(service.category);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        fill(item, service.name, service.code, true, service.category, service.active);
        const auto rule = routing.find(service.code);
        QStringList byKecamatan;
        for (const RoutingRule &r : routing.rules()) {
            if (r.service != service.code || r.kecamatan.isEmpty())
                continue;
            const Kecamatan *kecamatan = reference.kecamatanByCode(r.kecamatan);
            byKecamatan.append(
                u"%1: %2"_s.arg(kecamatan ? kecamatan->name : r.kecamatan, reference.routeName(r.route)));
        }
        QString route = rule ? reference.routeName(rule->route) : tr("(no rule in the routing table)");
        if (!byKecamatan.isEmpty())
            route += u" "_s + tr("(+%n by kecamatan)", nullptr, int(byKecamatan.size()));
        item->setText(RouteColumn, route);
        item->setToolTip(RouteColumn, (rule ? rule->route + u"\n"_s : QString()) + byKecamatan.join(u'\n'));
    }
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const bool service = (*it)->data(NameColumn, kServiceRole).toBool();
        if (!service && (first || open.contains((*it)->text(CodeColumn))))
            (*it)->setExpanded(true);
        if (!current.isEmpty() && service == currentService && (*it)->text(CodeColumn) == current)
            m_tree->setCurrentItem(*it);
    }
    fillPlaces();
}

QTreeWidgetItem *CategoryTreePanel::itemOf(const QString &code, bool service) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->text(CodeColumn) == code && (*it)->data(NameColumn, kServiceRole).toBool() == service)
            return *it;
    }
    return nullptr;
}

void CategoryTreePanel::fillPlaces()
{
    // A category goes under an active root (or is a root); a service under any active category.
    const QString was = m_place->currentData().toString();
    const QSignalBlocker blocker(m_place);
    m_place->clear();
    if (!service())
        m_place->addItem(tr("(none: a root category)"), QString());
    for (const Category &root : std::as_const(m_categories)) {
        if (!root.active || !root.parent.isEmpty())
            continue;
        m_place->addItem(placeText(root), root.id);
        if (!service())
            continue;
        for (const Category &child : std::as_const(m_categories)) {
            if (child.active && child.parent == root.id)
                m_place->addItem(u"    "_s + placeText(child), child.id);
        }
    }
    m_place->setCurrentIndex(m_place->findData(was));
}

bool CategoryTreePanel::service() const
{
    return m_kind->currentIndex() == 1;
}

void CategoryTreePanel::enableFields()
{
    const auto action = Action(m_action->currentIndex());
    m_name->setEnabled(action == Action::Add || action == Action::Rename);
    m_place->setEnabled(action == Action::Add || action == Action::Move);
}

void CategoryTreePanel::pick(QTreeWidgetItem *item)
{
    if (!item)
        return;
    m_kind->setCurrentIndex(item->data(NameColumn, kServiceRole).toBool() ? 1 : 0);
    m_code->setText(item->text(CodeColumn));
    m_name->setText(item->text(NameColumn));
    m_place->setCurrentIndex(m_place->findData(item->data(NameColumn, kPlaceRole).toString()));
    if (m_action->currentIndex() == int(Action::Add))
        m_action->setCurrentIndex(int(Action::Rename));
}

void CategoryTreePanel::prepare(Action action, bool service, const QString &code, const QString &name,
                                const QString &place, const QString &reason)
{
    m_kind->setCurrentIndex(service ? 1 : 0);
    m_action->setCurrentIndex(int(action));
    m_code->setText(code);
    m_name->setText(name);
    m_place->setCurrentIndex(m_place->findData(place));
    m_reason->setText(reason);
}

void CategoryTreePanel::apply()
{
    if (!m_apply->isEnabled())
        return; // the hub has not answered the last change yet
    static const QStringList actions {u"add"_s, u"rename"_s, u"move"_s, u"deactivate"_s};
    const auto action = Action(m_action->currentIndex());
    const QString key = service() ? u"code"_s : u"id"_s;
    QJsonObject body {{u"action"_s, actions.value(m_action->currentIndex())},
                      {key, m_code->text().trimmed()},
                      {u"reason"_s, m_reason->text().trimmed()}};
    if (action == Action::Add || action == Action::Rename)
        body.insert(u"name"_s, m_name->text().trimmed());
    if (action == Action::Add || action == Action::Move)
        body.insert(service() ? u"category"_s : u"parent"_s, m_place->currentData().toString());
    m_apply->setEnabled(false);
    say(tr("Sending..."), false);
    m_client->post(service() ? kServices : kCategories, body);
}

QString CategoryTreePanel::message() const
{
    return m_message->text();
}

void CategoryTreePanel::say(const QString &sentence, bool refusal)
{
    m_message->setText(sentence);
    m_message->setStyleSheet(refusal ? u"color: #b00020;"_s : QString());
}

void CategoryTreePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void CategoryTreePanel::retranslate()
{
    m_tree->setHeaderLabels({tr("Category or service"), tr("Code"), tr("Default route"), tr("Status")});
    m_kind->setItemText(0, tr("Category"));
    m_kind->setItemText(1, tr("Service"));
    m_action->setItemText(int(Action::Add), tr("Add"));
    m_action->setItemText(int(Action::Rename), tr("Rename"));
    m_action->setItemText(int(Action::Move), tr("Move"));
    m_action->setItemText(int(Action::Deactivate), tr("Deactivate (kept for its complaints)"));
    m_formLabel->setText(tr("Change a category or a service"));
    const QStringList labels {tr("Kind"), tr("Change"), tr("Code"), tr("Name"), tr("Under"), tr("Reason")};
    for (qsizetype i = 0; i < m_fieldLabels.size(); ++i)
        m_fieldLabels.at(i)->setText(labels.value(i));
    m_code->setPlaceholderText(tr("e.g. pju-taman"));
    m_reason->setPlaceholderText(tr("Why (required)"));
    m_apply->setText(tr("Send to the hub"));
    m_hint->setText(tr("A new category goes under a root category or is a root; a service goes under any category. "
                       "A service's route is changed in the Routing table tab. Nothing is deleted: a deactivated "
                       "category or service stays for the complaints that name it."));
    m_tree->setAccessibleName(tr("Categories and services"));
    QList<QWidget *> fields {m_kind, m_action, m_code, m_name, m_place, m_reason};
    for (qsizetype i = 0; i < fields.size(); ++i)
        fields.at(i)->setAccessibleName(labels.value(i));
    m_apply->setAccessibleName(m_apply->text());
    fillPlaces();
    if (auto *tabs = qobject_cast<QTabWidget *>(parentWidget() ? parentWidget()->parentWidget() : nullptr))
        tabs->setTabText(tabs->indexOf(this), tr("Categories and services"));
}

} // namespace rabeg
