#include "ComplaintDetailView.h"

#include "ConflictPanel.h"
#include "DeadlineBars.h"
#include "EventText.h"
#include "HistoryTimeline.h"
#include "Labels.h"
#include "deadline/Deadlines.h"
#include "attachments/AttachmentPanel.h"
#include "identity/IdentityPanel.h"
#include "packet/EscalationPacketButton.h"
#include "sop/Checklists.h"
#include "sop/ComplaintChecklistPanel.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rabeg {
namespace {

QString esc(const QString &text) { return text.toHtmlEscaped(); }

QString row(const QString &label, const QString &value, const QString &style = {})
{
    return u"<tr><td style='color:#555;padding-right:12px;white-space:nowrap'>"_s + esc(label) + u"</td><td"_s
           + (style.isEmpty() ? QString() : u" style='"_s + style + u'\'') + u'>' + esc(value) + u"</td></tr>"_s;
}

// The OPD's latest response: the text the citizen reads (the reporter loop's end), under the complaint's text.
QString responseForReporter(const QList<Event> &history)
{
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (it->known && it->type == EventType::Responded)
            return u"<h4 style='margin-bottom:2px'>"_s + esc(ComplaintDetailView::tr("Response for the reporter"))
                   + u"</h4><p style='white-space:pre-wrap'>"_s + esc(it->payload.value(u"response"_s).toString())
                   + u"</p>"_s;
    }
    return {};
}

QLabel *heading(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

ComplaintDetailView::ComplaintDetailView(OperatorSession &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("complaintDetailView"));
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("detailMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setVisible(false);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("complaintDetailTextBrowser"));
    m_browser->setAccessibleName(tr("Complaint detail"));
    m_browser->setOpenLinks(false);
    m_deadlinesLabel = heading(this, "deadlinesHeadingLabel");
    m_deadlines = new DeadlineBars(this);
    m_packetButton = new EscalationPacketButton(session, this);
    m_conflict = new ConflictPanel(session.reference(), this);
    m_timeline = new HistoryTimeline(session.reference(), this);
    m_checklist = new ComplaintChecklistPanel(session, this);
    // The history and, for a complaint worked through an SOP, its checklist, as two tabs under the deadlines: as a
    // third band across the width the checklist left a 1366x768 laptop two rows of the list. A liaison, whose work
    // the checklist is, starts on it; the tab the user picks is kept from one complaint to the next.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_timeline, QString());
    m_tabs->addTab(m_checklist, QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (!m_arranging)
            m_preferChecklist = index == kChecklistTab;
    });
    m_identity = new IdentityPanel(session, parent ? parent : this, this); // its keys act in the whole screen
    m_attachments = new AttachmentPanel(session, this);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_deadlinesLabel);
    rightLayout->addWidget(m_deadlines);
    rightLayout->addWidget(m_packetButton, 0, Qt::AlignLeft);
    rightLayout->addWidget(m_conflict);
    rightLayout->addWidget(m_attachments);
    rightLayout->addWidget(m_tabs, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("detailSplitter"));
    // The reporter's identity under the text it belongs to, asked for on demand; it scrolls rather than squeeze
    // the text.
    auto *identityArea = new QScrollArea(this);
    identityArea->setObjectName(QStringLiteral("identityScrollArea"));
    identityArea->setFrameShape(QFrame::NoFrame);
    identityArea->setWidgetResizable(true);
    identityArea->setWidget(m_identity);
    identityArea->setFocusPolicy(Qt::NoFocus); // the panel's buttons and text take the focus themselves
    auto *left = new QSplitter(Qt::Vertical, this);
    left->setObjectName(QStringLiteral("detailIdentitySplitter"));
    left->setChildrenCollapsible(false);
    left->addWidget(m_browser);
    left->addWidget(identityArea);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);
    // The complaint's text first: the identity panel is a heading, a sentence and a button until it is asked for
    // (then it scrolls, and the operator can drag the handle).
    left->setSizes({450, 150});
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_messageLabel);
    layout->addWidget(splitter, 1);

    connect(m_conflict, &ConflictPanel::retryRequested, this, &ComplaintDetailView::retry);
    connect(m_conflict, &ConflictPanel::discardRequested, this, &ComplaintDetailView::discard);
    connect(m_checklist, &ComplaintChecklistPanel::feedback, this, &ComplaintDetailView::showMessage);
    connect(m_packetButton, &EscalationPacketButton::feedback, this, &ComplaintDetailView::showMessage);
    connect(&m_session, &OperatorSession::cacheRefreshed, this, &ComplaintDetailView::refresh);
    connect(&m_session, &OperatorSession::complaintChanged, this, [this](const QUuid &id) {
        if (id == m_id)
            refresh();
    });
    clear();
}

