#include "LaporImportDialog.h"

#include "LaporMappingEditor.h"
#include "lapor/LaporImporter.h"
#include "store/LocalCache.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rabeg {

LaporImportDialog::LaporImportDialog(Setup setup, QWidget *parent) : QDialog(parent), m_setup(std::move(setup))
{
    setObjectName(u"laporImportDialog"_s);
    if (!m_setup.settings) {
        m_ownSettings = std::make_unique<QSettings>();
        m_setup.settings = m_ownSettings.get();
    }
    auto *layout = new QVBoxLayout(this);
    auto *fileRow = new QHBoxLayout;
    m_fileLabel = new QLabel(this);
    m_file = new QLineEdit(this);
    m_file->setObjectName(u"fileLineEdit"_s);
    m_file->setReadOnly(true);
    m_fileLabel->setBuddy(m_file);
    m_choose = new QPushButton(this);
    m_choose->setObjectName(u"chooseFilePushButton"_s);
    fileRow->addWidget(m_fileLabel);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    layout->addLayout(fileRow);
    m_layout = new QLabel(this);
    m_layout->setObjectName(u"layoutLabel"_s);
    m_layout->setWordWrap(true);
    layout->addWidget(m_layout);
    m_editor = new LaporMappingEditor(this);
    layout->addWidget(m_editor, 3);
    m_resultLabel = new QLabel(this);
    m_result = new QPlainTextEdit(this);
    m_result->setObjectName(u"resultPlainTextEdit"_s);
    m_result->setReadOnly(true);
    m_resultLabel->setBuddy(m_result);
    layout->addWidget(m_resultLabel);
    layout->addWidget(m_result, 1);
    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(u"importPushButton"_s);
    m_import->setEnabled(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);

    connect(m_choose, &QPushButton::clicked, this, &LaporImportDialog::chooseFile);
    connect(m_import, &QPushButton::clicked, this, &LaporImportDialog::importNow);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_editor, &LaporMappingEditor::mappingChanged, this, &LaporImportDialog::mappingChanged);
    resize(1180, 720);
    retranslate();
}

LaporImportDialog::~LaporImportDialog() = default;

QString LaporImportDialog::settingsKey() const
{
    return u"lapor/mappings/"_s + LaporMapping::fingerprint(m_source->headers());
}

void LaporImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a LAPOR! export"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool LaporImportDialog::openFile(const QString &path)
{
    m_result->clear();
    auto source = LaporCsvSource::fromFile(path, *m_setup.reference, m_setup.hubClock);
    if (!source.ok()) {
        m_source.reset();
        m_file->clear();
        m_layout->setText(source.error().message);
        m_editor->setFile({}, {}, {});
        return false;
    }
    m_source.emplace(std::move(source).value());
    m_file->setText(QDir::toNativeSeparators(path));
    m_guessed = m_source->mapping();
    LaporMapping mapping = m_guessed;
    m_savedLayout = false;
    const QByteArray saved = m_setup.settings->value(settingsKey()).toByteArray();
    if (!saved.isEmpty()) {
        if (const auto restored = LaporMapping::fromJson(QJsonDocument::fromJson(saved).object()); restored.ok()) {
            mapping = restored.value();
            m_savedLayout = true;
        }
    }
    m_editor->setFile(m_source->headers(), m_source->preview(5), mapping);
    return true;
}

void LaporImportDialog::mappingChanged()
{
    if (!m_source) {
        m_import->setEnabled(false);
        return;
    }
    const LaporMapping mapping = m_editor->mapping();
    const QStringList missing = mapping.missing(m_source->headers());
    m_import->setEnabled(missing.isEmpty());
    if (!missing.isEmpty())
        m_layout->setText(tr("Unknown layout: choose the columns for %1 below (the first rows are shown to help).")
                              .arg(missing.join(u", "_s)));
    else if (m_savedLayout && mapping == m_guessed)
        m_layout->setText(tr("The default LAPOR! layout, as mapped before."));
    else if (m_savedLayout)
        m_layout->setText(tr("A layout mapped before on this workstation: its saved mapping is used."));
    else if (mapping == m_guessed)
        m_layout->setText(tr("The default LAPOR! export layout: every column recognised."));
    else
        m_layout->setText(tr("Mapped by hand: the mapping is saved for this layout when you import."));
}

void LaporImportDialog::importNow()
{
    if (!m_source)
        return;
    m_source->setMapping(m_editor->mapping());
    LocalCache cache;
    if (Status status = cache.open(m_setup.cachePath, u"rabeg-lapor-import"_s)) {
        m_result->setPlainText(tr("The local cache cannot be opened: %1").arg(status->message));
        return;
    }
    LaporImporter importer(cache, *m_setup.reference, m_setup.hubClock);
    importer.setIdentities(m_setup.identities);
    const auto result = importer.import(*m_source);
    if (!result.ok()) {
        m_result->setPlainText(result.error().message);
        return;
    }
    m_setup.settings->setValue(settingsKey(),
                               QJsonDocument(m_editor->mapping().toJson()).toJson(QJsonDocument::Compact));
    m_savedLayout = true;
    mappingChanged(); // "as mapped before" from now on
    using Kind = LaporRowOutcome::Kind;
    const LaporImportResult &r = result.value();
    QStringList lines;
    lines << tr("%1 rows read: %2 new complaints and %3 status changes queued for the hub, %4 unchanged, %5 not "
                "applied, %6 rows not readable.")
                 .arg(r.rowsRead)
                 .arg(r.count(Kind::Intake))
                 .arg(r.count(Kind::Change))
                 .arg(r.count(Kind::Unchanged))
                 .arg(r.count(Kind::Skipped))
                 .arg(r.problems.size());
    for (const LaporRowOutcome &o : r.outcomes) {
        if (o.kind == Kind::Skipped)
            lines << tr("Not applied, row %1 (%2): %3").arg(o.row).arg(o.trackingId, o.message);
        else if (o.kind == Kind::Change)
            lines << tr("Row %1 (%2): %3").arg(o.row).arg(o.trackingId, o.message);
    }
    for (const LaporProblem &p : r.problems) {
        lines << (p.field.isEmpty() ? tr("Row %1 not read: %2").arg(p.row).arg(p.message)
                                    : tr("Row %1 not read, column \"%2\": %3").arg(p.row).arg(p.field, p.message));
    }
    if (r.reportersHeld > 0)
        lines << tr("%n reporters' names are held in memory until the hub takes their reports in, and never written "
                    "to this workstation's disk: they are lost if Rabeg closes before that.",
                    nullptr, r.reportersHeld);
    if (r.reportersLeftOut > 0)
        lines << tr("%n reporters' names were not imported (no hub in this session); they stay in LAPOR!.", nullptr,
                    r.reportersLeftOut);
    m_result->setPlainText(lines.join(u'\n'));
    if (!r.queued.isEmpty())
        emit queued(int(r.queued.size()));
}

void LaporImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LaporImportDialog::retranslate()
{
    setWindowTitle(tr("Import a LAPOR! export"));
    m_fileLabel->setText(tr("&File:"));
    m_choose->setText(tr("&Choose file…"));
    m_resultLabel->setText(tr("&Result:"));
    m_import->setText(tr("&Import"));
    if (!m_source)
        m_layout->setText(tr("Choose a LAPOR! export saved as CSV (UTF-8). Its reports are queued for the hub; "
                             "importing the same export again changes nothing."));
    else
        mappingChanged();
}

} // namespace rabeg
