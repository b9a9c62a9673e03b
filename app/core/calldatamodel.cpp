// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "calldatamodel.h"

#include <QColor>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

namespace CallData {

namespace {

// Translucent tints read well on light and dark bases alike, so no palette lookup is needed here.
QColor errorTint()
{
    return QColor(220, 50, 47, 70);
}

QColor warningTint()
{
    return QColor(230, 160, 0, 60);
}

} // namespace

/** Base for the model's undo commands: the only code allowed to call the raw operations. */
class CallDataCommand : public QUndoCommand
{
public:
    CallDataCommand(CallDataModel *model, const QString &text) : QUndoCommand(text), m_model(model) { }

protected:
    CallDataModel *model() const { return m_model; }
    void insert(int row, const QList<Icws::Attribute> &rows) const
    {
        if (m_model)
            m_model->doInsert(row, rows);
    }
    void remove(int row, int count) const
    {
        if (m_model)
            m_model->doRemove(row, count);
    }
    void setCell(int row, int column, const QString &text) const
    {
        if (m_model)
            m_model->doSetCell(row, column, text);
    }
    void reset(const QList<Icws::Attribute> &rows) const
    {
        if (m_model)
            m_model->doReset(rows);
    }

private:
    QPointer<CallDataModel> m_model;
};

namespace {

class InsertCommand final : public CallDataCommand
{
public:
    InsertCommand(CallDataModel *model, int row, const QList<Icws::Attribute> &rows, const QString &text)
        : CallDataCommand(model, text), m_row(row), m_rows(rows)
    { }
    void redo() override { insert(m_row, m_rows); }
    void undo() override { remove(m_row, int(m_rows.size())); }

private:
    int m_row;
    QList<Icws::Attribute> m_rows;
};

class RemoveCommand final : public CallDataCommand
{
public:
    // rows: ascending, unique; removed is the content of each.
    RemoveCommand(CallDataModel *model, const QList<int> &rows, const QString &text)
        : CallDataCommand(model, text), m_rowNumbers(rows)
    {
        for (int row : rows)
            m_removed.append(model->attribute(row));
    }
    void redo() override
    {
        for (qsizetype i = m_rowNumbers.size() - 1; i >= 0; --i)
            remove(m_rowNumbers.at(i), 1);
    }
    void undo() override
    {
        for (qsizetype i = 0; i < m_rowNumbers.size(); ++i)
            insert(m_rowNumbers.at(i), {m_removed.at(i)});
    }

private:
    QList<int> m_rowNumbers;
    QList<Icws::Attribute> m_removed;
};

class EditCommand final : public CallDataCommand
{
public:
    EditCommand(CallDataModel *model, int row, int column, const QString &oldText, const QString &newText,
                const QString &text)
        : CallDataCommand(model, text), m_row(row), m_column(column), m_old(oldText), m_new(newText)
    { }
    void redo() override { setCell(m_row, m_column, m_new); }
    void undo() override { setCell(m_row, m_column, m_old); }

private:
    int m_row;
    int m_column;
    QString m_old;
    QString m_new;
};

class ResetCommand final : public CallDataCommand
{
public:
    ResetCommand(CallDataModel *model, const QList<Icws::Attribute> &rows, const QString &text)
        : CallDataCommand(model, text), m_old(model->attributes()), m_new(rows)
    { }
    void redo() override { reset(m_new); }
    void undo() override { reset(m_old); }

private:
    QList<Icws::Attribute> m_old;
    QList<Icws::Attribute> m_new;
};

} // namespace

CallDataModel::CallDataModel(QUndoStack *stack, QObject *parent)
    : QAbstractTableModel(parent), m_stack(stack ? stack : new QUndoStack(this))
{
    connect(m_stack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

CallDataModel::~CallDataModel()
{
    // Commands keep a QPointer to the model; an external stack may outlive it.
    if (m_stack && m_stack->parent() != this)
        m_stack->clear();
}

bool CallDataModel::isCellIndex(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && !index.parent().isValid()
        && index.row() < m_rows.size() && index.column() < ColumnCount;
}

int CallDataModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CallDataModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount + (m_heldValue ? 1 : 0);
}

void CallDataModel::setHeldValueProvider(const HeldValueProvider &provider)
{
    if (bool(provider) == bool(m_heldValue)) {
        m_heldValue = provider;
        heldValuesChanged();
        return;
    }
    if (provider) {
        beginInsertColumns({}, HeldValueColumn, HeldValueColumn);
        m_heldValue = provider;
        endInsertColumns();
    } else {
        beginRemoveColumns({}, HeldValueColumn, HeldValueColumn);
        m_heldValue = {};
        endRemoveColumns();
    }
}

void CallDataModel::heldValuesChanged()
{
    if (m_heldValue && !m_rows.isEmpty())
        emit dataChanged(index(0, HeldValueColumn), index(int(m_rows.size()) - 1, HeldValueColumn));
}

QVariant CallDataModel::data(const QModelIndex &index, int role) const
{
    if (m_heldValue && index.isValid() && index.column() == HeldValueColumn && index.row() < m_rows.size()) {
        // Read-only: what the server shows on the call for this key, never what will be sent.
        const QString key = m_rows.at(index.row()).first;
        if (key.trimmed().isEmpty() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
            return {};
        const std::optional<QString> held = m_heldValue(key);
        if (role == Qt::DisplayRole)
            return held.value_or(QString());
        return held ? tr("What the call holds now for %1, as the server shows it.").arg(key)
                    : tr("Not known: the call is not on a watched queue and could not be read.");
    }
    if (!isCellIndex(index))
        return {};
    const Icws::Attribute &attribute = m_rows.at(index.row());
    const Icws::KeyCheck &check = m_checks.at(index.row());
    const bool keyColumn = index.column() == KeyColumn;

    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return keyColumn ? attribute.first : attribute.second;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        QStringList lines;
        if (keyColumn) {
            if (!check.error.isEmpty())
                lines << check.error;
            if (!check.warning.isEmpty())
                lines << check.warning;
        } else if (Icws::hasControlCharacter(attribute.second)) {
            lines << tr(
                "The value contains a control character (such as a tab or line break); it is sent as is.");
        }
        if (lines.isEmpty())
            return {};
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::BackgroundRole:
        if (keyColumn && !check.error.isEmpty())
            return errorTint();
        if ((keyColumn && !check.warning.isEmpty())
            || (!keyColumn && Icws::hasControlCharacter(attribute.second)))
            return warningTint();
        return {};
    case RowStateRole:
        return int(rowState(index.row()));
    default:
        return {};
    }
}

QVariant CallDataModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (role != Qt::DisplayRole)
            return {};
        if (section == KeyColumn)
            return tr("Key");
        if (section == ValueColumn)
            return tr("Value");
        if (section == HeldValueColumn && m_heldValue)
            return tr("On the call now");
        return {};
    }
    if (section < 0 || section >= m_rows.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (rowState(section)) {
        case RowState::Error:
            return tr("%1 \u2716").arg(section + 1);
        case RowState::Warning:
            return tr("%1 \u26a0").arg(section + 1);
        case RowState::Ok:
            break;
        }
        return QString::number(section + 1);
    case Qt::ToolTipRole: {
        const Icws::KeyCheck &check = m_checks.at(section);
        return check.error.isEmpty() ? (check.warning.isEmpty() ? QVariant() : QVariant(check.warning))
                                     : QVariant(check.error);
    }
    default:
        return {};
    }
}

