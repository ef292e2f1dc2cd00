#include "ReportMenu.h"

#include "DialogFocus.h"
#include "WeeklyReportDialog.h"

#include <QAction>
#include <QEvent>

using namespace Qt::StringLiterals;

namespace rabeg {

ReportMenu::ReportMenu(QString cachePath, const ReferenceData &reference, std::function<QDateTime()> hubClock,
                       QWidget *parent)
    : QMenu(parent), m_cachePath(std::move(cachePath)), m_reference(reference), m_hubClock(std::move(hubClock))
{
    setObjectName(u"reportMenu"_s);
    m_weekly = addAction(QString());
    m_weekly->setObjectName(u"weeklyReportAction"_s);
    m_weekly->setShortcut(QKeySequence::Print);
    connect(m_weekly, &QAction::triggered, this, &ReportMenu::openWeeklyReport);
    m_wall = addAction(QString());
    m_wall->setObjectName(u"wallDisplayAction"_s);
    m_wall->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    connect(m_wall, &QAction::triggered, this, &ReportMenu::wallRequested);
    // The shortcuts work wherever the window has focus, not only with the menu open.
    if (parent)
        parent->addActions({m_weekly, m_wall});
    retranslate();
}

void ReportMenu::openWeeklyReport()
{
    auto *dialog = new WeeklyReportDialog({m_cachePath, &m_reference, m_hubClock}, parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    returnFocusWhenClosed(dialog);
    dialog->show();
}

void ReportMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void ReportMenu::retranslate()
{
    setTitle(tr("&Report"));
    m_weekly->setText(tr("&Weekly report…"));
    m_wall->setText(tr("W&all display"));
}

} // namespace rabeg
