#!/usr/bin/env bash
# Installs every Debian 12 package that Greenroom needs to build, run and test.
#
# Run as root on a fresh Debian 12 (bookworm). Safe to run again: when every package is
# already installed it changes nothing and does not touch the network.
set -euo pipefail

packages=(
    # Toolchain, and the formatter the test suite checks the sources with.
    build-essential cmake ninja-build git clang-format

    # Qt 6 libraries, private headers (QRhi/QShader are private before Qt 6.6) and tools
    # (moc, qmlcachegen, qmllint, qsb for baking shaders, lrelease for translations).
    qt6-base-dev qt6-base-private-dev qt6-base-dev-tools
    qt6-declarative-dev qt6-declarative-private-dev qt6-declarative-dev-tools
    qt6-multimedia-dev qt6-shadertools-dev qt6-shader-baker
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-qpa-plugins libqt6opengl6-dev

    # Graphics headers and loaders for the OpenGL and Vulkan scene-graph backends.
    libgl-dev libegl-dev libvulkan-dev libxkbcommon-dev

    # Every QML module that qml/ and the tests import, with the modules they pull in.
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtquick-dialogs
    qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
    qml6-module-qtmultimedia qml6-module-qttest
    # Qt Quick Dialogs' own file dialog (used where the desktop offers no native one, as under
    # Xvfb) is built on FolderListModel.
    qml6-module-qt-labs-folderlistmodel

    # Qt Multimedia's GStreamer backend builds its camera and player pipelines from these
    # elements (videoconvert, appsink, playbin, v4l2src, ...); without them QCamera and
    # QMediaPlayer fail with GStreamer assertions. libav decodes common media files.
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav

    # The camera tests' virtual camera is a small GStreamer plugin (tests/gstreamer), built
    # against GStreamer's development files, found with pkg-config.
    libgstreamer1.0-dev libgstreamer-plugins-base1.0-dev pkg-config

    # Headless display for the window and GPU pixel tests, with software renderers:
    # Mesa llvmpipe (OpenGL) and lavapipe (Vulkan).
    xvfb xauth mesa-vulkan-drivers libgl1-mesa-dri libegl-mesa0

    # A font, so text renders the same everywhere.
    fonts-dejavu-core

    # The outside CPU reference of tests/benchmarks/compare.sh (FFmpeg's chromakey filter), and
    # the maker of the green-screen clips the media-file tests play.
    ffmpeg

    # The key-quality benchmark's peers run as the real tools (tests/quality): FFmpeg's
    # chromakey and despill (above), and GStreamer's alpha element (gstreamer1.0-plugins-good)
    # driven by gst-launch-1.0.
    gstreamer1.0-tools

    # Install and bundle checks (deploy/linux): the desktop file and AppStream validators,
    # patchelf for the portable bundle's RUNPATHs, debootstrap and python3 for its clean-root
    # proof, and the shell and YAML linters for the deploy scripts and the CI workflow.
    appstream desktop-file-utils patchelf debootstrap python3 shellcheck yamllint
)

if [[ ${EUID} -ne 0 ]]; then
    echo "install-deps.sh: run as root (for example: sudo bash $0)" >&2
    exit 1
fi

if ! command -v apt-get >/dev/null; then
    echo "install-deps.sh: apt-get not found; this script supports Debian 12 and derivatives" >&2
    exit 1
fi

# Lists the packages that are not installed yet.
missing_packages() {
    local package status
    for package in "${packages[@]}"; do
        status=$(dpkg-query -W -f='${db:Status-Status}' "${package}" 2>/dev/null || true)
        if [[ ${status} != installed ]]; then
            echo "${package}"
        fi
    done
}

mapfile -t missing < <(missing_packages)
if [[ ${#missing[@]} -eq 0 ]]; then
    echo "install-deps.sh: all ${#packages[@]} packages are installed"
    exit 0
fi

echo "install-deps.sh: installing ${#missing[@]} missing packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends "${packages[@]}"
