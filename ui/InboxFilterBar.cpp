#include "InboxFilterBar.h"

#include "FlowLayout.h"

#include "Labels.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rabeg {

constexpr int kOnlyLabelWidth = 420; // pixels: the drill-down chip's text at most

namespace {

// As wide as its choice needs up to about 18 characters (the longest category alone made the filter row wider
// than a 1366-pixel laptop screen), its list as wide as its longest choice.
QComboBox *combo(QWidget *parent, const char *name)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QString::fromLatin1(name));
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(12);
    box->setMaximumWidth(box->fontMetrics().averageCharWidth() * 18 + 40);
    return box;
}

void fitList(QComboBox *box)
{
    box->view()->setMinimumWidth(box->view()->sizeHintForColumn(0) + 2 * box->view()->frameWidth() + 24);
}

void select(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

InboxFilterBar::InboxFilterBar(const ReferenceData &reference, std::unique_ptr<SavedFilters> saved, QWidget *parent)
    : QWidget(parent), m_reference(reference), m_saved(std::move(saved))
{
    setObjectName(QStringLiteral("inboxFilterBar"));
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("inboxSearchLineEdit"));
    m_searchEdit->setAccessibleName(tr("Search complaints"));
    m_searchEdit->setClearButtonEnabled(true);
    m_stateCombo = combo(this, "stateFilterComboBox");
    m_opdCombo = combo(this, "opdFilterComboBox");
    m_categoryCombo = combo(this, "categoryFilterComboBox");
    m_kecamatanCombo = combo(this, "kecamatanFilterComboBox");
    m_overdueCheck = new QCheckBox(this);
    m_overdueCheck->setObjectName(QStringLiteral("overdueOnlyCheckBox"));
    m_escalatedCheck = new QCheckBox(this);
    m_escalatedCheck->setObjectName(QStringLiteral("escalatedOnlyCheckBox"));
    m_pendingCheck = new QCheckBox(this);
    m_pendingCheck->setObjectName(QStringLiteral("pendingOnlyCheckBox"));
    m_stalledCheck = new QCheckBox(this);
    m_stalledCheck->setObjectName(QStringLiteral("stalledOnlyCheckBox"));
    m_mineCheck = new QCheckBox(this);
    m_mineCheck->setObjectName(QStringLiteral("assignedToMeCheckBox"));
    m_mineCheck->setEnabled(!m_saved->user().isEmpty()); // offline without a user there is no "me"
    m_savedCombo = combo(this, "savedFiltersComboBox");
    m_savedCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents); // "Saved filters…" whole; its names are short
    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(QStringLiteral("saveFilterPushButton"));
    m_clearButton = new QPushButton(this);
    m_clearButton->setObjectName(QStringLiteral("clearFiltersPushButton"));
    m_typingTimer = new QTimer(this);
    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(300);
    auto *chip = new QFrame(this);
    chip->setFrameShape(QFrame::StyledPanel);
    m_onlyChip = chip;
    m_onlyChip->setObjectName(QStringLiteral("onlyIdsChip"));
    m_onlyChip->setStyleSheet(QStringLiteral("#onlyIdsChip { background: #e3ecf7; border: 1px solid #7a9cc6;"
                                             " border-radius: 9px; }"));
    m_onlyLabel = new QLabel(m_onlyChip);
    m_onlyLabel->setObjectName(QStringLiteral("onlyIdsLabel"));
    m_onlyRemoveButton = new QToolButton(m_onlyChip);
    m_onlyRemoveButton->setObjectName(QStringLiteral("onlyIdsRemoveToolButton"));
    m_onlyRemoveButton->setText(QStringLiteral("×"));
    m_onlyRemoveButton->setAutoRaise(true);
    auto *chipLayout = new QHBoxLayout(m_onlyChip);
    chipLayout->setContentsMargins(8, 1, 2, 1);
    chipLayout->setSpacing(2);
    chipLayout->addWidget(m_onlyLabel);
    chipLayout->addWidget(m_onlyRemoveButton);
    m_onlyChip->hide();

    // The drill-down's chip beside the search, which gives it room; the filters flow into a second row where the
    // width ends (a dock beside the inbox), instead of making the window wider than the screen.
    auto *top = new QHBoxLayout;
    top->addWidget(m_searchEdit, 1);
    top->addWidget(m_onlyChip);
    top->addWidget(m_savedCombo);
    top->addWidget(m_saveButton);
    top->addWidget(m_clearButton);
    auto *bottom = new FlowLayout;
    for (QWidget *w : {static_cast<QWidget *>(m_stateCombo), static_cast<QWidget *>(m_opdCombo),
                       static_cast<QWidget *>(m_categoryCombo), static_cast<QWidget *>(m_kecamatanCombo),
                       static_cast<QWidget *>(m_overdueCheck), static_cast<QWidget *>(m_escalatedCheck),
                       static_cast<QWidget *>(m_pendingCheck), static_cast<QWidget *>(m_stalledCheck),
                       static_cast<QWidget *>(m_mineCheck)})
        bottom->addWidget(w);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(bottom);

    retranslate();
    connect(m_searchEdit, &QLineEdit::textEdited, this, &InboxFilterBar::emitSoon);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        emitNow();
        emit searchSubmitted();
    });
    connect(m_typingTimer, &QTimer::timeout, this, &InboxFilterBar::emitNow);
    for (QComboBox *box : {m_stateCombo, m_opdCombo, m_categoryCombo, m_kecamatanCombo})
        connect(box, &QComboBox::currentIndexChanged, this, &InboxFilterBar::emitNow);
    for (QCheckBox *box : {m_overdueCheck, m_escalatedCheck, m_pendingCheck, m_stalledCheck, m_mineCheck})
        connect(box, &QCheckBox::toggled, this, &InboxFilterBar::emitNow);
    connect(m_savedCombo, &QComboBox::activated, this, &InboxFilterBar::applySaved);
    connect(m_saveButton, &QPushButton::clicked, this, &InboxFilterBar::askNameAndSave);
    connect(m_clearButton, &QPushButton::clicked, this, [this] { setCriteria({}); });
    connect(m_onlyRemoveButton, &QToolButton::clicked, this, [this] {
        m_onlyIds.clear();
        m_onlyText.clear();
        showOnlyChip();
        emitNow();
    });
}

