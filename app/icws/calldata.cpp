#include "calldata.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace Icws {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Icws::Validation)
};

} // namespace

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

QString keyProblem(const QString &key)
{
    const QString trimmed = key.trimmed();
    if (trimmed.isEmpty())
        return Text::tr("The key is empty. Type a column name or remove the row.");
    if (hasControlCharacter(trimmed))
        return Text::tr(
            "The key contains a control character (such as a tab or line break). Retype the key.");
    return {};
}

bool isDialerManagedColumn(const QString &key)
{
    const QString k = key.trimmed().toLower();
    return k.startsWith(QLatin1String("i3_")) || k == QLatin1String("status") || k == QLatin1String("zone")
        || k == QLatin1String("attempts");
}

QList<KeyCheck> checkKeys(const QList<Attribute> &attributes)
{
    QList<KeyCheck> checks(attributes.size());
    QHash<QString, int> firstRowOfKey;
    for (int row = 0; row < attributes.size(); ++row) {
        const QString key = attributes.at(row).first.trimmed();
        KeyCheck &check = checks[row];
        check.error = keyProblem(key);
        if (check.error.isEmpty()) {
            const QString folded = key.toCaseFolded();
            if (const auto it = firstRowOfKey.constFind(folded); it != firstRowOfKey.constEnd())
                check.error =
                    Text::tr("The key \"%1\" repeats row %2 (keys are compared ignoring case). Merge "
                             "the two rows or rename one.")
                        .arg(key)
                        .arg(it.value() + 1);
            else
                firstRowOfKey.insert(folded, row);
        }
        if (isDialerManagedColumn(key))
            check.warning =
                Text::tr("\"%1\" is a column Dialer manages itself; changing it can disturb the campaign.")
                    .arg(key);
    }
    return checks;
}

QList<ValidationIssue> validate(const CallDataUpdate &update)
{
    using Severity = ValidationIssue::Severity;
    using Field = ValidationIssue::Field;
    QList<ValidationIssue> issues;

    if (update.campaignId.trimmed().isEmpty())
        issues.append({Severity::Error, Field::CampaignId, -1,
                       Text::tr("Campaign ID is empty. Enter the ID of the campaign that placed the call.")});
    if (update.callId.trimmed().isEmpty())
        issues.append({Severity::Error, Field::CallId, -1,
                       Text::tr("Call ID is empty. Enter the ID of the active Dialer call to correct.")});
    if (update.attributes.isEmpty())
        issues.append({Severity::Error, Field::Attributes, -1,
                       Text::tr("There is no call data to send. Add at least one key and value.")});

    const QList<KeyCheck> checks = checkKeys(update.attributes);
    for (int row = 0; row < checks.size(); ++row) {
        if (!checks.at(row).error.isEmpty())
            issues.append({Severity::Error, Field::AttributeKey, row,
                           Text::tr("Row %1: %2").arg(row + 1).arg(checks.at(row).error)});
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
