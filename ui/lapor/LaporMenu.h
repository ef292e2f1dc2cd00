#pragma once

#include <QMenu>

#include <functional>
#include <memory>

class QSettings;

namespace rabeg {

class HeldIdentities;
class ReferenceData;

// The main window's "LAPOR!" menu: import a LAPOR! export (with the mapping screen) and export the city's
// follow-ups for LAPOR!. Its actions join the command palette and the keymap.
class LaporMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LaporMenu)

public:
    // `identities`: the sync's, where imported reporters' names are held until sent; null without a hub.
    LaporMenu(QString cachePath, const ReferenceData &reference, std::function<QDateTime()> hubClock,
              std::shared_ptr<HeldIdentities> identities, QWidget *parent);

    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    void openImport();
    void openExport();

signals:
    // An import queued commands in the outbox.
    void queued();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QString m_cachePath;
    const ReferenceData &m_reference;
    std::function<QDateTime()> m_hubClock;
    std::shared_ptr<HeldIdentities> m_identities;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
};

} // namespace rabeg
