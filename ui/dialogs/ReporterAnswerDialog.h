#pragma once

#include <QDialog>
#include <QJsonObject>

#include <memory>

class QLabel;

namespace rabeg {

class ReporterContactFields;

// "The reporter answered" (resume a deferred complaint): the answer as the operator took it down, and the channel
// it came through. The resume restarts the paused clocks. Ctrl+Enter accepts.
class ReporterAnswerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReporterAnswerDialog)

public:
    explicit ReporterAnswerDialog(const QString &trackingId, QWidget *parent = nullptr);
    ~ReporterAnswerDialog() override;

    QJsonObject payload() const;
    void accept() override;

private:
    std::unique_ptr<ReporterContactFields> m_fields;
    QLabel *m_problemLabel = nullptr;
};

} // namespace rabeg
