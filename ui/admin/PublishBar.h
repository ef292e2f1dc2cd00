#pragma once

#include "AdminHubClient.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace rabeg {

// The foot of an administration editor that publishes versions: the reason for the next version, Reload and
// Publish, and the line that says what happened (the hub's refusal in red, as its sentence). It listens to the
// hub client for its own route only. Object names are the editor's prefix + "WhyLineEdit", "ReloadPushButton",
// "PublishPushButton", "MessageLabel", so tests and accessibility find them per editor.
class PublishBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishBar)

public:
    PublishBar(AdminHubClient *client, AdminHubClient::Route route, const QString &objectPrefix,
               QWidget *parent = nullptr);

    // The reason typed for the next version, trimmed.
    QString why() const;
    void say(const QString &sentence, bool refusal);
    QString message() const;

    struct Texts
    {
        QString whyPlaceholder;
        QString reloadName;  // accessible name of Reload
        QString publishName; // accessible name of Publish
        QString messageName; // accessible name of the message line
    };
    // The editor's own sentences, set again on each language change by the editor.
    void setTexts(const Texts &texts);

signals:
    // Publish clicked or Enter in the reason: the editor gathers its rows and calls AdminHubClient::publish.
    void publishRequested();
    // The hub accepted the version (the reason is cleared and the version in force reloaded).
    void published(int version);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    AdminHubClient *m_client;
    AdminHubClient::Route m_route;
    QLineEdit *m_why;
    QPushButton *m_reload;
    QPushButton *m_publish;
    QLabel *m_message;
};

} // namespace rabeg
