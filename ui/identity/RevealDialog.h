#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace rabeg {

// "Reveal identity...": asks a supervisor or an admin why an anonymous reporter must be unmasked (for example a
// police request and its letter number). The reason goes into the complaint's history and the hub's audit log;
// the dialog says so before anything is sent, and accepts only a reason of 1 to 1,000 characters.
class RevealDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevealDialog)

public:
    static constexpr int kMaxReason = 1000; // the hub's limit (hub/IdentityRoute.cpp)

    explicit RevealDialog(const QString &trackingId, QWidget *parent = nullptr);

    QString reason() const;

private:
    void check();

    QLabel *m_explanation = nullptr;
    QPlainTextEdit *m_reasonEdit = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rabeg