void ComplaintDetailView::showComplaint(const QUuid &id)
{
    if (id != m_id)
        m_messageLabel->setVisible(false);
    m_id = id;
    refresh();
}

void ComplaintDetailView::clear()
{
    m_id = QUuid();
    showNoComplaint(u"<p style='color:#777'>"_s + esc(tr("Select a complaint to read it here.")) + u"</p>"_s);
}

void ComplaintDetailView::showNoComplaint(const QString &html)
{
    // Nothing of the complaint shown before may stay: not its deadline bars, nor a button that acts on it.
    m_packetButton->showFor({}, {}, false);
    m_identity->showFor({}, {}, false);
    m_attachments->showFor({}, {});
    m_browser->setHtml(html);
    m_deadlines->setBars({}, m_session.hubNow());
    m_deadlinesLabel->setText(tr("Deadlines"));
    m_conflict->clear();
    m_checklist->clear();
    arrangeTabs();
    m_timeline->show({}, {});
}

void ComplaintDetailView::showChecklistTab()
{
    if (m_tabs->isTabVisible(kChecklistTab))
        m_tabs->setCurrentIndex(kChecklistTab);
}

bool ComplaintDetailView::checklistOffered() const { return m_tabs->isTabVisible(kChecklistTab); }

void ComplaintDetailView::arrangeTabs()
{
    const Checklist &checklist = m_checklist->checklist();
    const bool exists = checklist.exists();
    m_arranging = true;
    m_tabs->setTabText(kHistoryTab, tr("History"));
    int done = 0;
    for (const ChecklistStep &step : checklist.steps)
        done += step.done() ? 1 : 0;
    //: The tab of a complaint's SOP checklist: steps done of all ("SOP checklist (1/5)")
    m_tabs->setTabText(kChecklistTab, tr("SOP checklist (%1/%2)").arg(done).arg(checklist.steps.size()));
    // A stalled checklist says so on its tab, in the red of the stall line, when the history is in front.
    m_tabs->tabBar()->setTabTextColor(kChecklistTab, exists && checklist.stalled() ? QColor(0x8e, 0x1b, 0x10)
                                                                                     : palette().color(QPalette::WindowText));
    m_tabs->setTabVisible(kChecklistTab, exists);
    // Until the user picks a tab: a liaison's work is the checklist (the actor is known once signed in).
    const bool checklistFirst = m_preferChecklist.value_or(m_session.actor().role == Role::Liaison);
    m_tabs->setCurrentIndex(exists && checklistFirst ? kChecklistTab : kHistoryTab);
    m_arranging = false;
}

void ComplaintDetailView::refresh()
{
    if (m_id.isNull())
        return clear();
    QList<Event> events;
    const auto complaint = m_session.complaint(m_id, &events); // the state and its history as of one moment
    if (!complaint.ok() || !complaint.value()) {
        showNoComplaint(u"<p style='color:#b01c1c'>"_s
                        + esc(tr("This complaint is not in the local cache (any more). It may have left your "
                                 "scope, for example when it was returned or dispatched elsewhere."))
                        + u"</p>"_s);
        return;
    }
    const ProjectedComplaint &c = *complaint.value();
    const QDateTime now = m_session.hubNow();
    m_checklist->showChecklist(c, events, now);
    arrangeTabs();
    m_packetButton->showFor(m_id, c.shown.trackingId, c.cached.escalated);
    m_identity->showFor(m_id, c.shown.trackingId, c.shown.anonim);
    m_attachments->showFor(m_id, events);
    m_browser->setHtml(render(c, describeStall(m_checklist->checklist())) + responseForReporter(events));
    m_deadlinesLabel->setText(tr("Deadlines"));

    // Under the SLA clocks and calendar the cache adopted (published versions; Workspace::cacheChanged).
    const DeadlinePolicy &policy = m_session.cache().deadlinePolicy();
    QList<DeadlineBars::Bar> bars;
    for (const Deadline &d : computeDeadlines(events, policy.clocks(), policy.calendar(), now)) {
        if (d.state == DeadlineState::NotApplicable)
            continue;
        DeadlineBars::Bar bar{d, d.clock, {}, false};
        bar.returned = d.stoppedAt.isValid()
            && std::any_of(events.cbegin(), events.cend(), [&d](const Event &e) {
                   return e.type == EventType::Returned && e.at == d.stoppedAt;
               });
        for (const SlaClock &clock : policy.clocks()) {
            if (clock.id == d.clock) {
                bar.name = clock.name;
                bar.source = clock.source;
            }
        }
        bars.append(bar);
    }
    m_deadlines->setBars(bars, now);
    m_deadlinesLabel->setVisible(!bars.isEmpty());
    m_conflict->show(c, events);
    m_timeline->setStepNames(EventText::stepNames(m_checklist->checklist())); // the ticks named as the checklist does
    m_timeline->show(events, c.steps);
}

