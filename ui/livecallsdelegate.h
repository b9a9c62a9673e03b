// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace CallData {

/**
 * Paints the live-calls table's plain-text cells as QStyledItemDelegate does (the style draws the
 * background, selection and focus), but keeps each cell's laid-out, elided text: the table is
 * repainted after every delta, and shaping the same 150 strings again each time was most of the
 * cost of showing a delta (BENCHMARKS.md, measure 6).
 */
class LiveCallsDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    struct TextKey
    {
        QString text;
        int width;
        Qt::TextElideMode elideMode;
        friend bool operator==(const TextKey &a, const TextKey &b)
        {
            return a.width == b.width && a.elideMode == b.elideMode && a.text == b.text;
        }
        friend size_t qHash(const TextKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.width, int(key.elideMode));
        }
    };

    const QStaticText &laidOut(const QString &text, int width, const QStyleOptionViewItem &option) const;

    // The texts of the cells painted lately, for one font; a few screens' worth at most.
    mutable QHash<TextKey, QStaticText> m_texts;
    mutable QFont m_font;
};

} // namespace CallData
