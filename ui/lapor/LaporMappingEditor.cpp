#include "LaporMappingEditor.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rabeg {

LaporMappingEditor::LaporMappingEditor(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const LaporMapping::Field field : LaporMapping::fields()) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(LaporMapping::key(field) + u"ComboBox"_s);
        combo->setMinimumWidth(170);
        auto *label = new QLabel(this);
        label->setBuddy(combo);
        m_combos.insert(field, combo);
        m_labels.insert(field, label);
        m_form->addRow(label, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            refreshPreviewHeaders();
            emit mappingChanged();
        });
    }
    layout->addLayout(m_form, 0);
    auto *right = new QVBoxLayout;
    m_previewLabel = new QLabel(this);
    m_previewLabel->setWordWrap(true);
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(u"previewTableWidget"_s);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    m_preview->horizontalHeader()->setDefaultSectionSize(150);
    m_preview->verticalHeader()->setDefaultSectionSize(24);
    right->addWidget(m_previewLabel);
    right->addWidget(m_preview, 1);
    layout->addLayout(right, 1);
    retranslate();
}

void LaporMappingEditor::setFile(const QStringList &headers, const QList<QStringList> &previewRows,
                                 const LaporMapping &mapping)
{
    m_headers = headers;
    for (auto it = m_combos.begin(); it != m_combos.end(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->clear();
        it.value()->addItem(tr("(not in this file)"), QString());
        for (const QString &header : headers)
            it.value()->addItem(header, header);
        const int at = it.value()->findData(mapping.column(it.key()));
        it.value()->setCurrentIndex(at < 0 ? 0 : at);
    }
    m_preview->clear();
    m_preview->setColumnCount(int(headers.size()));
    m_preview->setRowCount(int(previewRows.size()));
    for (int row = 0; row < previewRows.size(); ++row) {
        const QStringList &values = previewRows.at(row);
        for (int column = 0; column < values.size() && column < headers.size(); ++column) {
            auto *item = new QTableWidgetItem(values.at(column).simplified());
            item->setToolTip(values.at(column));
            m_preview->setItem(row, column, item);
        }
    }
    refreshPreviewHeaders();
    emit mappingChanged();
}

LaporMapping LaporMappingEditor::mapping() const
{
    LaporMapping mapping;
    for (auto it = m_combos.begin(); it != m_combos.end(); ++it)
        mapping.setColumn(it.key(), it.value()->currentData().toString());
    return mapping;
}

void LaporMappingEditor::refreshPreviewHeaders()
{
    const LaporMapping current = mapping();
    for (int column = 0; column < m_headers.size(); ++column) {
        QString feeds;
        for (const LaporMapping::Field field : LaporMapping::fields()) {
            if (current.column(field) == m_headers.at(column))
                feeds = LaporMapping::label(field);
        }
        const QString text = feeds.isEmpty() ? m_headers.at(column) + u"\n"_s + tr("(not used)")
                                             : m_headers.at(column) + u"\n→ "_s + feeds;
        auto *header = new QTableWidgetItem(text);
        header->setToolTip(text);
        if (feeds.isEmpty())
            header->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        m_preview->setHorizontalHeaderItem(column, header);
        // Wide enough for the header's two lines (the file's name for the column and the field it fills).
        int width = 0;
        for (const QString &line : text.split(u'\n'))
            width = std::max(width, m_preview->horizontalHeader()->fontMetrics().horizontalAdvance(line));
        m_preview->horizontalHeader()->resizeSection(column, std::clamp(width + 24, 140, 280));
    }
}

void LaporMappingEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LaporMappingEditor::retranslate()
{
    for (auto it = m_labels.begin(); it != m_labels.end(); ++it) {
        const QString label = LaporMapping::label(it.key());
        it.value()->setText(LaporMapping::required(it.key()) ? label + u" *"_s : label);
    }
    for (QComboBox *combo : std::as_const(m_combos)) {
        if (combo->count() > 0)
            combo->setItemText(0, tr("(not in this file)"));
    }
    m_previewLabel->setText(tr("The first rows of the file. Each column's header says which field it fills; fields "
                               "marked * are required."));
    m_preview->setAccessibleName(tr("First rows of the file"));
    if (!m_headers.isEmpty())
        refreshPreviewHeaders();
}

} // namespace rabeg
