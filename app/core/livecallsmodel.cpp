// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "livecallsmodel.h"

#include <QLocale>

#include <algorithm>
#include <functional>
#include <map>

namespace CallData {

namespace {

QHash<QString, QString> folded(const QHash<QString, QString> &attributes)
{
    QHash<QString, QString> result;
    result.reserve(attributes.size());
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        result.insert(it.key().toLower(), it.value());
    return result;
}

QString stateLetterText(const QString &letter)
{
    // Eic_State letters (CONFIRMED in the CIC attribute reference).
    switch (letter.isEmpty() ? char16_t(0) : letter.at(0).toUpper().unicode()) {
    case 'C':
        return LiveCallsModel::tr("Connected");
    case 'A':
        return LiveCallsModel::tr("Alerting");
    case 'H':
        return LiveCallsModel::tr("Held");
    case 'O':
        return LiveCallsModel::tr("Offering");
    case 'P':
        return LiveCallsModel::tr("Parked");
    case 'R':
        return LiveCallsModel::tr("Proceeding");
    case 'S':
        return LiveCallsModel::tr("Dialing");
    case 'M':
        return LiveCallsModel::tr("Messaging");
    case 'X':
        return LiveCallsModel::tr("Suspended");
    case 'I':
        return LiveCallsModel::tr("Disconnected (internal)");
    case 'E':
        return LiveCallsModel::tr("Disconnected (remote)");
    default:
        return letter;
    }
}

} // namespace

LiveCallsModel::LiveCallsModel(QObject *parent)
    : QAbstractTableModel(parent), m_clock([] { return QDateTime::currentDateTime(); })
{ }

void LiveCallsModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void LiveCallsModel::setExtraAttributes(const QStringList &names)
{
    const QStringList unique = Icws::uniqueNames(names);
    if (unique == m_extraAttributes)
        return;
    beginResetModel();
    m_extraAttributes = unique;
    m_foldedExtraAttributes.clear();
    for (const QString &name : unique)
        m_foldedExtraAttributes << name.toLower();
    endResetModel();
}

void LiveCallsModel::setCallIdAttribute(const QString &name)
{
    m_callIdAttribute = name.trimmed();
    m_foldedCallIdAttribute = m_callIdAttribute.compare(QLatin1String("Eic_CallId"), Qt::CaseInsensitive) == 0
        ? QString()
        : m_callIdAttribute.toLower();
    if (!m_calls.isEmpty())
        emit dataChanged(index(0, CallIdColumn), index(int(m_calls.size()) - 1, CallIdColumn));
}

QString LiveCallsModel::callIdOf(const LiveCall &call) const
{
    return m_foldedCallIdAttribute.isEmpty() ? call.interactionId
                                             : call.attributes.value(m_foldedCallIdAttribute);
}

void LiveCallsModel::ColumnSpan::add(int column)
{
    first = std::min(first, column);
    last = std::max(last, column);
}

void LiveCallsModel::ColumnSpan::add(const ColumnSpan &other)
{
    if (!other.isEmpty()) {
        add(other.first);
        add(other.last);
    }
}

LiveCallsModel::ColumnSpan LiveCallsModel::columnsOf(const QString &foldedAttribute) const
{
    ColumnSpan span;
    if (foldedAttribute == u"eic_username" || foldedAttribute == u"eic_workgroupname") {
        span.add(AgentColumn);
    } else if (foldedAttribute == u"eic_remotename" || foldedAttribute == u"eic_remotetnnormalized") {
        span.add(RemoteColumn);
    } else if (foldedAttribute == u"is_attr_campaignid") {
        span.add(CampaignColumn);
    } else if (foldedAttribute == u"eic_callstatestring") {
        span.add(StateColumn);
    } else if (foldedAttribute == u"eic_state") {
        span.add(StateColumn); // its letter's text when there is no state string
        span.add(SinceEndColumn);
    }
    if (!m_foldedCallIdAttribute.isEmpty() && foldedAttribute == m_foldedCallIdAttribute)
        span.add(CallIdColumn);
    for (int extra = 0; extra < m_foldedExtraAttributes.size(); ++extra) {
        if (m_foldedExtraAttributes.at(extra) == foldedAttribute)
            span.add(FixedColumnCount + extra);
    }
    return span;
}

LiveCallsModel::ColumnSpan LiveCallsModel::merge(LiveCall &call, const QHash<QString, QString> &attributes,
                                                 QDateTime &now) const
{
    const bool wasEnded = call.hasEnded();
    const bool knewState = call.attributes.contains(QStringLiteral("eic_state"));
    ColumnSpan changed;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
        QString name = it.key().toLower();
        const auto held = call.attributes.find(name);
        if (held != call.attributes.end() && *held == it.value())
            continue; // a delta may repeat what the call already holds: nothing to repaint
        changed.add(columnsOf(name));
        call.attributes.insert(std::move(name), it.value());
    }
    if (!call.hasEnded())
        call.endedAt = {};
    else if (!wasEnded && knewState) { // seen turning I/E now (or between two pictures of a re-watch)
        if (!now.isValid())
            now = m_clock(); // read once per message (the local time costs a time zone look-up)
        call.endedAt = now;
    }
    return changed;
}

