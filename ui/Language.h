#pragma once

#include <QObject>
#include <QTranslator>

namespace rabeg {

// The client's language: Indonesian by default, English second. Switching installs the other translators,
// and every widget retranslates on QEvent::LanguageChange, so no restart is needed.
class Language final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Language)

public:
    explicit Language(QObject *parent = nullptr);

    // "id" or "en"; returns false (and keeps the current language) for anything else.
    bool use(const QString &code);
    QString current() const { return m_current; }
    static QStringList available() { return {QStringLiteral("id"), QStringLiteral("en")}; }

signals:
    void changed(const QString &code);

private:
    QTranslator m_app;
    QTranslator m_qt;
    QString m_current;
};

} // namespace rabeg
