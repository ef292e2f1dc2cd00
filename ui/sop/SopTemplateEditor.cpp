#include "SopTemplateEditor.h"

#include "SopRoleDelegate.h"
#include "SopStepsModel.h"
#include "SopText.h"
#include "sop/SopPublication.h"
#include "sop/SopTemplateJson.h"
#include "sop/SopTransfer.h"

#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace rabeg {

SopTemplateEditor::SopTemplateEditor(const ReferenceData &reference, QWidget *parent)
    : QWidget(parent), m_reference(reference), m_catalog(*reference.sopCatalog())
{
    setObjectName(u"sopTemplateEditor"_s);
    const auto button = [this](const char *name) {
        auto *b = new QPushButton(this);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };
    m_opdLabel = new QLabel(this);
    m_opdCombo = new QComboBox(this);
    m_opdCombo->setObjectName(u"sopOpdComboBox"_s);
    m_opdLabel->setBuddy(m_opdCombo);
    m_serviceLabel = new QLabel(this);
    m_serviceCombo = new QComboBox(this);
    m_serviceCombo->setObjectName(u"sopServiceComboBox"_s);
    m_serviceLabel->setBuddy(m_serviceCombo);
    m_opdCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_opdCombo->setMinimumContentsLength(28);
    m_serviceCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_serviceCombo->setMinimumContentsLength(24);
    m_draftLabel = new QLabel(this);
    m_draftLabel->setObjectName(u"sopDraftLabel"_s);
    m_draftLabel->setWordWrap(true);

    m_steps = new SopStepsModel(this);
    m_steps->setObjectName(u"sopStepsModel"_s);
    m_table = new QTableView(this);
    m_table->setObjectName(u"sopStepsTableView"_s);
    m_table->setModel(m_steps);
    m_table->setItemDelegate(new SopRoleDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SopStepsModel::TitleColumn, QHeaderView::Stretch);
    // The step numbers with room to read them (the style's header hugged "1" against the grid).
    m_table->verticalHeader()->setMinimumWidth(m_table->fontMetrics().horizontalAdvance(u"99"_s) + 12);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignCenter);

    m_addButton = button("sopAddStepButton");
    m_removeButton = button("sopRemoveStepButton");
    m_upButton = button("sopMoveUpButton");
    m_downButton = button("sopMoveDownButton");
    m_importCsvButton = button("sopImportCsvButton");
    m_importJsonButton = button("sopImportJsonButton");
    m_exportCsvButton = button("sopExportCsvButton");
    m_exportJsonButton = button("sopExportJsonButton");
    m_publishButton = button("sopPublishButton");
    m_publishNoteLabel = new QLabel(this);
    m_publishNoteLabel->setObjectName(u"sopPublishNoteLabel"_s);
    m_publishNoteLabel->setWordWrap(true);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(u"sopEditorMessageLabel"_s);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_versionsLabel = new QLabel(this);
    m_versions = new QListWidget(this);
    m_versions->setObjectName(u"sopVersionsList"_s);
    m_versions->setSelectionMode(QAbstractItemView::NoSelection);
    m_versionsLabel->setBuddy(m_versions);

    auto *choose = new QGridLayout;
    choose->addWidget(m_opdLabel, 0, 0);
    choose->addWidget(m_opdCombo, 0, 1);
    choose->addWidget(m_serviceLabel, 0, 2);
    choose->addWidget(m_serviceCombo, 0, 3);
    choose->setColumnStretch(1, 3);
    choose->setColumnStretch(3, 2);
    auto *stepButtons = new QHBoxLayout;
    for (QPushButton *b : {m_addButton, m_removeButton, m_upButton, m_downButton})
        stepButtons->addWidget(b);
    stepButtons->addStretch(1);
    auto *fileButtons = new QHBoxLayout;
    for (QPushButton *b : {m_importCsvButton, m_importJsonButton, m_exportCsvButton, m_exportJsonButton})
        fileButtons->addWidget(b);
    fileButtons->addStretch(1);
    fileButtons->addWidget(m_publishButton);
    auto *left = new QVBoxLayout;
    left->addWidget(m_draftLabel);
    left->addWidget(m_table, 1);
    left->addLayout(stepButtons);
    auto *right = new QVBoxLayout;
    right->addWidget(m_versionsLabel);
    right->addWidget(m_versions, 1);
    auto *body = new QHBoxLayout;
    body->addLayout(left, 3);
    body->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choose);
    layout->addLayout(body, 1);
    layout->addLayout(fileButtons);
    layout->addWidget(m_publishNoteLabel);
    layout->addWidget(m_messageLabel);

    connect(m_opdCombo, &QComboBox::currentIndexChanged, this, &SopTemplateEditor::load);
    connect(m_serviceCombo, &QComboBox::currentIndexChanged, this, &SopTemplateEditor::load);
    connect(m_steps, &SopStepsModel::edited, this, &SopTemplateEditor::keepDraft);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SopTemplateEditor::updateButtons);
    connect(m_addButton, &QPushButton::clicked, this, &SopTemplateEditor::addStep);
    connect(m_removeButton, &QPushButton::clicked, this, &SopTemplateEditor::removeStep);
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveStep(+1); });
    connect(m_importCsvButton, &QPushButton::clicked, this, [this] { importFile(false); });
    connect(m_importJsonButton, &QPushButton::clicked, this, [this] { importFile(true); });
    connect(m_exportCsvButton, &QPushButton::clicked, this, [this] { exportFile(false); });
    connect(m_exportJsonButton, &QPushButton::clicked, this, [this] { exportFile(true); });
    connect(m_publishButton, &QPushButton::clicked, this, &SopTemplateEditor::publish);

    m_loading = true;
    fillOpds();
    fillServices();
    m_loading = false;
    retranslate();
    load();
}

