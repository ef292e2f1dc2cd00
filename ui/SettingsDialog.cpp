#include "SettingsDialog.h"

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

SettingsDialog::SettingsDialog(QSettings &settings, Language &language, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_language(language)
{
    setObjectName(u"settingsDialog"_s);
    const ClientSettings current(m_settings);
    m_hubEdit = new QLineEdit(current.hub().toString(), this);
    m_hubEdit->setObjectName(u"settingsHubLineEdit"_s);
    m_hubEdit->setPlaceholderText(u"https://rabeg.serangkota.go.id"_s);
    m_hubEdit->setMinimumWidth(m_hubEdit->fontMetrics().horizontalAdvance(u'x') * 44);
    m_caEdit = new CaFileEdit(this);
    m_caEdit->setPath(current.caFile());
    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(u"settingsLanguageComboBox"_s);
    m_languageCombo->addItem(u"Bahasa Indonesia"_s, u"id"_s);
    m_languageCombo->addItem(u"English"_s, u"en"_s);
    m_languageCombo->setCurrentIndex(qMax(0, m_languageCombo->findData(m_language.current())));
    m_hubLabel = new QLabel(this);
    m_hubLabel->setBuddy(m_hubEdit);
    m_caLabel = new QLabel(this);
    m_caLabel->setBuddy(m_caEdit);
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_languageCombo);
    m_noteLabel = new QLabel(this);
    m_noteLabel->setObjectName(u"settingsNoteLabel"_s);
    m_noteLabel->setWordWrap(true);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(u"settingsProblemLabel"_s);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(u"color:#b01c1c"_s);
    m_problemLabel->setVisible(false);
    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(u"settingsSavePushButton"_s);
    m_saveButton->setDefault(true);
    m_cancelButton = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(u"settingsCancelPushButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(m_hubLabel, m_hubEdit);
    form->addRow(m_caLabel, m_caEdit);
    form->addRow(m_languageLabel, m_languageCombo);
    form->addRow(m_noteLabel);
    form->addRow(m_problemLabel);
    form->addRow(buttons);
    m_hubEdit->setFocus();
    retranslate();
}

void SettingsDialog::accept()
{
    const QUrl hub(m_hubEdit->text().trimmed());
    QString problem = hub.isEmpty() ? QString() : ClientSettings::hubProblem(hub);
    QWidget *field = m_hubEdit;
    if (problem.isEmpty()) {
        problem = ClientSettings::caFileProblem(m_caEdit->path());
        field = m_caEdit;
    }
    if (!problem.isEmpty()) {
        m_problemLabel->setText(problem);
        m_problemLabel->setVisible(true);
        field->setFocus();
        return;
    }
    ClientSettings settings(m_settings);
    settings.setHub(hub);
    settings.setCaFile(m_caEdit->path());
    const QString language = m_languageCombo->currentData().toString();
    settings.setLanguage(language);
    m_language.use(language);
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_hubLabel->setText(tr("&Hub address"));
    m_caLabel->setText(tr("&Certificate authority"));
    m_languageLabel->setText(tr("L&anguage"));
    m_noteLabel->setText(tr("The language changes at once. A new hub address or certificate authority is used "
                            "from the next login."));
    m_saveButton->setText(tr("&Save"));
    m_cancelButton->setText(tr("Cancel"));
    // A character of room: with some fonts a label's hint is a few pixels short of what it paints (the last letter
    // of "Otoritas sertifikat" was cut under Xvfb).
    for (QLabel *label : {m_hubLabel, m_caLabel, m_languageLabel}) {
        label->setMinimumWidth(0);
        label->setMinimumWidth(label->sizeHint().width() + label->fontMetrics().averageCharWidth());
    }
}

} // namespace rabeg
