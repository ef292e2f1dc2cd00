#include "LoginDialog.h"

#include "CaFileEdit.h"
#include "ClientSettings.h"
#include "Language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace rabeg {

LoginDialog::LoginDialog(QSettings &settings, Language &language, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_language(language)
{
    setObjectName(u"loginDialog"_s);
    setWindowIcon(QIcon(u":/icons/rabeg.svg"_s));
    m_noticeLabel = new QLabel(this);
    m_noticeLabel->setObjectName(u"loginNoticeLabel"_s);
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setVisible(false);
    const auto field = [this](QLabel *&label, auto *edit, const QString &name) {
        edit->setObjectName(name);
        label = new QLabel(this);
        label->setBuddy(edit);
        return edit;
    };
    m_hubEdit = field(m_hubLabel, new QLineEdit(this), u"hubLineEdit"_s);
    m_userEdit = field(m_userLabel, new QLineEdit(this), u"userLineEdit"_s);
    m_passwordEdit = field(m_passwordLabel, new QLineEdit(this), u"passwordLineEdit"_s);
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_caEdit = field(m_caLabel, new CaFileEdit(this), u"caFileEdit"_s);
    m_languageCombo = field(m_languageLabel, new QComboBox(this), u"languageComboBox"_s);
    // Each language is named in itself, so a person who reads only one of them finds it.
    m_languageCombo->addItem(u"Bahasa Indonesia"_s, u"id"_s);
    m_languageCombo->addItem(u"English"_s, u"en"_s);
    m_languageCombo->setCurrentIndex(qMax(0, m_languageCombo->findData(m_language.current())));
    m_hubEdit->setPlaceholderText(u"https://rabeg.serangkota.go.id"_s);
    m_hubEdit->setMinimumWidth(m_hubEdit->fontMetrics().horizontalAdvance(u'x') * 44);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(u"loginProblemLabel"_s);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(u"color:#b01c1c"_s);
    m_problemLabel->setVisible(false);
    // Buttons of our own: a standard button takes back Qt's own text whenever the language changes.
    m_buttons = new QDialogButtonBox(this);
    m_buttons->setObjectName(u"loginButtonBox"_s);
    m_loginButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_loginButton->setObjectName(u"loginPushButton"_s);
    m_loginButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(u"loginCancelPushButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_language.use(m_languageCombo->currentData().toString()); });

    auto *form = new QFormLayout(this);
    form->addRow(m_noticeLabel);
    form->addRow(m_hubLabel, m_hubEdit);
    form->addRow(m_userLabel, m_userEdit);
    form->addRow(m_passwordLabel, m_passwordEdit);
    form->addRow(m_caLabel, m_caEdit);
    form->addRow(m_languageLabel, m_languageCombo);
    form->addRow(m_problemLabel);
    form->addRow(m_buttons);

    const ClientSettings remembered(m_settings);
    setLogin(remembered.hub(), remembered.user(), remembered.caFile());
    retranslate();
}

void LoginDialog::setLogin(const QUrl &hub, const QString &user, const QString &caFile)
{
    if (!hub.isEmpty())
        m_hubEdit->setText(hub.toString());
    if (!user.isEmpty())
        m_userEdit->setText(user);
    if (!caFile.isEmpty())
        m_caEdit->setPath(caFile);
    focusFirstEmpty();
}

void LoginDialog::setRenewal(bool renewal)
{
    m_renewal = renewal;
    m_hubEdit->setReadOnly(renewal);
    m_userEdit->setReadOnly(renewal);
    m_caEdit->setReadOnly(renewal);
    m_passwordEdit->clear();
    focusFirstEmpty();
    retranslate();
}

void LoginDialog::showNotice(const QString &message)
{
    m_noticeLabel->setText(message);
    m_noticeLabel->setVisible(!message.isEmpty());
}

void LoginDialog::focusFirstEmpty()
{
    for (QLineEdit *edit : {m_hubEdit, m_userEdit, m_passwordEdit}) {
        if (edit->text().isEmpty() && !edit->isReadOnly()) {
            edit->setFocus();
            return;
        }
    }
    m_passwordEdit->setFocus();
}

LoginDialog::Login LoginDialog::login() const
{
    return {QUrl(m_hubEdit->text().trimmed()), m_userEdit->text().trimmed(), m_passwordEdit->text(), m_caEdit->path()};
}

void LoginDialog::refuse(const QString &problem, QWidget *field)
{
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(true);
    field->setFocus();
}

void LoginDialog::accept()
{
    const Login entered = login();
    if (const QString problem = ClientSettings::hubProblem(entered.hub); !problem.isEmpty())
        return refuse(problem, m_hubEdit);
    if (entered.user.isEmpty())
        return refuse(tr("Enter your user name on the hub."), m_userEdit);
    if (entered.password.isEmpty())
        return refuse(tr("Enter your password."), m_passwordEdit);
    if (const QString problem = ClientSettings::caFileProblem(entered.caFile); !problem.isEmpty())
        return refuse(problem, m_caEdit);
    ClientSettings remembered(m_settings);
    remembered.setHub(entered.hub);
    remembered.setUser(entered.user);
    remembered.setCaFile(entered.caFile);
    remembered.setLanguage(m_language.current());
    QDialog::accept();
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LoginDialog::retranslate()
{
    setWindowTitle(m_renewal ? tr("Rabeg — log in again") : tr("Rabeg — log in"));
    m_hubLabel->setText(tr("&Hub address"));
    m_userLabel->setText(tr("&User name"));
    m_passwordLabel->setText(tr("&Password"));
    m_caLabel->setText(tr("&Certificate authority"));
    m_languageLabel->setText(tr("L&anguage"));
    m_loginButton->setText(tr("&Log in"));
    m_cancelButton->setText(m_renewal ? tr("Work &offline") : tr("&Quit"));
    // A character of room: with some fonts a label's hint is a few pixels short of what it paints (the last letter
    // of "Otoritas sertifikat" was cut under Xvfb).
    for (QLabel *label : {m_hubLabel, m_userLabel, m_passwordLabel, m_caLabel, m_languageLabel}) {
        label->setMinimumWidth(0);
        label->setMinimumWidth(label->sizeHint().width() + label->fontMetrics().averageCharWidth());
    }
}

} // namespace rabeg
