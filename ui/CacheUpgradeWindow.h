#pragma once

#include "store/OpenProgress.h"

#include <QDialog>
#include <QElapsedTimer>

class QLabel;
class QProgressBar;

namespace rabeg {

// The window shown while the local cache is migrated to this version's schema or derived again (CachePreparation.h):
// which step runs, how far it is, how many complaints it has done, how long it has run and about how long is left.
// It has no cancel button: the work runs in one transaction per step, so closing Rabeg loses nothing but the step's
// work so far, and the text says so. Closing the window is ignored for the same reason (a user would think it
// cancels).
class CacheUpgradeWindow final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CacheUpgradeWindow)

public:
    explicit CacheUpgradeWindow(QWidget *parent = nullptr);

    void showProgress(const OpenProgress &progress);
    // From now on the window is shown as soon as there is something to show: at once when a step has been told,
    // else with the first one (an open that tells nothing, such as a broken file's, shows no empty window).
    void showOnceTold();

    // The sentence of a step, as shown (the tests read it).
    static QString stepText(const OpenProgress &progress);
    // "3 menit 20 detik" ("3 min 20 s"): whole minutes and seconds, or only seconds under a minute.
    static QString durationText(qint64 seconds);

Q_SIGNALS:
    // A step's progress was shown, the window's widgets already saying it (the tests follow the window by it).
    void progressShown(const rabeg::OpenProgress &progress);

protected:
    void closeEvent(class QCloseEvent *event) override;
    void reject() override { } // Escape does not close it either

private:
    void tick();

    QLabel *m_step = nullptr;
    QProgressBar *m_bar = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_time = nullptr;
    OpenProgress m_last;
    bool m_seen = false;
    bool m_showWhenTold = false;
    QElapsedTimer m_sinceStart;
    QElapsedTimer m_sinceStep;
};

} // namespace rabeg
