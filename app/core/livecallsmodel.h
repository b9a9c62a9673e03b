// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "queuewatch.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <functional>
#include <limits>

namespace CallData {

/** One interaction on the watched queues; attribute names folded to lower case (they are case-insensitive).
 */
struct LiveCall
{
    QString interactionId;
    QHash<QString, QString> attributes;
    /** When this watch first saw Eic_State turn I or E; invalid while live, or when it had ended before the
     * watch began. */
    QDateTime endedAt;

    QString attribute(const QString &name) const { return attributes.value(name.toLower()); }
    bool isDialerCall() const { return !attributes.value(QStringLiteral("is_attr_campaignid")).isEmpty(); }
    bool hasEnded() const { return Icws::isDisconnectedState(attributes.value(QStringLiteral("eic_state"))); }
};

/**
 * The interactions of the watched queues, kept current from queueContentsMessages: a full picture
 * replaces everything, a delta adds, merges changed attributes and removes (an unknown ID in a
 * removal or change is ignored). Rows keep their order of arrival; sorting and filtering belong to
 * LiveCallsFilter.
 *
 * A delta is applied as one batch, so that a sorting proxy and its view do one pass per message,
 * not one per call: removals as one beginRemoveRows per run of adjacent rows, changes as one
 * dataChanged per run of adjacent rows spanning only the columns whose text changed (a proxy
 * re-sorts only when the sort column is among them), arrivals as one beginInsertRows.
 */
class LiveCallsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        AgentColumn,
        RemoteColumn,
        CampaignColumn,
        CallIdColumn,
        StateColumn,
        SinceEndColumn,
        FixedColumnCount
    };
    enum Role { InteractionIdRole = Qt::UserRole + 1, DialerCallRole, SearchTextRole };

    explicit LiveCallsModel(QObject *parent = nullptr);

    /** Replaces the clock (tests); the default is QDateTime::currentDateTime. */
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const { return m_clock(); }

    /** Extra attribute columns after the fixed ones (from the settings). */
    void setExtraAttributes(const QStringList &names);
    QStringList extraAttributes() const { return m_extraAttributes; }
    /** The attribute used as the call ID; empty means the interaction ID (LIKELY, see the spec). */
    void setCallIdAttribute(const QString &name);
    QString callIdAttribute() const { return m_callIdAttribute; }

    void apply(const Icws::QueueContents &contents);
    void clear();
    /** Repaints the "since the end" column; the window calls it once a second. */
    void refreshTimes();

    /** Current between the model's signals (inside a delta's removal signals, rows are renumbered only
     * after the last run). */
    const LiveCall *find(const QString &interactionId) const;
    const LiveCall &callAt(int row) const { return m_calls.at(row); }
    QString callIdOf(const LiveCall &call) const;
    /** "95 s", "4 min 10 s", or "—" when the end was before the watch began. */
    QString sinceEndText(const LiveCall &call) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /** A call was added, changed or removed (after the model signals); full pictures too. */
    void callsChanged();

private:
    /** The columns whose text a change of these (folded) attributes can alter; first > last if none. */
    struct ColumnSpan
    {
        int first = std::numeric_limits<int>::max();
        int last = -1;
        bool isEmpty() const { return first > last; }
        void add(int column);
        void add(const ColumnSpan &other);
    };

    /** now: the clock, read on first need (the whole message arrived at one time). */
    ColumnSpan merge(LiveCall &call, const QHash<QString, QString> &attributes, QDateTime &now) const;
    ColumnSpan columnsOf(const QString &foldedAttribute) const;
    void applyDelta(const Icws::QueueContents &contents);
    void removeCalls(const QStringList &interactionIds);
    void reindexFrom(int row);

    QList<LiveCall> m_calls;
    QHash<QString, int> m_rowOf;
    QStringList m_extraAttributes;
    QStringList m_foldedExtraAttributes;
    QString m_callIdAttribute;
    QString m_foldedCallIdAttribute; ///< empty when the call ID is the interaction ID
    std::function<QDateTime()> m_clock;
    bool m_hadFullPicture = false;
};

/** Sorting, "Show all calls" (else Dialer calls only) and the filter box over a LiveCallsModel. */
class LiveCallsFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit LiveCallsFilter(QObject *parent = nullptr);
    void setShowAllCalls(bool showAll);
    bool showAllCalls() const { return m_showAll; }
    /** Case-insensitive text that any column may contain. */
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_showAll = false;
    QString m_text;
};

} // namespace CallData
