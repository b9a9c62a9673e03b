#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace Icws {

using Attribute = QPair<QString, QString>;

/** One correction: the call, its campaign, and the key/value pairs to send. */
struct CallDataUpdate
{
    QString campaignId;
    QString callId;
    QList<Attribute> attributes; ///< in the user's order; keys are trimmed when the body is built
};

/** One problem found before sending. Errors block sending; warnings do not. */
struct ValidationIssue
{
    enum class Severity { Error, Warning };
    enum class Field { CampaignId, CallId, Attributes, AttributeKey };

    Severity severity = Severity::Error;
    Field field = Field::Attributes;
    int row = -1; ///< index into CallDataUpdate::attributes for AttributeKey issues
    QString message; ///< translated; names the field and the fix
};

/** More attributes than this draws a warning (Dialer's contact-list column guidance). */
constexpr int RecommendedMaxAttributes = 200;

/** Why a key is unusable on its own (empty after trimming, control characters), or empty if fine. */
QString keyProblem(const QString &key);
/** True when text holds a control character (tab, line break, …). */
bool hasControlCharacter(const QString &text);
/** True for Dialer-managed contact-list columns: i3_*, status, zone, attempts (any case). */
bool isDialerManagedColumn(const QString &key);

/** What is wrong (blocks sending) or worth a warning about one row's key; both may be empty. */
struct KeyCheck
{
    QString error;
    QString warning;
};

/**
 * Checks every row's key: unusable keys (keyProblem), keys that repeat an earlier row ignoring
 * case, Dialer-managed columns. One entry per attribute, messages without a row prefix.
 */
QList<KeyCheck> checkKeys(const QList<Attribute> &attributes);

/**
 * Checks a correction the way the server's contract needs it: IDs non-empty after trimming,
 * at least one attribute, keys trimmed, non-empty, free of control characters and unique
 * ignoring case; values may be empty. Warns on Dialer-managed columns and on more than
 * RecommendedMaxAttributes attributes.
 */
QList<ValidationIssue> validate(const CallDataUpdate &update);
bool hasErrors(const QList<ValidationIssue> &issues);

} // namespace Icws
