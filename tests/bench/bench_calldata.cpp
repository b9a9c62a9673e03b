// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

// calldata-bench: measures the paths a supervisor waits on, each against a baseline measured in the
// same run on the same machine, and prints medians, p99 and ratios. Not a test: nothing here
// asserts. scripts/bench.sh runs it next to the command-line and window measures (BENCHMARKS.md).
#include "attributefile.h"
#include "bench_livecalls.h"
#include "calldatamodel.h"
#include "client.h"
#include "protocol.h"
#include "simulator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

struct Samples
{
    QList<double> micros; // sorted

    double percentile(double p) const
    {
        return micros.at(std::min<qsizetype>(micros.size() - 1, qsizetype(p * double(micros.size()))));
    }
    double median() const { return percentile(0.5); }
    double p99() const { return percentile(0.99); }
};

// Wall time of each of `runs` runs of work, in microseconds.
Samples measure(int runs, const std::function<void()> &work)
{
    Samples samples;
    samples.micros.reserve(runs);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples.micros.append(double(timer.nsecsElapsed()) / 1000.0);
    }
    std::sort(samples.micros.begin(), samples.micros.end());
    return samples;
}

void report(const QString &name, const Samples &measured, const QString &baselineName,
            const Samples &baseline)
{
    out << u"%1\n    median %2 µs (p99 %3)   baseline, %4: median %5 µs (p99 %6)   ratio %7\n"_s.arg(name)
               .arg(measured.median(), 0, 'f', 1)
               .arg(measured.p99(), 0, 'f', 1)
               .arg(baselineName)
               .arg(baseline.median(), 0, 'f', 1)
               .arg(baseline.p99(), 0, 'f', 1)
               .arg(measured.median() / baseline.median(), 0, 'f', 2);
    out.flush();
}

Icws::CallDataUpdate updateWith(int attributes)
{
    Icws::CallDataUpdate update {u"CAMPAIGN-1"_s, u"1001"_s, {}};
    for (int i = 0; i < attributes; ++i)
        update.attributes.append({u"column_%1"_s.arg(i), u"value with some text %1"_s.arg(i)});
    return update;
}

// Resident memory of this process in KiB: "VmRSS" now, "VmHWM" the peak since resetPeakMemory().
qint64 memoryKiB(QByteArrayView field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field) && line.size() > field.size() && line.at(field.size()) == ':')
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void resetPeakMemory()
{
    QFile clearRefs(u"/proc/self/clear_refs"_s); // "5" resets VmHWM to the current RSS (Linux ≥ 4.0)
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
}

/** Sends update with client and waits for its answer. */
void sendWithClient(Icws::Client &client, const Icws::CallDataUpdate &update)
{
    QSignalSpy finished(&client, &Icws::Client::updateFinished);
    client.updateCallData(update);
    finished.wait();
}

/** The same request as the client sends, built once, posted by a bare QNetworkAccessManager. */
struct RawPoster
{
    QNetworkAccessManager &network;
    QNetworkRequest request;
    QByteArray body;

