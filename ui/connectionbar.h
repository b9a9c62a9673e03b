// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QFrame>

#include <memory>

namespace Ui {
class ConnectionBar;
}

namespace CallData {

class SessionController;

/**
 * One line at the top of the window: a coloured dot and the connection in words (host, display
 * name, server version, or why there is none), and Log out while logged in. Once logged in, it
 * is all that is left of the login form.
 */
class ConnectionBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionBar)

public:
    explicit ConnectionBar(QWidget *parent = nullptr);
    ~ConnectionBar() override;

    /** Shows the session's state; Log out is shown while logged in and enabled when idle. */
    void showSession(const SessionController &session);
    QWidget *logoutButton() const;

signals:
    void logoutRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::ConnectionBar> m_ui;
    QColor m_dotColor;
};

} // namespace CallData
