// The login and settings dialogs, driven by the keyboard and found by object name: what they refuse, what they
// remember (everything but the password), and the language they switch at once.
#include <catch2/catch.hpp>

#include "CaFileEdit.h"
#include "ClientSettings.h"
#include "Language.h"
#include "LoginDialog.h"
#include "SettingsDialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace rabeg::test {
namespace {

template <typename T> T *child(QWidget &parent, const QString &name)
{
    auto *found = parent.findChild<T *>(name);
    INFO(name.toStdString());
    REQUIRE(found);
    return found;
}

void type(QWidget &dialog, const QString &name, const QString &text)
{
    auto *edit = child<QLineEdit>(dialog, name);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

struct Fixture
{
    QTemporaryDir dir;
    QSettings settings {dir.filePath(u"rabeg.ini"_s), QSettings::IniFormat};
    Language language;

    Fixture() { REQUIRE(language.use(u"id"_s)); }
    ~Fixture() { language.use(u"en"_s); }
    QByteArray settingsBytes()
    {
        settings.sync();
        QFile file(settings.fileName());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

} // namespace

TEST_CASE("the login dialog remembers the hub, the user, the CA file and the language, never the password")
{
    Fixture f;
    LoginDialog dialog(f.settings, f.language);
    dialog.show();
    type(dialog, u"hubLineEdit"_s, u"http://127.0.0.1:8470"_s);
    type(dialog, u"userLineEdit"_s, u"rina"_s);
    type(dialog, u"passwordLineEdit"_s, u"sandi-rahasia-rina"_s);
    auto *language = child<QComboBox>(dialog, u"languageComboBox"_s);
    language->setCurrentIndex(language->findData(u"en"_s));
    CHECK(f.language.current() == u"en"_s); // at once, not after the login
    QTest::mouseClick(child<QPushButton>(dialog, u"loginPushButton"_s), Qt::LeftButton);

    CHECK(dialog.result() == QDialog::Accepted);
    const LoginDialog::Login login = dialog.login();
    CHECK(login.hub == QUrl(u"http://127.0.0.1:8470"_s));
    CHECK(login.user == u"rina"_s);
    CHECK(login.password == u"sandi-rahasia-rina"_s);
    const ClientSettings remembered(f.settings);
    CHECK(remembered.hub() == QUrl(u"http://127.0.0.1:8470"_s));
    CHECK(remembered.user() == u"rina"_s);
    CHECK(remembered.language() == u"en"_s);
    CHECK_FALSE(f.settingsBytes().contains("sandi-rahasia-rina"));

    SECTION("and fills them in the next time")
    {
        LoginDialog again(f.settings, f.language);
        CHECK(child<QLineEdit>(again, u"hubLineEdit"_s)->text() == u"http://127.0.0.1:8470"_s);
        CHECK(child<QLineEdit>(again, u"userLineEdit"_s)->text() == u"rina"_s);
        CHECK(child<QLineEdit>(again, u"passwordLineEdit"_s)->text().isEmpty());
    }
}

TEST_CASE("the login dialog says what is missing and stays open")
{
    Fixture f;
    LoginDialog dialog(f.settings, f.language);
    dialog.show();
    auto *problem = child<QLabel>(dialog, u"loginProblemLabel"_s);
    auto *login = child<QPushButton>(dialog, u"loginPushButton"_s);

    type(dialog, u"hubLineEdit"_s, u"rabeg kota serang"_s);
    QTest::mouseClick(login, Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(problem->isVisibleTo(&dialog));
    CHECK(problem->text().contains(u"https://"_s));

    type(dialog, u"hubLineEdit"_s, u"https://hub.rabeg.test"_s);
    type(dialog, u"userLineEdit"_s, u"rina"_s);
    QTest::mouseClick(login, Qt::LeftButton);
    CHECK(dialog.isVisible());
    CHECK(dialog.focusWidget() == child<QLineEdit>(dialog, u"passwordLineEdit"_s));

    SECTION("a certificate authority file that holds no certificate is refused")
    {
        QFile notPem(f.dir.filePath(u"ca.pem"_s));
        REQUIRE(notPem.open(QIODevice::WriteOnly));
        notPem.write("not a certificate\n");
        notPem.close();
        type(dialog, u"passwordLineEdit"_s, u"x"_s);
        type(dialog, u"caFileLineEdit"_s, notPem.fileName());
        QTest::mouseClick(login, Qt::LeftButton);
        CHECK(dialog.isVisible());
        CHECK(problem->text().contains(notPem.fileName()));
    }
}

TEST_CASE("renewing a session asks for the password only: the hub and the user stay")
{
    Fixture f;
    LoginDialog dialog(f.settings, f.language);
    dialog.setLogin(QUrl(u"https://hub.rabeg.test"_s), u"rina"_s, QString());
    dialog.setRenewal(true);
    dialog.show();
    CHECK(child<QLineEdit>(dialog, u"hubLineEdit"_s)->isReadOnly());
    CHECK(child<QLineEdit>(dialog, u"userLineEdit"_s)->isReadOnly());
    CHECK(child<QLineEdit>(dialog, u"caFileLineEdit"_s)->isReadOnly());
    CHECK(dialog.focusWidget() == child<QLineEdit>(dialog, u"passwordLineEdit"_s));
}

TEST_CASE("the settings dialog saves the hub, the CA file and the language, and switches the language at once")
{
    Fixture f;
    SettingsDialog dialog(f.settings, f.language);
    dialog.show();
    type(dialog, u"settingsHubLineEdit"_s, u"https://hub.rabeg.test"_s);
    auto *language = child<QComboBox>(dialog, u"settingsLanguageComboBox"_s);
    language->setCurrentIndex(language->findData(u"en"_s));
    QTest::mouseClick(child<QPushButton>(dialog, u"settingsSavePushButton"_s), Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(f.language.current() == u"en"_s);
    const ClientSettings saved(f.settings);
    CHECK(saved.hub() == QUrl(u"https://hub.rabeg.test"_s));
    CHECK(saved.language() == u"en"_s);
    CHECK(saved.caFile().isEmpty());

    SECTION("a hub address that is not one is refused")
    {
        SettingsDialog again(f.settings, f.language);
        again.show();
        type(again, u"settingsHubLineEdit"_s, u"ftp://hub"_s);
        QTest::mouseClick(child<QPushButton>(again, u"settingsSavePushButton"_s), Qt::LeftButton);
        CHECK(again.isVisible());
        CHECK(child<QLabel>(again, u"settingsProblemLabel"_s)->isVisibleTo(&again));
        CHECK(ClientSettings(f.settings).hub() == QUrl(u"https://hub.rabeg.test"_s));
    }
}

} // namespace rabeg::test
