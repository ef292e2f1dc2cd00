#include "AdminAuditPanel.h"

#include "AdminText.h"
#include "AuditText.h"
#include "UserAdminClient.h"
#include "codec/WireTime.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

const QDate kAnyDay(2000, 1, 1); // a date edit at its minimum means "no limit"

QDate wibDate(const QDateTime &at)
{
    return at.toUTC().addSecs(7 * 3600).date();
}

// One CSV field, quoted; a leading = + - @ is made inert so that a spreadsheet does not run it as a formula.
QString csvField(const QString &text)
{
    QString field = text;
    if (!field.isEmpty() && u"=+-@"_s.contains(field.at(0)))
        field.prepend(u'\'');
    return u'"' + field.replace(u"\""_s, u"\"\""_s) + u'"';
}

} // namespace

AdminAuditPanel::AdminAuditPanel(UserAdminClient *client, QWidget *parent)
    : QWidget(parent), m_client(client), m_kind(new QComboBox(this)), m_person(new QComboBox(this)),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_text(new QLineEdit(this)),
      m_filtersLabel(new QLabel(this)), m_table(new QTableWidget(this)), m_export(new QPushButton(this)),
      m_reload(new QPushButton(this)), m_message(new QLabel(this))
{
    setObjectName(u"adminAuditPanel"_s);
    m_kind->setObjectName(u"auditKindComboBox"_s);
    m_person->setObjectName(u"auditPersonComboBox"_s);
    m_from->setObjectName(u"auditFromDateEdit"_s);
    m_to->setObjectName(u"auditToDateEdit"_s);
    m_text->setObjectName(u"auditTextLineEdit"_s);
    m_table->setObjectName(u"auditTableWidget"_s);
    m_export->setObjectName(u"auditExportPushButton"_s);
    m_reload->setObjectName(u"auditReloadPushButton"_s);
    m_message->setObjectName(u"auditMessageLabel"_s);
    m_message->setWordWrap(true);
    m_filtersLabel->setBuddy(m_kind);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"dd-MM-yyyy"_s);
        edit->setMinimumDate(kAnyDay);
        edit->setDate(kAnyDay);
    }
    m_table->setColumnCount(5);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filtersLabel);
    for (QWidget *w : std::initializer_list<QWidget *> {m_kind, m_person, m_from, m_to})
        filters->addWidget(w);
    filters->addWidget(m_text, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_export);
    buttons->addWidget(m_reload);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_client, &UserAdminClient::auditLoaded, this, &AdminAuditPanel::showEvents);
    connect(m_client, &UserAdminClient::auditFailed, m_message, &QLabel::setText);
    connect(m_client, &UserAdminClient::changed, this, &AdminAuditPanel::reload);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &AdminAuditPanel::applyFilters);
    connect(m_person, &QComboBox::currentIndexChanged, this, &AdminAuditPanel::applyFilters);
    connect(m_from, &QDateEdit::dateChanged, this, &AdminAuditPanel::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &AdminAuditPanel::applyFilters);
    connect(m_text, &QLineEdit::textChanged, this, &AdminAuditPanel::applyFilters);
    connect(m_export, &QPushButton::clicked, this, &AdminAuditPanel::exportAsked);
    connect(m_reload, &QPushButton::clicked, this, &AdminAuditPanel::reload);
    retranslate();
}

void AdminAuditPanel::reload()
{
    m_client->loadAudit();
}

QString AdminAuditPanel::message() const
{
    return m_message->text();
}

void AdminAuditPanel::showEvents(const QJsonArray &events)
{
    m_events = events;
    m_rows.clear();
    // Newest first.
    for (qsizetype i = events.size() - 1; i >= 0; --i) {
        const QJsonObject event = events.at(i).toObject();
        const QString type = event.value(u"type"_s).toString();
        const QJsonObject payload = event.value(u"payload"_s).toObject();
        m_rows.append({parseWireTime(event.value(u"at"_s).toString()), event.value(u"user"_s).toString(), type,
                       auditKindText(type), auditSummary(type, payload), auditReason(payload)});
    }
    fillFilters();
    applyFilters();
}

