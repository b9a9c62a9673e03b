#include "clisignals.h"

#include <QObject>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace CallDataCli {

#ifdef Q_OS_UNIX
namespace {

int interruptSocket[2] = {-1, -1};

extern "C" void writeInterruptByte(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(interruptSocket[1], &byte, 1);
}
} // namespace

void onInterrupt(QObject *context, const std::function<void()> &handler)
{
    if (interruptSocket[0] < 0 && ::socketpair(AF_UNIX, SOCK_STREAM, 0, interruptSocket) != 0)
        return;
    struct sigaction action
    {
    };
    action.sa_handler = writeInterruptByte;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND | SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    auto *notifier = new QSocketNotifier(interruptSocket[0], QSocketNotifier::Read, context);
    QObject::connect(notifier, &QSocketNotifier::activated, context, [handler] {
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(interruptSocket[0], &byte, 1);
        handler();
    });
}
#else
void onInterrupt(QObject *, const std::function<void()> &) { }
#endif

} // namespace CallDataCli
