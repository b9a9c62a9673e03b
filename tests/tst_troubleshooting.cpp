// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

// What a site's IT sees when something goes wrong: the User-Agent of every request and the
// logging categories, which must never give away the password, the session cookie or the CSRF token.
#include "client.h"
#include "diagnostics.h"
#include "launchoptions.h"
#include "simulator.h"

#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Icws;
using namespace Qt::StringLiterals;

namespace {

const QString User = u"troubleshooter"_s;
const QString Password = u"Pa55-w0rd-only-for-this-test"_s;

QMutex capturedMutex;
QStringList captured;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    // The in-process simulator plays the CIC server, whose Qt HttpServer logs the requests it
    // receives, secrets included; at a site the server runs elsewhere, so its log is not ours.
    if (context.category && QByteArray(context.category).startsWith("qt.httpserver"))
        return;
    const QMutexLocker lock(&capturedMutex);
    captured.append(QString::fromLatin1(context.category ? context.category : "default") + u": "_s + message);
}

// Every category, ours and Qt's, at every level: as much as anyone could switch on at a site.
void enableEveryCategory(QLoggingCategory *category)
{
    category->setEnabled(QtDebugMsg, true);
    category->setEnabled(QtInfoMsg, true);
    category->setEnabled(QtWarningMsg, true);
    category->setEnabled(QtCriticalMsg, true);
}

template<typename Signal> Result await(Client &client, Signal signal, const std::function<void()> &start)
{
    QSignalSpy spy(&client, signal);
    start();
    if (spy.isEmpty() && !spy.wait(20000)) {
        Result neverCame;
        neverCame.outcome = Outcome::NetworkFailure;
        neverCame.transportDetail = u"test: signal never came"_s;
        return neverCame;
    }
    return spy.first().first().template value<Result>();
}

} // namespace

class tst_Troubleshooting final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<IcwsSim::Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Client> m_client;

    // Login, one update, one poll and logout against the simulator over HTTPS.
    void runSession(QString *sessionId, QString *csrfToken, QByteArray *cookieValue)
    {
        const Result login = await(*m_client, &Client::loginFinished,
                                   [&] { m_client->login(m_sim->baseUrl(), User, Password); });
        QVERIFY2(login.ok(), qPrintable(describe(login)));
        *sessionId = m_client->session().sessionId;
        *csrfToken = m_client->session().csrfToken;
        const QList<QNetworkCookie> cookies =
            m_network->cookieJar()->cookiesForUrl(sessionUrl(m_sim->baseUrl(), *sessionId, u"connection"_s));
        QCOMPARE(cookies.size(), 1);
        *cookieValue = cookies.first().value();

        const CallDataUpdate update {u"C-100"_s, u"1001"_s, {{u"zip"_s, u"46204"_s}}};
        const Result updated =
            await(*m_client, &Client::updateFinished, [&] { m_client->updateCallData(update); });
        QVERIFY2(updated.ok(), qPrintable(describe(updated)));
        QSignalSpy polled(m_client.get(), &Client::messagesReceived);
        m_client->pollMessages();
        QVERIFY(polled.wait(20000));
        const Result logout = await(*m_client, &Client::logoutFinished, [&] { m_client->logout(); });
        QVERIFY2(logout.ok(), qPrintable(describe(logout)));
    }