void SopTemplateEditor::setReference(const ReferenceData &reference)
{
    const QString service = this->service();
    m_reference = reference;
    m_loading = true;
    const bool opdChanged = fillOpds();
    fillServices();
    m_serviceCombo->setCurrentIndex(std::max(0, m_serviceCombo->findData(service)));
    m_loading = false;
    if (opdChanged || this->service() != service)
        load();
    else
        retranslate(); // a name, or whether the OPD chosen is still active
    applyEditable();
}

bool SopTemplateEditor::fillOpds()
{
    QList<std::pair<QString, QString>> items; // text, code
    const QList<SopTemplate> latest = m_catalog.latest();
    for (const Opd &o : std::as_const(m_reference.opds)) {
        if (!m_onlyOpd.isEmpty() && o.code != m_onlyOpd)
            continue;
        if (o.active) {
            items.append({o.code + u" · "_s + o.name, o.code});
            continue;
        }
        // Deactivated: no new template, but what was published for it stays to be seen (and exported).
        if (std::any_of(latest.cbegin(), latest.cend(), [&o](const SopTemplate &t) { return t.opd == o.code; })
            || o.code == m_onlyOpd)
            items.append({tr("%1 · %2 (deactivated)").arg(o.code, o.name), o.code});
    }
    bool same = items.size() == m_opdCombo->count();
    for (int i = 0; same && i < items.size(); ++i)
        same = m_opdCombo->itemText(i) == items.at(i).first && m_opdCombo->itemData(i) == items.at(i).second;
    if (same) // after most syncs: the list is left alone (an open popup, the screen reader's place)
        return false;
    const QString current = opd();
    const bool wasLoading = std::exchange(m_loading, true);
    m_opdCombo->clear();
    for (const auto &[text, code] : std::as_const(items))
        m_opdCombo->addItem(text, code);
    m_opdCombo->setCurrentIndex(std::max(0, m_opdCombo->findData(current)));
    m_loading = wasLoading;
    return opd() != current;
}

