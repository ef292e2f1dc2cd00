#include "OpdPanel.h"

#include "ReferenceAdminClient.h"
#include "routing/CachedReference.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

const QString kOpds = u"/api/v1/admin/opds"_s;
const QString kAgencies = u"/api/v1/admin/agencies"_s;

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

OpdPanel::OpdPanel(ReferenceAdminClient *client, LocalCache &cache, ReferenceData shipped, QWidget *parent)
    : QWidget(parent), m_client(client), m_cache(cache), m_shipped(std::move(shipped)),
      m_table(new QTableWidget(0, 4, this)), m_kind(new QComboBox(this)), m_action(new QComboBox(this)),
      m_code(new QLineEdit(this)), m_name(new QLineEdit(this)), m_reason(new QLineEdit(this)),
      m_apply(new QPushButton(this)), m_formLabel(new QLabel(this)), m_message(new QLabel(this))
{
    setObjectName(u"opdPanel"_s);
    m_table->setObjectName(u"opdTableWidget"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_kind->setObjectName(u"opdKindComboBox"_s);
    m_kind->addItems({QString(), QString()});
    m_action->setObjectName(u"opdActionComboBox"_s);
    m_action->addItems({QString(), QString(), QString()});
    m_code->setObjectName(u"opdCodeLineEdit"_s);
    m_name->setObjectName(u"opdNameLineEdit"_s);
    m_reason->setObjectName(u"opdReasonLineEdit"_s);
    m_apply->setObjectName(u"opdApplyPushButton"_s);
    m_formLabel->setObjectName(u"opdFormLabel"_s);
    m_message->setObjectName(u"opdMessageLabel"_s);
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(m_formLabel);
    for (QWidget *field : std::initializer_list<QWidget *> {m_kind, m_action, m_code, m_name, m_reason}) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_fieldLabels.append(label);
        form->addRow(label, field);
    }
    form->addRow(QString(), m_apply);
    auto *formBox = new QWidget(this);
    formBox->setLayout(form);
    formBox->setMaximumWidth(460);
    auto *row = new QHBoxLayout;
    row->addWidget(m_table, 1);
    row->addWidget(formBox);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_message);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int current) { pick(current); });
    connect(m_action, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_name->setEnabled(index != int(Action::Deactivate)); });
    connect(m_apply, &QPushButton::clicked, this, &OpdPanel::apply);
    connect(m_reason, &QLineEdit::returnPressed, this, &OpdPanel::apply);
    connect(m_client, &ReferenceAdminClient::accepted, this, [this](const QString &path, const QJsonObject &event) {
        if (path != kOpds && path != kAgencies)
            return;
        const QJsonObject payload = event.value(u"payload"_s).toObject();
        m_reason->clear();
        say(tr("Done: %1 %2. Every workstation shows it after its next sync.")
                .arg(payload.value(u"code"_s).toString(), payload.value(u"name"_s).toString()),
            false);
    });
    connect(m_client, &ReferenceAdminClient::refused, this, [this](const QString &path, const QString &sentence) {
        if (path == kOpds || path == kAgencies)
            say(sentence, true);
    });
    retranslate();
    refresh();
}

void OpdPanel::refresh()
{
    const auto versions = cachedReferenceVersions(m_cache, m_shipped);
    if (!versions.ok()) {
        say(tr("The OPDs in this workstation's cache cannot be read: %1").arg(versions.error().message), true);
        return;
    }
    const ReferenceData &reference = versions->reference();
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(reference.opds.size() + reference.agencies.size()));
    int row = 0;
    const auto put = [&](const QString &kind, const QString &code, const QString &name, bool active) {
        m_table->setItem(row, 0, cell(kind));
        m_table->setItem(row, 1, cell(code));
        m_table->setItem(row, 2, cell(name));
        m_table->setItem(row, 3, cell(active ? tr("active") : tr("deactivated")));
        ++row;
    };
    for (const Opd &opd : reference.opds)
        put(tr("OPD"), opd.code, opd.name, opd.active);
    for (const Agency &agency : reference.agencies)
        put(tr("External agency"), agency.code, agency.name, agency.active);
}

void OpdPanel::pick(int row)
{
    if (row < 0 || !m_table->item(row, 1))
        return;
    m_kind->setCurrentIndex(row < m_table->rowCount() && m_table->item(row, 0)->text() == tr("OPD") ? 0 : 1);
    m_code->setText(m_table->item(row, 1)->text());
    m_name->setText(m_table->item(row, 2)->text());
    if (m_action->currentIndex() == int(Action::Add))
        m_action->setCurrentIndex(int(Action::Rename));
}

void OpdPanel::prepare(Action action, bool agency, const QString &code, const QString &name, const QString &reason)
{
    m_kind->setCurrentIndex(agency ? 1 : 0);
    m_action->setCurrentIndex(int(action));
    m_code->setText(code);
    m_name->setText(name);
    m_reason->setText(reason);
}

void OpdPanel::apply()
{
    static const QStringList actions {u"add"_s, u"rename"_s, u"deactivate"_s};
    QJsonObject body {{u"action"_s, actions.value(m_action->currentIndex())},
                      {u"code"_s, m_code->text().trimmed()},
                      {u"reason"_s, m_reason->text().trimmed()}};
    if (m_action->currentIndex() != int(Action::Deactivate))
        body.insert(u"name"_s, m_name->text().trimmed());
    say(tr("Sending..."), false);
    m_client->post(m_kind->currentIndex() == 1 ? kAgencies : kOpds, body);
}

QString OpdPanel::message() const
{
    return m_message->text();
}

void OpdPanel::say(const QString &sentence, bool refusal)
{
    m_message->setText(sentence);
    m_message->setStyleSheet(refusal ? u"color: #b00020;"_s : QString());
}

void OpdPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void OpdPanel::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Code"), tr("Name"), tr("Status")});
    m_kind->setItemText(0, tr("OPD"));
    m_kind->setItemText(1, tr("External agency"));
    m_action->setItemText(int(Action::Add), tr("Add"));
    m_action->setItemText(int(Action::Rename), tr("Rename"));
    m_action->setItemText(int(Action::Deactivate), tr("Deactivate (kept for its complaints)"));
    m_formLabel->setText(tr("Change an OPD or an external agency"));
    const QStringList labels {tr("Kind"), tr("Change"), tr("Code"), tr("Name"), tr("Reason")};
    for (qsizetype i = 0; i < m_fieldLabels.size(); ++i)
        m_fieldLabels.at(i)->setText(labels.value(i));
    m_code->setPlaceholderText(tr("e.g. DISPORA"));
    m_reason->setPlaceholderText(tr("Why (required)"));
    m_apply->setText(tr("Send to the hub"));
    m_table->setAccessibleName(tr("OPDs and external agencies"));
    m_kind->setAccessibleName(labels.value(0));
    m_action->setAccessibleName(labels.value(1));
    m_code->setAccessibleName(labels.value(2));
    m_name->setAccessibleName(labels.value(3));
    m_reason->setAccessibleName(labels.value(4));
    m_apply->setAccessibleName(m_apply->text());
    if (auto *tabs = qobject_cast<QTabWidget *>(parentWidget() ? parentWidget()->parentWidget() : nullptr))
        tabs->setTabText(tabs->indexOf(this), tr("OPDs and agencies"));
}

} // namespace rabeg
