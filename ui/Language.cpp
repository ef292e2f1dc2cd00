#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace rabeg {

Language::Language(QObject *parent) : QObject(parent) {}

bool Language::use(const QString &code)
{
    if (!available().contains(code))
        return false;
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    const QLocale locale(code == QLatin1String("id") ? QLocale::Indonesian : QLocale::English,
                         code == QLatin1String("id") ? QLocale::Indonesia : QLocale::UnitedKingdom);
    QLocale::setDefault(locale);
    if (m_app.load(QStringLiteral(":/i18n/rabeg_") + code + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(&m_app);
    // Qt's own strings (standard buttons, dialogs), where Debian ships them.
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    m_current = code;
    emit changed(code);
    return true;
}

} // namespace rabeg
