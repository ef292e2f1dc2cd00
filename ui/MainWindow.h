#pragma once

#include <QMainWindow>
#include <QUuid>

class QLabel;
class QMenu;
class QTabWidget;

namespace rabeg {

class ActionBar;
class ComplaintActions;
class ComplaintDetailView;
class DashboardScreen;
class InboxView;
class Language;
class LogView;
class RoutingQueueView;
class SopTemplateEditor;
class StallBoardScreen;

// Composes the screens and the actions; holds no logic of its own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    struct Screens
    {
        InboxView *inbox = nullptr;
        RoutingQueueView *routing = nullptr; // only for the command center's roles
        StallBoardScreen *stalls = nullptr;  // not for liaisons
        SopTemplateEditor *templates = nullptr; // admins, supervisors, liaisons (their OPD's)
        DashboardScreen *dashboard = nullptr; // supervisors and admins
        LogView *log = nullptr;
        ComplaintActions *actions = nullptr;
    };

    MainWindow(Screens screens, Language &language, const QString &cacheDescription, QWidget *parent = nullptr);

    InboxView *inbox() const { return m_screens.inbox; }
    RoutingQueueView *routing() const { return m_screens.routing; }
    StallBoardScreen *stalls() const { return m_screens.stalls; }
    SopTemplateEditor *templates() const { return m_screens.templates; }
    DashboardScreen *dashboard() const { return m_screens.dashboard; }
    QTabWidget *tabs() const { return m_tabs; }
    void addStatusWidget(QWidget *widget);
    void setTrainingBanner(const QString &storeKind);
    // A liaison works only on their OPD's complaints: no routing queue, the inbox says whose it is.
    void setLiaisonOf(const QString &opd);
    // "inbox", "routing", "stalls", "sop", "dashboard" or "log".
    bool showScreen(const QString &name);
    // Shows or hides a screen's tab and its "go to" action, as the user's role allows.
    void setScreenAvailable(const QString &name, bool available);
    // Every action of the window, for the command palette and the keymap.
    QList<QAction *> allActions() const;
    void openCommandPalette();
    void openKeymap();
    // The session's own actions (log in again, log out), in the File menu above the settings.
    void addSessionActions(const QList<QAction *> &actions);
    // A menu of its own (the Report menu), before Help; its actions join the palette and the keymap.
    void addMenuBeforeHelp(QMenu *menu);

signals:
    void settingsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QAction *makeAction(const char *name, const QKeySequence &key);
    void retranslate();
    void showAbout();
    void currentScreenChanged();
    void showFeedback(const QUuid &complaint, const QString &message, bool problem);
    ComplaintDetailView *currentDetail() const;
    QWidget *screenNamed(const QString &name) const;

    Screens m_screens;
    Language &m_language;
    QString m_cacheDescription;
    bool m_trainingStore = false;
    QString m_liaisonOpd;
    QTabWidget *m_tabs = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_actionsMenu = nullptr;
    ActionBar *m_actionBar = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QList<QAction *> m_sessionActions;
    QAction *m_reloadAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_inboxAction = nullptr;
    QAction *m_routingAction = nullptr;
    QAction *m_logAction = nullptr;
    QAction *m_stallsAction = nullptr;
    QAction *m_templatesAction = nullptr;
    QAction *m_dashboardAction = nullptr;
    QList<QAction *> m_menuActions;
    QAction *m_bulkDispatchAction = nullptr;
    QAction *m_paletteAction = nullptr;
    QAction *m_keymapAction = nullptr;
    QAction *m_indonesianAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QLabel *m_cacheLabel = nullptr;
};

} // namespace rabeg
