#pragma once

#include "domain/Complaint.h"
#include "refdata/ReferenceData.h"

#include <QDialog>
#include <QJsonObject>

class QComboBox;
class QLabel;
class QLineEdit;

namespace rabeg {

// Verify a complaint (LAPOR!'s VERIFIKASI): its classification, category and service, and a corrected title.
// Opens on what the complaint already says (the service it came with, its category); Enter verifies.
class VerifyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VerifyDialog)

public:
    VerifyDialog(const ReferenceData &reference, const Complaint &complaint, QWidget *parent = nullptr);

    QJsonObject payload() const;
    void accept() override;

private:
    void serviceChosen();

    const ReferenceData &m_reference;
    QString m_originalTitle;
    QComboBox *m_classificationCombo = nullptr;
    QComboBox *m_serviceCombo = nullptr;
    QComboBox *m_categoryCombo = nullptr;
    QLineEdit *m_titleEdit = nullptr;
    QLabel *m_problemLabel = nullptr;
};

} // namespace rabeg
