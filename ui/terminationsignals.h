// SPDX-FileCopyrightText: 2026 Call Data Editor contributors
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QObject>

namespace CallData {

/**
 * Turns SIGTERM, SIGHUP and SIGINT (a logout of the desktop session, a closed terminal, a service
 * manager stopping the window) into the received() signal in the event loop, where the window
 * can end in order instead of dying with its session open. A second such signal ends the process
 * at once (the handler resets itself), for a server that never answers the logout. One instance
 * per process; does nothing where there are no such signals.
 */
class TerminationSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TerminationSignals)

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

signals:
    void received();
};

} // namespace CallData
