#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace rabeg {

class UserAdminClient;

// The Audit of administration tab (docs/admin.md, "Audit of administration"): every change of reference data and
// accounts the hub's reference stream holds - SLA policy, calendar, SOP templates, OPDs and routing, accounts,
// and types added later - newest first, with who, when (WIB), what and why; filtered by kind, by person, by a
// range of days and by text; the rows shown exported to CSV.
class AdminAuditPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdminAuditPanel)

public:
    explicit AdminAuditPanel(UserAdminClient *client, QWidget *parent = nullptr);

    void reload();
    QTableWidget *table() const { return m_table; }
    QComboBox *kindFilter() const { return m_kind; }
    QComboBox *personFilter() const { return m_person; }
    QDateEdit *fromFilter() const { return m_from; }
    QDateEdit *toFilter() const { return m_to; }
    QLineEdit *textFilter() const { return m_text; }
    QString message() const;
    // The rows shown, as CSV (UTF-8, a header row, every field quoted) into `path`.
    Status exportCsv(const QString &path) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QDateTime at;
        QString user;
        QString type;
        QString kind;
        QString summary;
        QString reason;
    };

    void showEvents(const QJsonArray &events);
    void fillFilters();
    void applyFilters();
    void exportAsked();
    void retranslate();

    UserAdminClient *m_client;
    QJsonArray m_events;
    QList<Row> m_rows;
    QComboBox *m_kind;
    QComboBox *m_person;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_text;
    QLabel *m_filtersLabel;
    QTableWidget *m_table;
    QPushButton *m_export;
    QPushButton *m_reload;
    QLabel *m_message;
};

} // namespace rabeg
