// A machine without any keychain (no session bus): the person is told, in a sentence, that the session cannot be
// remembered; the session works from memory; and the token is in no file the client or a library wrote. Tagged
// [no-keychain]: CTest runs these with DBUS_SESSION_BUS_ADDRESS pointing where nothing listens.
#include "KeychainFixture.h"
#include "LoginDialog.h"
#include "Workspace.h"
#include "sync/SyncWorker.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace rabeg::test {

TEST_CASE("without a system keychain, the keychain says so in a sentence and keeps nothing", "[no-keychain]")
{
    const QString home = isolateHome();
    SessionKeychain keychain(u"Rabeg test no keychain"_s);
    QSignalSpy stored(&keychain, &SessionKeychain::stored);
    QSignalSpy read(&keychain, &SessionKeychain::tokenRead);
    QSignalSpy unavailable(&keychain, &SessionKeychain::unavailable);
    const QByteArray token = "token-" + QUuid::createUuid().toByteArray(QUuid::Id128);

    keychain.store(QUrl(u"https://hub.rabeg.test"_s), u"rina"_s, token);
    waitFor([&] { return !unavailable.isEmpty() || !stored.isEmpty(); }, "the keychain answers the store");
    CHECK(stored.isEmpty());
    REQUIRE(unavailable.count() == 1);
    CHECK(unavailable.at(0).at(0).toString() == SessionKeychain::unavailableMessage());

    keychain.read(QUrl(u"https://hub.rabeg.test"_s), u"rina"_s);
    waitFor([&] { return unavailable.count() == 2 || !read.isEmpty(); }, "the keychain answers the read");
    CHECK(read.isEmpty());
    CHECK(filesContaining(home, token).isEmpty());
}

TEST_CASE("without a system keychain, the login dialog says so, the session works from memory, and its token is "
          "in no file",
          "[no-keychain]")
{
    const QString home = isolateHome();
    TestHub hub;
    KeychainWorkstation workstation(hub, u"Rabeg test no keychain"_s);
    LoginFlow &flow = workstation.start(false, true);
    QByteArray token;
    QObject context;
    QObject::connect(&flow, &LoginFlow::opened, &context, [&](Workspace *workspace) {
        QObject::connect(workspace->sync(), &SyncWorker::sessionStarted, &context,
                         [&](const QByteArray &fresh) { token = fresh; });
    });

    waitFor([&] { return flow.loginDialog() != nullptr; }, "no kept session: the login dialog shows");
    auto *notice = flow.loginDialog()->findChild<QLabel *>(u"loginNoticeLabel"_s);
    REQUIRE(notice);
    CHECK(notice->isVisibleTo(flow.loginDialog()));
    CHECK(notice->text() == SessionKeychain::unavailableMessage());

    workstation.logInWithDialog();
    workstation.waitOnline();
    REQUIRE_FALSE(token.isEmpty());
    // The cache (in the default folder, under this HOME) and the settings are there, and hold no token.
    CHECK(QFile::exists(LoginFlow::defaultCachePath(hub.url(), u"operator"_s)));
    CHECK(LoginFlow::defaultCachePath(hub.url(), u"operator"_s).startsWith(home));
    CHECK(filesContaining(home, token).isEmpty());
}

} // namespace rabeg::test
