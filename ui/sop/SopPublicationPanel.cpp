#include "SopPublicationPanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rabeg {

SopPublicationPanel::SopPublicationPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"sopPublicationPanel"_s);
    m_reasonLabel = new QLabel(this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"sopReasonEdit"_s);
    m_reason->setMaxLength(500);
    m_reasonLabel->setBuddy(m_reason);
    m_listLabel = new QLabel(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(u"sopPublicationsList"_s);
    m_list->setMaximumHeight(96);
    m_listLabel->setBuddy(m_list);
    m_dropButton = new QPushButton(this);
    m_dropButton->setObjectName(u"sopDropPublicationButton"_s);
    m_draftButton = new QPushButton(this);
    m_draftButton->setObjectName(u"sopOpenDraftButton"_s);

    auto *reasonRow = new QHBoxLayout;
    reasonRow->addWidget(m_reasonLabel);
    reasonRow->addWidget(m_reason, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_draftButton);
    buttons->addWidget(m_dropButton);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(reasonRow);
    layout->addWidget(m_listLabel);
    layout->addWidget(m_list);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &SopPublicationPanel::updateButtons);
    connect(m_dropButton, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0 && row < m_rows.size() && m_rows.at(row).kind == Row::Kind::Refused)
            emit dropRequested(m_rows.at(row).key);
    });
    connect(m_draftButton, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0 && row < m_rows.size() && m_rows.at(row).kind == Row::Kind::Draft)
            emit draftChosen(m_rows.at(row).key);
    });
    retranslate();
    setRows({});
}

QString SopPublicationPanel::reason() const
{
    return m_reason->text().trimmed();
}

void SopPublicationPanel::clearReason()
{
    m_reason->clear();
}

void SopPublicationPanel::setRows(const QList<Row> &rows)
{
    m_rows = rows;
    m_list->clear();
    for (const Row &row : rows) {
        auto *item = new QListWidgetItem(row.text, m_list);
        if (row.kind == Row::Kind::Refused)
            item->setForeground(QColor(0xb7, 0x1c, 0x1c));
    }
    m_listLabel->setVisible(!rows.isEmpty());
    m_list->setVisible(!rows.isEmpty());
    updateButtons();
}

void SopPublicationPanel::updateButtons()
{
    const int row = m_list->currentRow();
    const auto kindAt = [&](Row::Kind kind) { return row >= 0 && row < m_rows.size() && m_rows.at(row).kind == kind; };
    const auto any = [&](Row::Kind kind) {
        return std::any_of(m_rows.begin(), m_rows.end(), [kind](const Row &r) { return r.kind == kind; });
    };
    m_dropButton->setVisible(any(Row::Kind::Refused));
    m_dropButton->setEnabled(kindAt(Row::Kind::Refused));
    m_draftButton->setVisible(any(Row::Kind::Draft));
    m_draftButton->setEnabled(kindAt(Row::Kind::Draft));
}

void SopPublicationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SopPublicationPanel::retranslate()
{
    m_reasonLabel->setText(tr("&Why this version:"));
    m_reason->setPlaceholderText(tr("e.g. Perbup 12/2026 adds a field check"));
    m_reason->setAccessibleName(tr("Why this version is published"));
    m_listLabel->setText(tr("Publications and drafts:"));
    m_list->setAccessibleName(tr("Publications and drafts"));
    m_dropButton->setText(tr("Drop the refused publication"));
    m_draftButton->setText(tr("Open the draft to publish it"));
}

} // namespace rabeg
