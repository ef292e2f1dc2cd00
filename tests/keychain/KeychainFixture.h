#pragma once

#include "Language.h"
#include "LoginFlow.h"
#include "SessionKeychain.h"
#include "TestHub.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace rabeg::test {

// Spins the event loop until `done` (REQUIREd within a minute; the keychain and the sync answer asynchronously).
void waitFor(const std::function<bool()> &done, const char *what);

// The files under `dir` (recursively) whose bytes contain `secret`.
QStringList filesContaining(const QString &dir, const QByteArray &secret);

// Points HOME and the XDG folders at a temporary directory, so that every file the client writes (settings, cache,
// anything a library keeps) lands where a test can search it. Restores nothing: each run is its own process.
QString isolateHome();

// A workstation's login as the GUI does it: QSettings in a temporary file, the language, and one SessionKeychain
// (its own service name, so a test never touches a real session). `start()` makes a LoginFlow and begins it.
class KeychainWorkstation
{
public:
    explicit KeychainWorkstation(TestHub &hub, const QString &service = QStringLiteral("Rabeg test"));
    ~KeychainWorkstation();
    Q_DISABLE_COPY_MOVE(KeychainWorkstation)

    // A login as operator, with the password (as --password-file) or without (keychain, else the dialog). The
    // cache is in this workstation's temporary directory, or in the client's default folder (under XDG_DATA_HOME).
    LoginFlow &start(bool withPassword, bool defaultCacheFolder = false);
    // The flow ends (the program quits); the keychain and the settings stay.
    void stop() { m_flow.reset(); }
    LoginFlow &flow() { return *m_flow; }
    SessionKeychain &keychain() { return m_keychain; }
    // Waits until the workspace is open and synced (online, no login needed).
    void waitOnline();
    // Reads the keychain's entry for the operator at this hub (REQUIREs the keychain to answer).
    QByteArray keptToken();
    // Types the password into the login dialog on screen and presses "Log in".
    void logInWithDialog();

private:
    TestHub &m_hub;
    QTemporaryDir m_dir;
    QSettings m_settings;
    Language m_language;
    SessionKeychain m_keychain;
    std::unique_ptr<LoginFlow> m_flow;
};

} // namespace rabeg::test
