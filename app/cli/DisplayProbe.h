// Whether the display server the environment names can really be reached, asked before
// QGuiApplication picks a platform: Qt's xcb and wayland plugins abort the whole process
// ("Reinstalling the application may fix this problem") when DISPLAY or WAYLAND_DISPLAY names
// a server that is not there.
#pragma once

#include <QtCore/QString>

namespace greenroom {

// Empty when the platform Qt is about to start needs no display server (not Linux, or
// QT_QPA_PLATFORM names a display-less platform such as offscreen) or when its display server
// accepts a connection; otherwise why not, for example "cannot connect to the X display ':99'
// (connection refused)" or "no display: DISPLAY and WAYLAND_DISPLAY are not set".
QString displayProblem();

} // namespace greenroom
