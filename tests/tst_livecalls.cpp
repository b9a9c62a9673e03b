// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

// Queue watches end to end: icws-sim's queues over real loopback HTTP, the client's watch and
// interaction requests, the live-calls model, and the chosen call's countdown and verification.
#include "appsettings.h"
#include "chosencall.h"
#include "client.h"
#include "livecallsmodel.h"
#include "livecallswatch.h"
#include "queuewatch.h"
#include "sessioncontroller.h"
#include "simulator.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

IcwsSim::SimCall simCall(const QString &id, const QString &agent, const QString &campaign, int endsAfter = -1,
                         int linger = 120)
{
    IcwsSim::SimCall call;
    call.interactionId = id;
    call.agent = agent;
    call.workgroup = u"Collections"_s;
    call.campaignId = campaign;
    call.remoteName = u"Jane Doe"_s;
    call.remoteNumber = u"+13175550100"_s;
    call.attributes = {{u"is_attr_zip"_s, u"46204"_s}};
    call.endsAfterSeconds = endsAfter;
    call.lingerSeconds = linger;
    return call;
}

QJsonArray messagesFrom(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).array();
}

Icws::InteractionAttributes interaction(const QString &id, const QHash<QString, QString> &attributes)
{
    return {id, attributes};
}

// Calls 1..count, agent "agentNN" (so sorted by agent is sorted by ID), all Dialer calls but one.
CallData::LiveCallsModel *modelWithCalls(CallData::LiveCallsModel *model, int count,
                                         const QString &nonDialer = {})
{
    Icws::QueueContents picture;
    for (int i = 1; i <= count; ++i) {
        const QString id = QString::number(i);
        picture.added.append(interaction(id,
                                         {{u"Eic_UserName"_s, u"agent%1"_s.arg(i, 2, 10, QLatin1Char('0'))},
                                          {u"Eic_State"_s, u"C"_s},
                                          {u"is_attr_campaignid"_s, id == nonDialer ? QString() : u"K"_s}}));
    }
    model->apply(picture);
    return model;
}

QStringList shownIds(const QAbstractItemModel &view)
{
    QStringList ids;
    for (int row = 0; row < view.rowCount(); ++row)
        ids << view.index(row, 0).data(CallData::LiveCallsModel::InteractionIdRole).toString();
    return ids;
}

} // namespace