void LiveCallsModel::apply(const Icws::QueueContents &contents)
{
    if (contents.isDelta) {
        applyDelta(contents);
        emit callsChanged();
        return;
    }
    // A full picture replaces the cache; calls already known keep what this watch saw of them.
    QList<LiveCall> calls;
    calls.reserve(contents.added.size());
    QHash<QString, int> rowOf;
    QDateTime now;
    for (const Icws::InteractionAttributes &interaction : contents.added) {
        if (rowOf.contains(interaction.interactionId))
            continue;
        const LiveCall *known = find(interaction.interactionId);
        LiveCall call;
        if (known && m_hadFullPicture) {
            call = *known;
            merge(call, interaction.attributes, now);
        } else {
            call.interactionId = interaction.interactionId;
            call.attributes = folded(interaction.attributes);
        }
        rowOf.insert(call.interactionId, int(calls.size()));
        calls.append(std::move(call));
    }
    beginResetModel();
    m_calls = std::move(calls);
    m_rowOf = std::move(rowOf);
    m_hadFullPicture = true;
    endResetModel();
    emit callsChanged();
}

void LiveCallsModel::applyDelta(const Icws::QueueContents &contents)
{
    removeCalls(contents.removed);

    // Changes, and calls added again (a change too), merged first; then one signal per run of
    // adjacent rows, over the columns whose text changed. Rows ordered, so runs are easy to find.
    std::map<int, ColumnSpan> changedRows;
    QDateTime now;
    const auto change = [&](int row, const QHash<QString, QString> &attributes) {
        const ColumnSpan span = merge(m_calls[row], attributes, now);
        if (!span.isEmpty())
            changedRows[row].add(span);
    };
    QList<LiveCall> arrivals;
    QHash<QString, qsizetype> arrivalOf;
    for (const Icws::InteractionAttributes &interaction : contents.changed) {
        if (const auto found = m_rowOf.constFind(interaction.interactionId); found != m_rowOf.cend())
            change(*found, interaction.attributes); // else a change for a call this watch never saw added
    }
    for (const Icws::InteractionAttributes &interaction : contents.added) {
        if (const auto found = m_rowOf.constFind(interaction.interactionId); found != m_rowOf.cend()) {
            change(*found, interaction.attributes);
        } else if (const auto pending = arrivalOf.constFind(interaction.interactionId);
                   pending != arrivalOf.cend()) {
            merge(arrivals[*pending], interaction.attributes, now); // twice in one message
        } else {
            arrivalOf.insert(interaction.interactionId, arrivals.size());
            LiveCall call;
            call.interactionId = interaction.interactionId;
            call.attributes = folded(interaction.attributes);
            arrivals.append(std::move(call));
        }
    }
    for (auto it = changedRows.cbegin(); it != changedRows.cend();) {
        const int first = it->first;
        int last = first;
        ColumnSpan columns = it->second;
        for (++it; it != changedRows.cend() && it->first == last + 1; ++it) {
            last = it->first;
            columns.add(it->second);
        }
        emit dataChanged(index(first, columns.first), index(last, columns.last));
    }

    if (arrivals.isEmpty())
        return;
    const int first = int(m_calls.size());
    beginInsertRows({}, first, first + int(arrivals.size()) - 1);
    for (LiveCall &call : arrivals) {
        m_rowOf.insert(call.interactionId, int(m_calls.size()));
        m_calls.append(std::move(call));
    }
    endInsertRows();
}

void LiveCallsModel::removeCalls(const QStringList &interactionIds)
{
    QList<int> rows;
    for (const QString &id : interactionIds) {
        if (const auto found = m_rowOf.constFind(id); found != m_rowOf.cend()) {
            rows.append(*found);
            m_rowOf.erase(found);
        } // else never known, or already gone: nothing to remove
    }
    if (rows.isEmpty())
        return;
    // The highest run first, so the rows of the runs still to come keep their numbers. The row
    // numbers in m_rowOf are brought up to date once, after the last run.
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (qsizetype i = 0; i < rows.size();) {
        const int last = rows.at(i);
        int first = last;
        for (++i; i < rows.size() && rows.at(i) == first - 1; ++i)
            first = rows.at(i);
        beginRemoveRows({}, first, last);
        m_calls.remove(first, last - first + 1);
        endRemoveRows();
    }
    reindexFrom(rows.last());
}

