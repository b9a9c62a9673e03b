// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "clirunner.h"

#include "client.h"
#include "clitext.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTimer>

#include <utility>

namespace CallDataCli {

CommandRunner::CommandRunner(const Options &options, const Printer &printer, QObject *parent)
    : QObject(parent), m_options(options), m_printer(printer), m_network(new QNetworkAccessManager(this)),
      m_client(new Icws::Client(m_network, this))
{
    m_client->setOptions(clientOptions(options));
}

CommandRunner::~CommandRunner()
{
    deleteClient();
}

int CommandRunner::exec(const std::function<void()> &start)
{
    int exitCode = ExitServerError;
    {
        QEventLoop loop;
        connect(this, &CommandRunner::finished, &loop, &QEventLoop::exit);
        start();
        exitCode = loop.exec();
    }
    // The logout on destruction runs its own event loop: it must run while the derived runner,
    // whose timers and slots that loop may still call, is whole.
    deleteClient();
    return exitCode;
}

void CommandRunner::deleteClient()
{
    // The client logs out through the network manager: it must go first.
    delete m_client;
    m_client = nullptr;
}

void CommandRunner::interrupt()
{
    if (m_client)
        m_client->cancel();
}

void CommandRunner::reportFailure(const Icws::Result &result, Stage stage, int exitCode,
                                  const QJsonObject &json)
{
    printFailure(result, stage, json);
    finish(exitCode);
}

void CommandRunner::printFailure(const Icws::Result &result, Stage stage, const QJsonObject &json) const
{
    if (m_printer.json()) {
        m_printer.object(json);
    } else {
        QString prefix;
        switch (stage) {
        case Stage::Features:
            prefix = Text::tr("reading the server's features failed");
            break;
        case Stage::Login:
            prefix = Text::tr("login failed");
            break;
        case Stage::Update:
            prefix = Text::tr("update-call-data failed");
            break;
        case Stage::Watch:
            prefix = Text::tr("watching the queues failed");
            break;
        }
        m_printer.err(QStringLiteral("error: ") + prefix + QStringLiteral(": ") + Icws::describe(result));
        if (result.outcome == Icws::Outcome::TlsFailure && !result.certificate.isNull()) {
            m_printer.err(
                Text::tr(
                    "hint: if your administrator confirms this fingerprint, run again with --pin-sha256 %1, "
                    "or pass your company's CA certificate with --ca-file.")
                    .arg(result.certificate.sha256Hex()));
        }
    }
}

void CommandRunner::logOutThen(const std::function<void(bool loggedOut)> &done)
{
    if (!m_client->isLoggedIn()) {
        done(false);
        return;
    }
    m_afterLogout = done;
    // Bounded twice: by the client's own request timeout, and here in case no answer ever comes.
    connect(m_client, &Icws::Client::logoutFinished, this, [this](const Icws::Result &result) {
        if (!result.ok() && isLoggingOut())
            m_printer.err(Text::tr("warning: logging out failed: %1").arg(Icws::summary(result)));
        endLogout(result.ok());
    });
    QTimer::singleShot(m_options.timeoutMs + 1000, this, [this] {
        if (isLoggingOut())
            m_printer.err(Text::tr("warning: the server did not confirm the logout in time."));
        endLogout(false);
    });
    m_client->logout();
}

void CommandRunner::endLogout(bool loggedOut)
{
    if (!m_afterLogout)
        return;
    const std::function<void(bool loggedOut)> done = std::exchange(m_afterLogout, nullptr);
    done(loggedOut);
}

void CommandRunner::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    QMetaObject::invokeMethod(
        this, [this, exitCode] { emit finished(exitCode); }, Qt::QueuedConnection);
}
} // namespace CallDataCli