void SopTemplateEditor::fillServices()
{
    // All of them; the OPD's own (its route) are not singled out because any OPD may get any service by a dispatch.
    m_serviceCombo->clear();
    for (const Service &service : std::as_const(m_reference.services))
        // The code after the name, unless the name already says it ("KTP elektronik (KTP-el)").
        m_serviceCombo->addItem(service.name.contains(service.code, Qt::CaseInsensitive)
                                    ? service.name
                                    : service.name + u" ("_s + service.code + u')',
                                service.code);
}

bool SopTemplateEditor::opdActive() const
{
    const Opd *chosen = m_reference.opd(opd());
    return !chosen || chosen->active;
}

void SopTemplateEditor::applyEditable()
{
    const bool edits = editable();
    m_table->setEditTriggers(edits ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                         | QAbstractItemView::AnyKeyPressed
                                   : QAbstractItemView::NoEditTriggers);
    for (QPushButton *b :
         {m_addButton, m_removeButton, m_upButton, m_downButton, m_importCsvButton, m_importJsonButton})
        b->setVisible(edits);
    updateButtons();
}

QString SopTemplateEditor::opd() const
{
    return m_opdCombo->currentData().toString();
}
QString SopTemplateEditor::service() const
{
    return m_serviceCombo->currentData().toString();
}
QString SopTemplateEditor::message() const
{
    return m_messageLabel->text();
}

void SopTemplateEditor::setCatalog(const SopCatalog &catalog)
{
    m_catalog = catalog;
    if (fillOpds()) { // a deactivated OPD is offered while it has templates
        load();
        return;
    }
    retranslate();
    showVersions();
}

void SopTemplateEditor::setCanPublish(bool canPublish)
{
    m_canPublish = canPublish;
    updateButtons();
}

void SopTemplateEditor::setPublishMode(PublishMode mode)
{
    m_publishMode = mode;
    retranslate();
}

void SopTemplateEditor::addPanel(QWidget *panel)
{
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->indexOf(m_publishNoteLabel), panel);
}

void SopTemplateEditor::openDraft(const SopTemplate &sop)
{
    m_drafts.insert(sopTemplateId(sop.opd, sop.service), sop);
    choose(sop.opd, sop.service);
}

void SopTemplateEditor::restrictToOpd(const QString &opd)
{
    if (opd == m_onlyOpd)
        return;
    m_onlyOpd = opd;
    fillOpds();
    load();
}

void SopTemplateEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    applyEditable();
}

void SopTemplateEditor::choose(const QString &opd, const QString &service)
{
    m_loading = true;
    m_opdCombo->setCurrentIndex(std::max(0, m_opdCombo->findData(opd)));
    m_serviceCombo->setCurrentIndex(std::max(0, m_serviceCombo->findData(service)));
    m_loading = false;
    load();
}

SopTemplate SopTemplateEditor::draft() const
{
    return SopTemplate {opd(), service(), m_catalog.latestVersion(opd(), service()) + 1, m_steps->steps()};
}

