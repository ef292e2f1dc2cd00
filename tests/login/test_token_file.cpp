// The headless `rabeg sync` with a token file instead of a password file: the same owner-only rule, and a sync
// that uses the session without logging in again. The hub answers in this process, so the client process is
// waited for by spinning this thread's event loop.
#include "LoginFixture.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace rabeg::test {
namespace {

QString writeSecret(const QTemporaryDir &dir, const QString &name, const QByteArray &secret,
                    QFileDevice::Permissions mode)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(secret + '\n');
    file.close();
    REQUIRE(file.setPermissions(mode));
    return path;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runClient(const QStringList &arguments)
{
    QProcess client;
    client.start(QStringLiteral(RABEG_CLIENT_BIN), arguments);
    REQUIRE(client.waitForStarted());
    REQUIRE(QTest::qWaitFor([&] { return client.state() == QProcess::NotRunning; }, 120000));
    return {client.exitCode(), QString::fromUtf8(client.readAllStandardOutput()),
            QString::fromUtf8(client.readAllStandardError())};
}

constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

TEST_CASE("rabeg sync refuses a token file that other users can read")
{
    QTemporaryDir dir;
    const QString token
        = writeSecret(dir, u"token"_s, "abc", kOwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    const Run run = runClient({u"sync"_s, u"--hub"_s, u"http://127.0.0.1:9"_s, u"--user"_s, u"operator"_s,
                               u"--token-file"_s, token, u"--cache"_s, dir.filePath(u"c.sqlite"_s)});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"chmod 600"_s));
    CHECK_FALSE(QFile::exists(dir.filePath(u"c.sqlite"_s)));
}

TEST_CASE("rabeg sync needs a password file or a token file")
{
    QTemporaryDir dir;
    const Run run = runClient({u"sync"_s, u"--hub"_s, u"http://127.0.0.1:9"_s, u"--user"_s, u"operator"_s, u"--cache"_s,
                               dir.filePath(u"c.sqlite"_s)});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"--token-file"_s));
}

TEST_CASE("rabeg sync with an owner-only token file syncs without logging in again")
{
    TestHub hub;
    QTemporaryDir dir;
    const QString cache = dir.filePath(u"operator.sqlite"_s);
    const QByteArray token = firstLogin(hub, cache);
    const qint64 sessions = sessionsAtHub(hub);
    const QString tokenFile = writeSecret(dir, u"token"_s, token, kOwnerOnly);
    const Run run = runClient({u"sync"_s, u"--hub"_s, hub.url().toString(), u"--user"_s, u"operator"_s,
                               u"--token-file"_s, tokenFile, u"--cache"_s, cache});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.startsWith(u"synced: "_s));
    CHECK(sessionsAtHub(hub) == sessions);

    SECTION("and when the hub has ended that session, it says that a login is needed")
    {
        hub.exec(u"DELETE FROM tokens"_s);
        const Run ended = runClient({u"sync"_s, u"--hub"_s, hub.url().toString(), u"--user"_s, u"operator"_s,
                                     u"--token-file"_s, tokenFile, u"--cache"_s, cache});
        CHECK(ended.exitCode == 1);
        CHECK(ended.err.contains(u"needs a new login"_s));
    }
}

} // namespace rabeg::test
