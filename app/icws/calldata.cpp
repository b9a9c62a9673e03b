// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "calldata.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <iterator>

namespace Icws {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Icws::Validation)
};

/** Unicode's Default_Ignorable_Code_Point ranges (DerivedCoreProperties.txt, Unicode 15). */
constexpr struct
{
    char32_t first;
    char32_t last;
} InvisibleRanges[] = {
    {0x00AD, 0x00AD},   {0x034F, 0x034F},   {0x061C, 0x061C}, {0x115F, 0x1160}, {0x17B4, 0x17B5},
    {0x180B, 0x180F},   {0x200B, 0x200F},   {0x202A, 0x202E}, {0x2060, 0x206F}, {0x3164, 0x3164},
    {0xFE00, 0xFE0F},   {0xFEFF, 0xFEFF},   {0xFFA0, 0xFFA0}, {0xFFF0, 0xFFF8}, {0x1BCA0, 0x1BCA3},
    {0x1D173, 0x1D17A}, {0xE0000, 0xE0FFF},
};

bool isInvisible(char32_t c)
{
    if (c < 0xAD)
        return false;
    return std::any_of(std::begin(InvisibleRanges), std::end(InvisibleRanges),
                       [c](const auto &range) { return c >= range.first && c <= range.last; });
}

/**
 * Full case foldings (CaseFolding.txt status F) that QChar::toCaseFolded, which applies only the
 * simple one-to-one foldings, misses. Only the characters that survive canonical decomposition
 * are listed: the others (İ, ǰ, ΐ, the Greek letters with ypogegrammeni, …) decompose into base
 * letters and combining marks whose simple folding gives the same result, because keyIdentity
 * decomposes before folding. Sorted by code point for the binary search.
 */
constexpr struct
{
    char16_t from;
    char16_t to[3];
} FullFoldings[] = {
    {0x00DF, {u's', u's'}}, // ß
    {0x0149, {0x02BC, u'n'}}, // ŉ
    {0x0587, {0x0565, 0x0582}}, // Armenian ech yiwn
    {0x1E9A, {u'a', 0x02BE}}, // ẚ
    {0x1E9E, {u's', u's'}}, // ẞ (capital sharp s)
    {0xFB00, {u'f', u'f'}},       {0xFB01, {u'f', u'i'}},       {0xFB02, {u'f', u'l'}},
    {0xFB03, {u'f', u'f', u'i'}}, {0xFB04, {u'f', u'f', u'l'}}, {0xFB05, {u's', u't'}},
    {0xFB06, {u's', u't'}},       {0xFB13, {0x0574, 0x0576}}, // Armenian ligatures
    {0xFB14, {0x0574, 0x0565}},   {0xFB15, {0x0574, 0x056B}},   {0xFB16, {0x057E, 0x0576}},
    {0xFB17, {0x0574, 0x056D}},
};

/** Calls visit(codePoint) for each code point of text; a lone surrogate is passed as itself. */
template<typename Visit> void forEachCodePoint(QStringView text, Visit visit)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            visit(QChar::surrogateToUcs4(c, text.at(i + 1).unicode()));
            ++i;
        } else {
            visit(char32_t(c));
        }
    }
}

void appendCodePoint(QString &out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out.append(QChar(QChar::highSurrogate(c)));
        out.append(QChar(QChar::lowSurrogate(c)));
    } else {
        out.append(QChar(char16_t(c)));
    }
}

/** What one pass over a trimmed key finds. */
struct KeyScan
{
    bool plainAscii = true; ///< only printable ASCII: the identity is the lower-case key
    bool hasUpperAscii = false;
    bool control = false;
    bool invisible = false;
    bool broken = false; ///< half a surrogate pair
};

KeyScan scanKey(QStringView key)
{
    KeyScan scan;
    const qsizetype size = key.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = key.at(i).unicode();
        if (c >= 0x20 && c < 0x7F) {
            scan.hasUpperAscii = scan.hasUpperAscii || (c >= u'A' && c <= u'Z');
            continue;
        }
        scan.plainAscii = false;
        char32_t codePoint = c;
        if (QChar::isSurrogate(c)) {
            if (QChar::isHighSurrogate(c) && i + 1 < size && key.at(i + 1).isLowSurrogate())
                codePoint = QChar::surrogateToUcs4(c, key.at(++i).unicode());
            else
                scan.broken = true;
        }
        scan.control = scan.control || QChar::category(codePoint) == QChar::Other_Control;
        scan.invisible = scan.invisible || isInvisible(codePoint);
    }
    return scan;
}

/**
 * Canonical caseless matching (Unicode 3.13, D145): NFD(fold(NFD(key))), invisible characters
 * dropped first. NFD rather than NFC because equality is the same under either and the folding
 * works on decomposed letters.
 */
