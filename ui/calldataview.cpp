// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "calldataview.h"

#include <QHeaderView>

#include <algorithm>

namespace CallData {

CallDataView::CallDataView(QWidget *parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("call_data_view"));
    setAccessibleName(tr("Call data"));
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false); // Tab leaves the table; while editing it moves to the next cell
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultSectionSize(
        190); // key, value and "On the call now" fit beside a side panel
    horizontalHeader()->setMinimumSectionSize(80);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

void CallDataView::commitOpenEditor()
{
    if (state() != QAbstractItemView::EditingState)
        return;
    // Only commit: the delegate may already have queued its own close for this editor.
    if (QWidget *editor = indexWidget(currentIndex()))
        commitData(editor);
}

QList<int> CallDataView::selectedRowNumbers() const
{
    QList<int> rows;
    if (selectionModel()) {
        const QModelIndexList indexes = selectionModel()->selectedIndexes();
        for (const QModelIndex &index : indexes) {
            if (!rows.contains(index.row()))
                rows << index.row();
        }
    }
    if (rows.isEmpty() && currentIndex().isValid())
        rows << currentIndex().row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void CallDataView::editKey(int row)
{
    const QModelIndex index = model() ? model()->index(row, 0) : QModelIndex();
    if (!index.isValid())
        return;
    setFocus(Qt::OtherFocusReason);
    setCurrentIndex(index);
    scrollTo(index);
    edit(index);
}

} // namespace CallData
