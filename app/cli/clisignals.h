#pragma once

#include <functional>

class QObject;

namespace CallDataCli {

/**
 * Turns SIGINT/SIGTERM into a call of handler in the event loop while context lives, so Ctrl+C
 * after a login can still log out. A second signal ends the process at once (the handler resets
 * itself), for a server that never answers. Does nothing where there are no such signals.
 */
void onInterrupt(QObject *context, const std::function<void()> &handler);

} // namespace CallDataCli