QString foldedIdentity(const QString &trimmed)
{
    QString visible;
    visible.reserve(trimmed.size());
    forEachCodePoint(trimmed, [&](char32_t c) {
        if (!isInvisible(c))
            appendCodePoint(visible, c);
    });
    const QString decomposed = visible.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size() + 4);
    forEachCodePoint(decomposed, [&](char32_t c) {
        const auto special =
            std::lower_bound(std::begin(FullFoldings), std::end(FullFoldings), c,
                             [](const auto &entry, char32_t value) { return char32_t(entry.from) < value; });
        if (special != std::end(FullFoldings) && char32_t(special->from) == c) {
            for (const char16_t part : special->to)
                if (part != 0)
                    folded.append(QChar(part));
        } else {
            appendCodePoint(folded, QChar::toCaseFolded(c));
        }
    });
    return folded.normalized(QString::NormalizationForm_D);
}

QString keyIdentityOf(const QString &trimmed, const KeyScan &scan)
{
    if (scan.plainAscii)
        return scan.hasUpperAscii ? trimmed.toLower() : trimmed; // shares trimmed's data: no allocation

    // Normalizing twice costs about half a microsecond per key, and the window revalidates every
    // row on each keystroke while only one key changed: remember the identities of recent keys.
    // Long keys are not kept, so the cache stays within a few MiB.
    constexpr qsizetype MaxCachedKeyLength = 128;
    constexpr qsizetype MaxCachedKeys = 4096;
    thread_local QHash<QString, QString> recentIdentities;
    if (trimmed.size() > MaxCachedKeyLength)
        return foldedIdentity(trimmed);
    if (const auto it = recentIdentities.constFind(trimmed); it != recentIdentities.constEnd())
        return it.value();
    if (recentIdentities.size() >= MaxCachedKeys)
        recentIdentities.clear();
    return recentIdentities.insert(trimmed, foldedIdentity(trimmed)).value();
}

bool isDialerManagedIdentity(const QString &identity)
{
    return identity.startsWith(QLatin1String("i3_")) || identity == QLatin1String("status")
        || identity == QLatin1String("zone") || identity == QLatin1String("attempts");
}

QString controlCharacterInKey()
{
    return Text::tr("The key contains a control character (such as a tab or line break). Retype the key.");
}

QString emptyKey()
{
    return Text::tr("The key is empty. Type a column name or remove the row.");
}

} // namespace

bool hasControlCharacter(QStringView text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c.unicode() < 0x20 || c.unicode() >= 0x7F) && c.category() == QChar::Other_Control;
    });
}

bool hasInvisibleCharacter(QStringView text)
{
    bool found = false;
    forEachCodePoint(text, [&found](char32_t c) { found = found || isInvisible(c); });
    return found;
}

bool hasBrokenCharacter(QStringView text)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text.at(i).unicode();
        if (!QChar::isSurrogate(c))
            continue;
        if (!QChar::isHighSurrogate(c) || i + 1 == size || !QChar::isLowSurrogate(text.at(i + 1).unicode()))
            return true;
        ++i;
    }
    return false;
}

QString keyProblem(const QString &key)
{
    const QString trimmed = key.trimmed();
    if (trimmed.isEmpty())
        return emptyKey();
    if (hasControlCharacter(trimmed))
        return controlCharacterInKey();
    return {};
}

bool isDialerManagedColumn(const QString &key)
{
    return isDialerManagedIdentity(keyIdentity(key));
}

QString keyIdentity(const QString &key)
{
    const QString trimmed = key.trimmed();
    return keyIdentityOf(trimmed, scanKey(trimmed));
}

QString elidedForMessage(const QString &text, int maxCharacters)
{
    if (text.size() <= maxCharacters)
        return text;
    qsizetype cut = std::max(maxCharacters - 1, 1);
    if (QChar::isLowSurrogate(text.at(cut).unicode()))
        --cut; // never split a surrogate pair
    return text.left(cut) + QChar(0x2026);
}

QString elidedForDisplay(const QString &text, int maxRun)
{
    QString shown;
    int run = 0;
    bool skipping = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            run = 0;
            skipping = false;
        } else if (skipping) {
            continue;
        } else if (++run > maxRun) {
            if (!shown.isEmpty() && shown.back().isHighSurrogate())
                shown.chop(1); // never half a surrogate pair
            shown.append(QChar(0x2026));
            skipping = true;
            continue;
        }
        shown.append(c);
    }
    return shown;
}

