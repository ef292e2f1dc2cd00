#pragma once

#include <QStyledItemDelegate>

namespace rabeg {

// Paints a title with the words a search matched highlighted. The marks come from FTS5's highlight() through
// InboxModel::MarkedTitleRole (U+0002 ... U+0003), so what is highlighted is exactly what matched.
class SearchHighlightDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchHighlightDelegate)

public:
    explicit SearchHighlightDelegate(int markedRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    struct Span
    {
        qsizetype start = 0;
        qsizetype length = 0;
    };
    // The plain text of a marked title and where its matches are.
    static QString plainText(const QString &marked, QList<Span> *matches);

private:
    int m_markedRole;
};

} // namespace rabeg
