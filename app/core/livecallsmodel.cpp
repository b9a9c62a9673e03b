// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "livecallsmodel.h"

#include <QLocale>

#include <algorithm>

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
    endResetModel();
}

void LiveCallsModel::setCallIdAttribute(const QString &name)
{
    m_callIdAttribute = name.trimmed();
    if (!m_calls.isEmpty())
        emit dataChanged(index(0, CallIdColumn), index(int(m_calls.size()) - 1, CallIdColumn));
}

QString LiveCallsModel::callIdOf(const LiveCall &call) const
{
    if (m_callIdAttribute.isEmpty()
        || m_callIdAttribute.compare(QLatin1String("Eic_CallId"), Qt::CaseInsensitive) == 0)
        return call.interactionId;
    return call.attribute(m_callIdAttribute);
}

void LiveCallsModel::merge(LiveCall &call, const QHash<QString, QString> &attributes)
{
    const bool wasEnded = call.hasEnded();
    const bool knewState = call.attributes.contains(QStringLiteral("eic_state"));
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        call.attributes.insert(it.key().toLower(), it.value());
    if (!call.hasEnded())
        call.endedAt = {};
    else if (!wasEnded && knewState)
        call.endedAt = m_clock(); // seen turning I/E now (or between two pictures of a re-watch)
}

void LiveCallsModel::apply(const Icws::QueueContents &contents)
{
    if (!contents.isDelta) {
        // A full picture replaces the cache; calls already known keep what this watch saw of them.
        QList<LiveCall> calls;
        calls.reserve(contents.added.size());
        QHash<QString, int> rowOf;
        for (const Icws::InteractionAttributes &interaction : contents.added) {
            if (rowOf.contains(interaction.interactionId))
                continue;
            const LiveCall *known = find(interaction.interactionId);
            LiveCall call;
            if (known && m_hadFullPicture) {
                call = *known;
                merge(call, interaction.attributes);
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
        return;
    }

    for (const QString &id : contents.removed) {
        const auto found = m_rowOf.constFind(id);
        if (found == m_rowOf.cend())
            continue; // never known, or already gone: nothing to remove
        const int row = *found;
        beginRemoveRows({}, row, row);
        m_calls.removeAt(row);
        m_rowOf.remove(id);
        reindexFrom(row);
        endRemoveRows();
    }
    for (const Icws::InteractionAttributes &interaction : contents.changed) {
        const auto found = m_rowOf.constFind(interaction.interactionId);
        if (found == m_rowOf.cend())
            continue; // a change for a call this watch never saw added
        merge(m_calls[*found], interaction.attributes);
        emit dataChanged(index(*found, 0), index(*found, columnCount() - 1));
    }
    for (const Icws::InteractionAttributes &interaction : contents.added) {
        if (const auto found = m_rowOf.constFind(interaction.interactionId); found != m_rowOf.cend()) {
            merge(m_calls[*found], interaction.attributes); // added twice: treat as a change
            emit dataChanged(index(*found, 0), index(*found, columnCount() - 1));
            continue;
        }
        const int row = int(m_calls.size());
        beginInsertRows({}, row, row);
        LiveCall call;
        call.interactionId = interaction.interactionId;
        call.attributes = folded(interaction.attributes);
        m_calls.append(std::move(call));
        m_rowOf.insert(interaction.interactionId, row);
        endInsertRows();
    }
    emit callsChanged();
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
        const QString agent = call.attribute(QStringLiteral("Eic_UserName"));
        const QString workgroup = call.attribute(QStringLiteral("Eic_WorkgroupName"));
        return workgroup.isEmpty() || role == Qt::DisplayRole ? agent : tr("%1 (%2)").arg(agent, workgroup);
    }
    case RemoteColumn: {
        const QString name = call.attribute(QStringLiteral("Eic_RemoteName"));
        const QString number = call.attribute(QStringLiteral("Eic_RemoteTnNormalized"));
        if (name.isEmpty() || number.isEmpty())
            return name.isEmpty() ? number : name;
        return tr("%1, %2").arg(name, number);
    }
    case CampaignColumn:
        return call.attribute(QStringLiteral("is_attr_campaignid"));
    case CallIdColumn:
        return callIdOf(call);
    case StateColumn: {
        const QString text = call.attribute(QStringLiteral("Eic_CallStateString"));
        return text.isEmpty() ? stateLetterText(call.attribute(QStringLiteral("Eic_State"))) : text;
    }
    case SinceEndColumn:
        return sinceEndText(call);
    default:
        return call.attribute(m_extraAttributes.value(index.column() - FixedColumnCount));
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
