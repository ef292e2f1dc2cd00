#pragma once

#include <QStyledItemDelegate>

namespace rabeg {

// Edits a step's role with a list of the SOP roles (their translated names; the model keeps the code), and its
// expected working days with a spin box from 1 to 365, as the import checks them.
class SopRoleDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SopRoleDelegate)

public:
    explicit SopRoleDelegate(QObject *parent = nullptr) : QStyledItemDelegate(parent) { }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace rabeg
