// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "clifeatures.h"

#include "client.h"
#include "clirunner.h"
#include "clitext.h"

namespace CallDataCli {

namespace {

class FeaturesRunner final : public CommandRunner
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeaturesRunner)

public:
    FeaturesRunner(const Options &options, const Printer &printer)
        : CommandRunner(options, printer, Session::None)
    {
        connect(client(), &Icws::Client::featuresFetched, this, &FeaturesRunner::onFeaturesFetched);
    }
    ~FeaturesRunner() override = default;

    void start() { client()->fetchFeatures(options().baseUrl); }

private:
    void timeIsUp() override;
    void onFeaturesFetched(const Icws::Result &result, const Icws::FeatureVersions &features,
                           const Icws::ServerVersion &version);
};

void FeaturesRunner::timeIsUp()
{
    // The requests still running are dropped with the client.
    onFeaturesFetched(timeLimitResult(Icws::Operation::Features, Icws::hostPort(options().baseUrl)), {}, {});
}

void FeaturesRunner::onFeaturesFetched(const Icws::Result &result, const Icws::FeatureVersions &features,
                                       const Icws::ServerVersion &version)
{
    if (isFinished()) // the time was up first
        return;
    const QString host = result.host.isEmpty() ? Icws::hostPort(options().baseUrl) : result.host;
    if (!result.ok()) {
        QJsonObject json = resultJson(result, Stage::Features, exitCodeFor(result, Stage::Features));
        addFeatureFields(json, features, version);
        reportFailure(result, Stage::Features, exitCodeFor(result, Stage::Features), json);
        return;
    }

    const bool available = features.supportsUpdateCallData();
    const int exitCode = available ? ExitAccepted : ExitFeatureUnavailable;
    // As the server wrote it: "2.9" is shown as 2.9, not as "no dialer feature".
    const QString dialer = features.versionText(QStringLiteral("dialer"));
    const QString availability = available
        ? Text::tr("update-call-data: available (dialer %1).").arg(Icws::visibleText(dialer))
        : Text::tr("update-call-data: not available; it needs dialer feature version %1 or later, the server "
                   "offers %2.")
              .arg(Icws::MinimumDialerVersionForUpdateCallData)
              .arg(dialer.isEmpty() ? Text::tr("no dialer feature") : Icws::visibleText(dialer));

    if (printer().json()) {
        QJsonObject json = resultJson(result, Stage::Features, exitCode);
        json.insert(QStringLiteral("host"), host);
        if (!available) {
            json.insert(QStringLiteral("outcome"), outcomeName(Icws::Outcome::FeatureUnavailable));
            json.insert(QStringLiteral("message"), availability);
        }
        addFeatureFields(json, features, version);
        printer().object(json);
    } else {
        QStringList featureTexts;
        for (const QString &id : features.featureIds())
            featureTexts << Icws::visibleText(id + QLatin1Char(' ') + features.versionText(id));
        // A line break in the server's version text must not start a line of its own.
        printer().out(Text::tr("Server %1: %2")
                          .arg(host,
                               version.isEmpty() ? Text::tr("version not reported")
                                                 : Icws::visibleText(version.displayString())));
        printer().out(Text::tr("Features: %1")
                          .arg(featureTexts.isEmpty() ? Text::tr("none reported")
                                                      : featureTexts.join(QStringLiteral(", "))));
        printer().out(availability);
    }
    finish(exitCode);
}

} // namespace

void addFeatureFields(QJsonObject &object, const Icws::FeatureVersions &features,
                      const Icws::ServerVersion &version)
{
    QJsonObject list;
    for (const QString &id : features.featureIds()) {
        // A number when the server sent one (3, 2.9), else its text.
        bool numeric = false;
        const double number = features.versionText(id).toDouble(&numeric);
        list.insert(id, numeric ? QJsonValue(number) : QJsonValue(features.versionText(id)));
    }
    object.insert(QStringLiteral("features"), list);
    object.insert(QStringLiteral("serverVersion"),
                  version.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(version.displayString()));
    object.insert(QStringLiteral("updateCallDataAvailable"), features.supportsUpdateCallData());
}

int runFeaturesCommand(const Options &options, const Printer &printer)
{
    FeaturesRunner runner(options, printer);
    return runner.exec([&runner] { runner.start(); });
}

} // namespace CallDataCli

#include "clifeatures.moc"
