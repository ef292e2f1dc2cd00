#include "LoginFlow.h"

#include "CachePreparation.h"
#include "Language.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "SessionKeychain.h"
#include "UiLog.h"
#include "Workspace.h"
#include "admin/AdminScreen.h"
#include "sync/SessionEnd.h"
#include "sync/SyncWorker.h"
#include "trainer/TrainerConsoleTab.h"

#include <QAction>
#include <QDir>
#include <QHostInfo>
#include <QStandardPaths>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace rabeg {

LoginFlow::LoginFlow(Start start, const ReferenceData &reference, Language &language, QSettings &settings,
                     SessionKeychain &keychain, QObject *parent)
    : QObject(parent),
      m_start(std::move(start)),
      m_reference(reference),
      m_language(language),
      m_settings(settings),
      m_keychain(keychain)
{
    connect(&m_keychain, &SessionKeychain::tokenRead, this, &LoginFlow::tokenRead);
    connect(&m_keychain, &SessionKeychain::unavailable, this, &LoginFlow::keychainProblem);
    connect(&m_keychain, &SessionKeychain::forgotten, this, [this] {
        if (m_loggingOut && m_workspace)
            m_workspace->window().close();
    });
}

LoginFlow::~LoginFlow()
{
    delete m_dialog;
}

QString LoginFlow::defaultCachePath(const QUrl &hub, const QString &user)
{
    // One cache per hub and user: a shared workstation never mixes two people's outboxes.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    QDir().mkpath(dir);
    return dir + u'/' + hub.authority().replace(u':', u'_') + u'-' + user + u".sqlite"_s;
}

void LoginFlow::begin()
{
    if (!m_start.password.isEmpty())
        return open(m_start.password, {});
    if (m_start.hub.isValid() && !m_start.hub.isEmpty() && !m_start.user.isEmpty())
        return m_keychain.read(m_start.hub, m_start.user);
    showLogin({});
}

void LoginFlow::tokenRead(const QByteArray &token)
{
    if (m_workspace)
        return;
    if (token.isEmpty())
        return showLogin({});
    qCInfo(lcUi).noquote() << tr("Using the session kept in the system keychain for %1.")
                                  .arg(SessionKeychain::account(m_start.hub, m_start.user));
    open({}, token);
}

void LoginFlow::keychainProblem(const QString &message)
{
    if (m_loggingOut && m_workspace) {
        m_workspace->window().close(); // nothing was kept, so nothing is left to forget
        return;
    }
    if (!m_keychainWarned) {
        m_keychainWarned = true;
        qCWarning(lcUi).noquote() << message;
        emit keychainUnavailable(message);
        // The status bar has room for a short line beside its fixed parts; the whole sentence is in the log.
        if (m_workspace)
            m_workspace->window().statusBar()->showMessage(
                tr("This session will not be remembered: the system keychain cannot be used (see Log)."), 20000);
    }
    if (!m_workspace && !m_dialog)
        showLogin(message); // the read failed: no kept session, so the password it is
}

void LoginFlow::showLogin(const QString &notice)
{
    m_dialog = new LoginDialog(m_settings, m_language);
    m_dialog->setLogin(m_start.hub, m_start.user, m_start.caFile);
    m_dialog->showNotice(notice);
    connect(m_dialog, &QDialog::accepted, this, [this] {
        const LoginDialog::Login login = m_dialog->login();
        m_dialog->deleteLater();
        m_dialog = nullptr;
        m_start.hub = login.hub;
        m_start.user = login.user;
        m_start.caFile = login.caFile;
        open(login.password, {});
    });
    connect(m_dialog, &QDialog::rejected, this, &LoginFlow::cancelled);
    m_dialog->show();
    emit loginShown(m_dialog);
}