QList<KeyCheck> checkKeys(const QList<Attribute> &attributes)
{
    QList<KeyCheck> checks(attributes.size());
    QHash<QString, int> firstRowOfKey;
    firstRowOfKey.reserve(attributes.size());
    for (int row = 0; row < attributes.size(); ++row) {
        const QString key = attributes.at(row).first.trimmed();
        KeyCheck &check = checks[row];
        if (key.isEmpty()) {
            check.error = emptyKey();
            continue;
        }
        const KeyScan scan = scanKey(key);
        const QString identity = keyIdentityOf(key, scan);
        QStringList warnings;
        if (scan.control) {
            check.error = controlCharacterInKey();
        } else if (scan.broken) {
            check.error =
                Text::tr("The key contains a broken character (not valid Unicode text). Retype the key.");
        } else if (const auto it = firstRowOfKey.constFind(identity); it != firstRowOfKey.constEnd()) {
            const QString earlier = attributes.at(it.value()).first.trimmed();
            check.error = earlier == key
                ? Text::tr("The key \"%1\" repeats row %2. Merge the two rows or rename one.")
                      .arg(elidedForMessage(key), QString::number(it.value() + 1))
                : Text::tr("The key \"%1\" repeats row %2 (\"%3\"): keys are compared ignoring case, "
                           "invisible characters and how accented letters are encoded. Merge the two rows "
                           "or rename one.")
                      .arg(elidedForMessage(key), QString::number(it.value() + 1), elidedForMessage(earlier));
        } else {
            firstRowOfKey.insert(identity, row);
        }
        if (scan.invisible)
            warnings << Text::tr(
                            "The key \"%1\" contains invisible characters (zero-width or text-direction "
                            "marks), often left by copying. They are sent as typed but ignored when keys "
                            "are compared; retype the key if they are not meant.")
                            .arg(elidedForMessage(key));
        if (isDialerManagedIdentity(identity))
            warnings << Text::tr(
                            "\"%1\" is a column Dialer manages itself; changing it can disturb the campaign.")
                            .arg(elidedForMessage(key));
        check.warning = warnings.join(QLatin1Char(' '));
    }
    return checks;
}

QList<ValidationIssue> validate(const CallDataUpdate &update)
{
    using Severity = ValidationIssue::Severity;
    using Field = ValidationIssue::Field;
    QList<ValidationIssue> issues;

    const QString campaignId = update.campaignId.trimmed();
    if (campaignId.isEmpty())
        issues.append({Severity::Error, Field::CampaignId, -1,
                       Text::tr("Campaign ID is empty. Enter the ID of the campaign that placed the call.")});
    else if (hasControlCharacter(campaignId) || hasInvisibleCharacter(campaignId)
             || hasBrokenCharacter(campaignId))
        issues.append({Severity::Error, Field::CampaignId, -1,
                       Text::tr("Campaign ID contains a tab, line break or other invisible or control "
                                "character, often left by copying. Retype the campaign ID.")});
    const QString callId = update.callId.trimmed();
    if (callId.isEmpty())
        issues.append({Severity::Error, Field::CallId, -1,
                       Text::tr("Call ID is empty. Enter the ID of the active Dialer call to correct.")});
    else if (hasControlCharacter(callId) || hasInvisibleCharacter(callId) || hasBrokenCharacter(callId))
        issues.append({Severity::Error, Field::CallId, -1,
                       Text::tr("Call ID contains a tab, line break or other invisible or control "
                                "character, often left by copying. Retype the call ID.")});
    if (update.attributes.isEmpty())
        issues.append({Severity::Error, Field::Attributes, -1,
                       Text::tr("There is no call data to send. Add at least one key and value.")});

    const QList<KeyCheck> checks = checkKeys(update.attributes);
    for (int row = 0; row < checks.size(); ++row) {
        if (!checks.at(row).error.isEmpty())
            issues.append({Severity::Error, Field::AttributeKey, row,
                           Text::tr("Row %1: %2").arg(row + 1).arg(checks.at(row).error)});
        if (hasBrokenCharacter(update.attributes.at(row).second))
            issues.append({Severity::Error, Field::Attributes, row, // the model marks keys only
                           Text::tr("Row %1: the value contains a broken character (not valid Unicode "
                                    "text). Retype the value.")
                               .arg(row + 1)});
        if (!checks.at(row).warning.isEmpty())
            issues.append({Severity::Warning, Field::AttributeKey, row,
                           Text::tr("Row %1: %2").arg(row + 1).arg(checks.at(row).warning)});
    }

    if (update.attributes.size() > RecommendedMaxAttributes)
        issues.append({Severity::Warning, Field::Attributes, -1,
                       Text::tr("%1 attributes is more than the %2 contact-list columns Dialer recommends.")
                           .arg(update.attributes.size())
                           .arg(RecommendedMaxAttributes)});
    return issues;
}

bool hasErrors(const QList<ValidationIssue> &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const ValidationIssue &issue) {
        return issue.severity == ValidationIssue::Severity::Error;
    });
}

} // namespace Icws
