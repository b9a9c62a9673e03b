// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "calldata.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

namespace CallData {

/** The correction being edited: what must survive a crash, a kill or a power cut. */
struct Draft
{
    QString campaignId;
    QString callId;
    QList<Icws::Attribute> attributes;
    QDateTime savedAt; ///< UTC; set when read back

    bool isEmpty() const;
};

/**
 * Keeps the window's unsent correction on disk. update() is called on every change and writes
 * after a quiet debounce interval; each write goes through QSaveFile (a new file, fsync'ed,
 * renamed over the old), so a crash leaves either the previous draft or the new one, never half
 * of one. clear() drops the draft once the server accepted the correction.
 */
class DraftStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftStore)

public:
    static constexpr int DefaultDebounceMs = 500;

    /** <AppDataLocation>/draft.json */
    static QString defaultFilePath();

    explicit DraftStore(const QString &filePath = defaultFilePath(), QObject *parent = nullptr);
    ~DraftStore() override;

    QString filePath() const { return m_filePath; }
    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }

    /** The saved draft, or nothing when there is none (or it is unreadable: *error says why). */
    std::optional<Draft> load(QString *error = nullptr) const;
    /** Remembers draft and writes it once changes pause; an empty draft removes the file. */
    void update(const Draft &draft);
    /** Writes a pending update now. */
    bool flush();
    /** Forgets the pending update and removes the file. */
    void clear();
    bool hasPendingWrite() const { return m_debounce.isActive(); }

signals:
    /** Writing failed (translated, naming the file and reason); reported once until a write works. */
    void writeFailed(const QString &message);

private:
    bool write(const Draft &draft);

    QString m_filePath;
    QTimer m_debounce;
    Draft m_pending;
    bool m_failureReported = false;
};

} // namespace CallData
