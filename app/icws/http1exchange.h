// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "http1parser.h"

#include <QAbstractSocket>
#include <QNetworkReply>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>

class QNetworkAccessManager;
class QTcpSocket;

namespace Icws {

/**
 * One HTTP/1.1 request and its answer on a connection of its own, for the requests that must
 * reach the server at most once (login, update-call-data). Qt's HTTP layer (6.4) re-sends such a
 * request by itself when a connection closes, takes an interim 102/103 for the final answer, and
 * reads an answer to a request with a body without bound. This exchange connects once
 * (`Connection: close`) and never re-sends, skips interim answers, and reads the answer chunk by
 * chunk, never holding more than readBufferSize() of it unread.
 *
 * It is a QNetworkReply, so the client treats it like the manager's replies: the same status
 * attributes, errors, signals (sslErrors with ignoreSslErrors(), uploadProgress, downloadProgress)
 * and therefore the same outcomes. From the injected manager it takes the cookie jar (cookies for
 * the URL go out; the answer's Set-Cookie is stored for the URL) and the proxy it would use.
 * Redirects are not followed and no compression is asked for.
 */
class Http1Exchange final : public QNetworkReply
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Http1Exchange)

public:
    /** Starts at once. body is shared, not copied, so wiping the caller's copy wipes the one sent. */
    Http1Exchange(QNetworkAccessManager *network, const QNetworkRequest &request, const QByteArray &verb,
                  const QByteArray &body, QObject *parent = nullptr);
    ~Http1Exchange() override;

    void abort() override;
    qint64 bytesAvailable() const override;

    /** The request as it goes out, without its body (pure, for tests). Empty if a header value
     * holds a line break or another control character. */
    static QByteArray requestHead(const QNetworkRequest &request, const QByteArray &verb, qint64 bodySize,
                                  const QByteArray &cookieHeader);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    void ignoreSslErrorsImplementation(const QList<QSslError> &errors) override;
    void sslConfigurationImplementation(QSslConfiguration &configuration) const override;

private:
    void start(const QByteArray &verb);
    void sendRequest();
    /** Takes what the socket holds, chunk by chunk, while the caller's unread bytes leave room. */
    void readAnswer();
    void answerHeadArrived();
    void answerUnreadable();
    /** Only interim answers came: the last one is reported as the status. */
    void finishInterimOnly();
    void connectionEnded();
    void socketFailed(QAbstractSocket::SocketError error);
    void finishWithError(NetworkError code, const QString &text);
    void finish();

    QTcpSocket *m_socket = nullptr;
    QPointer<QNetworkAccessManager> m_network;
    QByteArray m_head; ///< the request head, sent once the connection is up
    QByteArray m_body;
    qint64 m_requestBytes = 0;
    qint64 m_requestBytesWritten = 0;
    Http1::ResponseParser m_parser;
    QByteArray m_unread; ///< body bytes the caller has not read yet (at most readBufferSize())
    qint64 m_bodyBytesReceived = 0;
    bool m_headReported = false;
    bool m_peerClosed = false; ///< the server closed; what the socket still holds is the rest
    bool m_done = false;
    bool m_readScheduled = false;
};

} // namespace Icws