void LoginFlow::open(const QString &password, const QByteArray &token)
{
    const QString cachePath
        = m_start.cachePath.isEmpty() ? defaultCachePath(m_start.hub, m_start.user) : m_start.cachePath;
    SyncSettings sync;
    sync.hub = m_start.hub;
    sync.user = m_start.user;
    sync.password = password;
    sync.token = token;
    m_token = token;
    sync.cachePath = cachePath;
    sync.caFile = m_start.caFile;
    sync.workstation = QHostInfo::localHostName();
    Workspace::Options options;
    options.cachePath = cachePath;
    options.user = m_start.user;
    options.sync = sync;
    options.settings = &m_settings;
    options.cacheDescription = QDir::toNativeSeparators(cachePath);
    options.startSync = false; // started below, once this flow hears its signals
    // A cache of an older version is upgraded first, with a window saying so while it takes long; the workspace
    // opens when that has ended (at once for an up-to-date cache), from the event loop.
    if (m_preparation)
        return;
    m_preparation = std::make_unique<CachePreparation>(cachePath);
    connect(m_preparation.get(), &CachePreparation::finished, this, [this, options] {
        const Status status = m_preparation->result();
        m_preparation.release()->deleteLater(); // this is its signal
        if (status)
            emit failed(status->message);
        else
            openWorkspace(options);
    });
    m_preparation->start();
}

void LoginFlow::openWorkspace(const Workspace::Options &options)
{
    auto workspace = Workspace::open(options, m_reference, m_language);
    if (!workspace.ok()) {
        emit failed(workspace.error().message);
        return;
    }
    m_workspace = std::move(workspace).value();
    SyncWorker *worker = m_workspace->sync();
    connect(worker, &SyncWorker::sessionStarted, this,
            [this](const QByteArray &fresh) {
                m_token = fresh;
                m_keychain.store(m_start.hub, m_start.user, fresh);
            });
    connect(worker, &SyncWorker::statusChanged, this, &LoginFlow::statusChanged);

    MainWindow &window = m_workspace->window();
    auto *renew = new QAction(&window);
    renew->setObjectName(u"logInAgainAction"_s);
    connect(renew, &QAction::triggered, this, [this] { renewSession({}); });
    auto *logOut = new QAction(&window);
    logOut->setObjectName(u"logOutAction"_s);
    connect(logOut, &QAction::triggered, this, &LoginFlow::logOut);
    const auto retranslate = [renew, logOut] {
        renew->setText(tr("Log &in again…"));
        logOut->setText(tr("Log &out and forget the session"));
    };
    retranslate();
    connect(&m_language, &Language::changed, renew, retranslate);
    window.addSessionActions({renew, logOut});
    attachTrainerConsole(*m_workspace, m_start.hub, m_start.user, m_start.caFile);
    AdminScreen::attach(*m_workspace, m_start.hub, m_start.user, m_start.caFile);
    emit opened(m_workspace.get()); // before the sync starts, so that whoever listens hears its first signals
    worker->start();
}

void LoginFlow::statusChanged(const SyncStatus &status)
{
    if (status.loginNeeded && !m_renewalDeclined && !m_dialog)
        renewSession(tr("The hub has ended your session, or did not accept the password. Enter your password to go "
                        "on; what you have queued on this workstation is kept."));
}

void LoginFlow::renewSession(const QString &notice)
{
    if (m_dialog || !m_workspace)
        return;
    m_renewalDeclined = false;
    m_dialog = new LoginDialog(m_settings, m_language, &m_workspace->window());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setLogin(m_start.hub, m_start.user, m_start.caFile);
    m_dialog->setRenewal(true);
    m_dialog->showNotice(notice);
    connect(m_dialog, &QDialog::accepted, this, [this] { m_workspace->sync()->logIn(m_dialog->login().password); });
    connect(m_dialog, &QDialog::rejected, this, [this] { m_renewalDeclined = true; });
    m_dialog->open();
    emit loginShown(m_dialog);
}

void LoginFlow::logOut()
{
    // The hub ends the session now. When it cannot be reached, the session runs out there by itself, or an admin
    // revokes it; this workstation forgets it all the same.
    m_loggingOut = true;
    if (!m_token.isEmpty()) {
        if (Status status = endHubSession(m_start.hub, m_start.caFile, m_token))
            qCWarning(lcUi).noquote() << tr("The hub could not end the session (%1). It ends there by itself within "
                                            "12 hours, or when an administrator revokes it.")
                                             .arg(status->message);
        m_token.clear();
    }
    m_keychain.forget(m_start.hub, m_start.user);
}

} // namespace rabeg