Qt::ItemFlags CallDataModel::flags(const QModelIndex &index) const
{
    if (m_heldValue && index.isValid() && index.column() == HeldValueColumn && index.row() < m_rows.size())
        return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (!isCellIndex(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool CallDataModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isCellIndex(index) || !value.canConvert<QString>())
        return false;
    const QString text = value.toString();
    const QString old =
        index.column() == KeyColumn ? m_rows.at(index.row()).first : m_rows.at(index.row()).second;
    if (text == old)
        return true;
    const QString undoText = index.column() == KeyColumn ? tr("Edit key in row %1").arg(index.row() + 1)
                                                         : tr("Edit value in row %1").arg(index.row() + 1);
    m_stack->push(new EditCommand(this, index.row(), index.column(), old, text, undoText));
    return true;
}

bool CallDataModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_rows.size() || count <= 0)
        return false;
    insertAttributes(row, QList<Icws::Attribute>(count),
                     count == 1 ? tr("Add row") : tr("Add %n rows", nullptr, count));
    return true;
}

bool CallDataModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    QList<int> rows;
    for (int i = row; i < row + count; ++i)
        rows << i;
    removeRowList(rows);
    return true;
}

int CallDataModel::addRow()
{
    const int row = int(m_rows.size());
    insertAttributes(row, {Icws::Attribute()}, tr("Add row"));
    return row;
}

void CallDataModel::insertAttributes(int row, const QList<Icws::Attribute> &attributes,
                                     const QString &undoText)
{
    if (attributes.isEmpty())
        return;
    if (row < 0 || row > m_rows.size())
        row = int(m_rows.size());
    m_stack->push(new InsertCommand(
        this, row, attributes,
        undoText.isEmpty() ? (attributes.size() == 1 ? tr("Insert row")
                                                     : tr("Insert %n rows", nullptr, int(attributes.size())))
                           : undoText));
}

void CallDataModel::removeRowList(const QList<int> &rows)
{
    QList<int> sorted;
    for (int row : rows) {
        if (row >= 0 && row < m_rows.size() && !sorted.contains(row))
            sorted << row;
    }
    if (sorted.isEmpty())
        return;
    std::sort(sorted.begin(), sorted.end());
    m_stack->push(new RemoveCommand(this, sorted,
                                    sorted.size() == 1 ? tr("Remove row")
                                                       : tr("Remove %n rows", nullptr, int(sorted.size()))));
}

void CallDataModel::replaceAll(const QList<Icws::Attribute> &attributes, const QString &undoText)
{
    if (attributes == m_rows)
        return;
    m_stack->push(new ResetCommand(this, attributes, undoText.isEmpty() ? tr("Replace all rows") : undoText));
}

