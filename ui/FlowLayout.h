#pragma once

#include <QLayout>
#include <QList>

namespace rabeg {

// Lays its widgets out in a row, left to right, and goes on in a further row where the width ends (Qt's flow
// layout example, trimmed to what the inbox's filter bar needs). Its minimum width is its widest item's, so a row
// of filters no longer makes the window wider than a laptop's screen when a dock or a chip needs room beside it.
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(int spacing = 6);
    ~FlowLayout() override;
    FlowLayout(const FlowLayout &) = delete;
    FlowLayout &operator=(const FlowLayout &) = delete;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the visible items in `rect` (only measures when `apply` is false); returns the height used.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_spacing;
};

} // namespace rabeg
