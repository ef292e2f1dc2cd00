#include "PublishBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rabeg {

PublishBar::PublishBar(AdminHubClient *client, AdminHubClient::Route route, const QString &objectPrefix,
                       QWidget *parent)
    : QWidget(parent), m_client(client), m_route(route), m_why(new QLineEdit(this)), m_reload(new QPushButton(this)),
      m_publish(new QPushButton(this)), m_message(new QLabel(this))
{
    setObjectName(objectPrefix + u"PublishBar"_s);
    m_why->setObjectName(objectPrefix + u"WhyLineEdit"_s);
    m_why->setMaxLength(500);
    m_reload->setObjectName(objectPrefix + u"ReloadPushButton"_s);
    m_publish->setObjectName(objectPrefix + u"PublishPushButton"_s);
    m_message->setObjectName(objectPrefix + u"MessageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_why, 1);
    buttons->addWidget(m_reload);
    buttons->addWidget(m_publish);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_reload, &QPushButton::clicked, this, [this] { m_client->load(m_route); });
    connect(m_publish, &QPushButton::clicked, this, &PublishBar::publishRequested);
    connect(m_why, &QLineEdit::returnPressed, this, &PublishBar::publishRequested);
    connect(m_client, &AdminHubClient::published, this, [this](AdminHubClient::Route answered, int version) {
        if (answered != m_route)
            return;
        m_why->clear();
        emit published(version);
        m_client->load(m_route);
    });
    connect(m_client, &AdminHubClient::refused, this, [this](AdminHubClient::Route answered, const QString &sentence) {
        if (answered == m_route)
            say(sentence, true);
    });
    retranslate();
}

QString PublishBar::why() const { return m_why->text().trimmed(); }

QString PublishBar::message() const { return m_message->text(); }

void PublishBar::say(const QString &sentence, bool refusal)
{
    m_message->setText(sentence);
    m_message->setStyleSheet(refusal ? u"color: #b00020;"_s : QString());
    m_message->setAccessibleDescription(sentence);
}

void PublishBar::setTexts(const Texts &texts)
{
    m_why->setPlaceholderText(texts.whyPlaceholder);
    m_reload->setAccessibleName(texts.reloadName);
    m_publish->setAccessibleName(texts.publishName);
    m_message->setAccessibleName(texts.messageName);
}

void PublishBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PublishBar::retranslate()
{
    m_why->setAccessibleName(tr("Why this version is published"));
    m_reload->setText(tr("&Reload"));
    m_publish->setText(tr("&Publish version"));
}

} // namespace rabeg
