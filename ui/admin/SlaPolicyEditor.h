#pragma once

#include "AdminHubClient.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace rabeg {

class PublishBar;

// The SLA policy as the hub holds it, one row per clock (start and stop events, duration, unit, pausing states,
// warning threshold, breach action), edited in place and published as the next version with a reason. Event and
// state codes are the lifecycle's, separated by ';'. What the hub refuses is shown as its sentence.
class SlaPolicyEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlaPolicyEditor)

public:
    explicit SlaPolicyEditor(AdminHubClient *client, QWidget *parent = nullptr);

    void reload();
    void publish();
    int loadedVersion() const { return m_version; }
    QString message() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void show(const QJsonObject &current);
    void retranslate();
    void say(const QString &sentence, bool refusal);

    AdminHubClient *m_client;
    QLabel *m_versionLabel;
    QTableWidget *m_table;
    PublishBar *m_bar;
    QJsonObject m_current;
    int m_version = -1;
};

} // namespace rabeg
