#!/bin/sh
# The `greenroom` launcher at the top of the portable Linux bundle (make-bundle.sh copies it
# there). bin/qt.conf and the RUNPATHs already make Qt use the bundle's libraries, plugins and
# QML modules; this keeps another Qt's plugin and QML paths in the environment out, and uses
# XWayland where the session asks for the Wayland platform plugin, which the bundle lacks.
here=$(dirname "$(readlink -f "$0")")
unset QT_PLUGIN_PATH QML_IMPORT_PATH QML2_IMPORT_PATH
if [ ! -e "$here/plugins/platforms/libqwayland-generic.so" ]; then
    case ${QT_QPA_PLATFORM:-} in
    *wayland*) export QT_QPA_PLATFORM=xcb ;;
    "") if [ "${XDG_SESSION_TYPE:-}" = wayland ]; then export QT_QPA_PLATFORM=xcb; fi ;;
    esac
fi
exec "$here/bin/greenroom" "$@"
