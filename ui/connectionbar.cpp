// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#include "connectionbar.h"

#include "ui_connectionbar.h"

#include "calldata.h"
#include "sessioncontroller.h"

#include <QPainter>

namespace CallData {

namespace {

QPixmap stateDot(const QColor &color, qreal devicePixelRatio)
{
    const int size = 10;
    QPixmap pixmap(QSize(size, size) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color.darker(130), 1));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
    return pixmap;
}

} // namespace

ConnectionBar::ConnectionBar(QWidget *parent) : QFrame(parent), m_ui(std::make_unique<Ui::ConnectionBar>())
{
    m_ui->setupUi(this);
    m_ui->logout_button->setMinimumWidth(100);
    connect(m_ui->logout_button, &QPushButton::clicked, this, &ConnectionBar::logoutRequested);
}

ConnectionBar::~ConnectionBar() = default;

QWidget *ConnectionBar::logoutButton() const
{
    return m_ui->logout_button;
}

void ConnectionBar::showSession(const SessionController &session)
{
    // No colour of its own while logged out: the disabled text colour of the current palette.
    m_dotColor = QColor();
    QString text;
    switch (session.state()) {
    case SessionController::State::LoggedOut:
        text = tr("Not connected");
        break;
    case SessionController::State::LoggingIn:
        text = tr("Connecting to %1…").arg(session.baseUrl().host());
        m_dotColor = QColor(196, 125, 0);
        break;
    case SessionController::State::LoggedIn:
        text = session.connectionText();
        m_dotColor = QColor(46, 160, 67);
        if (const QString trouble = session.connectionTrouble(); !trouble.isEmpty()) {
            text += QStringLiteral("\n") + trouble;
            m_dotColor = QColor(196, 125, 0);
        }
        break;
    case SessionController::State::SessionEnded:
        text = tr("Session ended on %1 \u2014 log in again to send").arg(session.baseUrl().host());
        m_dotColor = QColor(200, 40, 40);
        break;
    }
    const bool loggedIn = session.state() == SessionController::State::LoggedIn;
    // Logged out, the login form below says it all; the line would only take room from the table.
    setVisible(session.state() != SessionController::State::LoggedOut);
    m_ui->connection_label->setText(Icws::elidedForDisplay(text)); // names and versions come from the server
    QFont font = m_ui->connection_label->font();
    font.setBold(loggedIn);
    m_ui->connection_label->setFont(font);
    m_ui->logout_button->setVisible(loggedIn);
    m_ui->logout_button->setEnabled(loggedIn && !session.isBusy());
    const QColor color =
        m_dotColor.isValid() ? m_dotColor : palette().color(QPalette::Disabled, QPalette::WindowText);
    m_ui->connection_icon->setPixmap(stateDot(color, devicePixelRatioF()));
}

void ConnectionBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
    } else if (event->type() == QEvent::PaletteChange && !m_dotColor.isValid()) {
        m_ui->connection_icon->setPixmap(
            stateDot(palette().color(QPalette::Disabled, QPalette::WindowText), devicePixelRatioF()));
    }
}

} // namespace CallData
