#pragma once

#include "AdminHubClient.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace rabeg {

class PublishBar;

// The working-day calendar as the hub holds it: national holidays and cuti bersama each with its decree, days off
// added at short notice, the Saturdays a front-line OPD opens, and days marked provisional (a year whose decree is
// not out yet is listed as provisional). Days are added and removed here and published as the next version with a
// reason; what the hub refuses is shown as its sentence, which names the row.
class CalendarEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarEditor)

public:
    explicit CalendarEditor(AdminHubClient *client, QWidget *parent = nullptr);

    void reload();
    void publish();
    // A new row at the top with today's form filled in: the date is typed, the kind chosen.
    void addDay();
    void removeDay();
    int loadedVersion() const { return m_version; }
    QString message() const;
    QTableWidget *table() const { return m_table; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void show(const QJsonObject &current);
    void setRow(int row, const QJsonObject &day);
    void retranslate();
    void say(const QString &sentence, bool refusal);

    AdminHubClient *m_client;
    QLabel *m_versionLabel;
    QLabel *m_provisionalLabel;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    PublishBar *m_bar;
    QJsonObject m_current;
    int m_version = -1;
};

} // namespace rabeg
