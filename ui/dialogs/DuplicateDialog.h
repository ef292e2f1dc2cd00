#pragma once

#include "store/DuplicateFinder.h"

#include <QDialog>
#include <QJsonObject>

class QLineEdit;
class QListWidget;

namespace rabeg {

// Mark a complaint as a duplicate of another: the candidates are the cached complaints most alike in words, of the
// same service and kecamatan (DuplicateFinder), the most similar first; Enter marks the selected one.
class DuplicateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DuplicateDialog)

public:
    DuplicateDialog(const QString &trackingId, const QList<DuplicateCandidate> &candidates, QWidget *parent = nullptr);

    QJsonObject payload() const;
    bool hasCandidates() const;

private:
    QListWidget *m_list = nullptr;
    QLineEdit *m_noteEdit = nullptr;
};

} // namespace rabeg
