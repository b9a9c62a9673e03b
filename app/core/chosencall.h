// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "appsettings.h"
#include "calldata.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace CallData {

class LiveCallsWatch;
class SessionController;

/**
 * The call the window is correcting, as far as the server shows it: what it holds now for each
 * call-data key (attribute is_attr_<key>, live from the watch, else read with GET interactions),
 * whether it has ended (and how long is left of the correction window) or left the queue, and
 * whether the values of an accepted correction show up on it.
 */
class ChosenCall final : public QObject
{
    Q_OBJECT

public:
    enum class Phase { Unknown, Live, Ended, Left };
    Q_ENUM(Phase)
    enum class Source { None, Watch, Read };

    ChosenCall(SessionController *session, LiveCallsWatch *watch, QObject *parent = nullptr);

    /** The attribute that holds a call-data key: the key itself when it already starts with is_attr_ (any
     * case). */
    static QString attributeForKey(const QString &key);

    /** What the Call ID field holds now. */
    void setCallId(const QString &callId);
    QString callId() const { return m_callId; }
    /** The call-data keys whose current values are wanted. */
    void setKeys(const QStringList &keys);
    void setCorrectionWindowSeconds(int seconds) { m_windowSeconds = seconds; }
    void setSeenTimeoutSeconds(int seconds) { m_seenTimeoutSeconds = seconds; }

    Phase phase() const;
    Source source() const;
    /** The value the call holds for key, or nullopt when it is not known. */
    std::optional<QString> heldValue(const QString &key) const;
    /** The countdown or the left-the-queue warning; empty while the call is live or unknown. */
    QString statusText() const;
    /** After a 202: watch for the sent values to show on the call. */
    void expect(const QList<Icws::Attribute> &sent);

signals:
    void heldValuesChanged();
    void statusChanged(const QString &text);
    /** seen of total sent values showed on the call; timedOut when not all of them did in time. */
    void verificationFinished(int seen, int total, bool timedOut);

private:
    QString interactionIdInWatch() const;
    QString heldAttribute(const QString &attributeName) const;
    void refresh();
    void readNow();
    void checkExpected();

    SessionController *m_session;
    LiveCallsWatch *m_watch;
    QString m_callId;
    QStringList m_keys;
    bool m_seenInWatch = false;
    QHash<QString, QString> m_read; ///< lower-case attribute name → value, from GET interactions
    QString m_readFor;
    bool m_readPending = false;
    Icws::Result m_readResult;
    int m_windowSeconds = AppSettings::DefaultCorrectionWindowSeconds;
    int m_seenTimeoutSeconds = AppSettings::DefaultSeenTimeoutSeconds;
    QTimer m_tick; ///< once a second while counting down or verifying
    QString m_lastStatus;
    QHash<QString, QString> m_expected; ///< attribute name → sent value
    QDateTime m_expectDeadline;
};

} // namespace CallData
