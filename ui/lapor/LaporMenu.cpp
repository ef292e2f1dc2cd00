#include "LaporMenu.h"

#include "DialogFocus.h"
#include "LaporExportDialog.h"
#include "LaporImportDialog.h"
#include "sync/HeldIdentities.h"

#include <QAction>
#include <QEvent>

using namespace Qt::StringLiterals;

namespace rabeg {

LaporMenu::LaporMenu(QString cachePath, const ReferenceData &reference, std::function<QDateTime()> hubClock,
                     std::shared_ptr<HeldIdentities> identities, QWidget *parent)
    : QMenu(parent),
      m_cachePath(std::move(cachePath)),
      m_reference(reference),
      m_hubClock(std::move(hubClock)),
      m_identities(std::move(identities))
{
    setObjectName(u"laporMenu"_s);
    m_import = addAction(QString());
    m_import->setObjectName(u"laporImportAction"_s);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_import, &QAction::triggered, this, &LaporMenu::openImport);
    m_export = addAction(QString());
    m_export->setObjectName(u"laporExportAction"_s);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    connect(m_export, &QAction::triggered, this, &LaporMenu::openExport);
    if (parent) // the shortcuts work wherever the window has focus
        parent->addActions({m_import, m_export});
    retranslate();
}

void LaporMenu::openImport()
{
    auto *dialog
        = new LaporImportDialog({m_cachePath, &m_reference, m_hubClock, nullptr, m_identities}, parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LaporImportDialog::queued, this, &LaporMenu::queued);
    returnFocusWhenClosed(dialog);
    dialog->show();
}

void LaporMenu::openExport()
{
    auto *dialog = new LaporExportDialog(m_cachePath, m_reference, m_hubClock, parentWidget());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    returnFocusWhenClosed(dialog);
    dialog->show();
}

void LaporMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

void LaporMenu::retranslate()
{
    setTitle(tr("&LAPOR!"));
    m_import->setText(tr("&Import a LAPOR! export…"));
    m_export->setText(tr("&Export follow-ups for LAPOR!…"));
}

} // namespace rabeg