private slots:
    void init()
    {
        IcwsSim::Config config;
        config.users = {{User, {Password, u"Trouble Shooter"_s}}};
        config.certificateFile = QStringLiteral(CALLDATA_TEST_CERTS_DIR "/server.pem");
        config.privateKeyFile = QStringLiteral(CALLDATA_TEST_CERTS_DIR "/server-key.pem");
        m_sim = std::make_unique<IcwsSim::Simulator>(config);
        QString error;
        QVERIFY2(m_sim->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<Client>(m_network.get());
        ClientOptions options;
        options.caFile = QStringLiteral(CALLDATA_TEST_CERTS_DIR "/ca.pem");
        m_client->setOptions(options);
    }
    void cleanup()
    {
        m_client.reset();
        m_network.reset();
        m_sim.reset();
    }

    void everyRequestCarriesTheUserAgent()
    {
        QString sessionId, csrfToken;
        QByteArray cookie;
        runSession(&sessionId, &csrfToken, &cookie);
        if (QTest::currentTestFailed())
            return;

        const QByteArray expected = "CallDataEditor/" CALLDATA_VERSION " (Qt " + QByteArray(qVersion()) + ')';
        QCOMPARE(userAgent(), expected);
        QVERIFY(QRegularExpression(u"^CallDataEditor/\\d+\\.\\d+\\.\\d+ \\(Qt 6\\.\\d+\\.\\d+\\)$"_s)
                    .match(QString::fromLatin1(expected))
                    .hasMatch());
        const QList<IcwsSim::RecordedRequest> requests = m_sim->requests();
        QCOMPARE(requests.size(), 4); // login, update, poll, logout
        for (const IcwsSim::RecordedRequest &request : requests)
            QCOMPARE(request.header("User-Agent"), expected);
    }

    void debugOutputWithEverythingOnHoldsNoSecret()
    {
        {
            const QMutexLocker lock(&capturedMutex);
            captured.clear();
        }
        const QLoggingCategory::CategoryFilter previousFilter =
            QLoggingCategory::installFilter(enableEveryCategory);
        const QtMessageHandler previousHandler = qInstallMessageHandler(captureMessage);
        QString sessionId, csrfToken;
        QByteArray cookie;
        runSession(&sessionId, &csrfToken, &cookie);
        qInstallMessageHandler(previousHandler);
        QLoggingCategory::installFilter(previousFilter);
        if (QTest::currentTestFailed())
            return;

        const QMutexLocker lock(&capturedMutex);
        const QString all = captured.join(u'\n');
        // The log is worth reading: each request, its answer and the session's story are there.
        QVERIFY2(all.contains(u"calldata.network: POST https://127.0.0.1:%1/icws/connection sent"_s.arg(
                     m_sim->port())),
                 qPrintable(all));
        QVERIFY2(all.contains(u"/icws/{sessionId}/dialer/update-call-data answered 202"_s), qPrintable(all));
        QVERIFY2(all.contains(u"calldata.session: session started on 127.0.0.1:%1 for troubleshooter"_s.arg(
                     m_sim->port())),
                 qPrintable(all));
        QVERIFY2(all.contains(u"calldata.session: logging out"_s), qPrintable(all));
        // ... and nothing that would let a reader of the log act as the supervisor.
        QVERIFY(!sessionId.isEmpty() && !csrfToken.isEmpty() && !cookie.isEmpty());
        QVERIFY2(!all.contains(Password), "the password was logged");
        QVERIFY2(!all.contains(csrfToken), "the CSRF token was logged");
        QVERIFY2(!all.contains(QString::fromLatin1(cookie)), "the session cookie was logged");
        QVERIFY2(!all.contains(sessionId), "the session ID was logged");
    }

    void cliVerboseWithEverythingOnHoldsNoSecret()
    {
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s); // Qt's own categories too
        environment.remove(u"ICWS_PASSWORD"_s);
        cli.setProcessEnvironment(environment);
        QSignalSpy finished(&cli, &QProcess::finished);
        cli.start(QStringLiteral(CALLDATA_CLI_PATH),
                  {u"update"_s, u"--verbose"_s, u"--server"_s, m_sim->baseUrl().toString(), u"--user"_s, User,
                   u"--password-stdin"_s, u"--ca-file"_s, QStringLiteral(CALLDATA_TEST_CERTS_DIR "/ca.pem"),
                   u"--campaign"_s, u"C-100"_s, u"--call"_s, u"1001"_s, u"--set"_s, u"zip=46204"_s});
        cli.write((Password + u'\n').toUtf8());
        cli.closeWriteChannel();
        QVERIFY(finished.wait(60000)); // the simulator answers from this process's event loop
        const QString output = QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
        QCOMPARE(cli.exitCode(), 0);

        const QList<IcwsSim::RecordedRequest> requests = m_sim->requests();
        QCOMPARE(requests.size(), 3); // login, update, logout
        const IcwsSim::RecordedRequest &update = requests.at(1);
        QVERIFY(update.path.endsWith(u"/dialer/update-call-data"_s));
        const QString sessionId = update.path.section(u'/', 2, 2);
        const QByteArray csrfToken = update.header(CsrfHeader);
        const QByteArray cookieHeader = update.header("Cookie");
        const QByteArray cookie = cookieHeader.mid(cookieHeader.indexOf('=') + 1);
        QVERIFY(!sessionId.isEmpty() && !csrfToken.isEmpty() && !cookie.isEmpty());

        QVERIFY2(output.contains(QStringLiteral("calldata.cli: calldata-cli " CALLDATA_VERSION)),
                 qPrintable(output));
        QVERIFY2(output.contains(u"/icws/{sessionId}/dialer/update-call-data answered 202"_s),
                 qPrintable(output));
        QVERIFY2(output.contains(u"calldata.cli: exit code 0"_s), qPrintable(output));
        QVERIFY2(!output.contains(Password), "the password was printed");
        QVERIFY2(!output.contains(QString::fromLatin1(csrfToken)), "the CSRF token was printed");
        QVERIFY2(!output.contains(QString::fromLatin1(cookie)), "the session cookie was printed");
        QVERIFY2(!output.contains(sessionId), "the session ID was printed");
    }

    void verboseSwitchesOnOurCategoriesOnly()
    {
        QVERIFY(!lcNetwork().isDebugEnabled());
        QVERIFY(!lcSession().isDebugEnabled());
        QVERIFY(lcNetwork().isInfoEnabled());
        enableVerboseLogging();
        QVERIFY(lcNetwork().isDebugEnabled());
        QVERIFY(lcSession().isDebugEnabled());
        const QLoggingCategory qtSsl("qt.network.ssl");
        QVERIFY(!qtSsl.isDebugEnabled());
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(!lcNetwork().isDebugEnabled());
    }

    void windowTakesVerbose()
    {
        CallData::LaunchOptions options;
        QString error;
        QVERIFY(CallData::parseLaunchOptions({u"calldata-editor"_s, u"--verbose"_s}, &options, &error));
        QVERIFY(options.verbose);
        QVERIFY(CallData::parseLaunchOptions({u"calldata-editor"_s}, &options, &error));
        QVERIFY(!options.verbose);
    }

    void loggedUrlsHideSessionIdAndCredentials()
    {
        const QUrl url(u"https://admin:secret@cic1:8019/icws/1234abcd/dialer/update-call-data?x=1#f"_s);
        QCOMPARE(loggableUrl(url, u"1234abcd"_s),
                 u"https://cic1:8019/icws/{sessionId}/dialer/update-call-data"_s);
        QCOMPARE(loggableUrl(QUrl(u"http://cic1:8018/icws/connection"_s), QString()),
                 u"http://cic1:8018/icws/connection"_s);
    }
};

int main(int argc, char *argv[])
{
    // ctest switches debug output off for every suite (QT_LOGGING_RULES); these tests are about
    // the rules themselves, so they start from Qt's defaults.
    qunsetenv("QT_LOGGING_RULES");
    QCoreApplication app(argc, argv);
    tst_Troubleshooting test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_troubleshooting.moc"
