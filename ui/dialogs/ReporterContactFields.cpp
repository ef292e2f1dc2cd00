#include "ReporterContactFields.h"

#include "domain/ContactChannels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace rabeg {

ReporterContactFields::ReporterContactFields(QFormLayout *form, const QString &textLabel, const char *textObjectName,
                                             QWidget *parent)
{
    m_channelCombo = new QComboBox(parent);
    m_channelCombo->setObjectName(u"reporterChannelComboBox"_s);
    for (const ContactChannel &channel : contactChannels())
        m_channelCombo->addItem(channel.label, channel.code);
    m_textEdit = new QPlainTextEdit(parent);
    m_textEdit->setObjectName(QString::fromLatin1(textObjectName));
    m_textEdit->setAccessibleName(textLabel);
    m_textEdit->setTabChangesFocus(true); // Tab goes on to the next field; Ctrl+Enter accepts the dialog
    m_textEdit->setMinimumSize(m_textEdit->fontMetrics().horizontalAdvance(u'x') * 60,
                               m_textEdit->fontMetrics().height() * 4);
    form->addRow(tr("C&hannel"), m_channelCombo);
    form->addRow(textLabel, m_textEdit);
}

QString ReporterContactFields::problem() const
{
    if (m_textEdit->toPlainText().trimmed().isEmpty()) {
        m_textEdit->setFocus();
        return tr("Write what was said to or by the reporter.");
    }
    return {};
}

void ReporterContactFields::fill(QJsonObject &payload, const QString &textKey) const
{
    payload.insert(textKey, m_textEdit->toPlainText().trimmed());
    payload.insert(u"reporter_channel"_s, m_channelCombo->currentData().toString());
}

} // namespace rabeg