InboxFilterBar::~InboxFilterBar() = default;

void InboxFilterBar::fillChoices()
{
    // Rebuilt on a language change, keeping what is chosen.
    const QScopedValueRollback<bool> applying(m_applying, true);
    const InboxCriteria now = criteria();
    m_stateCombo->clear();
    m_stateCombo->addItem(tr("All states"), QString());
    for (const QString &code : codesOf<ComplaintState>())
        m_stateCombo->addItem(Labels::state(fromCode<ComplaintState>(code).value()), code);
    m_opdCombo->clear();
    m_opdCombo->addItem(tr("All OPDs"), QString());
    for (const Opd &opd : m_reference.opds)
        m_opdCombo->addItem(opd.code, opd.code);
    m_categoryCombo->clear();
    m_categoryCombo->addItem(tr("All categories"), QString());
    for (const Category &category : m_reference.categories) {
        if (category.parent.isEmpty())
            m_categoryCombo->addItem(category.name, category.id);
    }
    m_kecamatanCombo->clear();
    m_kecamatanCombo->addItem(tr("All kecamatan"), QString());
    for (const Kecamatan &kecamatan : m_reference.kecamatan)
        m_kecamatanCombo->addItem(kecamatan.name, kecamatan.code);
    for (QComboBox *box : {m_stateCombo, m_opdCombo, m_categoryCombo, m_kecamatanCombo})
        fitList(box);
    setCriteria(now);
}

InboxCriteria InboxFilterBar::criteria() const
{
    InboxCriteria c;
    c.text = m_searchEdit->text().trimmed();
    c.state = m_stateCombo->currentData().toString();
    c.opd = m_opdCombo->currentData().toString();
    if (const QString root = m_categoryCombo->currentData().toString(); !root.isEmpty()) {
        // A root category stands for itself and its children: complaints carry the leaf.
        c.categories.append(root);
        for (const Category &category : m_reference.categories) {
            if (category.parent == root)
                c.categories.append(category.id);
        }
    }
    c.kecamatan = m_kecamatanCombo->currentData().toString();
    c.overdueOnly = m_overdueCheck->isChecked();
    c.escalatedOnly = m_escalatedCheck->isChecked();
    c.pendingOnly = m_pendingCheck->isChecked();
    c.stalledOnly = m_stalledCheck->isChecked();
    if (m_mineCheck->isChecked())
        c.assignedTo = m_saved->user();
    c.onlyIds = m_onlyIds;
    c.onlyLabel = m_onlyText;
    return c;
}

