#include "KeychainFixture.h"

#include "LoginDialog.h"
#include "Workspace.h"

#include <QDirIterator>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

namespace rabeg::test {

void waitFor(const std::function<bool()> &done, const char *what)
{
    INFO(what);
    REQUIRE(QTest::qWaitFor(done, 60000));
}

QStringList filesContaining(const QString &dir, const QByteArray &secret)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
            found.append(file.fileName());
    }
    return found;
}

QString isolateHome()
{
    static QTemporaryDir home;
    REQUIRE(home.isValid());
    const QByteArray path = QFile::encodeName(home.path());
    qputenv("HOME", path);
    qputenv("XDG_DATA_HOME", path + "/data");
    qputenv("XDG_CONFIG_HOME", path + "/config");
    qputenv("XDG_CACHE_HOME", path + "/cache");
    return home.path();
}

KeychainWorkstation::KeychainWorkstation(TestHub &hub, const QString &service)
    : m_hub(hub), m_settings(m_dir.filePath(u"rabeg.ini"_s), QSettings::IniFormat), m_keychain(service)
{
    REQUIRE(m_dir.isValid());
    REQUIRE(m_language.use(u"en"_s));
}

KeychainWorkstation::~KeychainWorkstation() = default;

LoginFlow &KeychainWorkstation::start(bool withPassword, bool defaultCacheFolder)
{
    LoginFlow::Start start;
    start.hub = m_hub.url();
    start.user = u"operator"_s;
    if (withPassword)
        start.password = QString::fromUtf8(kPassword);
    if (!defaultCacheFolder)
        start.cachePath = m_dir.filePath(u"operator.sqlite"_s);
    m_flow = std::make_unique<LoginFlow>(start, m_hub.reference(), m_language, m_settings, m_keychain);
    m_flow->begin();
    return *m_flow;
}

void KeychainWorkstation::waitOnline()
{
    waitFor([this] { return m_flow->workspace() != nullptr; }, "the workspace opens");
    waitFor(
        [this] {
            const SyncStatus status = m_flow->workspace()->lastStatus();
            return status.online && status.lastError.isEmpty() && !status.loginNeeded;
        },
        "the workstation syncs with the hub");
}

QByteArray KeychainWorkstation::keptToken()
{
    QSignalSpy read(&m_keychain, &SessionKeychain::tokenRead);
    QSignalSpy unavailable(&m_keychain, &SessionKeychain::unavailable);
    m_keychain.read(m_hub.url(), u"operator"_s);
    waitFor([&] { return !read.isEmpty() || !unavailable.isEmpty(); }, "the keychain answers");
    INFO((unavailable.isEmpty() ? std::string() : unavailable.at(0).at(0).toString().toStdString()));
    REQUIRE(unavailable.isEmpty());
    return read.at(0).at(0).toByteArray();
}

void KeychainWorkstation::logInWithDialog()
{
    waitFor([this] { return m_flow->loginDialog() && m_flow->loginDialog()->isVisible(); }, "the login dialog shows");
    LoginDialog *dialog = m_flow->loginDialog();
    auto *password = dialog->findChild<QLineEdit *>(u"passwordLineEdit"_s);
    REQUIRE(password);
    password->setFocus();
    QTest::keyClicks(password, QString::fromUtf8(kPassword));
    auto *login = dialog->findChild<QPushButton *>(u"loginPushButton"_s);
    REQUIRE(login);
    QTest::mouseClick(login, Qt::LeftButton);
}

} // namespace rabeg::test
