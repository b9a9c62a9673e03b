// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

// calldata-bench, live calls: 2,000 interactions over 200 agent queues in the window's own Live
// calls panel (its model, filter, table and delegate), one row selected. One delta message applied
// and painted, against parsing that message alone; and the longest event-loop block while the
// list updates once a second.
#include "bench_livecalls.h"

#include "appsettings.h"
#include "livecallsmodel.h"
#include "livecallspanel.h"
#include "livecallswatch.h"
#include "queuewatch.h"
#include "sessioncontroller.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int Agents = 200;
constexpr int CallsPerAgent = 10;

QJsonObject interaction(int index, const QString &state)
{
    const int agent = index % Agents;
    return QJsonObject {
        {u"interactionId"_s, QString::number(1000000000 + index)},
        {u"attributes"_s,
         QJsonObject {
             {u"Eic_CallId"_s, QString::number(1000000000 + index)},
             {u"Eic_State"_s, state},
             {u"Eic_CallStateString"_s, state == u"C"_s ? u"Connected"_s : u"Disconnected [Remote Hangup]"_s},
             {u"Eic_RemoteName"_s, u"Customer %1"_s.arg(index)},
             {u"Eic_RemoteTnNormalized"_s, u"+1317555%1"_s.arg(index, 4, 10, QLatin1Char('0'))},
             {u"Eic_UserName"_s, u"agent%1"_s.arg(agent)},
             {u"Eic_WorkgroupName"_s, u"Workgroup %1"_s.arg(agent % 20)},
             {u"Eic_CallIdKey"_s, u"%1ABCDEFGH"_s.arg(1000000000 + index)},
             {u"is_attr_campaignid"_s, index % 7 == 0 ? QString() : u"CAMPAIGN-%1"_s.arg(index % 5)},
             {u"is_attr_zip"_s, QString::number(46000 + index % 300)}}}};
}

QByteArray message(bool isDelta, const QJsonArray &added, const QJsonArray &changed,
                   const QJsonArray &removed)
{
    const QJsonObject object {{u"__type"_s, u"urn:inin.com:queues:queueContentsMessage"_s},
                              {u"subscriptionId"_s, u"calldata-editor-live-calls"_s},
                              {u"isDelta"_s, isDelta},
                              {u"interactionsAdded"_s, added},
                              {u"interactionsChanged"_s, changed},
                              {u"interactionsRemoved"_s, removed}};
    return QJsonDocument(QJsonArray {object}).toJson(QJsonDocument::Compact);
}

// A second's worth of change on a busy floor: 20 calls change state, 5 arrive, 5 leave. Two
// deltas that undo each other, so the list stays at 2,000 however often they alternate.
QPair<QByteArray, QByteArray> deltaPair()
{
    QJsonArray end;
    QJsonArray resume;
    for (int i = 0; i < 20; ++i) {
        const QString id = QString::number(1000000000 + i * 97);
        end.append(QJsonObject {
            {u"interactionId"_s, id},
            {u"attributes"_s,
             QJsonObject {{u"Eic_State"_s, u"E"_s}, {u"Eic_CallStateString"_s, u"Disconnected"_s}}}});
        resume.append(QJsonObject {
            {u"interactionId"_s, id},
            {u"attributes"_s,
             QJsonObject {{u"Eic_State"_s, u"C"_s}, {u"Eic_CallStateString"_s, u"Connected"_s}}}});
    }
    QJsonArray arrivals;
    QJsonArray departures;
    for (int i = 0; i < 5; ++i) {
        arrivals.append(interaction(Agents * CallsPerAgent + i, u"C"_s));
        departures.append(QString::number(1000000000 + Agents * CallsPerAgent + i));
    }
    return {message(true, arrivals, end, {}), message(true, {}, resume, departures)};
}

// Counts a widget's paint events, so that a measure can wait for the frame that shows a change.
class PaintCounter final : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    int paints() const { return m_paints; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++m_paints;
        return QObject::eventFilter(watched, event);
    }

private:
    int m_paints = 0;
};

double percentile(QList<double> samples, double p)
{
    std::sort(samples.begin(), samples.end());
    return samples.at(std::min<qsizetype>(samples.size() - 1, qsizetype(p * double(samples.size()))));
}

} // namespace

