#include "VerifyDialog.h"

#include "Labels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace rabeg {

VerifyDialog::VerifyDialog(const ReferenceData &reference, const Complaint &complaint, QWidget *parent)
    : QDialog(parent), m_reference(reference), m_originalTitle(complaint.title)
{
    setObjectName(QStringLiteral("verifyDialog"));
    setWindowTitle(tr("Verify %1").arg(complaint.trackingId));
    m_classificationCombo = new QComboBox(this);
    m_classificationCombo->setObjectName(QStringLiteral("classificationComboBox"));
    for (Classification c : {Classification::Pengaduan, Classification::Aspirasi, Classification::PermintaanInformasi})
        m_classificationCombo->addItem(Labels::classification(c), toCode(c));
    if (complaint.classification != Classification::Unset)
        m_classificationCombo->setCurrentIndex(m_classificationCombo->findData(toCode(complaint.classification)));

    // Typing the first letters of a service's name jumps to it; Enter still verifies (the combo is not editable).
    m_serviceCombo = new QComboBox(this);
    m_serviceCombo->setObjectName(QStringLiteral("serviceComboBox"));
    for (const Service &service : reference.services) {
        if (service.active) // a deactivated one stays on the complaints that have it, and is chosen for no more
            m_serviceCombo->addItem(service.name, service.code);
    }
    m_categoryCombo = new QComboBox(this);
    m_categoryCombo->setObjectName(QStringLiteral("categoryComboBox"));
    for (const Category &category : reference.categories) {
        if (!category.active)
            continue;
        const Category *parentCategory = reference.category(category.parent);
        m_categoryCombo->addItem(parentCategory ? parentCategory->name + u" › "_s + category.name : category.name,
                                 category.id);
    }
    m_titleEdit = new QLineEdit(complaint.title, this);
    m_titleEdit->setObjectName(QStringLiteral("titleLineEdit"));
    m_titleEdit->setMinimumWidth(m_titleEdit->fontMetrics().horizontalAdvance(u'x') * 60);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setStyleSheet(QStringLiteral("color:#b01c1c"));
    m_problemLabel->setVisible(false);

    // Unknown service: nothing is chosen for the operator, who must pick one (Enter alone would verify a guess).
    const int service = m_serviceCombo->findData(complaint.service);
    if (service < 0)
        m_serviceCombo->insertItem(0, QString(), QString());
    m_serviceCombo->setCurrentIndex(service >= 0 ? service : 0);
    serviceChosen();
    if (const int category = m_categoryCombo->findData(complaint.category); category >= 0)
        m_categoryCombo->setCurrentIndex(category);
    connect(m_serviceCombo, &QComboBox::currentIndexChanged, this, &VerifyDialog::serviceChosen);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Verify"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("verifyOkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &VerifyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Classification"), m_classificationCombo);
    form->addRow(tr("&Service"), m_serviceCombo);
    form->addRow(tr("Ca&tegory"), m_categoryCombo);
    form->addRow(tr("&Title"), m_titleEdit);
    form->addRow(m_problemLabel);
    form->addRow(buttons);
    m_classificationCombo->setFocus();
}

void VerifyDialog::accept()
{
    if (m_serviceCombo->currentData().toString().isEmpty()) {
        m_problemLabel->setText(tr("Choose the service the complaint is about."));
        m_problemLabel->setVisible(true);
        m_serviceCombo->setFocus();
        return;
    }
    QDialog::accept();
}

void VerifyDialog::serviceChosen()
{
    // The category follows the service (each service belongs to one); the operator may still change it.
    if (const Service *service = m_reference.service(m_serviceCombo->currentData().toString())) {
        if (const int category = m_categoryCombo->findData(service->category); category >= 0)
            m_categoryCombo->setCurrentIndex(category);
    }
}

QJsonObject VerifyDialog::payload() const
{
    QJsonObject payload{{u"classification"_s, m_classificationCombo->currentData().toString()},
                        {u"category"_s, m_categoryCombo->currentData().toString()},
                        {u"service"_s, m_serviceCombo->currentData().toString()}};
    const QString title = m_titleEdit->text().simplified();
    if (title != m_originalTitle)
        payload.insert(u"title"_s, title);
    return payload;
}

} // namespace rabeg
