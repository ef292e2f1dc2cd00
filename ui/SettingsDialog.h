#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;

namespace rabeg {

class CaFileEdit;
class Language;

// The workstation's settings: the hub's address, the certificate authority to trust and the language. The
// language changes at once; a new hub or authority is used from the next login, because a running session (and
// its cache) belongs to the hub it logged in to.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(QSettings &settings, Language &language, QWidget *parent = nullptr);

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QSettings &m_settings;
    Language &m_language;
    QLabel *m_hubLabel = nullptr;
    QLineEdit *m_hubEdit = nullptr;
    QLabel *m_caLabel = nullptr;
    CaFileEdit *m_caEdit = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLabel *m_problemLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace rabeg
