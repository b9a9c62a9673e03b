// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "livecallsdelegate.h"

#include <QApplication>
#include <QPainter>
#include <QtMath>

#include <utility>

namespace CallData {

namespace {

constexpr qsizetype MaxCachedTexts = 4096;

} // namespace

const QStaticText &LiveCallsDelegate::laidOut(const QString &text, int width,
                                              const QStyleOptionViewItem &option) const
{
    if (option.font != m_font || m_texts.size() >= MaxCachedTexts) {
        m_texts.clear();
        m_font = option.font;
    }
    const TextKey key {text, width, option.textElideMode};
    if (const auto found = m_texts.constFind(key); found != m_texts.cend())
        return *found;
    QStaticText laid(option.fontMetrics.elidedText(text, option.textElideMode, width));
    laid.setTextFormat(Qt::PlainText); // a remote party's name is never markup
    laid.prepare(QTransform(), option.font);
    return *m_texts.insert(key, laid);
}

void LiveCallsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    if (cell.features & (QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator)) {
        QStyledItemDelegate::paint(painter, option, index); // not a plain-text cell: the style lays it out
        return;
    }
    const QWidget *widget = cell.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QString text = std::exchange(cell.text, QString());
    const bool hasText = cell.features.testFlag(QStyleOptionViewItem::HasDisplay) && !text.isEmpty();
    cell.features &= ~QStyleOptionViewItem::HasDisplay;
    // A selected text-only cell is highlighted whole (the style would fill only the text's
    // rectangle, which is the whole cell, but knows it only from the text).
    cell.showDecorationSelected = true;
    // Background, selection, hover and focus frame: the style's own.
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
    if (!hasText)
        return;

    // The text where and as QCommonStyle puts it in a text-only cell: inside the focus frame's
    // margin, elided, one line.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = cell.rect.adjusted(margin, 0, -margin, 0);
    if (textRect.width() <= 0)
        return;
    const QStaticText &laid = laidOut(text, textRect.width(), cell);
    const QSize size(qCeil(laid.size().width()), cell.fontMetrics.height());
    const QRect placed = QStyle::alignedRect(cell.direction, cell.displayAlignment, size, textRect);

    QPalette::ColorGroup group =
        cell.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !cell.state.testFlag(QStyle::State_Active))
        group = QPalette::Inactive;
    painter->save();
    painter->setFont(cell.font);
    painter->setPen(cell.palette.color(
        group, cell.state.testFlag(QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    painter->setClipRect(textRect, Qt::IntersectClip);
    painter->drawStaticText(placed.topLeft(), laid);
    painter->restore();
}

} // namespace CallData
