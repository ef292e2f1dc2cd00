#include "ConflictPanel.h"

#include "EventText.h"
#include "Labels.h"
#include "codec/DomainCodec.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rabeg {

ConflictPanel::ConflictPanel(const ReferenceData &reference, QWidget *parent) : QFrame(parent), m_reference(reference)
{
    setObjectName(QStringLiteral("conflictPanel"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#conflictPanel { background: #fdecea; border: 1px solid #e0a39e; }"));
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("conflictTitleLabel"));
    m_titleLabel->setWordWrap(true);
    m_versionsTable = new QTableWidget(0, 2, this);
    m_versionsTable->setObjectName(QStringLiteral("conflictVersionsTable"));
    m_versionsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_versionsTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_versionsTable->setFocusPolicy(Qt::NoFocus);
    m_versionsTable->setWordWrap(true);
    m_versionsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_versionsTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_retryButton = new QPushButton(this);
    m_retryButton->setObjectName(QStringLiteral("retryConflictButton"));
    m_discardButton = new QPushButton(this);
    m_discardButton->setObjectName(QStringLiteral("discardConflictButton"));
    connect(m_retryButton, &QPushButton::clicked, this, [this] { emit retryRequested(m_commandId); });
    connect(m_discardButton, &QPushButton::clicked, this, [this] { emit discardRequested(m_commandId); });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_retryButton);
    buttons->addWidget(m_discardButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_versionsTable);
    layout->addLayout(buttons);
    clear();
}

void ConflictPanel::show(const ProjectedComplaint &complaint, const QList<Event> &history)
{
    m_complaint = complaint;
    m_history = history;
    render();
}

void ConflictPanel::clear()
{
    m_complaint.reset();
    m_commandId.clear();
    setVisible(false);
}

void ConflictPanel::render()
{
    const PendingStep *stopped = nullptr;
    if (m_complaint) {
        for (const PendingStep &step : m_complaint->steps) {
            if (step.status == PendingStep::Status::Conflict || step.status == PendingStep::Status::Refused) {
                stopped = &step;
                break;
            }
        }
    }
    if (!stopped) {
        m_commandId.clear();
        setVisible(false);
        return;
    }
    m_commandId = stopped->command.commandId.toString(QUuid::WithoutBraces);
    const bool conflict = stopped->status == PendingStep::Status::Conflict;
    const QString asked = EventText::ofCommand(stopped->command, &m_reference);
    m_titleLabel->setText(u"<b>"_s
                          + (conflict ? tr("Conflict: someone changed this complaint before your command reached the hub.")
                                      : tr("The hub refused your command."))
                              .toHtmlEscaped()
                          + u"</b><br>"_s + stopped->errorMessage.toHtmlEscaped());

    // The hub's version: the state it answered with (a conflict carries it), else the cached one.
    Complaint hub = m_complaint->cached;
    if (!stopped->serverState.isEmpty()) {
        const auto decoded = decodeComplaint(QJsonDocument::fromJson(stopped->serverState.toUtf8()).object(),
                                             DecodeMode::Tolerant);
        if (decoded.ok() && decoded->version >= hub.version)
            hub = decoded.value();
    }
    QStringList meanwhile;
    for (const Event &event : std::as_const(m_history)) {
        if (event.version > stopped->command.baseVersion)
            meanwhile.append(tr("%1 by %2, %3").arg(EventText::of(event, &m_reference), event.actor.user, Labels::wib(event.at)));
    }
    const QString where = [&](const Complaint &c) {
        QString text = Labels::state(c.state);
        if (!c.opd.isEmpty() && c.state != ComplaintState::Received && c.state != ComplaintState::Verified)
            text += u" · "_s + m_reference.routeName(c.opd);
        if (!c.agency.isEmpty())
            text += u" · "_s + m_reference.routeName(c.agency);
        return text;
    }(hub);

    const QList<std::pair<QString, std::pair<QString, QString>>> rows = {
        {tr("Action"), {asked, meanwhile.isEmpty() ? tr("(no change found in the local history yet)") : meanwhile.join(u'\n')}},
        {tr("Version"), {tr("made over version %1").arg(stopped->command.baseVersion), tr("version %1").arg(hub.version)}},
        {tr("State"), {tr("as you saw it"), where}},
    };
    m_versionsTable->setHorizontalHeaderLabels({tr("Yours (this workstation)"), tr("The hub's (now)")});
    m_versionsTable->setRowCount(int(rows.size()));
    QStringList labels;
    for (int r = 0; r < rows.size(); ++r) {
        labels.append(rows.at(r).first);
        m_versionsTable->setItem(r, 0, new QTableWidgetItem(rows.at(r).second.first));
        m_versionsTable->setItem(r, 1, new QTableWidgetItem(rows.at(r).second.second));
    }
    m_versionsTable->setVerticalHeaderLabels(labels);
    m_versionsTable->resizeRowsToContents();
    int height = m_versionsTable->horizontalHeader()->height() + 4;
    for (int r = 0; r < m_versionsTable->rowCount(); ++r)
        height += m_versionsTable->rowHeight(r);
    m_versionsTable->setFixedHeight(height);
    m_retryButton->setText(tr("&Send again over the hub's version"));
    m_retryButton->setToolTip(tr("Your command goes to the hub again, now based on the version shown on the right."));
    m_discardButton->setText(tr("&Discard my command"));
    setVisible(true);
}

void ConflictPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_complaint)
        render();
    QFrame::changeEvent(event);
}

} // namespace rabeg