void LiveCallsModel::reindexFrom(int row)
{
    for (int i = row; i < m_calls.size(); ++i)
        m_rowOf[m_calls.at(i).interactionId] = i;
}

void LiveCallsModel::clear()
{
    beginResetModel();
    m_calls.clear();
    m_rowOf.clear();
    m_hadFullPicture = false;
    endResetModel();
    emit callsChanged();
}

void LiveCallsModel::refreshTimes()
{
    // Only the ended calls' cells change; one signal per run of ended rows keeps views cheap.
    int first = -1;
    for (int row = 0; row <= m_calls.size(); ++row) {
        const bool ended = row < m_calls.size() && m_calls.at(row).endedAt.isValid();
        if (ended && first < 0)
            first = row;
        if (!ended && first >= 0) {
            emit dataChanged(index(first, SinceEndColumn), index(row - 1, SinceEndColumn), {Qt::DisplayRole});
            first = -1;
        }
    }
}

const LiveCall *LiveCallsModel::find(const QString &interactionId) const
{
    const auto found = m_rowOf.constFind(interactionId);
    return found == m_rowOf.cend() ? nullptr : &m_calls.at(*found);
}

QString LiveCallsModel::sinceEndText(const LiveCall &call) const
{
    if (!call.hasEnded())
        return {};
    if (!call.endedAt.isValid())
        return tr("ended before the watch");
    const qint64 seconds = std::max<qint64>(0, call.endedAt.secsTo(m_clock()));
    if (seconds < 60)
        return tr("%n s", nullptr, int(seconds));
    return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

int LiveCallsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_calls.size());
}

int LiveCallsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FixedColumnCount + int(m_extraAttributes.size());
}

QVariant LiveCallsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_calls.size())
        return {};
    const LiveCall &call = m_calls.at(index.row());
    switch (role) {
    case InteractionIdRole:
        return call.interactionId;
    case DialerCallRole:
        return call.isDialerCall();
    case SearchTextRole: {
        QStringList texts;
        for (int column = 0; column < columnCount(); ++column)
            texts << data(this->index(index.row(), column), Qt::DisplayRole).toString();
        return texts.join(QLatin1Char('\n'));
    }
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case AgentColumn: {
        const QString agent = call.attributes.value(QStringLiteral("eic_username"));
        const QString workgroup = call.attributes.value(QStringLiteral("eic_workgroupname"));
        return workgroup.isEmpty() || role == Qt::DisplayRole ? agent : tr("%1 (%2)").arg(agent, workgroup);
    }
    case RemoteColumn: {
        const QString name = call.attributes.value(QStringLiteral("eic_remotename"));
        const QString number = call.attributes.value(QStringLiteral("eic_remotetnnormalized"));
        if (name.isEmpty() || number.isEmpty())
            return name.isEmpty() ? number : name;
        return tr("%1, %2").arg(name, number);
    }
    case CampaignColumn:
        return call.attributes.value(QStringLiteral("is_attr_campaignid"));
    case CallIdColumn:
        return callIdOf(call);
    case StateColumn: {
        const QString text = call.attributes.value(QStringLiteral("eic_callstatestring"));
        return text.isEmpty() ? stateLetterText(call.attributes.value(QStringLiteral("eic_state"))) : text;
    }
    case SinceEndColumn:
        return sinceEndText(call);
    default:
        return call.attributes.value(m_foldedExtraAttributes.value(index.column() - FixedColumnCount));
    }
}

QVariant LiveCallsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AgentColumn:
        return tr("Agent");
    case RemoteColumn:
        return tr("Remote party");
    case CampaignColumn:
        return tr("Campaign");
    case CallIdColumn:
        return tr("Call ID");
    case StateColumn:
        return tr("State");
    case SinceEndColumn:
        return tr("Since the end");
    default:
        return m_extraAttributes.value(section - FixedColumnCount);
    }
}

LiveCallsFilter::LiveCallsFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void LiveCallsFilter::setShowAllCalls(bool showAll)
{
    if (m_showAll == showAll)
        return;
    m_showAll = showAll;
    invalidateFilter();
}

void LiveCallsFilter::setFilterText(const QString &text)
{
    if (m_text == text.trimmed())
        return;
    m_text = text.trimmed();
    invalidateFilter();
}

bool LiveCallsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_showAll && !index.data(LiveCallsModel::DialerCallRole).toBool())
        return false;
    return m_text.isEmpty()
        || index.data(LiveCallsModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive)
        || index.data(LiveCallsModel::InteractionIdRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace CallData
