#pragma once

#include "CachePreparation.h"
#include "Workspace.h"
#include "refdata/ReferenceData.h"
#include "sync/SyncEngine.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

class QAction;
class QSettings;

namespace rabeg {

class Language;
class LoginDialog;
class SessionKeychain;

// How the GUI gets its session with a hub: a password file from the command line; else the session token the OS
// keychain kept for the hub and user; else the login dialog. Then it opens the workspace, keeps every fresh token
// in the keychain (or says once that it cannot: the token then stays in memory only), and asks for the password
// again when the hub ends the session, over the open window, so nothing on screen is lost.
class LoginFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginFlow)

public:
    struct Start
    {
        QUrl hub; // from --hub, else the remembered one (may be empty: the dialog asks)
        QString user; // likewise
        QString caFile; // likewise; empty: the system's authorities
        QString password; // from --password-file: no keychain lookup, no dialog
        QString cachePath; // empty: one cache per hub and user in the application's data folder
    };

    LoginFlow(Start start, const ReferenceData &reference, Language &language, QSettings &settings,
              SessionKeychain &keychain, QObject *parent = nullptr);
    ~LoginFlow() override;

    // Starts: returns at once; the signals below say what happened.
    void begin();
    Workspace *workspace() const { return m_workspace.get(); }
    // The login dialog on screen, if any.
    LoginDialog *loginDialog() const { return m_dialog; }

    static QString defaultCachePath(const QUrl &hub, const QString &user);

signals:
    void loginShown(rabeg::LoginDialog *dialog);
    void opened(rabeg::Workspace *workspace);
    void failed(const QString &message);
    void cancelled();
    // The keychain cannot keep the session: said to the person once (dialog, log, status bar).
    void keychainUnavailable(const QString &message);

private:
    void tokenRead(const QByteArray &token);
    void keychainProblem(const QString &message);
    void showLogin(const QString &notice);
    void open(const QString &password, const QByteArray &token);
    void openWorkspace(const Workspace::Options &options);
    void statusChanged(const SyncStatus &status);
    void renewSession(const QString &notice);
    void logOut();

    Start m_start;
    const ReferenceData &m_reference;
    Language &m_language;
    QSettings &m_settings;
    SessionKeychain &m_keychain;
    std::unique_ptr<CachePreparation> m_preparation; // while the cache is prepared before the workspace opens
    std::unique_ptr<Workspace> m_workspace;
    QPointer<LoginDialog> m_dialog;
    bool m_keychainWarned = false;
    bool m_renewalDeclined = false; // "work offline": not asked again until the person chooses "log in again"
    bool m_loggingOut = false;
    QByteArray m_token; // the session's, to end it at the hub when logging out
};

} // namespace rabeg
