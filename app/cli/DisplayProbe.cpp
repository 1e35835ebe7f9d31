#include "DisplayProbe.h"

#include "InputFiles.h"

#include <QtCore/QByteArray>
#include <QtCore/QDir>

#if defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID)
#include <cerrno>
#include <cstring>
#include <dlfcn.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

namespace greenroom {

#if defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID)
namespace {

constexpr int kConnectTimeoutMs = 2000;

// Connects `fd` within the timeout; 0 or an errno value.
int connectWithin(int fd, const sockaddr *address, socklen_t length)
{
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    if (::connect(fd, address, length) == 0)
        return 0;
    if (errno != EINPROGRESS && errno != EAGAIN)
        return errno;
    pollfd waiting{fd, POLLOUT, 0};
    if (::poll(&waiting, 1, kConnectTimeoutMs) <= 0)
        return ETIMEDOUT;
    int error = 0;
    socklen_t size = sizeof error;
    ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &size);
    return error;
}

// 0 when a local socket at `path` (leading '\0': Linux's abstract namespace) accepts.
int connectLocal(const QByteArray &path)
{
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (path.size() >= int(sizeof address.sun_path))
        return ENAMETOOLONG;
    std::memcpy(address.sun_path, path.constData(), std::size_t(path.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return errno;
    const int error = connectWithin(fd, reinterpret_cast<const sockaddr *>(&address),
                                    socklen_t(offsetof(sockaddr_un, sun_path) + path.size()));
    ::close(fd);
    return error;
}

// Connects the way Qt's xcb plugin will (libxcb, which it loads anyway), so a server that is
// there but refuses this client (no authorisation) counts as unusable too.
QString xDisplayProblem(const QByteArray &display)
{
    using Connect = void *(*)(const char *, int *);
    using HasError = int (*)(void *);
    using Disconnect = void (*)(void *);
    void *xcb = ::dlopen("libxcb.so.1", RTLD_NOW | RTLD_LOCAL);
    if (!xcb)
        return QStringLiteral("cannot open the X display '%1' (libxcb is not installed)")
            .arg(QString::fromLocal8Bit(display));
    const auto connect = reinterpret_cast<Connect>(::dlsym(xcb, "xcb_connect"));
    const auto hasError = reinterpret_cast<HasError>(::dlsym(xcb, "xcb_connection_has_error"));
    const auto disconnect = reinterpret_cast<Disconnect>(::dlsym(xcb, "xcb_disconnect"));
    int error = -1;
    if (connect && hasError && disconnect) {
        void *connection = connect(display.constData(), nullptr);
        error = hasError(connection);
        disconnect(connection);
    }
    ::dlclose(xcb);
    if (error == 0)
        return {};
    return QStringLiteral("cannot open the X display '%1' (no X server there accepts this "
                          "program)")
        .arg(QString::fromLocal8Bit(display));
}

QString waylandProblem(const QByteArray &name)
{
    QByteArray path = name;
    if (!path.startsWith('/')) {
        const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
        if (runtime.isEmpty())
            return QStringLiteral("cannot find the Wayland display '%1' (XDG_RUNTIME_DIR is not "
                                  "set)")
                .arg(QString::fromLocal8Bit(name));
        path = runtime + '/' + name;
    }
    const int error = connectLocal(path);
    return error == 0 ? QString()
                      : QStringLiteral("cannot connect to the Wayland display '%1' (%2)")
                            .arg(QString::fromLocal8Bit(name), systemErrorText(error));
}

} // namespace
#endif

QString displayProblem()
{
#if defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID)
    // The first platform asked for decides (a "a;b" list falls back by itself).
    const QByteArray platform =
        qgetenv("QT_QPA_PLATFORM").split(';').constFirst().split(':').constFirst();
    const bool x = platform.isEmpty() || platform == "xcb";
    const bool wayland = platform.isEmpty() || platform.startsWith("wayland");
    if (!x && !wayland)
        return {};
    const QByteArray display = qgetenv("DISPLAY");
    const QByteArray waylandDisplay = qgetenv("WAYLAND_DISPLAY");
    QStringList problems;
    if (wayland && !waylandDisplay.isEmpty()) {
        const QString problem = waylandProblem(waylandDisplay);
        if (problem.isEmpty())
            return {};
        problems.append(problem);
    }
    if (x && !display.isEmpty()) {
        const QString problem = xDisplayProblem(display);
        if (problem.isEmpty())
            return {};
        problems.append(problem);
    }
    if (problems.isEmpty())
        return x ? QStringLiteral("no display: DISPLAY is not set")
                 : QStringLiteral("no display: WAYLAND_DISPLAY is not set");
    return problems.join(QStringLiteral("; "));
#else
    return {};
#endif
}

} // namespace greenroom
