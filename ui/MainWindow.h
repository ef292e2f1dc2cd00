#pragma once

#include <QMainWindow>

class QActionGroup;
class QLabel;
class QMenu;

namespace rabeg {

class InboxView;
class Language;

// Composes the screens and the actions; holds no logic of its own.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(InboxView *inbox, Language &language, const QString &cacheDescription, QWidget *parent = nullptr);

    InboxView *inbox() const { return m_inbox; }
    void addStatusWidget(QWidget *widget);
    void setTrainingBanner(const QString &storeKind);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showAbout();

    InboxView *m_inbox = nullptr;
    Language &m_language;
    QString m_cacheDescription;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_indonesianAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QLabel *m_cacheLabel = nullptr;
};

} // namespace rabeg