class tst_LiveCalls final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<IcwsSim::Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<CallData::AppSettings> m_settings;
    std::unique_ptr<CallData::SessionController> m_session;
    std::unique_ptr<CallData::LiveCallsWatch> m_watch;

    QList<IcwsSim::RecordedRequest> requestsTo(const QString &pathPart) const
    {
        QList<IcwsSim::RecordedRequest> found;
        for (const IcwsSim::RecordedRequest &request : m_sim->requests()) {
            if (request.path.contains(pathPart))
                found.append(request);
        }
        return found;
    }
    bool logIn()
    {
        QSignalSpy spy(m_session.get(), &CallData::SessionController::loginFinished);
        if (!m_session->login(m_sim->baseUrl().toString(), u"supervisor"_s, u"demo"_s))
            return false;
        return spy.wait(10000) && spy.first().first().value<Icws::Result>().ok();
    }
    Icws::Result sendUpdate(const Icws::CallDataUpdate &update)
    {
        QSignalSpy spy(m_session.get(), &CallData::SessionController::updateFinished);
        m_session->send(update);
        if (!spy.wait(10000)) {
            Icws::Result never;
            never.outcome = Icws::Outcome::Timeout;
            return never;
        }
        return spy.first().first().value<Icws::Result>();
    }
    // One keep-alive poll's worth of messages reaches the model.
    void awaitPoll()
    {
        QSignalSpy spy(m_session->client(), &Icws::Client::messagesReceived);
        QVERIFY(spy.wait(10000));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        IcwsSim::Config config;
        config.calls = {simCall(u"1000012345"_s, u"agent1"_s, u"CAMPAIGN-1"_s, 30, 60),
                        simCall(u"1000012346"_s, u"agent2"_s, QString()),
                        simCall(u"1000012347"_s, u"agent3"_s, u"CAMPAIGN-1"_s)};
        config.calls[2].workgroup = u"Sales"_s;
        m_sim = std::make_unique<IcwsSim::Simulator>(config);
        m_sim->setClockMs(0);
        QVERIFY(m_sim->listen(QHostAddress::LocalHost));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_settings = std::make_unique<CallData::AppSettings>(m_dir->filePath(u"settings.ini"_s));
        m_session = std::make_unique<CallData::SessionController>(m_network.get(), m_settings.get());
        m_session->setPollingIntervalMs(100);
        m_watch = std::make_unique<CallData::LiveCallsWatch>(m_session.get());
    }
    void cleanup()
    {
        m_watch.reset();
        m_session.reset();
        m_settings.reset();
        m_network.reset();
        m_sim.reset();
        m_dir.reset();
    }

    // --- pure request building and parsing ---

    void subscriptionBodyIsExact()
    {
        const QByteArray body = Icws::queueSubscriptionBody(
            {{Icws::QueueType::User, u" agent1 "_s}, {Icws::QueueType::Workgroup, u"Collections"_s}},
            {u"Eic_State"_s, u"is_attr_campaignid"_s, u"EIC_STATE"_s});
        QCOMPARE(body,
                 QByteArray(R"({"attributeNames":["Eic_State","is_attr_campaignid"],)"
                            R"("queueIds":[{"queueName":"agent1","queueType":1},)"
                            R"({"queueName":"Collections","queueType":2}]})"));
        QCOMPARE(Icws::queueSubscriptionUrl(QUrl(u"https://cic1:8019"_s), u"123"_s, u"a b/c"_s)
                     .toString(QUrl::FullyEncoded),
                 u"https://cic1:8019/icws/123/messaging/subscriptions/queues/a%20b%2Fc"_s);
        QCOMPARE(Icws::interactionUrl(QUrl(u"https://cic1:8019"_s), u"123"_s, u"1001"_s,
                                      {u"Eic_State"_s, u"is_attr_zip"_s})
                     .toString(QUrl::FullyEncoded),
                 u"https://cic1:8019/icws/123/interactions/1001?select=Eic_State,is_attr_zip"_s);
        QCOMPARE(Icws::splitNameList(u" agent1, ,Agent1,agent2,"_s), QStringList({u"agent1"_s, u"agent2"_s}));
    }

    void severalMessagesInOnePollAreAppliedInOrder()
    {
        CallData::LiveCallsModel model;
        QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000);
        model.setClock([&now] { return now; });
        const QJsonArray batch = messagesFrom(R"([
            {"__type":"urn:inin.com:connection:somethingElse"},
            {"__type":"urn:inin.com:queues:queueContentsMessage","subscriptionId":"s","isDelta":false,
             "interactionsAdded":[{"interactionId":"1","attributes":{"Eic_State":"C","IS_ATTR_CAMPAIGNID":"K"}},
                                  {"interactionId":"2","attributes":{"Eic_State":"C"}}]},
            {"__type":"urn:inin.com:queues:queueContentsMessage","subscriptionId":"s","isDelta":true,
             "interactionsAdded":[{"interactionId":"3","attributes":{"Eic_State":"A","is_attr_campaignid":"K"}}],
             "interactionsChanged":[{"interactionId":"1","attributes":{"Eic_State":"E"}},
                                    {"interactionId":"404","attributes":{"Eic_State":"E"}}],
             "interactionsRemoved":["2","999"]}])");
        const QList<Icws::QueueContents> contents = Icws::parseQueueContents(batch);
        QCOMPARE(contents.size(), 2);
        for (const Icws::QueueContents &message : contents)
            model.apply(message);
        QCOMPARE(model.rowCount(), 2);
        const CallData::LiveCall *first = model.find(u"1"_s);
        QVERIFY(first);
        QCOMPARE(first->attribute(u"is_attr_campaignid"_s), u"K"_s); // merged, names case-insensitive
        QVERIFY(first->hasEnded());
        QCOMPARE(first->endedAt, now);
        QVERIFY(!model.find(u"2"_s));
        QVERIFY(!model.find(u"404"_s)); // a change of an unknown ID adds nothing
        QVERIFY(model.find(u"3"_s));

        now = now.addSecs(95);
        QCOMPARE(model.sinceEndText(*first), u"1 min 35 s"_s);

        // A new full picture replaces everything, yet keeps what was seen of known calls.
        model.apply(Icws::parseQueueContentsMessage(QJsonDocument::fromJson(R"(
            {"isDelta":false,"interactionsAdded":[{"interactionId":"1","attributes":{"Eic_State":"E"}}]})")
                                                        .object()));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.find(u"1"_s)->endedAt, now.addSecs(-95));
    }

    void filterShowsDialerCallsUnlessAllAreAskedFor()
    {
        CallData::LiveCallsModel model;
        model.apply(Icws::parseQueueContentsMessage(QJsonDocument::fromJson(R"(
            {"isDelta":false,"interactionsAdded":[
              {"interactionId":"1","attributes":{"Eic_UserName":"agent1","is_attr_campaignid":"K"}},
              {"interactionId":"2","attributes":{"Eic_UserName":"agent2","is_attr_campaignid":""}},
              {"interactionId":"3","attributes":{"Eic_UserName":"agent3","is_attr_campaignid":"K"}}]})")
                                                        .object()));
        CallData::LiveCallsFilter filter;
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), 2);
        filter.setShowAllCalls(true);
        QCOMPARE(filter.rowCount(), 3);
        filter.setFilterText(u"AGENT3"_s);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(CallData::LiveCallsModel::InteractionIdRole).toString(), u"3"_s);
    }

    void batchedDeltaLeavesTheListSortedFilteredAndIndexed()
    {
        CallData::LiveCallsModel model;
        modelWithCalls(&model, 12, u"6"_s);
        CallData::LiveCallsFilter filter;
        filter.setSourceModel(&model);
        filter.sort(CallData::LiveCallsModel::AgentColumn);
        QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(&filter,
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        // Adds, changes and removes at once, in the ways that move rows in the sorted, filtered view.
        Icws::QueueContents delta;
        delta.isDelta = true;
        delta.removed = {u"3"_s, u"2"_s, u"9"_s, u"4"_s, u"404"_s};
        delta.changed = {interaction(u"5"_s, {{u"Eic_UserName"_s, u"agent99"_s}}), // sorts last now
                         interaction(u"7"_s, {{u"is_attr_campaignid"_s, QString()}}), // no Dialer call now
                         interaction(u"6"_s, {{u"IS_ATTR_CAMPAIGNID"_s, u"K"_s}}), // a Dialer call now
                         interaction(u"8"_s, {{u"Eic_State"_s, u"E"_s}}),
                         interaction(u"3"_s, {{u"Eic_State"_s, u"E"_s}})}; // removed in this message
        delta.added = {
            interaction(u"20"_s, {{u"Eic_UserName"_s, u"agent00"_s}, {u"is_attr_campaignid"_s, u"K"_s}}),
            interaction(u"21"_s, {{u"Eic_UserName"_s, u"agent00"_s}}),
            interaction(u"22"_s, {{u"Eic_UserName"_s, u"agent07b"_s}, {u"is_attr_campaignid"_s, u"K"_s}}),
            interaction(u"8"_s, {{u"is_attr_zip"_s, u"46204"_s}}), // known: a change
            interaction(u"20"_s, {{u"Eic_State"_s, u"A"_s}})}; // twice in one message
        model.apply(delta);

        QCOMPARE(shownIds(filter),
                 QStringList({u"20"_s, u"1"_s, u"6"_s, u"22"_s, u"8"_s, u"10"_s, u"11"_s, u"12"_s, u"5"_s}));
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(removed.size(), 2); // rows 1-3, then row 8: one signal per run of adjacent rows
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(2).toInt() - inserted.first().at(1).toInt() + 1, 3);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.find(model.callAt(row).interactionId), &model.callAt(row));
        QCOMPARE(model.find(u"20"_s)->attribute(u"Eic_State"_s), u"A"_s);
        QCOMPARE(model.find(u"8"_s)->attribute(u"is_attr_zip"_s), u"46204"_s);
        QVERIFY(model.find(u"8"_s)->hasEnded());

        filter.setFilterText(u"agent1"_s);
        QCOMPARE(shownIds(filter), QStringList({u"10"_s, u"11"_s, u"12"_s}));
        filter.setFilterText({});
        filter.sort(CallData::LiveCallsModel::AgentColumn, Qt::DescendingOrder);
        QCOMPARE(shownIds(filter).first(), u"5"_s);
    }

    void deltaSignalsEachRunOfChangedRowsOnceOverTheColumnsThatChanged()
    {
        CallData::LiveCallsModel model;
        modelWithCalls(&model, 6);
        CallData::LiveCallsFilter filter;
        filter.setSourceModel(&model);
        filter.sort(CallData::LiveCallsModel::AgentColumn);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy resorted(&filter, &QAbstractItemModel::layoutChanged);

        Icws::QueueContents delta;
        delta.isDelta = true;
        delta.changed = {interaction(u"5"_s, {{u"Eic_State"_s, u"E"_s}}),
                         interaction(u"2"_s, {{u"Eic_State"_s, u"E"_s}}),
                         interaction(u"3"_s, {{u"Eic_State"_s, u"E"_s}}),
                         interaction(u"6"_s, {{u"Eic_State"_s, u"C"_s}})}; // what it holds already
        model.apply(delta);
        QCOMPARE(changed.size(), 2);
        const auto span = [&](int signal) {
            const auto topLeft = changed.at(signal).at(0).value<QModelIndex>();
            const auto bottomRight = changed.at(signal).at(1).value<QModelIndex>();
            return QList<int>({topLeft.row(), topLeft.column(), bottomRight.row(), bottomRight.column()});
        };
        QCOMPARE(span(0),
                 QList<int>({1, CallData::LiveCallsModel::StateColumn, 2,
                             CallData::LiveCallsModel::SinceEndColumn}));
        QCOMPARE(span(1),
                 QList<int>({4, CallData::LiveCallsModel::StateColumn, 4,
                             CallData::LiveCallsModel::SinceEndColumn}));
        QCOMPARE(resorted.size(), 0); // the sort column did not change: no re-sort
        QCOMPARE(filter.index(1, CallData::LiveCallsModel::StateColumn).data().toString(),
                 u"Disconnected (remote)"_s);

        // A change of the sort column re-sorts, once for the run.
        changed.clear();
        delta.changed = {interaction(u"1"_s, {{u"Eic_UserName"_s, u"agent98"_s}}),
                         interaction(u"2"_s, {{u"Eic_UserName"_s, u"agent99"_s}})};
        model.apply(delta);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(
            span(0),
            QList<int>({0, CallData::LiveCallsModel::AgentColumn, 1, CallData::LiveCallsModel::AgentColumn}));
        QCOMPARE(resorted.size(), 1);
        QCOMPARE(shownIds(filter), QStringList({u"3"_s, u"4"_s, u"5"_s, u"6"_s, u"1"_s, u"2"_s}));
    }

    void selectionSurvivesABatchedDelta()
    {
        CallData::LiveCallsModel model;
        modelWithCalls(&model, 30);
        CallData::LiveCallsFilter filter;
        filter.setSourceModel(&model);
        QTableView view;
        view.setModel(&filter);
        view.setSortingEnabled(true);
        view.sortByColumn(CallData::LiveCallsModel::AgentColumn, Qt::AscendingOrder);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.setSelectionMode(QAbstractItemView::SingleSelection);
        view.selectRow(14); // call 15, the supervisor's choice
        QCOMPARE(view.currentIndex().data(CallData::LiveCallsModel::InteractionIdRole).toString(), u"15"_s);

        Icws::QueueContents delta;
        delta.isDelta = true;
        delta.removed = {u"1"_s, u"2"_s, u"16"_s, u"20"_s};
        delta.changed = {interaction(u"15"_s, {{u"Eic_State"_s, u"E"_s}}),
                         interaction(u"14"_s, {{u"Eic_UserName"_s, u"agent99"_s}}),
                         interaction(u"3"_s, {{u"is_attr_campaignid"_s, QString()}})};
        delta.added = {
            interaction(u"31"_s, {{u"Eic_UserName"_s, u"agent00"_s}, {u"is_attr_campaignid"_s, u"K"_s}}),
            interaction(u"32"_s, {{u"Eic_UserName"_s, u"agent15"_s}, {u"is_attr_campaignid"_s, u"K"_s}})};
        model.apply(delta);

        // Above it now: 31 (agent00) and 4..13 (1, 2, 3 gone, 14 sorts last); 32 (agent15) after it.
        QCOMPARE(view.currentIndex().data(CallData::LiveCallsModel::InteractionIdRole).toString(), u"15"_s);
        QCOMPARE(view.currentIndex().row(), 11);
        const QModelIndexList selected = view.selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(CallData::LiveCallsModel::InteractionIdRole).toString(), u"15"_s);
        QCOMPARE(filter.index(12, 0).data(CallData::LiveCallsModel::InteractionIdRole).toString(), u"32"_s);
    }

    void callsFileIsReadStrictly_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("valid") << QByteArray(
            R"({"calls":[{"interactionId":"1001","agent":"agent1",)"
            R"("campaignId":"K","attributes":{"is_attr_zip":"1"},)"
            R"("endsAfterSeconds":30,"lingerSeconds":10,"repeatEverySeconds":60}]})")
                               << QString();
        QTest::newRow("not an object") << QByteArray("[]") << u"exactly one object"_s;
        QTest::newRow("no agent") << QByteArray(R"({"calls":[{"interactionId":"1"}]})")
                                  << u"calls[0].agent"_s;
        QTest::newRow("unknown field") << QByteArray(R"({"calls":[{"interactionId":"1","agent":"a","x":1}]})")
                                       << u"calls[0].x is not a known field"_s;
        QTest::newRow("negative time")
            << QByteArray(R"({"calls":[{"interactionId":"1","agent":"a","lingerSeconds":-1}]})")
            << u"calls[0].lingerSeconds"_s;
        QTest::newRow("repeat too short") << QByteArray(R"({"calls":[{"interactionId":"1","agent":"a",)"
                                                        R"("endsAfterSeconds":30,"repeatEverySeconds":60}]})")
                                          << u"repeatEverySeconds"_s;
        QTest::newRow("same ID twice") << QByteArray(
            R"({"calls":[{"interactionId":"1","agent":"a"},{"interactionId":"1","agent":"b"}]})")
                                       << u"calls[1].interactionId repeats"_s;
    }
    void callsFileIsReadStrictly()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString problem;
        const auto calls = IcwsSim::parseCallsFile(json, &problem);
        QCOMPARE(calls.has_value(), error.isEmpty());
        QVERIFY2(problem.contains(error), qPrintable(problem));
        if (calls) {
            QCOMPARE(calls->first().attributes.value(u"is_attr_zip"_s), u"1"_s);
            QCOMPARE(calls->first().repeatEverySeconds, 60);
        }
    }

    void demoCallsComeBackWithNewInteractionIds()
    {
        IcwsSim::QueueBoard board;
        board.setCalls(IcwsSim::demoCalls());
        board.subscribe(u"s"_s, u"w"_s, {{1, u"agent1"_s}}, {u"Eic_State"_s});
        const QJsonArray first = board.takeMessages(u"s"_s, 1'000);
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first()[u"interactionsAdded"_s][0][u"interactionId"_s].toString(), u"1000012345"_s);
        board.takeMessages(u"s"_s, 200'000);
        const QJsonArray later = board.takeMessages(u"s"_s, 301'000); // the next cycle
        QCOMPARE(later.first()[u"interactionsAdded"_s][0][u"interactionId"_s].toString(), u"1000013345"_s);
        QCOMPARE(board.statusForUpdate(u"1000012345"_s, 301'000), IcwsSim::QueueBoard::CallStatus::NotActive);
        QCOMPARE(board.statusForUpdate(u"1000013345"_s, 301'000), IcwsSim::QueueBoard::CallStatus::Active);
        QCOMPARE(board.statusForUpdate(u"1001"_s, 301'000), IcwsSim::QueueBoard::CallStatus::Unknown);
    }

    // --- over loopback ---

    void watchSubscribesWithTheExactBodyAndFillsTheList()
    {
        QVERIFY(logIn());
        QVERIFY(m_watch->watch({u"agent1"_s, u"agent2"_s}, {u"Sales"_s}));
        QTRY_COMPARE(m_watch->state(), CallData::LiveCallsWatch::State::Watching);
        const auto puts = requestsTo(u"/messaging/subscriptions/queues/"_s);
        QCOMPARE(puts.size(), 1);
        QCOMPARE(puts.first().method, QByteArray("PUT"));
        QCOMPARE(puts.first().path,
                 u"/icws/%1/messaging/subscriptions/queues/calldata-editor-live-calls"_s.arg(
                     m_session->session().sessionId));
        QCOMPARE(puts.first().header("ININ-ICWS-CSRF-Token"), m_session->session().csrfToken.toUtf8());
        const QJsonObject body = QJsonDocument::fromJson(puts.first().body).object();
        QCOMPARE(QJsonDocument(body.value(u"queueIds"_s).toArray()).toJson(QJsonDocument::Compact),
                 QByteArray(R"([{"queueName":"agent1","queueType":1},{"queueName":"agent2","queueType":1},)"
                            R"({"queueName":"Sales","queueType":2}])"));
        QCOMPARE(body.value(u"attributeNames"_s).toArray().toVariantList().size(),
                 Icws::baseWatchAttributes().size());

        QTRY_COMPARE(m_watch->model()->rowCount(), 3);
        const CallData::LiveCall *call = m_watch->model()->find(u"1000012345"_s);
        QVERIFY(call);
        QCOMPARE(call->attribute(u"is_attr_campaignid"_s), u"CAMPAIGN-1"_s);
        QCOMPARE(call->attribute(u"Eic_UserName"_s), u"agent1"_s);
        QCOMPARE(call->attribute(u"Eic_State"_s), u"C"_s);
    }

    void deltasEndChangeAndRemoveCalls()
    {
        QVERIFY(logIn());
        m_watch->setExtraAttributeNames({u"is_attr_zip"_s});
        QVERIFY(m_watch->watch({u"agent1"_s}, {}));
        QTRY_VERIFY(m_watch->model()->find(u"1000012345"_s));

        // An accepted correction shows on the call's is_attr_ attributes in the next message.
        QVERIFY(sendUpdate({u"CAMPAIGN-1"_s, u"1000012345"_s, {{u"zip"_s, u"11111"_s}}}).ok());
        QTRY_COMPARE(m_watch->model()->find(u"1000012345"_s)->attribute(u"is_attr_zip"_s), u"11111"_s);

        m_sim->advanceClockMs(31'000); // the call ends
        QTRY_VERIFY(m_watch->model()->find(u"1000012345"_s)->hasEnded());
        QVERIFY(m_watch->model()->find(u"1000012345"_s)->endedAt.isValid());
        QCOMPARE(m_watch->model()->find(u"1000012345"_s)->attribute(u"Eic_CallStateString"_s),
                 u"Disconnected [Remote Hangup]"_s);
        // Still correctable while it lingers.
        QVERIFY(sendUpdate({u"CAMPAIGN-1"_s, u"1000012345"_s, {{u"zip"_s, u"22222"_s}}}).ok());

        m_sim->advanceClockMs(60'000); // linger over: it leaves the queue
        QTRY_VERIFY(!m_watch->model()->find(u"1000012345"_s));
        const Icws::Result late = sendUpdate({u"CAMPAIGN-1"_s, u"1000012345"_s, {{u"zip"_s, u"33333"_s}}});
        QCOMPARE(late.httpStatus, 400);
        QCOMPARE(late.serverError.errorId, u"error.request.dialer.callNotActive"_s);
    }

    void watchRefusedByTheServerShowsStatusErrorIdAndMessage()
    {
        m_sim->config().deniedQueues = {u"agent2"_s};
        QVERIFY(logIn());
        QVERIFY(m_watch->watch({u"agent1"_s, u"AGENT2"_s}, {}));
        QTRY_COMPARE(m_watch->state(), CallData::LiveCallsWatch::State::Refused);
        QVERIFY2(m_watch->problemText().contains(u"403"_s), qPrintable(m_watch->problemText()));
        QVERIFY(m_watch->problemText().contains(u"error.request.accessDenied"_s));
        QVERIFY(m_watch->problemText().contains(u"AGENT2"_s));
        QCOMPARE(m_session->state(), CallData::SessionController::State::LoggedIn); // nothing else stops
    }

    void serverWithoutQueuesFeatureMakesTheWatchUnavailable()
    {
        m_sim->config().queuesVersion = 0;
        QVERIFY(logIn());
        QVERIFY(m_watch->watch({u"agent1"_s}, {}));
        QTRY_COMPARE(m_watch->state(), CallData::LiveCallsWatch::State::Unavailable);
        QVERIFY(m_watch->problemText().contains(u"queues feature"_s));
        QVERIFY(requestsTo(u"/subscriptions/"_s).isEmpty()); // nothing was sent
    }

    void watchWithoutQueuesIsAUsageError()
    {
        QString error;
        QVERIFY(!m_watch->watch({u" "_s}, {}, &error));
        QVERIFY(error.contains(u"agent"_s));
    }

    void logoutUnsubscribesBeforeEndingTheSession()
    {
        QVERIFY(logIn());
        QVERIFY(m_watch->watch({u"agent1"_s}, {}));
        QTRY_COMPARE(m_watch->state(), CallData::LiveCallsWatch::State::Watching);
        m_sim->clearRequests();
        QSignalSpy loggedOut(m_session.get(), &CallData::SessionController::loggedOut);
        m_session->logout();
        QVERIFY(loggedOut.wait(10000));
        QList<QByteArray> sequence;
        for (const IcwsSim::RecordedRequest &request : m_sim->requests()) {
            if (request.method == "DELETE")
                sequence << QByteArray(request.path.contains(u"subscriptions"_s) ? "unsubscribe " : "logout ")
                        + QByteArray::number(request.responseStatus);
        }
        QCOMPARE(sequence, QList<QByteArray>({"unsubscribe 204", "logout 204"}));
        QCOMPARE(m_watch->model()->rowCount(), 0);
    }

    void quitUnsubscribesAndLogsOut()
    {
        QVERIFY(logIn());
        QVERIFY(m_watch->watch({u"agent1"_s}, {}));
        QTRY_COMPARE(m_watch->state(), CallData::LiveCallsWatch::State::Watching);
        m_sim->clearRequests();
        m_watch.reset();
        m_session.reset(); // the client's destructor ends the watch, then the session
        QCOMPARE(requestsTo(u"/subscriptions/"_s).size(), 1);
        QCOMPARE(requestsTo(u"/subscriptions/"_s).first().method, QByteArray("DELETE"));
        QCOMPARE(m_sim->activeSessionCount(), 0);
    }

    void reloginSubscribesAgain()
    {
        QVERIFY(logIn());
        QVERIFY(m_watch->watch({u"agent1"_s}, {}));
        QTRY_COMPARE(m_watch->model()->rowCount(), 1);
        m_sim->dropAllSessions(); // the server restarts: the next poll gets 401
        QTRY_COMPARE(m_session->state(), CallData::SessionController::State::SessionEnded);
        m_sim->clearRequests();
        QVERIFY(logIn());
        QTRY_COMPARE(m_watch->state(), CallData::LiveCallsWatch::State::Watching);
        QCOMPARE(requestsTo(u"/subscriptions/"_s).size(), 1);
        QCOMPARE(requestsTo(u"/subscriptions/"_s).first().method, QByteArray("PUT"));
        QTRY_COMPARE(requestsTo(u"/messaging/messages"_s).size() >= 1, true);
        QTRY_COMPARE(m_watch->model()->rowCount(), 1);
    }

    void simulatorRefusesMalformedSubscriptions_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("errorId");
        const QString missing = u"error.request.invalidRepresentation.missingProperty"_s;
        const QString invalid = u"error.request.invalidRepresentation.invalidProperty"_s;
        QTest::newRow("no queueIds") << QByteArray(R"({"attributeNames":["Eic_State"]})") << missing;
        QTest::newRow("no attributeNames")
            << QByteArray(R"({"queueIds":[{"queueType":1,"queueName":"a"}]})") << missing;
        QTest::newRow("empty queueIds") << QByteArray(R"({"queueIds":[],"attributeNames":["x"]})") << invalid;
        QTest::newRow("empty attributeNames")
            << QByteArray(R"({"queueIds":[{"queueType":1,"queueName":"a"}],"attributeNames":[]})") << invalid;
        QTest::newRow("queueType 7") << QByteArray(
            R"({"queueIds":[{"queueType":7,"queueName":"a"}],"attributeNames":["x"]})")
                                     << invalid;
        QTest::newRow("queueType as text")
            << QByteArray(R"({"queueIds":[{"queueType":"1","queueName":"a"}],"attributeNames":["x"]})")
            << invalid;
        QTest::newRow("empty queueName")
            << QByteArray(R"({"queueIds":[{"queueType":1,"queueName":" "}],"attributeNames":["x"]})")
            << invalid;
        QTest::newRow("attribute not a string")
            << QByteArray(R"({"queueIds":[{"queueType":1,"queueName":"a"}],"attributeNames":[3]})")
            << invalid;
        QTest::newRow("unknown property")
            << QByteArray(R"({"queueIds":[{"queueType":1,"queueName":"a"}],"attributeNames":["x"],"y":1})")
            << invalid;
        QTest::newRow("not JSON") << QByteArray("queueIds=1")
                                  << u"error.request.invalidRepresentation.malformed"_s;
    }
    void simulatorRefusesMalformedSubscriptions()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, errorId);
        QVERIFY(logIn());
        const Icws::Session &session = m_session->session();
        QNetworkRequest request(Icws::queueSubscriptionUrl(session.baseUrl, session.sessionId, u"w"_s));
        request.setRawHeader(Icws::CsrfHeader, session.csrfToken.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        std::unique_ptr<QNetworkReply> reply(m_network->put(request, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(u"errorId"_s).toString(), errorId);
    }

    void readInteractionAnswersAttributesOr404()
    {
        QVERIFY(logIn());
        Icws::Client *client = m_session->client();
        QSignalSpy spy(client, &Icws::Client::interactionRead);
        client->readInteraction(u"1000012346"_s, {u"EIC_STATE"_s, u"is_attr_zip"_s, u"is_attr_nothing"_s});
        QVERIFY(spy.wait(10000));
        QVERIFY(spy.first().at(0).value<Icws::Result>().ok());
        const auto attributes = spy.first().at(2).value<QHash<QString, QString>>();
        QCOMPARE(attributes.value(u"EIC_STATE"_s), u"C"_s);
        QCOMPARE(attributes.value(u"is_attr_zip"_s), u"46204"_s);
        QCOMPARE(attributes.value(u"is_attr_nothing"_s, u"absent"_s), QString());
        const QString query = requestsTo(u"/interactions/"_s).first().query;
        QCOMPARE(query, u"select=EIC_STATE,is_attr_zip,is_attr_nothing"_s);

        spy.clear();
        client->readInteraction(u"42"_s, {u"Eic_State"_s});
        QVERIFY(spy.wait(10000));
        QCOMPARE(spy.first().at(0).value<Icws::Result>().httpStatus, 404);
    }

    // --- the chosen call ---

    void chosenCallCountsDownAndWarnsWhenItLeaves()
    {
        QVERIFY(logIn());
        QDateTime now = QDateTime::currentDateTime();
        m_watch->model()->setClock([&now] { return now; });
        CallData::ChosenCall chosen(m_session.get(), m_watch.get());
        chosen.setCallId(u"1000012345"_s);
        QVERIFY(m_watch->watch({u"agent1"_s}, {}));
        QTRY_VERIFY(m_watch->model()->find(u"1000012345"_s));
        QCOMPARE(chosen.phase(), CallData::ChosenCall::Phase::Live);
        QCOMPARE(chosen.statusText(), QString());

        m_sim->advanceClockMs(31'000);
        QTRY_COMPARE(chosen.phase(), CallData::ChosenCall::Phase::Ended);
        const QString endedAt = QLocale().toString(now.time(), u"HH:mm:ss"_s);
        now = now.addSecs(25);
        QCOMPARE(chosen.statusText(),
                 u"The call ended at %1 \u2014 about 95 s left to correct it."_s.arg(endedAt));

        QSignalSpy warned(&chosen, &CallData::ChosenCall::statusChanged);
        m_sim->advanceClockMs(60'000);
        QTRY_COMPARE(chosen.phase(), CallData::ChosenCall::Phase::Left);
        QVERIFY(chosen.statusText().contains(u"left the agent's queue"_s));
        QVERIFY(!warned.isEmpty());
    }

    void heldValuesComeFromTheWatchAndVerifyTheCorrection()
    {
        QVERIFY(logIn());
        CallData::ChosenCall chosen(m_session.get(), m_watch.get());
        chosen.setKeys({u"zip"_s, u"IS_ATTR_zip"_s});
        QCOMPARE(CallData::ChosenCall::attributeForKey(u"IS_ATTR_zip"_s), u"IS_ATTR_zip"_s);
        QCOMPARE(CallData::ChosenCall::attributeForKey(u"zip"_s), u"is_attr_zip"_s);
        QVERIFY(m_watch->attributeNames().contains(u"is_attr_zip"_s, Qt::CaseInsensitive));
        QVERIFY(m_watch->watch({u"agent1"_s}, {}));
        chosen.setCallId(u"1000012345"_s);
        QTRY_VERIFY(m_watch->model()->find(u"1000012345"_s));
        QCOMPARE(chosen.heldValue(u"zip"_s).value_or(u"?"_s), u"46204"_s);
        QCOMPARE(chosen.source(), CallData::ChosenCall::Source::Watch);

        QSignalSpy verified(&chosen, &CallData::ChosenCall::verificationFinished);
        QVERIFY(sendUpdate({u"CAMPAIGN-1"_s, u"1000012345"_s, {{u"zip"_s, u"11111"_s}}}).ok());
        chosen.expect({{u"zip"_s, u"11111"_s}});
        QVERIFY(verified.wait(10000));
        QCOMPARE(verified.first().at(0).toInt(), 1);
        QCOMPARE(verified.first().at(1).toInt(), 1);
        QCOMPARE(verified.first().at(2).toBool(), false);
    }

    void heldValuesAreReadWhenTheCallIsNotWatched()
    {
        QVERIFY(logIn());
        CallData::ChosenCall chosen(m_session.get(), m_watch.get());
        chosen.setSeenTimeoutSeconds(1);
        chosen.setKeys({u"zip"_s});
        chosen.setCallId(u"1000012347"_s); // agent3: not watched
        QTRY_COMPARE(chosen.heldValue(u"zip"_s).value_or(u"?"_s), u"46204"_s);
        QCOMPARE(chosen.source(), CallData::ChosenCall::Source::Read);

        // The server accepts but the value never shows (another call ID was corrected): said plainly.
        QSignalSpy verified(&chosen, &CallData::ChosenCall::verificationFinished);
        chosen.expect({{u"zip"_s, u"99999"_s}});
        QVERIFY(verified.wait(10000));
        QCOMPARE(verified.first().at(0).toInt(), 0);
        QCOMPARE(verified.first().at(2).toBool(), true);

        QSignalSpy read(m_session->client(), &Icws::Client::interactionRead);
        chosen.setCallId(u"555"_s); // unknown to the server: nothing is held, nothing is claimed
        const auto answerFor555 = [&read]() {
            for (const QList<QVariant> &arguments : std::as_const(read)) {
                if (arguments.at(1).toString() == u"555"_s)
                    return arguments.at(0).value<Icws::Result>().httpStatus;
            }
            return 0;
        };
        QTRY_COMPARE(answerFor555(), 404);
        QVERIFY(!chosen.heldValue(u"zip"_s));
        QCOMPARE(chosen.phase(), CallData::ChosenCall::Phase::Unknown);
        QCOMPARE(chosen.statusText(), QString());
    }
};

QTEST_MAIN(tst_LiveCalls)
#include "tst_livecalls.moc"
