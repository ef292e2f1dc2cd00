#pragma once

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QLineEdit;
class QListWidget;

namespace rabeg {

// Choose where a complaint goes: one of the city's OPDs (dispatch) or an external agency (not our authority).
// Typing filters the list; the suggestion is selected first, with why it is suggested; Enter confirms.
class RouteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RouteDialog)

public:
    struct Choice
    {
        QString code;
        QString name;
    };

    RouteDialog(const QString &title, const QString &okText, const QList<Choice> &choices, QWidget *parent = nullptr);

    void suggest(const QString &code, const QString &why);
    QString chosen() const;
    QString note() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &text);

    QLineEdit *m_filterEdit = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_suggestionLabel = nullptr;
    QLineEdit *m_noteEdit = nullptr;
};

} // namespace rabeg