void CallDataModel::clear()
{
    if (m_rows.isEmpty())
        return;
    m_stack->push(new ResetCommand(this, {}, tr("Clear all rows")));
}

CallDataModel::RowState CallDataModel::rowState(int row) const
{
    if (row < 0 || row >= m_checks.size())
        return RowState::Ok;
    const Icws::KeyCheck &check = m_checks.at(row);
    if (!check.error.isEmpty())
        return RowState::Error;
    if (!check.warning.isEmpty())
        return RowState::Warning;
    return RowState::Ok;
}

int CallDataModel::errorCount() const
{
    return int(std::count_if(m_checks.cbegin(), m_checks.cend(),
                             [](const Icws::KeyCheck &c) { return !c.error.isEmpty(); }));
}

int CallDataModel::warningCount() const
{
    return int(std::count_if(m_checks.cbegin(), m_checks.cend(), [](const Icws::KeyCheck &c) {
        return c.error.isEmpty() && !c.warning.isEmpty();
    }));
}

QString CallDataModel::summary() const
{
    if (m_rows.isEmpty())
        return tr("No call data yet. Add a row, paste rows from a spreadsheet or import a file.");

    const int errors = errorCount();
    const int warnings = warningCount();
    if (errors > 0) {
        int first = 0;
        while (m_checks.at(first).error.isEmpty())
            ++first;
        return (errors == 1 ? tr("1 row must be fixed before sending.")
                            : tr("%n rows must be fixed before sending.", nullptr, errors))
            + QLatin1Char(' ') + tr("Row %1: %2").arg(first + 1).arg(m_checks.at(first).error);
    }
    QString text = m_rows.size() == 1 ? tr("1 attribute ready to send.")
                                      : tr("%n attributes ready to send.", nullptr, int(m_rows.size()));
    if (warnings > 0) {
        int first = 0;
        while (m_checks.at(first).warning.isEmpty())
            ++first;
        text += QLatin1Char(' ') + (warnings == 1 ? tr("1 warning.") : tr("%n warnings.", nullptr, warnings))
            + QLatin1Char(' ') + tr("Row %1: %2").arg(first + 1).arg(m_checks.at(first).warning);
    }
    if (m_rows.size() > Icws::RecommendedMaxAttributes)
        text += QLatin1Char(' ')
            + tr("That is more than the %1 contact-list columns Dialer recommends.")
                  .arg(Icws::RecommendedMaxAttributes);
    return text;
}

bool CallDataModel::isModified() const
{
    return m_stack && !m_stack->isClean();
}

void CallDataModel::setUnmodified()
{
    if (m_stack)
        m_stack->setClean();
}

void CallDataModel::doInsert(int row, const QList<Icws::Attribute> &attributes)
{
    row = std::clamp(row, 0, int(m_rows.size()));
    beginInsertRows({}, row, row + int(attributes.size()) - 1);
    for (qsizetype i = 0; i < attributes.size(); ++i) {
        m_rows.insert(row + i, attributes.at(i));
        m_checks.insert(row + i, Icws::KeyCheck());
    }
    endInsertRows();
    revalidate();
}

void CallDataModel::doRemove(int row, int count)
{
    if (row < 0 || count <= 0 || row + count > m_rows.size())
        return;
    beginRemoveRows({}, row, row + count - 1);
    m_rows.remove(row, count);
    m_checks.remove(row, count);
    endRemoveRows();
    revalidate();
}

void CallDataModel::doSetCell(int row, int column, const QString &text)
{
    if (row < 0 || row >= m_rows.size())
        return;
    if (column == KeyColumn)
        m_rows[row].first = text;
    else
        m_rows[row].second = text;
    const QModelIndex changed = index(row, column);
    emit dataChanged(changed, changed, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole, Qt::BackgroundRole});
    revalidate();
}

void CallDataModel::doReset(const QList<Icws::Attribute> &attributes)
{
    beginResetModel();
    m_rows = attributes;
    m_checks = QList<Icws::KeyCheck>(attributes.size());
    endResetModel();
    revalidate();
}

void CallDataModel::revalidate()
{
    const QList<Icws::KeyCheck> checks = Icws::checkKeys(m_rows);

    // Announce only the rows whose marks changed, so views repaint tooltips and tints.
    QList<int> changedRows;
    for (int row = 0; row < checks.size(); ++row) {
        const bool same = row < m_checks.size() && m_checks.at(row).error == checks.at(row).error
            && m_checks.at(row).warning == checks.at(row).warning;
        if (!same)
            changedRows << row;
    }
    m_checks = checks;
    for (int row : std::as_const(changedRows)) {
        emit dataChanged(index(row, KeyColumn), index(row, ValueColumn),
                         {Qt::ToolTipRole, Qt::BackgroundRole, Qt::AccessibleDescriptionRole, RowStateRole});
        emit headerDataChanged(Qt::Vertical, row, row);
    }
    emit validationChanged();
}

} // namespace CallData
