#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class QComboBox;
class QFormLayout;
class QPlainTextEdit;
class QWidget;

namespace rabeg {

// The reporter loop's two fields in a dialog's form: how the reporter was reached (ContactChannels.h) and what
// was said (the question a defer sends, or the reporter's answer a resume records). Both are required once shown;
// the dialog owns the widgets.
class ReporterContactFields final
{
    Q_DECLARE_TR_FUNCTIONS(ReporterContactFields)

public:
    ReporterContactFields(QFormLayout *form, const QString &textLabel, const char *textObjectName, QWidget *parent);

    // The sentence that says what is missing (and the missing field takes the focus), or empty when complete.
    QString problem() const;
    // Adds `textKey` (reporter_message or reporter_answer) and reporter_channel.
    void fill(QJsonObject &payload, const QString &textKey) const;

private:
    QComboBox *m_channelCombo = nullptr;
    QPlainTextEdit *m_textEdit = nullptr;
};

} // namespace rabeg
