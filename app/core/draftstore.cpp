// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "draftstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace CallData {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CallData::DraftStore)
};

constexpr int FormatVersion = 1;

} // namespace

bool Draft::isEmpty() const
{
    return campaignId.isEmpty() && callId.isEmpty() && attributes.isEmpty();
}

QString DraftStore::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/draft.json");
}

DraftStore::DraftStore(const QString &filePath, QObject *parent) : QObject(parent), m_filePath(filePath)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DefaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] { write(m_pending); });
}

// A pending write is deliberately not flushed here: the window decides whether the draft stays
// (unsent edits) or goes (accepted, or discarded by the user).
DraftStore::~DraftStore() = default;

std::optional<Draft> DraftStore::load(QString *error) const
{
    QFile file(m_filePath);
    if (!file.exists())
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument document = file.open(QIODevice::ReadOnly)
        ? QJsonDocument::fromJson(file.readAll(), &parseError)
        : QJsonDocument();
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("v")).toInt() != FormatVersion) {
        if (error)
            *error = Text::tr("The saved draft %1 cannot be read; it was left in place.")
                         .arg(QDir::toNativeSeparators(m_filePath));
        return std::nullopt;
    }
    Draft draft;
    draft.campaignId = object.value(QStringLiteral("campaignId")).toString();
    draft.callId = object.value(QStringLiteral("callId")).toString();
    const QJsonArray attributes = object.value(QStringLiteral("attributes")).toArray();
    for (const QJsonValue &attribute : attributes) {
        const QJsonObject pair = attribute.toObject();
        draft.attributes.append(
            {pair.value(QStringLiteral("key")).toString(), pair.value(QStringLiteral("value")).toString()});
    }
    draft.savedAt =
        QDateTime::fromString(object.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    if (draft.isEmpty())
        return std::nullopt;
    return draft;
}

void DraftStore::update(const Draft &draft)
{
    m_pending = draft;
    m_debounce.start();
}

bool DraftStore::flush()
{
    if (!m_debounce.isActive())
        return true;
    m_debounce.stop();
    return write(m_pending);
}

void DraftStore::clear()
{
    m_debounce.stop();
    m_pending = {};
    QFile::remove(m_filePath);
}

bool DraftStore::write(const Draft &draft)
{
    if (draft.isEmpty()) {
        QFile::remove(m_filePath);
        return true;
    }
    QJsonArray attributes;
    for (const Icws::Attribute &attribute : draft.attributes)
        attributes.append(QJsonObject {{QStringLiteral("key"), attribute.first},
                                       {QStringLiteral("value"), attribute.second}});
    const QJsonObject object {
        {QStringLiteral("v"), FormatVersion},
        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("campaignId"), draft.campaignId},
        {QStringLiteral("callId"), draft.callId},
        {QStringLiteral("attributes"), attributes},
    };
    QSaveFile file(m_filePath);
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    // Customer data: readable by the user alone.
    if (QDir().mkpath(QFileInfo(m_filePath).absolutePath()) && file.open(QIODevice::WriteOnly)
        && file.write(bytes) == bytes.size()
        && file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) && file.commit()) {
        m_failureReported = false;
        return true;
    }
    if (!m_failureReported) {
        m_failureReported = true;
        emit writeFailed(
            Text::tr("Your unsent correction cannot be saved to %1 (%2), so it would not survive a "
                     "crash. Free some disk space or check the folder's permissions.")
                .arg(QDir::toNativeSeparators(m_filePath), file.errorString()));
    }
    return false;
}

} // namespace CallData
