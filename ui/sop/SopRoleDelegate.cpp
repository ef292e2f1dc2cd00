#include "SopRoleDelegate.h"

#include "SopStepsModel.h"
#include "SopText.h"
#include "sop/SopTemplateJson.h"

#include <QComboBox>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace rabeg {

QWidget *SopRoleDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    if (index.column() == SopStepsModel::RoleColumn) {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(u"sopRoleComboBox"_s);
        for (const QString &code : sopStepRoles())
            combo->addItem(SopText::role(code), code);
        return combo;
    }
    if (index.column() == SopStepsModel::DaysColumn) {
        auto *spin = new QSpinBox(parent);
        spin->setObjectName(u"sopDaysSpinBox"_s);
        spin->setRange(1, 365);
        return spin;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void SopRoleDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor); combo && index.column() == SopStepsModel::RoleColumn) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
        return;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor); spin && index.column() == SopStepsModel::DaysColumn) {
        spin->setValue(index.data(Qt::EditRole).toInt());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void SopRoleDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor); combo && index.column() == SopStepsModel::RoleColumn) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor); spin && index.column() == SopStepsModel::DaysColumn) {
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace rabeg
