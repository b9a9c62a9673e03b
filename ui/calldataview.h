// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QTableView>

namespace CallData {

/** The call-data table: key and value columns, row marks in the vertical header. */
class CallDataView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallDataView)

public:
    explicit CallDataView(QWidget *parent = nullptr);
    ~CallDataView() override = default;

    /** Writes an open cell editor's text into the model (before sending, copying…). */
    void commitOpenEditor();
    /** Rows with at least one selected cell, ascending; the current row when nothing is selected. */
    QList<int> selectedRowNumbers() const;
    /** Starts editing the key of row. */
    void editKey(int row);
};

} // namespace CallData
