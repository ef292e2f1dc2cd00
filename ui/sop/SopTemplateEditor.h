#pragma once

#include "refdata/ReferenceData.h"
#include "sop/SopCatalog.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace rabeg {

class SopStepsModel;

// The SOP template editor (administration; docs/sop.md): choose an OPD and a service, edit the ordered steps of
// the next version (title, expected working days, role, critical), add, remove and move steps, import and export
// CSV and JSON through the core (an import error names the row and the field), and publish. Publishing is a
// request: the editor checks the draft with the core's template rules and emits it as the next version; the caller
// decides it (decideSopPublication) and sends it to the hub. The versions already published are listed, read-only.
// The OPDs offered are those of the reference data in force (the Workspace's ReferenceInForce, setReference after a
// sync that changed it): an OPD an admin added is there; one deactivated is offered only when it has templates,
// marked, its versions shown read-only, and no new version is published for it.
class SopTemplateEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SopTemplateEditor)

public:
    explicit SopTemplateEditor(const ReferenceData &reference, QWidget *parent = nullptr);

    // The reference data in force changed (an admin added, renamed or deactivated an OPD or a service): the lists
    // follow, the OPD and service chosen and the drafts are kept.
    void setReference(const ReferenceData &reference);
    // The published versions (the reference data's catalog until this is called); the draft is kept.
    void setCatalog(const SopCatalog &catalog);
    // Admins and supervisors publish; a liaison prepares drafts and exports them for an admin. Without it the
    // publish button is not there, and a note says that publishing goes through the admin on the hub.
    void setCanPublish(bool canPublish);
    // Admins and supervisors publish; a liaison's button submits a draft of their OPD for an admin to publish.
    enum class PublishMode { Publish, SubmitDraft };
    void setPublishMode(PublishMode mode);
    // A widget under the buttons (the publication panel).
    void addPanel(QWidget *panel);
    // A draft someone else prepared (a liaison's), shown as the draft of its template.
    void openDraft(const SopTemplate &sop);
    void setMessage(const QString &text, bool problem) { showMessage(text, problem); }
    // A liaison sees only their OPD's templates (empty: every OPD).
    void restrictToOpd(const QString &opd);
    // Read-only: the steps cannot be edited nor imported; versions are seen and the draft exported.
    void setReadOnly(bool readOnly);
    void choose(const QString &opd, const QString &service);

    QString opd() const;
    QString service() const;
    // The template as edited, as the next version of (opd, service).
    SopTemplate draft() const;
    SopStepsModel *stepsModel() const { return m_steps; }
    QString message() const;

    // The buttons' work without their file dialogs (tests, drag and drop). An import replaces the drafts of the
    // templates it holds and shows the first; false (and the core's message) when the file is refused.
    bool importCsv(const QByteArray &bytes, const QString &fileName);
    bool importJson(const QByteArray &bytes);
    QByteArray exportCsv() const;
    QByteArray exportJson() const;
    // Checks the draft; emits publishRequested (the receiver says what became of it), or shows what is wrong and
    // returns false.
    bool publish();

signals:
    void publishRequested(const SopTemplate &sop);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    bool fillOpds();
    void fillServices();
    // The steps may be edited and a version published: not read-only, and the OPD chosen is not deactivated.
    bool opdActive() const;
    bool editable() const { return !m_readOnly && opdActive(); }
    void applyEditable();
    void load();
    void keepDraft();
    void showVersions();
    void updateButtons();
    void showMessage(const QString &text, bool problem);
    void addStep();
    void removeStep();
    void moveStep(int by);
    void importFile(bool json);
    void exportFile(bool json);
    int currentRow() const;
    bool applyImport(const QList<SopTemplate> &templates);

    ReferenceData m_reference;
    SopCatalog m_catalog;
    QHash<QString, SopTemplate> m_drafts; // by template id: edits not published yet
    bool m_canPublish = true;
    PublishMode m_publishMode = PublishMode::Publish;
    bool m_readOnly = false;
    QString m_onlyOpd;
    bool m_loading = false;
    bool m_problem = false;

    QLabel *m_opdLabel = nullptr;
    QComboBox *m_opdCombo = nullptr;
    QLabel *m_serviceLabel = nullptr;
    QComboBox *m_serviceCombo = nullptr;
    QLabel *m_draftLabel = nullptr;
    SopStepsModel *m_steps = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_upButton = nullptr;
    QPushButton *m_downButton = nullptr;
    QPushButton *m_importCsvButton = nullptr;
    QPushButton *m_importJsonButton = nullptr;
    QPushButton *m_exportCsvButton = nullptr;
    QPushButton *m_exportJsonButton = nullptr;
    QPushButton *m_publishButton = nullptr;
    QLabel *m_publishNoteLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QLabel *m_versionsLabel = nullptr;
    QListWidget *m_versions = nullptr;
};

} // namespace rabeg