void ComplaintDetailView::showMessage(const QString &message, bool problem)
{
    m_messageLabel->setStyleSheet(problem ? QStringLiteral("color:#b01c1c; font-weight:bold; padding:4px")
                                          : QStringLiteral("color:#1f6f3b; padding:4px"));
    m_messageLabel->setText(message);
    m_messageLabel->setVisible(!message.isEmpty());
}

QString ComplaintDetailView::text() const { return m_browser->toPlainText(); }

QString ComplaintDetailView::render(const ProjectedComplaint &projected, const QString &stall) const
{
    const Complaint &c = projected.shown;
    const ReferenceData &ref = m_session.reference();
    const QString notYet = tr("not determined yet");
    const Service *service = ref.service(c.service);
    const Category *category = ref.category(c.category);
    QString html = u"<h3 style='margin-bottom:2px'>"_s + esc(c.title) + u"</h3><table>"_s;
    html += row(tr("Number"), c.trackingId + (c.externalRef.isEmpty() ? QString() : u"  (LAPOR! "_s + c.externalRef + u')'));
    html += row(tr("Received"), Labels::wib(c.receivedAt) + u" · "_s + Labels::channel(c.channel));
    html += row(tr("Classification"), Labels::classification(c.classification));
    html += row(tr("Category"), category ? category->name : (c.category.isEmpty() ? notYet : c.category));
    html += row(tr("Service"), service ? service->name : (c.service.isEmpty() ? notYet : c.service));
    QStringList place;
    if (!c.address.isEmpty())
        place.append(c.address);
    if (const Kelurahan *kelurahan = ref.kelurahanByCode(c.kelurahan))
        place.append(kelurahan->name);
    if (const Kecamatan *kecamatan = ref.kecamatanByCode(c.kecamatan))
        place.append(tr("Kecamatan %1").arg(kecamatan->name));
    html += row(tr("Location"), place.isEmpty() ? notYet : place.join(u", "_s));
    QString where = Labels::state(c.state);
    if (!c.opd.isEmpty())
        where += u" · "_s + ref.routeName(c.opd);
    if (!c.agency.isEmpty())
        where += u" · "_s + ref.routeName(c.agency);
    if (c.escalated)
        where += u" · "_s + tr("escalated to the Ombudsman");
    const bool pending = projected.isPending() && !(projected.shown == projected.cached);
    if (pending)
        where += u"  ("_s + tr("pending: not yet confirmed by the hub") + u')';
    if (projected.isStopped())
        where += u"  ("_s + tr("a command is stopped, see the right") + u')';
    html += row(tr("State"), where, pending || projected.isStopped() ? u"color:#8a5a00;font-weight:bold"_s : QString());
    if (!stall.isEmpty())
        html += row(tr("SOP"), stall, u"color:#8e1b10;font-weight:bold"_s);
    if (!c.assignee.isEmpty())
        html += row(tr("Owner"), c.assignee);
    // Identity is never cached (DESIGN.md): the identity panel below asks the hub for it, or reveals it.
    QString identity = tr("Reporter identity: withheld");
    if (c.anonim)
        identity += u" — "_s + tr("hidden (anonim)");
    if (c.rahasia)
        identity += u" · "_s + tr("confidential: never public");
    html += row(tr("Reporter"), identity);
    html += u"</table><p style='white-space:pre-wrap'>"_s + esc(c.body) + u"</p>"_s;
    return html;
}

void ComplaintDetailView::retry(const QString &commandId)
{
    if (Status status = m_session.retry(commandId))
        showMessage(status->message, true);
    else
        showMessage(tr("Sent again over the hub's version."), false);
}

void ComplaintDetailView::discard(const QString &commandId)
{
    if (Status status = m_session.discard(commandId))
        showMessage(status->message, true);
    else
        showMessage(tr("Your command was discarded; the hub's version stands."), false);
}

void ComplaintDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_browser->setAccessibleName(tr("Complaint detail"));
        refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace rabeg
