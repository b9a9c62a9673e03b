// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

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
    int row = -1; ///< index into CallDataUpdate::attributes for issues of one row
    QString message; ///< translated; names the field and the fix
};

/** More attributes than this draws a warning (Dialer's contact-list column guidance). */
constexpr int RecommendedMaxAttributes = 200;
/**
 * More attributes than this is almost certainly a mistake (a whole contact list pasted or the
 * wrong file): the window asks before sending them, calldata-cli refuses without --allow-many.
 */
constexpr int ConfirmAttributesAbove = 1000;

/** Why a key is unusable on its own (empty after trimming, control characters), or empty if fine. */
QString keyProblem(const QString &key);
/** True when text holds a control character (tab, line break, …). */
bool hasControlCharacter(QStringView text);
/**
 * True when text holds a character that draws nothing: zero-width spaces and joiners,
 * text-direction (bidi) marks and overrides, the byte-order mark, variation selectors
 * (Unicode's Default_Ignorable_Code_Point set).
 */
bool hasInvisibleCharacter(QStringView text);
/** True when text holds half of a UTF-16 surrogate pair: not a character, cannot be sent as UTF-8. */
bool hasBrokenCharacter(QStringView text);
/** True for Dialer-managed contact-list columns: i3_*, status, zone, attempts (any case). */
bool isDialerManagedColumn(const QString &key);

/**
 * The form under which two keys count as the same: trimmed, without invisible characters,
 * canonically normalized and fully case-folded, so "Straße", "STRASSE" and "stra\u00DFe"
 * spelled with a zero-width space all compare equal. Never sent; only compared.
 */
QString keyIdentity(const QString &key);

/** text shortened to at most maxCharacters (ending in "…") for quoting user data in messages. */
QString elidedForMessage(const QString &text, int maxCharacters = 40);
/**
 * text for a word-wrapping label: every run of more than maxRun characters without a space is
 * shortened (ending in "…"), so one endless word cannot make the label, and with it the window,
 * as wide as the word.
 */
QString elidedForDisplay(const QString &text, int maxRun = 60);

/** What is wrong (blocks sending) or worth a warning about one row's key; both may be empty. */
struct KeyCheck
{
    QString error;
    QString warning;
};

/**
 * Checks every row's key: unusable keys (keyProblem), keys that repeat an earlier row
 * (compared by keyIdentity), invisible characters and Dialer-managed columns (warnings).
 * One entry per attribute, messages without a row prefix.
 */
QList<KeyCheck> checkKeys(const QList<Attribute> &attributes);

/**
 * Checks a correction the way the server's contract needs it: IDs non-empty after trimming and
 * free of control, invisible and broken characters; at least one attribute; keys trimmed,
 * non-empty, free of control characters and unique by keyIdentity; values may be empty but not
 * hold broken characters. Warns on Dialer-managed columns, invisible characters in keys and on
 * more than RecommendedMaxAttributes attributes.
 */
QList<ValidationIssue> validate(const CallDataUpdate &update);
bool hasErrors(const QList<ValidationIssue> &issues);

} // namespace Icws