void SopTemplateEditor::load()
{
    if (m_loading || opd().isEmpty() || service().isEmpty())
        return;
    const QString id = sopTemplateId(opd(), service());
    const int latest = m_catalog.latestVersion(opd(), service());
    QList<SopStep> steps;
    if (m_drafts.contains(id))
        steps = m_drafts.value(id).steps;
    else if (const SopTemplate *published = m_catalog.find(id, latest))
        steps = published->steps;
    else
        steps = genericSopTemplate().steps; // a start: what applies today
    m_steps->setSteps(steps);
    if (m_steps->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(m_steps->index(0, SopStepsModel::TitleColumn),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showMessage({}, false);
    applyEditable();
    retranslate();
    showVersions();
}

void SopTemplateEditor::keepDraft()
{
    m_drafts.insert(sopTemplateId(opd(), service()), draft());
    retranslate();
}

void SopTemplateEditor::showVersions()
{
    m_versions->clear();
    const QString id = sopTemplateId(opd(), service());
    for (int version = m_catalog.latestVersion(opd(), service()); version >= 1; --version) {
        const SopTemplate *sop = m_catalog.find(id, version);
        if (!sop)
            continue;
        QStringList steps;
        for (const SopStep &s : sop->steps)
            steps.append(tr("%1. %2 (%3)").arg(s.number).arg(s.title, SopText::workingDays(s.expectedDays)));
        auto *item = new QListWidgetItem(tr("Version %1: %n step(s)", nullptr, int(sop->steps.size())).arg(version),
                                         m_versions);
        item->setToolTip(steps.join(u'\n'));
    }
    if (m_versions->count() == 0)
        new QListWidgetItem(tr("None yet: the generic checklist applies."), m_versions);
}

int SopTemplateEditor::currentRow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void SopTemplateEditor::updateButtons()
{
    const int row = currentRow();
    m_removeButton->setEnabled(row >= 0 && m_steps->rowCount() > 1);
    m_upButton->setEnabled(row > 0);
    m_downButton->setEnabled(row >= 0 && row < m_steps->rowCount() - 1);
    m_publishButton->setEnabled(m_canPublish && editable() && m_steps->rowCount() > 0);
    m_publishButton->setToolTip(m_publishMode == PublishMode::Publish
                                    ? tr("Publish these steps as the next version")
                                    : tr("Send these steps to an admin as a draft of the next version"));
    // No button that cannot do anything: where this workstation cannot publish, a note says who does.
    m_publishButton->setVisible(m_canPublish && editable());
    m_publishNoteLabel->setVisible(!m_canPublish || !editable());
}

void SopTemplateEditor::addStep()
{
    const int row = m_steps->addStep(currentRow() + 1);
    const QModelIndex title = m_steps->index(row, SopStepsModel::TitleColumn);
    m_table->selectionModel()->setCurrentIndex(title, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->edit(title);
    updateButtons();
}

void SopTemplateEditor::removeStep()
{
    const int row = currentRow();
    if (m_steps->removeStep(row) && m_steps->rowCount() > 0)
        m_table->selectionModel()->setCurrentIndex(m_steps->index(std::min(row, m_steps->rowCount() - 1), 0),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateButtons();
}

void SopTemplateEditor::moveStep(int by)
{
    const int row = currentRow();
    if (m_steps->moveStep(row, by))
        m_table->selectionModel()->setCurrentIndex(m_steps->index(row + by, SopStepsModel::TitleColumn),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateButtons();
}

bool SopTemplateEditor::applyImport(const QList<SopTemplate> &templates)
{
    if (templates.isEmpty()) {
        showMessage(tr("The file holds no template."), true);
        return false;
    }
    for (const SopTemplate &sop : templates)
        m_drafts.insert(sopTemplateId(sop.opd, sop.service), sop);
    const SopTemplate first = templates.first();
    choose(first.opd, first.service);
    showMessage(
        tr("Imported %n template(s) as drafts; each is published as its next version.", nullptr, int(templates.size())),
        false);
    return true;
}

bool SopTemplateEditor::importCsv(const QByteArray &bytes, const QString &fileName)
{
    const auto imported = importSopCsv(bytes, fileName, m_reference);
    if (!imported.ok()) {
        showMessage(tr("Not imported: %1").arg(imported.error().message), true);
        return false;
    }
    return applyImport(imported.value());
}

bool SopTemplateEditor::importJson(const QByteArray &bytes)
{
    const auto imported = importSopJson(bytes, m_reference);
    if (!imported.ok()) {
        showMessage(tr("Not imported: %1").arg(imported.error().message), true);
        return false;
    }
    return applyImport(imported.value());
}

QByteArray SopTemplateEditor::exportCsv() const
{
    return exportSopCsv({draft()});
}
QByteArray SopTemplateEditor::exportJson() const
{
    return exportSopJson({draft()});
}

bool SopTemplateEditor::publish()
{
    const SopTemplate sop = draft();
    if (!opdActive()) { // the hub would refuse it with this sentence
        showMessage(tr("Not published: %1").arg(sopOpdDeactivated(sop.opd).message), true);
        return false;
    }
    // The same rules as the hub's: keys unique and lower case, titles, days from 1 to 365, known roles and codes.
    const auto checked = decodeSopTemplate(encodeSopTemplate(sop), u"template"_s, DecodeMode::Strict, &m_reference);
    if (!checked.ok()) {
        showMessage(tr("Not published: %1").arg(checked.error().message), true);
        return false;
    }
    emit publishRequested(checked.value());
    return true;
}

void SopTemplateEditor::importFile(bool json)
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import SOP templates"), {},
                                                      json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("Cannot read %1: %2").arg(path, file.errorString()), true);
        return;
    }
    const QByteArray bytes = file.readAll();
    if (json)
        importJson(bytes);
    else
        importCsv(bytes, QFileInfo(path).fileName());
}

void SopTemplateEditor::exportFile(bool json)
{
    const QString suggested = u"sop_%1_%2.%3"_s.arg(opd().toLower(), service(), json ? u"json"_s : u"csv"_s);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the SOP template"), suggested,
                                                      json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json ? exportJson() : exportCsv()) < 0) {
        showMessage(tr("Cannot write %1: %2").arg(path, file.errorString()), true);
        return;
    }
    showMessage(tr("Exported to %1.").arg(path), false);
}

