#include "IntakeLauncher.h"

#include "DialogFocus.h"
#include "IntakeDialog.h"
#include "MainWindow.h"
#include "OperatorSession.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace rabeg {

IntakeLauncher::IntakeLauncher(OperatorSession &session, MainWindow &window, std::shared_ptr<HeldIdentities> identities,
                               std::function<void()> syncSoon)
    : QObject(&window),
      m_session(session),
      m_window(window),
      m_identities(identities ? std::move(identities) : std::make_shared<HeldIdentities>()),
      m_syncSoon(std::move(syncSoon))
{
    m_action = new QAction(&window);
    m_action->setObjectName(u"newComplaintAction"_s);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    window.addAction(m_action);
    window.addSessionActions({m_action});
    connect(m_action, &QAction::triggered, this, [this] { open(); });

    m_heldLabel = new QLabel;
    m_heldLabel->setObjectName(u"heldIdentitiesLabel"_s);
    m_heldLabel->setStyleSheet(u"color: #b03a00;"_s);
    window.addStatusWidget(m_heldLabel);

    connect(&m_session, &OperatorSession::cacheRefreshed, this, &IntakeLauncher::refresh);
    window.installEventFilter(this);
    retranslate();
    refresh();
}

IntakeDialog *IntakeLauncher::open()
{
    if (!m_session.mayIssue(CommandType::Intake))
        return nullptr;
    if (!m_dialog) {
        m_dialog = new IntakeDialog(m_session, m_identities, m_syncSoon, &m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        returnFocusWhenClosed(m_dialog);
    }
    m_dialog->open();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

bool IntakeLauncher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    // Closing would lose identities held in memory only: ask first, without blocking (the window stays open).
    if (watched == &m_window && event->type() == QEvent::Close && !m_closingAnyway
        && m_identities->countUnsealed() > 0) {
        event->ignore();
        askBeforeClosing();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void IntakeLauncher::askBeforeClosing()
{
    const int held = m_identities->countUnsealed(); // those sealed in the vault come back after a restart
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Reporter identities not yet on the hub"),
                                tr("%n complaint(s) taken in here wait for the hub with the reporter's identity held "
                                   "in memory only. If Rabeg closes now, the complaints are still sent later, but "
                                   "without their identities: those must be typed in again.",
                                   nullptr, held),
                                QMessageBox::NoButton, &m_window);
    box->setObjectName(u"heldIdentitiesCloseMessageBox"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *stay = box->addButton(tr("&Keep Rabeg open"), QMessageBox::RejectRole);
    QPushButton *close = box->addButton(tr("&Close and lose them"), QMessageBox::DestructiveRole);
    box->setDefaultButton(stay);
    box->setEscapeButton(stay);
    connect(box, &QMessageBox::buttonClicked, this, [this, close](QAbstractButton *clicked) {
        if (clicked != close)
            return;
        m_closingAnyway = true;
        m_window.close();
    });
    box->open();
}

void IntakeLauncher::refresh()
{
    // The role is known from the first sync on (the cache's scope): a liaison never gets the form.
    m_action->setEnabled(m_session.mayIssue(CommandType::Intake));
    const int held = m_identities->countUnsealed();
    m_heldLabel->setVisible(held > 0);
    m_heldLabel->setText(
        tr("%n reporter identity(ies) in memory only, not yet on the hub: lost if Rabeg closes now", nullptr, held));
}

void IntakeLauncher::retranslate()
{
    m_action->setText(tr("&New complaint (walk-in, phone)…"));
    m_action->setToolTip(tr("Take in a complaint brought to the office or phoned in; works offline"));
    refresh();
}

} // namespace rabeg
