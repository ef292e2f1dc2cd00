#pragma once

#include "lapor/LaporMapping.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QTableWidget;

namespace rabeg {

// The mapping screen's heart: for each of our fields, which column of the file holds it (a combo box of the file's
// headers), and the first rows of the file as a table whose headers say which field each column feeds, so a person
// recognises the columns by their content.
class LaporMappingEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaporMappingEditor)

public:
    explicit LaporMappingEditor(QWidget *parent = nullptr);

    void setFile(const QStringList &headers, const QList<QStringList> &previewRows, const LaporMapping &mapping);
    LaporMapping mapping() const;
    // The combo box of a field (object name "<key>ComboBox", e.g. "tracking_idComboBox").
    QComboBox *comboFor(LaporMapping::Field field) const { return m_combos.value(field); }

signals:
    void mappingChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshPreviewHeaders();

    QStringList m_headers;
    QHash<LaporMapping::Field, QComboBox *> m_combos;
    QHash<LaporMapping::Field, QLabel *> m_labels;
    QFormLayout *m_form = nullptr;
    QLabel *m_previewLabel = nullptr;
    QTableWidget *m_preview = nullptr;
};

} // namespace rabeg
