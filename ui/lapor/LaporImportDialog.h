#pragma once

#include "lapor/LaporCsvSource.h"
#include "refdata/ReferenceData.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSettings;

namespace rabeg {

class HeldIdentities;
class LaporMappingEditor;

// Import of a LAPOR! export: choose the CSV file; the default layout is recognised, a layout mapped before is
// mapped again from the settings (by its headers' fingerprint), and an unknown one is mapped here with a preview of
// its first rows; Import queues the reports in the outbox (LaporImporter) and lists what was queued, what was not
// applied and why, and each row that could not be read. The mapping is saved for the layout when it imports.
class LaporImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaporImportDialog)

public:
    struct Setup
    {
        QString cachePath;
        const ReferenceData *reference = nullptr;
        std::function<QDateTime()> hubClock;
        QSettings *settings = nullptr; // where mappings are saved; null: QSettings()
        // The sync's identities held in memory (reporters' names go there); null without a hub: names not imported.
        std::shared_ptr<HeldIdentities> identities;
    };

    explicit LaporImportDialog(Setup setup, QWidget *parent = nullptr);
    ~LaporImportDialog() override;

    // Reads the file and shows its mapping (what "Choose file…" does after the file dialog).
    bool openFile(const QString &path);
    // Imports with the mapping on screen (the Import button).
    void importNow();
    LaporMappingEditor *mappingEditor() const { return m_editor; }

signals:
    // Commands went into the outbox: the workspace wakes the sync.
    void queued(int commands);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void chooseFile();
    void mappingChanged();
    QString settingsKey() const;

    Setup m_setup;
    std::unique_ptr<QSettings> m_ownSettings;
    std::optional<LaporCsvSource> m_source;
    LaporMapping m_guessed; // the default layout's reading of the file's headers
    bool m_savedLayout = false;
    QLabel *m_fileLabel = nullptr;
    QLineEdit *m_file = nullptr;
    QPushButton *m_choose = nullptr;
    QLabel *m_layout = nullptr;
    LaporMappingEditor *m_editor = nullptr;
    QLabel *m_resultLabel = nullptr;
    QPlainTextEdit *m_result = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace rabeg