void SopTemplateEditor::showMessage(const QString &text, bool problem)
{
    m_problem = problem;
    m_messageLabel->setText(text);
    m_messageLabel->setVisible(!text.isEmpty());
    m_messageLabel->setStyleSheet(problem ? u"QLabel { color: #b71c1c; font-weight: bold; }"_s : QString());
}

void SopTemplateEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        fillOpds(); // "(deactivated)"
        retranslate();
    }
    QWidget::changeEvent(event);
}

void SopTemplateEditor::retranslate()
{
    // Accelerators clear of the main window's menus (File, View, Actions, Help) and tabs (Inbox, Routing, Log).
    m_opdLabel->setText(tr("&OPD:"));
    m_serviceLabel->setText(tr("&Service:"));
    const int latest = m_catalog.latestVersion(opd(), service());
    const bool edited = m_drafts.contains(sopTemplateId(opd(), service()));
    if (!opdActive())
        m_draftLabel->setText(tr("%1 was deactivated by an administrator: it takes no new complaints and no new "
                                 "template version. Its published versions are listed; the complaints that use them "
                                 "keep their checklists.")
                                  .arg(opd()));
    else if (m_readOnly)
        m_draftLabel->setText(latest == 0 ? tr("No template of this OPD for this service yet: the generic checklist "
                                               "applies.")
                                          : tr("Version %1 is in force. Export it as CSV or JSON to prepare the next "
                                               "version in a spreadsheet.")
                                                .arg(latest));
    else if (latest == 0)
        m_draftLabel->setText(tr("New template, version 1. Until it is published, this OPD uses the generic "
                                 "checklist for this service."));
    else
        m_draftLabel->setText((edited ? tr("Draft of version %1 (changed; version %2 is in force).")
                                      : tr("Draft of version %1, starting from version %2 in force."))
                                  .arg(latest + 1)
                                  .arg(latest));
    m_addButton->setText(tr("Add s&tep"));
    m_removeButton->setText(tr("Re&move step"));
    m_upButton->setText(tr("Move &up"));
    m_downButton->setText(tr("Move &down"));
    m_importCsvButton->setText(tr("Import CSV…"));
    m_importJsonButton->setText(tr("Import JSON…"));
    m_exportCsvButton->setText(tr("Export CSV…"));
    m_exportJsonButton->setText(tr("Export JSON…"));
    m_publishButton->setText(m_publishMode == PublishMode::Publish ? tr("&Publish") : tr("Submit dra&ft"));
    m_publishNoteLabel->setText(opdActive() ? tr("Publishing a version goes through the admin on the hub: export the "
                                                 "draft as CSV or JSON and send it to them.")
                                            : tr("No new version is published for a deactivated OPD."));
    m_versionsLabel->setText(tr("Published v&ersions"));
    updateButtons();
}

} // namespace rabeg
