#include "MainWindow.h"

#include "InboxView.h"
#include "Language.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace rabeg {

MainWindow::MainWindow(InboxView *inbox, Language &language, const QString &cacheDescription, QWidget *parent)
    : QMainWindow(parent), m_inbox(inbox), m_language(language), m_cacheDescription(cacheDescription)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/rabeg.svg")));
    m_inbox->setParent(this);
    setCentralWidget(m_inbox);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_reloadAction = new QAction(this);
    m_reloadAction->setObjectName(QStringLiteral("reloadAction"));
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    connect(m_reloadAction, &QAction::triggered, m_inbox, &InboxView::reload);

    auto *languages = new QActionGroup(this);
    m_indonesianAction = new QAction(QStringLiteral("Bahasa Indonesia"), languages);
    m_indonesianAction->setObjectName(QStringLiteral("indonesianAction"));
    m_englishAction = new QAction(QStringLiteral("English"), languages);
    m_englishAction->setObjectName(QStringLiteral("englishAction"));
    for (QAction *action : {m_indonesianAction, m_englishAction})
        action->setCheckable(true);
    (m_language.current() == QLatin1String("en") ? m_englishAction : m_indonesianAction)->setChecked(true);
    connect(m_indonesianAction, &QAction::triggered, this, [this] { m_language.use(QStringLiteral("id")); });
    connect(m_englishAction, &QAction::triggered, this, [this] { m_language.use(QStringLiteral("en")); });

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_quitAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_reloadAction);
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(languages->actions());
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);

    m_cacheLabel = new QLabel(this);
    m_cacheLabel->setObjectName(QStringLiteral("cacheLabel"));
    statusBar()->addPermanentWidget(m_cacheLabel);

    retranslate();
    resize(1280, 800);
}

void MainWindow::addStatusWidget(QWidget *widget) { statusBar()->addWidget(widget, 1); }

void MainWindow::setTrainingBanner(const QString &storeKind)
{
    // A demo or training store must never be mistaken for production.
    if (storeKind == QLatin1String("production") || storeKind.isEmpty())
        return;
    m_cacheDescription = m_cacheDescription.section(QLatin1Char(' '), 0, 0) + QLatin1Char(' ')
                         + (storeKind == QLatin1String("training") ? tr("(TRAINING)") : tr("(DEMO DATA)"));
    retranslate();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Rabeg — Kota Serang complaint command center"));
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quitAction->setText(tr("&Quit"));
    m_reloadAction->setText(tr("&Reload the inbox"));
    m_aboutAction->setText(tr("&About Rabeg"));
    m_cacheLabel->setText(tr("Local cache: %1").arg(m_cacheDescription));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Rabeg"),
                       tr("<p><b>Rabeg</b> %1</p><p>The command center for public-service complaints of Kota Serang "
                          "(SP4N-LAPOR!).</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace rabeg
