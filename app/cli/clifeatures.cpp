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
    FeaturesRunner(const Options &options, const Printer &printer) : CommandRunner(options, printer)
    {
        connect(client(), &Icws::Client::featuresFetched, this, &FeaturesRunner::onFeaturesFetched);
    }
    ~FeaturesRunner() override = default;

    void start() { client()->fetchFeatures(options().baseUrl); }

private:
    void onFeaturesFetched(const Icws::Result &result, const Icws::FeatureVersions &features,
                           const Icws::ServerVersion &version);
};

void FeaturesRunner::onFeaturesFetched(const Icws::Result &result, const Icws::FeatureVersions &features,
                                       const Icws::ServerVersion &version)
{
    const QString host = result.host.isEmpty() ? Icws::hostPort(options().baseUrl) : result.host;
    if (!result.ok()) {
        QJsonObject json = resultJson(result, Stage::Features, exitCodeFor(result, Stage::Features));
        addFeatureFields(json, features, version);
        reportFailure(result, Stage::Features, exitCodeFor(result, Stage::Features), json);
        return;
    }

    const bool available = features.supportsUpdateCallData();
    const int exitCode = available ? ExitAccepted : ExitFeatureUnavailable;
    const int dialer = features.version(QStringLiteral("dialer"));
    const QString availability = available
        ? Text::tr("update-call-data: available (dialer %1).").arg(dialer)
        : Text::tr("update-call-data: not available; it needs dialer feature version %1 or later, the server "
                   "offers %2.")
              .arg(Icws::MinimumDialerVersionForUpdateCallData)
              .arg(dialer == 0 ? Text::tr("no dialer feature") : QString::number(dialer));

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
            featureTexts << id + QLatin1Char(' ') + QString::number(features.version(id));
        printer().out(
            Text::tr("Server %1: %2")
                .arg(host, version.isEmpty() ? Text::tr("version not reported") : version.displayString()));
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
    for (const QString &id : features.featureIds())
        list.insert(id, features.version(id));
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