void benchLiveCalls(QTextStream &out)
{
    // The window's own Live calls panel (its table, sorting, filter and status line), not logged in:
    // the messages go straight into its model.
    QTemporaryDir home;
    CallData::AppSettings settings(home.filePath(u"settings.ini"_s));
    settings.setLiveCallsColumns({u"is_attr_zip"_s});
    QNetworkAccessManager network;
    CallData::SessionController session(&network, &settings);
    CallData::LiveCallsWatch watch(&session);
    CallData::LiveCallsModel &model = *watch.model();
    CallData::LiveCallsPanel panel(&watch, &settings);
    QTableView &view = *panel.table();
    panel.resize(1000, 800); // the table at least as large as the 1000x600 view measured before
    panel.show();

    QJsonArray everyone;
    for (int i = 0; i < Agents * CallsPerAgent; ++i)
        everyone.append(interaction(i, u"C"_s));
    for (const Icws::QueueContents &contents :
         Icws::parseQueueContents(QJsonDocument::fromJson(message(false, everyone, {}, {})).array()))
        model.apply(contents);
    QCoreApplication::processEvents();
    // The supervisor has chosen a call: its row stays selected through every delta.
    view.selectRow(5);
    QCoreApplication::processEvents();

    const auto [forth, back] = deltaPair();
    const auto parse = [](const QByteArray &bytes) {
        return Icws::parseQueueContents(QJsonDocument::fromJson(bytes).array());
    };
    QList<double> parseOnly;
    QList<double> applyAndShow;
    QList<double> applyOnly;
    QList<double> paintOnly; // the same table repainted with nothing changed: one frame's floor
    // What the next frame shows: the event loop runs the view's deferred layout and paints all
    // that the delta made dirty (the table, its scroll bar, ...), as it would on screen.
    const PaintCounter tablePaints(view.viewport());
    int shown = 0;
    const auto showNextFrame = [&] {
        const int before = tablePaints.paints();
        for (int pass = 0; pass < 10 && tablePaints.paints() == before; ++pass)
            QCoreApplication::processEvents();
        shown += tablePaints.paints() > before ? 1 : 0;
    };
    for (int run = 0; run < 400; ++run) {
        const QByteArray &bytes = run % 2 == 0 ? forth : back;
        QElapsedTimer timer;
        timer.start();
        Q_UNUSED(parse(bytes));
        parseOnly.append(double(timer.nsecsElapsed()) / 1000.0);

        timer.restart();
        for (const Icws::QueueContents &contents : parse(bytes))
            model.apply(contents);
        applyOnly.append(double(timer.nsecsElapsed()) / 1000.0);
        showNextFrame();
        applyAndShow.append(double(timer.nsecsElapsed()) / 1000.0);

        timer.restart();
        view.viewport()->repaint();
        paintOnly.append(double(timer.nsecsElapsed()) / 1000.0);
    }
    const double shownMedian = percentile(applyAndShow, 0.5);
    const double parseMedian = percentile(parseOnly, 0.5);
    out << u"live calls: one delta (20 changed, 5 added, 5 removed) into 2,000 calls on 200 agent queues, "
           u"parse + apply + the next frame (the panel's sorted, filtered %6x%7 table shown, %8 of %9 deltas "
           u"painted)\n    median %1 µs (p99 %2)   baseline, parsing that message alone: median %3 µs "
           u"(p99 %4)   ratio %5 (target within 3)\n"_s.arg(shownMedian, 0, 'f', 1)
               .arg(percentile(applyAndShow, 0.99), 0, 'f', 1)
               .arg(parseMedian, 0, 'f', 1)
               .arg(percentile(parseOnly, 0.99), 0, 'f', 1)
               .arg(shownMedian / parseMedian, 0, 'f', 2)
               .arg(view.viewport()->width())
               .arg(view.viewport()->height())
               .arg(shown)
               .arg(parseOnly.size());
    out << u"    of which parse + apply: median %1 µs; the table alone repainted whole with nothing changed: "
           u"median %2 µs\n"_s.arg(percentile(applyOnly, 0.5), 0, 'f', 1)
               .arg(percentile(paintOnly, 0.5), 0, 'f', 1);
    out.flush();

    // The event loop while the list updates once a second (and the "since the end" column ticks):
    // a 1 ms timer notes the longest gap between its ticks.
    QElapsedTimer sinceTick;
    qint64 longestGapNs = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        longestGapNs = std::max(longestGapNs, sinceTick.nsecsElapsed());
        sinceTick.restart();
    });
    int updates = 0;
    QTimer everySecond;
    everySecond.setInterval(1000);
    QObject::connect(&everySecond, &QTimer::timeout, [&] {
        for (const Icws::QueueContents &contents : parse(++updates % 2 == 1 ? forth : back))
            model.apply(contents);
        model.refreshTimes();
        if (updates == 10)
            QCoreApplication::quit();
    });
    sinceTick.start();
    probe.start();
    everySecond.start();
    QCoreApplication::exec();
    out << u"live calls: longest event-loop block over 10 s of once-a-second updates of that list "
           u"(1 ms probe timer): %1 ms (target at most 16)\n"_s.arg(double(longestGapNs) / 1e6 - 1.0, 0, 'f',
                                                                    1);
    out.flush();
}
