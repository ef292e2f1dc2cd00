#include "SearchHighlightDelegate.h"

#include <QApplication>
#include <QPainter>

namespace rabeg {

SearchHighlightDelegate::SearchHighlightDelegate(int markedRole, QObject *parent)
    : QStyledItemDelegate(parent), m_markedRole(markedRole)
{
}

QString SearchHighlightDelegate::plainText(const QString &marked, QList<Span> *matches)
{
    QString plain;
    plain.reserve(marked.size());
    qsizetype start = -1;
    for (const QChar ch : marked) {
        if (ch == QChar(0x02)) {
            start = plain.size();
        } else if (ch == QChar(0x03)) {
            if (start >= 0 && matches)
                matches->append({start, plain.size() - start});
            start = -1;
        } else {
            plain.append(ch);
        }
    }
    return plain;
}

void SearchHighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const QString marked = index.data(m_markedRole).toString();
    QList<Span> matches;
    const QString plain = plainText(marked, &matches);
    if (matches.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The cell without its text (background, selection, focus), then the text run by run.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(3, 0, -3, 0);
    const bool selected = option.state & QStyle::State_Selected;
    const QColor normal = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QFont bold = option.font;
    bold.setBold(true);
    painter->save();
    painter->setClipRect(textRect);
    int x = textRect.left();
    qsizetype at = 0;
    const auto run = [&](qsizetype from, qsizetype length, bool match) {
        if (length <= 0 || x > textRect.right())
            return;
        const QString piece = plain.mid(from, length);
        const QFontMetrics fm(match ? bold : option.font);
        const int w = fm.horizontalAdvance(piece);
        const QRect r(x, textRect.top(), w, textRect.height());
        if (match) {
            painter->fillRect(r.adjusted(-1, 2, 1, -2), selected ? QColor(0xff, 0xe0, 0x82).darker(130)
                                                                 : QColor(0xff, 0xe0, 0x82));
        }
        painter->setFont(match ? bold : option.font);
        painter->setPen(match && !selected ? QColor(0x20, 0x20, 0x20) : normal);
        painter->drawText(r, Qt::AlignVCenter | Qt::AlignLeft, piece);
        x += w;
    };
    for (const Span &span : matches) {
        run(at, span.start - at, false);
        run(span.start, span.length, true);
        at = span.start + span.length;
    }
    run(at, plain.size() - at, false);
    painter->restore();
}

} // namespace rabeg
