// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "calldata.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QUndoStack>

#include <functional>
#include <optional>

namespace CallData {

class CallDataCommand;

/**
 * The key/value rows of one correction. Every mutation (edit, insert, remove, paste, import,
 * clear) goes through the undo stack, so the window's undo/redo covers all of them, and the
 * stack's clean state tells whether there are unsent edits. Rows are validated as a whole:
 * empty keys, control characters and keys repeated ignoring case are errors, Dialer-managed
 * columns are warnings; Qt::ToolTipRole explains each marked cell.
 */
class CallDataModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallDataModel)

public:
    enum Column { KeyColumn = 0, ValueColumn = 1, ColumnCount = 2, HeldValueColumn = ColumnCount };
    enum class RowState { Ok, Warning, Error };
    enum Role { RowStateRole = Qt::UserRole + 1 };

    /** Uses stack for every edit when given, else creates its own. */
    explicit CallDataModel(QUndoStack *stack = nullptr, QObject *parent = nullptr);
    ~CallDataModel() override;

    QUndoStack *undoStack() const { return m_stack; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    QList<Icws::Attribute> attributes() const { return m_rows; }
    Icws::Attribute attribute(int row) const { return m_rows.value(row); }

    /** Appends one empty row and returns its index. */
    int addRow();
    /** Inserts rows at row (appends when row is out of range); one undo step. */
    void insertAttributes(int row, const QList<Icws::Attribute> &attributes, const QString &undoText = {});
    /** Removes the given rows (any order, duplicates ignored); one undo step. */
    void removeRowList(const QList<int> &rows);
    /** Replaces every row, e.g. after an import; one undo step. */
    void replaceAll(const QList<Icws::Attribute> &attributes, const QString &undoText = {});
    /** Removes every row; one undo step. */
    void clear();

    RowState rowState(int row) const;
    /** Why the row cannot be sent, or empty. */
    QString rowError(int row) const { return m_checks.value(row).error; }
    /** What to watch out for in the row, or empty. */
    QString rowWarning(int row) const { return m_checks.value(row).warning; }
    int errorCount() const;
    int warningCount() const;
    bool hasErrors() const { return errorCount() > 0; }
    /** One line for the window: how many rows are ready, or the first problem and the count. */
    QString summary() const;

    /** What the call holds now for a key; nullopt while unknown. */
    using HeldValueProvider = std::function<std::optional<QString>(const QString &key)>;
    /**
     * Adds a read-only third column, "On the call now", filled by provider (an empty provider
     * removes it). Call heldValuesChanged() when its answers change.
     */
    void setHeldValueProvider(const HeldValueProvider &provider);
    void heldValuesChanged();

    /** True when rows changed since the last setUnmodified() (the undo stack is not clean). */
    bool isModified() const;
    void setUnmodified();

signals:
    /** Row states or the summary may have changed. */
    void validationChanged();
    void modifiedChanged(bool modified);

private:
    friend class CallDataCommand;

    // The raw operations the undo commands perform; they emit the model signals.
    void doInsert(int row, const QList<Icws::Attribute> &attributes);
    void doRemove(int row, int count);
    void doSetCell(int row, int column, const QString &text);
    void doReset(const QList<Icws::Attribute> &attributes);
    void revalidate();
    bool isCellIndex(const QModelIndex &index) const;

    QPointer<QUndoStack> m_stack;
    QList<Icws::Attribute> m_rows;
    QList<Icws::KeyCheck> m_checks;
    HeldValueProvider m_heldValue;
};

} // namespace CallData
