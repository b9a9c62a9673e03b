// calldata-bench: measures the paths a supervisor waits on, each against a baseline measured in the
// same run on the same machine, and prints medians and ratios. Not a test: nothing here asserts.
#include "attributefile.h"
#include "calldatamodel.h"
#include "client.h"
#include "protocol.h"
#include "simulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

QTextStream out(stdout);

// Median wall time of one run of work, in microseconds.
double medianMicros(int runs, const std::function<void()> &work)
{
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples.append(double(timer.nsecsElapsed()) / 1000.0);
    }
    std::sort(samples.begin(), samples.end());
    return samples.at(samples.size() / 2);
}

void report(const QString &name, double measured, const QString &baselineName, double baseline)
{
    out << u"%1\n    %2 µs median   baseline (%3): %4 µs   ratio %5\n"_s.arg(name)
               .arg(measured, 0, 'f', 1)
               .arg(baselineName)
               .arg(baseline, 0, 'f', 1)
               .arg(measured / baseline, 0, 'f', 2);
    out.flush();
}

Icws::CallDataUpdate updateWith(int attributes)
{
    Icws::CallDataUpdate update {u"CAMPAIGN-1"_s, u"1001"_s, {}};
    for (int i = 0; i < attributes; ++i)
        update.attributes.append({u"column_%1"_s.arg(i), u"value with some text %1"_s.arg(i)});
    return update;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = 200;
    out << "calldata-bench: " << runs << " runs each, medians\n";

    // 1. A 200-attribute correction end to end over loopback HTTP, against a raw QNetworkAccessManager POST
    //    of the same bytes with the same headers: the client's own overhead (validation, JSON, bookkeeping).
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
    const Icws::CallDataUpdate update = updateWith(200);
    const double clientMicros = medianMicros(runs, [&] {
        QSignalSpy finished(&client, &Icws::Client::updateFinished);
        client.updateCallData(update);
        finished.wait();
    });
    const Icws::Session &session = client.session();
    QNetworkRequest raw(Icws::sessionUrl(session.baseUrl, session.sessionId, u"dialer/update-call-data"_s));
    raw.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
    raw.setRawHeader(Icws::CsrfHeader, session.csrfToken.toUtf8());
    const QByteArray body = Icws::updateCallDataBody(update);
    const double rawMicros = medianMicros(runs, [&] {
        QNetworkReply *reply = network.post(raw, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait();
        reply->deleteLater();
    });
    report(u"update-call-data, 200 attributes, loopback HTTP, Icws::Client"_s, clientMicros,
           u"raw QNetworkAccessManager POST"_s, rawMicros);

    // 2. Pasting 5,000 spreadsheet rows with RFC 4180 quoting, against a plain split on tabs and newlines
    //    (which would get quoted fields wrong): the price of correctness.
    QString pasted;
    for (int i = 0; i < 5000; ++i)
        pasted += u"key_%1\tsome value %1, with a comma\n"_s.arg(i);
    const double parseMicros = medianMicros(runs / 4, [&] {
        const auto result = CallData::parseDelimitedAttributes(pasted, u'\t');
        Q_ASSERT(result.attributes.size() == 5000);
    });
    const double splitMicros = medianMicros(runs / 4, [&] {
        QList<Icws::Attribute> rows;
        for (const QString &line : pasted.split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList fields = line.split(u'\t');
            rows.append({fields.value(0), fields.value(1)});
        }
        Q_ASSERT(rows.size() == 5000);
    });
    report(u"paste 5,000 TSV rows, CallData::parseDelimitedAttributes"_s, parseMicros,
           u"QString::split on lines and tabs"_s, splitMicros);

    // 3. Validating a 200-attribute correction before sending, against building its JSON body.
    const double validateMicros = medianMicros(runs, [&] { Q_UNUSED(Icws::validate(update)); });
    const double buildMicros = medianMicros(runs, [&] { Q_UNUSED(Icws::updateCallDataBody(update)); });
    report(u"validate 200 attributes, Icws::validate"_s, validateMicros, u"Icws::updateCallDataBody"_s,
           buildMicros);

    // 4. One edit in a 200-row table (what each committed cell edit costs: undo command, revalidation
    //    of every row, change signals), against validating the same correction once.
    CallData::CallDataModel model;
    model.insertAttributes(0, update.attributes);
    int edits = 0;
    const double editMicros = medianMicros(runs, [&] {
        model.setData(model.index(100, CallData::CallDataModel::ValueColumn), u"edited %1"_s.arg(++edits));
    });
    const double validateOnceMicros = medianMicros(runs, [&] { Q_UNUSED(Icws::validate(update)); });
    report(u"edit one cell of a 200-row table, CallData::CallDataModel::setData"_s, editMicros,
           u"Icws::validate of the same 200 attributes"_s, validateOnceMicros);

    client.logout();
    return 0;
}
