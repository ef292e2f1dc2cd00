#pragma once

#include <QDialog>
#include <QUrl>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;

namespace rabeg {

class CaFileEdit;
class Language;

// The login: the hub's address, the user name, the password, the certificate authority to trust (optional) and
// the language, which switches at once so that the dialog itself reads in it. Accepting remembers everything but
// the password (ClientSettings). When the hub has ended a session, the same dialog asks for the password only
// (renewal): the hub and the user stay, because another hub or user means another cache.
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    struct Login
    {
        QUrl hub;
        QString user;
        QString password;
        QString caFile;
    };

    LoginDialog(QSettings &settings, Language &language, QWidget *parent = nullptr);

    // Fills the fields (the command line's or the remembered values); empty values keep what is there.
    void setLogin(const QUrl &hub, const QString &user, const QString &caFile);
    void setRenewal(bool renewal);
    // A sentence above the fields: no keychain, a refused password, an ended session.
    void showNotice(const QString &message);
    Login login() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refuse(const QString &problem, QWidget *field);
    void focusFirstEmpty();

    QSettings &m_settings;
    Language &m_language;
    bool m_renewal = false;
    QLabel *m_noticeLabel = nullptr;
    QLabel *m_hubLabel = nullptr;
    QLineEdit *m_hubEdit = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLabel *m_caLabel = nullptr;
    CaFileEdit *m_caEdit = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_loginButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace rabeg