    RawPoster(QNetworkAccessManager &manager, const Icws::Session &session,
              const Icws::CallDataUpdate &update)
        : network(manager), body(Icws::updateCallDataBody(update))
    {
        request.setUrl(Icws::sessionUrl(session.baseUrl, session.sessionId, u"dialer/update-call-data"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json; charset=utf-8"));
        request.setRawHeader(Icws::CsrfHeader, session.csrfToken.toUtf8());
    }

    void post()
    {
        QNetworkReply *reply = network.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait();
        reply->deleteLater();
    }
};

} // namespace

int main(int argc, char **argv)
{
    // The live-calls measure paints a table: offscreen unless a display was chosen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    out << "calldata-bench: medians and p99 of repeated runs, each with its baseline from this run\n";
    // "calldata-bench live-calls" runs that measure alone (to profile it).
    if (QCoreApplication::arguments().contains(u"live-calls"_s)) {
        benchLiveCalls(out);
        return 0;
    }

    IcwsSim::Simulator sim {IcwsSim::Config()};
    if (!sim.listen(QHostAddress::LocalHost)) {
        out << "simulator did not start\n";
        return 1;
    }
    QNetworkAccessManager network;
    Icws::Client client(&network);
    QSignalSpy loggedIn(&client, &Icws::Client::loginFinished);
    client.login(sim.baseUrl(), u"supervisor"_s, u"demo"_s);
    if (!loggedIn.wait() || !client.isLoggedIn()) {
        out << "login failed\n";
        return 1;
    }

    // 1. A 200-attribute correction end to end over loopback HTTP (validate, build, send, parse the
    //    answer), against a raw QNetworkAccessManager POST of the same bytes with the same headers:
    //    the client's own overhead.
    const Icws::CallDataUpdate update = updateWith(200);
    RawPoster raw200(network, client.session(), update);
    const Samples client200 = measure(200, [&] { sendWithClient(client, update); });
    const Samples rawSamples200 = measure(200, [&] { raw200.post(); });
    report(u"update-call-data, 200 attributes, loopback HTTP, Icws::Client (validate, build, send, parse)"_s,
           client200, u"raw QNetworkAccessManager POST of the prebuilt body"_s, rawSamples200);

    // 2. 1,000 corrections of 20 attributes in one session, as a supervisor's day adds up, against the
    //    same 1,000 requests from a bare QNetworkAccessManager loop.
    const Icws::CallDataUpdate update20 = updateWith(20);
    RawPoster raw20(network, client.session(), update20);
    const Samples client1000 = measure(1000, [&] { sendWithClient(client, update20); });
    const Samples raw1000 = measure(1000, [&] { raw20.post(); });
    report(u"1,000 updates of 20 attributes in one session, per update, Icws::Client"_s, client1000,
           u"the same 1,000 POSTs from a bare QNetworkAccessManager loop"_s, raw1000);

    // 3. Validating and building the body of 200 attributes, each against the other stage and
    //    against copying the attributes (the floor of touching every string once).
    const Samples validate200 = measure(500, [&] { Q_UNUSED(Icws::validate(update)); });
    const Samples build200 = measure(500, [&] { Q_UNUSED(Icws::updateCallDataBody(update)); });
    const Samples copy200 = measure(500, [&] {
        QList<Icws::Attribute> copy;
        copy.reserve(update.attributes.size());
        for (const Icws::Attribute &attribute : update.attributes)
            copy.append({QString(attribute.first.data(), attribute.first.size()),
                         QString(attribute.second.data(), attribute.second.size())});
        Q_UNUSED(copy);
    });
    report(u"validate 200 attributes, Icws::validate"_s, validate200, u"deep copy of the 200 attributes"_s,
           copy200);
    report(u"build the JSON body of 200 attributes, Icws::updateCallDataBody"_s, build200,
           u"deep copy of the 200 attributes"_s, copy200);
    // Keys outside ASCII take the slow path of key comparison (normalization, full case folding).
    Icws::CallDataUpdate accented = update;
    for (Icws::Attribute &attribute : accented.attributes)
        attribute.first = u"Straße_größe_"_s + attribute.first;
    const Samples validateAccented = measure(500, [&] { Q_UNUSED(Icws::validate(accented)); });
    report(u"validate 200 attributes with non-ASCII keys, Icws::validate"_s, validateAccented,
           u"the same with ASCII keys"_s, validate200);

    // 4. Pasting 5,000 spreadsheet rows with RFC 4180 quoting, against a plain split on tabs and
    //    newlines (which would get quoted fields wrong): the price of correctness.
    QString pasted;
    for (int i = 0; i < 5000; ++i)
        pasted += u"key_%1\tsome value %1, with a comma\n"_s.arg(i);
    const Samples parse5000 =
        measure(50, [&] { Q_UNUSED(CallData::parseDelimitedAttributes(pasted, u'\t')); });
    const Samples split5000 = measure(50, [&] {
        QList<Icws::Attribute> rows;
        for (const QString &line : pasted.split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList fields = line.split(u'\t');
            rows.append({fields.value(0), fields.value(1)});
        }
        Q_UNUSED(rows);
    });
    report(u"paste 5,000 TSV rows, CallData::parseDelimitedAttributes"_s, parse5000,
           u"QString::split on lines and tabs"_s, split5000);

    // 5. What Ctrl+V of a 10,000-row contact list costs in the window's model: parse, insert as one
    //    undo step, revalidate every row, build the request body. Time, and memory above idle.
    QString pasted10k;
    for (int i = 0; i < 10000; ++i)
        pasted10k += u"contact_column_%1\t\"Doe, Jane, %1 Main Street, Indianapolis\"\n"_s.arg(i);
    qint64 peakAboveIdleKiB = 0;
    const Samples paste10k = measure(10, [&] {
        const qint64 idle = memoryKiB("VmRSS");
        resetPeakMemory();
        CallData::CallDataModel model;
        const auto parsed = CallData::parseDelimitedAttributes(pasted10k, u'\t');
        model.insertAttributes(0, parsed.attributes);
        const QByteArray body = Icws::updateCallDataBody({u"CAMPAIGN-1"_s, u"1001"_s, model.attributes()});
        Q_UNUSED(body);
        peakAboveIdleKiB = std::max(peakAboveIdleKiB, memoryKiB("VmHWM") - idle);
    });
    const Samples parse10k =
        measure(10, [&] { Q_UNUSED(CallData::parseDelimitedAttributes(pasted10k, u'\t')); });
    report(u"paste 10,000 rows into the model, validate, build the body"_s, paste10k,
           u"parsing the 10,000 rows alone"_s, parse10k);
    out << u"    peak memory above idle: %1 MiB\n"_s.arg(double(peakAboveIdleKiB) / 1024.0, 0, 'f', 1);

    // 6. One edit in a 200-row table (what each committed cell edit costs: undo command, revalidation
    //    of every row, change signals), against validating the same correction once.
    CallData::CallDataModel model;
    model.insertAttributes(0, update.attributes);
    int edits = 0;
    const Samples edit = measure(500, [&] {
        model.setData(model.index(100, CallData::CallDataModel::ValueColumn), u"edited %1"_s.arg(++edits));
    });
    report(u"edit one cell of a 200-row table, CallData::CallDataModel::setData"_s, edit,
           u"Icws::validate of the same 200 attributes"_s, validate200);

    client.logout();

    // 7. Live calls (bench_livecalls.cpp).
    benchLiveCalls(out);
    return 0;
}