void InboxFilterBar::setCriteria(const InboxCriteria &c)
{
    {
        const QScopedValueRollback<bool> applying(m_applying, true);
        m_searchEdit->setText(c.text);
        select(m_stateCombo, c.state);
        select(m_opdCombo, c.opd);
        select(m_categoryCombo, c.categories.value(0));
        select(m_kecamatanCombo, c.kecamatan);
        m_overdueCheck->setChecked(c.overdueOnly);
        m_escalatedCheck->setChecked(c.escalatedOnly);
        m_pendingCheck->setChecked(c.pendingOnly);
        m_stalledCheck->setChecked(c.stalledOnly);
        m_mineCheck->setChecked(!c.assignedTo.isEmpty() && c.assignedTo == m_saved->user());
        m_onlyIds = c.onlyIds;
        m_onlyText = c.onlyLabel;
        showOnlyChip();
    }
    emitNow();
}

void InboxFilterBar::showOnlyChip()
{
    const bool shown = !m_onlyIds.isEmpty() || !m_onlyText.isEmpty();
    const QString label = m_onlyText.isEmpty() ? tr("Chosen complaints") : m_onlyText;
    // At most a third of a laptop's width, elided in the middle; the whole in its tooltip.
    const QString whole = tr("Only: %1 (%2)").arg(label, QLocale().toString(m_onlyIds.size()));
    m_onlyLabel->setText(m_onlyLabel->fontMetrics().elidedText(whole, Qt::ElideMiddle, kOnlyLabelWidth));
    m_onlyLabel->setToolTip(whole);
    m_onlyRemoveButton->setToolTip(tr("Show all complaints again"));
    m_onlyRemoveButton->setAccessibleName(tr("Remove the filter: %1").arg(label));
    m_onlyChip->setAccessibleName(tr("Only these complaints: %1").arg(label));
    m_onlyChip->setVisible(shown);
}

void InboxFilterBar::focusSearch()
{
    m_searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchEdit->selectAll();
}

void InboxFilterBar::setOpdFilterShown(bool shown)
{
    m_opdCombo->setVisible(shown);
    if (!shown)
        select(m_opdCombo, QString());
}

void InboxFilterBar::emitSoon() { m_typingTimer->start(); }

void InboxFilterBar::emitNow()
{
    if (m_applying)
        return;
    m_typingTimer->stop();
    emit criteriaChanged(criteria());
}

void InboxFilterBar::reloadSaved()
{
    m_savedCombo->clear();
    m_savedCombo->addItem(tr("Saved filters…"), QString());
    for (const SavedFilters::Entry &entry : m_saved->entries())
        m_savedCombo->addItem(entry.name, entry.name);
}

void InboxFilterBar::applySaved(int index)
{
    const QString name = m_savedCombo->itemData(index).toString();
    for (const SavedFilters::Entry &entry : m_saved->entries()) {
        if (entry.name == name)
            setCriteria(entry.criteria);
    }
}

void InboxFilterBar::saveAs(const QString &name)
{
    if (name.trimmed().isEmpty())
        return;
    m_saved->save(name.trimmed(), criteria());
    reloadSaved();
    select(m_savedCombo, name.trimmed());
}

void InboxFilterBar::askNameAndSave()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("saveFilterDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save these filters"));
    dialog->setLabelText(tr("Name:"));
    connect(dialog, &QInputDialog::textValueSelected, this, &InboxFilterBar::saveAs);
    dialog->open();
}

void InboxFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void InboxFilterBar::retranslate()
{
    m_searchEdit->setAccessibleName(tr("Search complaints"));
    m_searchEdit->setPlaceholderText(tr("Search titles and texts (Ctrl+F); \"quotes\" for a phrase"));
    m_overdueCheck->setText(tr("Overd&ue only"));
    m_overdueCheck->setToolTip(tr("Complaints with a deadline clock past its due time at hub time"));
    m_escalatedCheck->setText(tr("&Escalated only"));
    m_pendingCheck->setText(tr("&Pending here"));
    m_stalledCheck->setText(tr("Stalled onl&y"));
    m_stalledCheck->setToolTip(tr("Complaints whose SOP checklist is stalled at hub time, as on the stall board"));
    m_mineCheck->setText(tr("Assigned to &me"));
    m_mineCheck->setToolTip(tr("Complaints you own (claimed, or assigned to you), as the hub last confirmed"));
    m_saveButton->setText(tr("Save…"));
    m_clearButton->setText(tr("Clear"));
    showOnlyChip();
    fillChoices();
    reloadSaved();
}

} // namespace rabeg
