// The session token in a REAL Secret Service (gnome-keyring-daemon on a private D-Bus session, started by
// with-secret-service.sh): kept per hub and user, read back, used at the next start instead of the login dialog,
// replaced when the hub has ended the session. Tagged [secret-service]: CTest runs these beside the daemon only.
#include "Auth.h"
#include "KeychainFixture.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "Workspace.h"

#include <QAction>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace rabeg::test {
namespace {

qint64 sessionsAtHub(TestHub &hub)
{
    return hub.scalar(u"SELECT count(*) FROM tokens"_s).toLongLong();
}

// What the Secret Service itself holds for the entry, asked with libsecret's own command line tool.
QByteArray secretToolLookup(const QString &service, const QString &account)
{
    const QString tool = QStandardPaths::findExecutable(u"secret-tool"_s);
    REQUIRE_FALSE(tool.isEmpty());
    QProcess lookup;
    lookup.start(tool, {u"lookup"_s, u"server"_s, service, u"user"_s, account});
    REQUIRE(QTest::qWaitFor([&] { return lookup.state() == QProcess::NotRunning; }, 30000));
    return lookup.readAllStandardOutput();
}

} // namespace

TEST_CASE("a session token kept in the Secret Service is read back for its hub and user only", "[secret-service]")
{
    const QString service = u"Rabeg test round trip"_s;
    SessionKeychain keychain(service);
    QSignalSpy stored(&keychain, &SessionKeychain::stored);
    QSignalSpy read(&keychain, &SessionKeychain::tokenRead);
    QSignalSpy forgotten(&keychain, &SessionKeychain::forgotten);
    QSignalSpy unavailable(&keychain, &SessionKeychain::unavailable);
    const QUrl hub(u"https://hub.rabeg.test/"_s);
    const QByteArray token = "token-" + QUuid::createUuid().toByteArray(QUuid::Id128);

    keychain.store(hub, u"rina"_s, token);
    waitFor([&] { return !stored.isEmpty() || !unavailable.isEmpty(); }, "the keychain keeps the token");
    INFO((unavailable.isEmpty() ? std::string() : unavailable.at(0).at(0).toString().toStdString()));
    REQUIRE(unavailable.isEmpty());
    // In the Secret Service itself, not in a file of ours: the keyring file holds it encrypted.
    CHECK(secretToolLookup(service, SessionKeychain::account(hub, u"rina"_s)).contains(token));
    CHECK(filesContaining(QDir::homePath(), token).isEmpty());

    const auto readBack = [&](const QUrl &url, const QString &user) {
        read.clear();
        keychain.read(url, user);
        waitFor([&] { return !read.isEmpty() || !unavailable.isEmpty(); }, "the keychain answers");
        REQUIRE(unavailable.isEmpty());
        return read.at(0).at(0).toByteArray();
    };
    CHECK(readBack(QUrl(u"https://hub.rabeg.test"_s), u"rina"_s) == token); // the same hub, written otherwise
    CHECK(readBack(QUrl(u"https://HUB.rabeg.test:443"_s), u"rina"_s) == token);
    CHECK(readBack(hub, u"budi"_s).isEmpty());
    CHECK(readBack(QUrl(u"https://training.rabeg.test"_s), u"rina"_s).isEmpty());

    keychain.forget(hub, u"rina"_s);
    waitFor([&] { return !forgotten.isEmpty() || !unavailable.isEmpty(); }, "the keychain forgets the token");
    REQUIRE(unavailable.isEmpty());
    CHECK(readBack(hub, u"rina"_s).isEmpty());
}

TEST_CASE("a second start uses the session kept in the keychain and asks for no password", "[secret-service]")
{
    TestHub hub;
    KeychainWorkstation workstation(hub, u"Rabeg test second start"_s);
    QSignalSpy stored(&workstation.keychain(), &SessionKeychain::stored);
    workstation.start(true);
    workstation.waitOnline();
    waitFor([&] { return !stored.isEmpty(); }, "the fresh token goes to the keychain");
    const QByteArray kept = workstation.keptToken();
    CHECK_FALSE(kept.isEmpty());
    workstation.stop();
    const qint64 sessions = sessionsAtHub(hub);

    LoginFlow &again = workstation.start(false);
    QSignalSpy shown(&again, &LoginFlow::loginShown);
    workstation.waitOnline();
    CHECK(shown.isEmpty());
    CHECK(sessionsAtHub(hub) == sessions);
    CHECK(workstation.keptToken() == kept);
}

TEST_CASE("when the hub has ended the kept session, the password is asked for over the window and the fresh token "
          "replaces the kept one",
          "[secret-service]")
{
    TestHub hub;
    KeychainWorkstation workstation(hub, u"Rabeg test renewal"_s);
    QSignalSpy stored(&workstation.keychain(), &SessionKeychain::stored);
    workstation.start(true);
    workstation.waitOnline();
    waitFor([&] { return !stored.isEmpty(); }, "the first token goes to the keychain");
    const QByteArray old = workstation.keptToken();
    workstation.stop();
    hub.exec(u"DELETE FROM tokens"_s); // the session ends at the hub
    stored.clear();

    LoginFlow &flow = workstation.start(false);
    waitFor([&] { return flow.loginDialog() != nullptr; }, "the hub refuses the kept token: the dialog asks");
    REQUIRE(flow.workspace()); // over the open window, not instead of it
    CHECK(flow.loginDialog()->parentWidget() == static_cast<QWidget *>(&flow.workspace()->window()));
    workstation.logInWithDialog();
    workstation.waitOnline();
    waitFor([&] { return !stored.isEmpty(); }, "the fresh token goes to the keychain");
    const QByteArray fresh = workstation.keptToken();
    CHECK_FALSE(fresh.isEmpty());
    CHECK(fresh != old);
}

} // namespace rabeg::test

namespace rabeg::test {

TEST_CASE("logging out ends the session at the hub and forgets it in the keychain", "[secret-service]")
{
    TestHub hub;
    KeychainWorkstation workstation(hub, u"Rabeg test logout"_s);
    QSignalSpy stored(&workstation.keychain(), &SessionKeychain::stored);
    LoginFlow &flow = workstation.start(true);
    workstation.waitOnline();
    waitFor([&] { return !stored.isEmpty(); }, "the token goes to the keychain");
    const QByteArray token = workstation.keptToken();
    REQUIRE_FALSE(token.isEmpty());
    const QString digest = QString::fromLatin1(tokenDigest(token).toHex());
    REQUIRE(hub.scalar(u"SELECT count(*) FROM tokens WHERE token_hash = ?"_s, {digest}).toLongLong() == 1);

    auto *logOut = flow.workspace()->window().findChild<QAction *>(u"logOutAction"_s);
    REQUIRE(logOut);
    QSignalSpy forgotten(&workstation.keychain(), &SessionKeychain::forgotten);
    logOut->trigger();
    waitFor([&] { return !forgotten.isEmpty(); }, "the keychain forgets the session");
    CHECK(hub.scalar(u"SELECT count(*) FROM tokens WHERE token_hash = ?"_s, {digest}).toLongLong() == 0);
    CHECK(workstation.keptToken().isEmpty());
}

} // namespace rabeg::test