void AdminAuditPanel::fillFilters()
{
    const QString kind = m_kind->currentData().toString();
    const QString person = m_person->currentData().toString();
    const QSignalBlocker kinds(m_kind);
    const QSignalBlocker persons(m_person);
    m_kind->clear();
    m_person->clear();
    m_kind->addItem(tr("Every kind"), QString());
    m_person->addItem(tr("Everyone"), QString());
    QStringList types;
    QStringList users;
    for (const Row &row : std::as_const(m_rows)) {
        if (!types.contains(row.type)) {
            types.append(row.type);
            m_kind->addItem(row.kind, row.type);
        }
        if (!users.contains(row.user))
            users.append(row.user);
    }
    users.sort();
    for (const QString &user : std::as_const(users))
        m_person->addItem(user, user);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
    m_person->setCurrentIndex(std::max(0, m_person->findData(person)));
}

void AdminAuditPanel::applyFilters()
{
    const QString kind = m_kind->currentData().toString();
    const QString person = m_person->currentData().toString();
    const QString text = m_text->text().trimmed();
    m_table->setRowCount(0);
    for (const Row &row : std::as_const(m_rows)) {
        const QDate day = wibDate(row.at);
        if ((!kind.isEmpty() && row.type != kind) || (!person.isEmpty() && row.user != person)
            || (m_from->date() != kAnyDay && day < m_from->date()) || (m_to->date() != kAnyDay && day > m_to->date()))
            continue;
        const QStringList cells {wibText(row.at), row.user, row.kind, row.summary, row.reason};
        if (!text.isEmpty()
            && std::none_of(cells.cbegin(), cells.cend(),
                            [&text](const QString &cell) { return cell.contains(text, Qt::CaseInsensitive); }))
            continue;
        const int at = m_table->rowCount();
        m_table->insertRow(at);
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_table->setItem(at, column, item);
        }
    }
    m_message->setText(tr("%1 of %2 changes shown.").arg(m_table->rowCount()).arg(m_rows.size()));
}

Status AdminAuditPanel::exportCsv(const QString &path) const
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < m_table->columnCount(); ++column)
        header.append(csvField(m_table->horizontalHeaderItem(column)->text()));
    lines.append(header.join(u','));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QStringList fields;
        for (int column = 0; column < m_table->columnCount(); ++column)
            fields.append(csvField(m_table->item(row, column)->text()));
        lines.append(fields.join(u','));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {u"export_failed"_s, tr("Cannot write %1: %2").arg(path, file.errorString())};
    file.write("\xEF\xBB\xBF"); // a byte order mark: spreadsheets then read the file as UTF-8
    file.write((lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8());
    if (!file.commit())
        return Error {u"export_failed"_s, tr("Cannot write %1: %2").arg(path, file.errorString())};
    return std::nullopt;
}

void AdminAuditPanel::exportAsked()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit of administration"),
                                                      u"audit-administrasi.csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status status = exportCsv(path))
        m_message->setText(status->message);
    else
        m_message->setText(tr("%1 changes exported to %2.").arg(m_table->rowCount()).arg(path));
}

void AdminAuditPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showEvents(m_events);
    }
    QWidget::changeEvent(event);
}

void AdminAuditPanel::retranslate()
{
    m_filtersLabel->setText(tr("&Filter:"));
    m_kind->setToolTip(tr("Kind of change"));
    m_person->setToolTip(tr("Who made the change"));
    m_from->setSpecialValueText(tr("from any day"));
    m_to->setSpecialValueText(tr("to any day"));
    m_from->setToolTip(tr("From this day (WIB)"));
    m_to->setToolTip(tr("To this day (WIB)"));
    m_text->setPlaceholderText(tr("Text in any column"));
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Change"), tr("Why")});
    m_table->setAccessibleName(tr("Audit of administration"));
    m_export->setText(tr("&Export CSV..."));
    m_reload->setText(tr("Re&load"));
    m_kind->setAccessibleName(m_kind->toolTip());
    m_person->setAccessibleName(m_person->toolTip());
    m_from->setAccessibleName(m_from->toolTip());
    m_to->setAccessibleName(m_to->toolTip());
    m_text->setAccessibleName(tr("Filter by text in any column"));
    m_export->setAccessibleName(tr("Export the changes shown to a CSV file"));
    m_reload->setAccessibleName(tr("Reload the audit of administration from the hub"));
}

} // namespace rabeg
