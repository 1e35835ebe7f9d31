#!/usr/bin/env bash
# Builds Greenroom's portable Linux bundle, Greenroom-<version>-linux-x86_64.tar.gz: one folder
# that runs on a Linux desktop with no Qt installed.
#
#   bash deploy/linux/make-bundle.sh [--build-dir DIR] [--output-dir DIR] [--no-build]
#
# It configures and builds Release in DIR (default: build-release; --no-build uses what is
# there), installs into a staging folder with `cmake --install`, adds Qt, and packs
# <output dir>/Greenroom-<version>-linux-x86_64.tar.gz (default output dir: out). The version is
# the one the binary reports (`greenroom --version`, from project(VERSION)).
# Run it on Debian 12 with the build dependencies (deploy/linux/install-deps.sh) installed.
#
# Layout of the bundle:
#   greenroom            launcher: runs bin/greenroom with only the bundle's Qt plugins and QML
#   bin/greenroom        the executable; RUNPATH $ORIGIN/../lib
#   bin/qt.conf          points Qt at the folders below, relative to bin/
#   lib/                 Qt's libraries and the few libraries Qt needs that a system may lack
#   plugins/             Qt plugins: platforms (xcb, offscreen), xcbglintegrations,
#                        platforminputcontexts, imageformats, multimedia (GStreamer backend)
#   qml/                 the QML modules the UI imports, with the modules those import
#   translations/        Qt's and Greenroom's .qm files, when the build has any
#   share/               desktop file, icon, AppStream metainfo (as `cmake --install` lays out)
#   licenses/            Greenroom's licence, Qt's LGPL, and the copyright file of every
#                        Debian package that a bundled file comes from
#   README.txt           what the bundle expects from the system (generated; its list of
#                        Debian packages is what verify-bundle.sh installs in the clean root)
#
# What is bundled and what is not:
#   Bundled: every Qt library (libQt6*), ICU 72 (Qt Core's Unicode support; its soname changes
#   with every ICU release, so no other system has this one), and Qt's small helper libraries
#   that most distributions do not install: double-conversion, MD4C, libb2, PCRE2 (16-bit)
#   and libjpeg 6.2 (Qt's JPEG plugin; Ubuntu ships libjpeg 8 instead).
#   Not bundled, expected from the system (the table `system_libraries` below names each one
#   with its Debian 12 package; the build fails if a bundled file needs a library that is in
#   neither list):
#   - glibc and the GCC runtime (libstdc++, libgcc_s, libgomp). libstdc++ is deliberately not
#     bundled: the system's GPU drivers (Mesa's LLVM, vendor drivers) load into this process
#     and need the system's libstdc++, which is never older than the one Qt was built against
#     on a system whose glibc is new enough for this bundle (README.txt states both minimums).
#   - OpenGL/EGL/GLX through glvnd (libOpenGL, libGLX, libEGL) and the system's GPU driver;
#     the Vulkan loader (libvulkan1), which Qt loads only for --backend vulkan.
#   - X11 and XCB with the xcb-util libraries that Qt's xcb platform plugin links
#     (icccm, image, keysyms, render-util, xkb; libxkbcommon-x11). On Wayland the app runs
#     through XWayland.
#   - fontconfig, FreeType, HarfBuzz, libpng, zlib, zstd, Brotli, GLib, D-Bus, at least one
#     font.
#   - PulseAudio's client library (Qt Multimedia's audio), GSS-API (Kerberos) and libproxy
#     (Qt Network).
#   - GStreamer 1.0 core, its base plugins' libraries and GL library (Qt Multimedia's GStreamer
#     backend), and the base and good plugins (videoconvert, appsink, playbin, v4l2src) that
#     the camera and media-file sources build their pipelines from. GStreamer finds its own
#     plugins on the system, so it cannot be bundled piecemeal.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# Libraries taken into lib/ (shell patterns on the soname).
bundled_libraries=(
    'libQt6*.so.6'
    'libicuuc.so.*' 'libicui18n.so.*' 'libicudata.so.*'
    'libdouble-conversion.so.*'
    'libmd4c.so.*'
    'libb2.so.*'
    'libpcre2-16.so.*'
    'libjpeg.so.62'
)

# Libraries expected on the system: "soname debian-12-package".
system_libraries=(
    'ld-linux-x86-64.so.2 libc6' 'libc.so.6 libc6' 'libm.so.6 libc6'
    'libstdc++.so.6 libstdc++6' 'libgcc_s.so.1 libgcc-s1' 'libgomp.so.1 libgomp1'
    'libz.so.1 zlib1g' 'libzstd.so.1 libzstd1' 'libbrotlidec.so.1 libbrotli1'
    'libglib-2.0.so.0 libglib2.0-0' 'libgobject-2.0.so.0 libglib2.0-0'
    'libdbus-1.so.3 libdbus-1-3'
    'libfontconfig.so.1 libfontconfig1' 'libfreetype.so.6 libfreetype6'
    'libharfbuzz.so.0 libharfbuzz0b' 'libpng16.so.16 libpng16-16'
    'libgssapi_krb5.so.2 libgssapi-krb5-2' 'libproxy.so.1 libproxy1v5'
    'libpulse.so.0 libpulse0'
    'libOpenGL.so.0 libopengl0' 'libGLX.so.0 libglx0' 'libEGL.so.1 libegl1'
    'libX11.so.6 libx11-6' 'libX11-xcb.so.1 libx11-xcb1' 'libSM.so.6 libsm6' 'libICE.so.6 libice6'
    'libxcb.so.1 libxcb1' 'libxcb-glx.so.0 libxcb-glx0' 'libxcb-icccm.so.4 libxcb-icccm4'
    'libxcb-image.so.0 libxcb-image0' 'libxcb-keysyms.so.1 libxcb-keysyms1'
    'libxcb-randr.so.0 libxcb-randr0' 'libxcb-render-util.so.0 libxcb-render-util0'
    'libxcb-render.so.0 libxcb-render0' 'libxcb-shape.so.0 libxcb-shape0'
    'libxcb-shm.so.0 libxcb-shm0' 'libxcb-sync.so.1 libxcb-sync1'
    'libxcb-xfixes.so.0 libxcb-xfixes0' 'libxcb-xkb.so.1 libxcb-xkb1'
    'libxcb-cursor.so.0 libxcb-cursor0' 'libxcb-util.so.1 libxcb-util1'
    'libxkbcommon.so.0 libxkbcommon0' 'libxkbcommon-x11.so.0 libxkbcommon-x11-0'
    'libgstreamer-1.0.so.0 libgstreamer1.0-0' 'libgstbase-1.0.so.0 libgstreamer1.0-0'
    'libgstapp-1.0.so.0 libgstreamer-plugins-base1.0-0'
    'libgstallocators-1.0.so.0 libgstreamer-plugins-base1.0-0'
    'libgstaudio-1.0.so.0 libgstreamer-plugins-base1.0-0'
    'libgstpbutils-1.0.so.0 libgstreamer-plugins-base1.0-0'
    'libgstvideo-1.0.so.0 libgstreamer-plugins-base1.0-0'
    'libgstgl-1.0.so.0 libgstreamer-gl1.0-0'
)

# Expected on the system although nothing links them directly: loaded at run time or data.
runtime_packages=(
    # Mesa's OpenGL (GLX and EGL) drivers; any GPU driver with glvnd does instead.
    libgl1-mesa-dri libglx-mesa0 libegl-mesa0
    # Vulkan loader and Mesa's Vulkan drivers, for --backend vulkan only.
    libvulkan1 mesa-vulkan-drivers
    # GStreamer elements of the camera and media-file pipelines.
    gstreamer1.0-plugins-base gstreamer1.0-plugins-good
    # A font.
    fonts-dejavu-core
)

# Qt plugins the app loads, relative to Qt's plugin folder (shell patterns).
qt_plugins=(
    platforms/libqxcb.so
    platforms/libqoffscreen.so
    'xcbglintegrations/*.so'
    'platforminputcontexts/*.so'
    'imageformats/*.so'
    multimedia/libgstreamermediaplugin.so
)

# QML modules that qmlimportscanner reports and that are left out on purpose:
# the Quick Controls styles Greenroom does not use (main.cpp sets Fusion, which builds on
# Basic), and the Greenroom module itself, which is linked into the executable.
excluded_qml_modules_regex='^(QtQuick\.Controls\.(Material|Imagine|Universal|Windows|macOS|iOS|FluentWinUI3)(\..*)?|Greenroom)$'
# Modules that may be absent from the Qt installation: QtQuick.Shapes is imported only by the
# Basic style's SelectionRectangle, which Greenroom does not use. Bundled when installed.
optional_qml_modules_regex='^(QtQuick\.Shapes)$'

usage() {
    sed -n '2,14s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

die() {
    echo "make-bundle.sh: $*" >&2
    exit 1
}

log() {
    echo "make-bundle.sh: $*"
}


build_dir=build-release
output_dir=out
do_build=1
while [[ $# -gt 0 ]]; do
    case $1 in
    --build-dir)
        build_dir=${2:?--build-dir needs a folder}
        shift 2
        ;;
    --output-dir)
        output_dir=${2:?--output-dir needs a folder}
        shift 2
        ;;
    --no-build)
        do_build=0
        shift
        ;;
    -h | --help)
        usage
        exit 0
        ;;
    *)
        usage >&2
        exit 2
        ;;
    esac
done

# Relative folders are relative to the repository root, like the README's other commands.
[[ ${build_dir} == /* ]] || build_dir=${repo_root}/${build_dir}
[[ ${output_dir} == /* ]] || output_dir=${repo_root}/${output_dir}

cmake=${CMAKE:-cmake}
for tool in "${cmake}" patchelf readelf ldd tar gzip; do
    command -v "${tool}" >/dev/null || die "'${tool}' not found (see deploy/linux/install-deps.sh)"
done
qtpaths=${QTPATHS:-$(command -v qtpaths6 || command -v qtpaths || true)}
[[ -n ${qtpaths} ]] || die "qtpaths6 not found; set QTPATHS to the qtpaths of the Qt to bundle"
qt_query() {
    "${qtpaths}" --query "$1"
}
qt_libs=$(qt_query QT_INSTALL_LIBS)
qt_plugin_dir=$(qt_query QT_INSTALL_PLUGINS)
qt_qml_dir=$(qt_query QT_INSTALL_QML)
qt_translations_dir=$(qt_query QT_INSTALL_TRANSLATIONS)
qmlimportscanner=$(qt_query QT_INSTALL_LIBEXECS)/qmlimportscanner
[[ -x ${qmlimportscanner} ]] || die "qmlimportscanner not found in $(qt_query QT_INSTALL_LIBEXECS)"

if [[ ${do_build} == 1 ]]; then
    log "building Release in ${build_dir}"
    "${cmake}" -S "${repo_root}" -B "${build_dir}" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DGREENROOM_BUILD_TESTS=OFF
    "${cmake}" --build "${build_dir}" --target greenroom --parallel "${GREENROOM_JOBS:-$(nproc)}"
fi
[[ -x ${build_dir}/app/greenroom ]] || die "no ${build_dir}/app/greenroom; build it first"

# The Qt that qtpaths describes must be the one the binary links.
linked_core=$(ldd "${build_dir}/app/greenroom" | awk '$1 == "libQt6Core.so.6" { print $3 }')
[[ -n ${linked_core} ]] || die "${build_dir}/app/greenroom does not link Qt 6 Core"
[[ $(readlink -f "$(dirname "${linked_core}")") == $(readlink -f "${qt_libs}") ]] ||
    die "greenroom links ${linked_core}, but ${qtpaths} describes the Qt in ${qt_libs}; set QTPATHS"

version=$("${build_dir}/app/greenroom" --version | sed -n 's/^greenroom \([0-9][0-9.]*\)$/\1/p')
[[ -n ${version} ]] || die "could not read the version from 'greenroom --version'"
name=Greenroom-${version}-linux-x86_64

work=$(mktemp -d)
trap 'rm -rf "${work}"' EXIT
stage=${work}/${name}

log "staging ${name}"
"${cmake}" --install "${build_dir}" --prefix "${stage}" --strip >/dev/null
mkdir -p "${stage}/lib" "${stage}/plugins" "${stage}/qml" "${stage}/licenses"

# ELF files of the bundle whose libraries still have to be resolved.
pending=("${stage}/bin/greenroom")

# --- Qt plugins ---
for pattern in "${qt_plugins[@]}"; do
    found=0
    for plugin in "${qt_plugin_dir}"/${pattern}; do
        [[ -f ${plugin} ]] || continue
        relative=${plugin#"${qt_plugin_dir}"/}
        mkdir -p "${stage}/plugins/$(dirname "${relative}")"
        cp -L "${plugin}" "${stage}/plugins/${relative}"
        pending+=("${stage}/plugins/${relative}")
        found=1
    done
    [[ ${found} == 1 ]] || die "no Qt plugin matches ${qt_plugin_dir}/${pattern}"
done

# --- QML modules: what qml/ imports, with everything those modules import in turn ---
# Copies a module's own files; subfolders that are modules of their own come only when they
# are imported themselves. Qt Design Studio's metadata (designer/) is left out.
copy_qml_module() {
    local source=$1 target=$2 entry
    mkdir -p "${target}"
    for entry in "${source}"/*; do
        if [[ -f ${entry} ]]; then
            cp -L "${entry}" "${target}/"
        elif [[ -d ${entry} && ! -f ${entry}/qmldir && $(basename "${entry}") != designer ]]; then
            cp -RL "${entry}" "${target}/"
        fi
    done
}

log "scanning the QML imports of qml/"
mapfile -t qml_modules < <("${qmlimportscanner}" -rootPath "${repo_root}/qml" \
    -importPath "${qt_qml_dir}" | awk -F'"' '
        /^[ \t]*\{/ { name = ""; path = ""; type = "" }
        $2 == "name" { name = $4 }
        $2 == "path" { path = $4 }
        $2 == "type" { type = $4 }
        /^[ \t]*\}/ { if (type == "module") print name "\t" path }
    ')
[[ ${#qml_modules[@]} -gt 0 ]] || die "qmlimportscanner found no QML modules"
for line in "${qml_modules[@]}"; do
    module=${line%%$'\t'*}
    path=${line#*$'\t'}
    if [[ ${module} =~ ${excluded_qml_modules_regex} ]]; then
        continue
    fi
    if [[ -z ${path} ]]; then
        if [[ ${module} =~ ${optional_qml_modules_regex} ]]; then
            continue
        fi
        die "QML module ${module} is imported but not installed in ${qt_qml_dir}"
    fi
    [[ ${path} == "${qt_qml_dir}"/* ]] || die "QML module ${module} is outside ${qt_qml_dir}: ${path}"
    copy_qml_module "${path}" "${stage}/qml/${path#"${qt_qml_dir}"/}"
done
mapfile -t -O "${#pending[@]}" pending < <(find "${stage}/qml" -name '*.so' -type f)

# --- Libraries: follow DT_NEEDED from every bundled ELF file ---
needed_of() {
    readelf -d "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]$/\1/p'
}
matches_any() {
    local name=$1 pattern
    shift
    for pattern in "$@"; do
        # shellcheck disable=SC2053 # the patterns are globs on purpose
        [[ ${name} == ${pattern} ]] && return 0
    done
    return 1
}
system_patterns=()
for entry in "${system_libraries[@]}"; do
    system_patterns+=("${entry%% *}")
done

# The original of every staged file, so that ldd resolves against the system's layout.
declare -A origin_of=()
origin_of[${stage}/bin/greenroom]=${build_dir}/app/greenroom
for file in "${pending[@]}"; do
    case ${file} in
    "${stage}/plugins/"*) origin_of[${file}]=${qt_plugin_dir}/${file#"${stage}/plugins/"} ;;
    "${stage}/qml/"*) origin_of[${file}]=${qt_qml_dir}/${file#"${stage}/qml/"} ;;
    esac
done

declare -A bundled=() expected=()
while [[ ${#pending[@]} -gt 0 ]]; do
    file=${pending[0]}
    pending=("${pending[@]:1}")
    origin=${origin_of[${file}]}
    while read -r soname; do
        if matches_any "${soname}" "${bundled_libraries[@]}"; then
            if [[ -n ${bundled[${soname}]:-} ]]; then
                continue
            fi
            resolved=$(ldd "${origin}" | awk -v lib="${soname}" '$1 == lib && $2 == "=>" { print $3 }')
            [[ -n ${resolved} && ${resolved} != not ]] ||
                die "${soname} (needed by ${origin}) not found on this system"
            bundled[${soname}]=$(readlink -f "${resolved}")
            cp -L "${resolved}" "${stage}/lib/${soname}"
            origin_of[${stage}/lib/${soname}]=${resolved}
            pending+=("${stage}/lib/${soname}")
        elif matches_any "${soname}" "${system_patterns[@]}"; then
            expected[${soname}]=1
        else
            die "${soname}, needed by ${origin}, is neither bundled nor an expected system" \
                "library: add it to bundled_libraries or system_libraries in this script"
        fi
    done < <(needed_of "${file}")
done
[[ -n ${bundled[libQt6Core.so.6]:-} ]] || die "Qt Core was not bundled"

# --- RUNPATHs: every ELF file finds lib/ relative to itself ---
relative_lib_path() {
    local dir=$1 up=""
    dir=${dir#"${stage}"/}
    while [[ -n ${dir} ]]; do
        up+="../"
        if [[ ${dir} == */* ]]; then
            dir=${dir%/*}
        else
            dir=""
        fi
    done
    echo "\$ORIGIN/${up}lib"
}
while read -r elf; do
    if [[ $(dirname "${elf}") == "${stage}/lib" ]]; then
        patchelf --set-rpath "\$ORIGIN" "${elf}"
    else
        patchelf --set-rpath "$(relative_lib_path "$(dirname "${elf}")")" "${elf}"
    fi
done < <(find "${stage}/bin" "${stage}/lib" "${stage}/plugins" "${stage}/qml" -type f \
    \( -name '*.so*' -o -path "${stage}/bin/greenroom" \))

# --- qt.conf, translations, launcher (deploy/linux/bundle-launcher.sh) ---
cat >"${stage}/bin/qt.conf" <<'QTCONF'
[Paths]
Prefix = ..
Libraries = lib
Plugins = plugins
QmlImports = qml
Translations = translations
QTCONF

mkdir -p "${stage}/translations"
for qm in "${qt_translations_dir}"/qt_*.qm "${qt_translations_dir}"/qtbase_*.qm \
    "${qt_translations_dir}"/qtdeclarative_*.qm "${qt_translations_dir}"/qtmultimedia_*.qm; do
    if [[ -f ${qm} ]]; then
        cp -L "${qm}" "${stage}/translations/"
    fi
done
find "${build_dir}" -name 'greenroom_*.qm' -type f -exec cp {} "${stage}/translations/" \;
rmdir --ignore-fail-on-non-empty "${stage}/translations"

install -m 755 "${repo_root}/deploy/linux/bundle-launcher.sh" "${stage}/greenroom"

# --- Licences ---
cp "${repo_root}/LICENSE" "${stage}/licenses/LICENSE.txt"
cp "${repo_root}"/resources/licenses/*.txt "${stage}/licenses/"
if command -v dpkg-query >/dev/null; then
    declare -A packages=()
    while read -r file; do
        origin=${origin_of[${file}]:-}
        [[ -n ${origin} ]] || continue
        package=$(dpkg-query -S "$(readlink -f "${origin}")" 2>/dev/null | head -n1 | cut -d: -f1) || true
        if [[ -n ${package} ]]; then
            packages[${package}]=1
        fi
    done < <(find "${stage}/bin" "${stage}/lib" "${stage}/plugins" "${stage}/qml" -type f -name '*.so*')
    for package in "${!packages[@]}"; do
        copyright=/usr/share/doc/${package}/copyright
        if [[ -f ${copyright} ]]; then
            cp "${copyright}" "${stage}/licenses/${package}.copyright.txt"
        fi
    done
else
    log "dpkg-query not found: the licences folder lacks the bundled libraries' copyright files"
fi

# --- README.txt: what the bundle needs from the system ---
max_symbol_version() {
    local prefix=$1
    find "${stage}" -type f \( -name '*.so*' -o -path "${stage}/bin/greenroom" \) \
        -exec readelf -V {} + 2>/dev/null | grep -o "Name: ${prefix}_[0-9.]*" |
        sed "s/Name: ${prefix}_//" | sort -V | tail -n1
}
glibc_min=$(max_symbol_version GLIBC)
glibcxx_min=$(max_symbol_version GLIBCXX)
qt_version=$(qt_query QT_VERSION)
# The Debian packages of the system libraries that bundled files link, and the run-time ones.
{
    for entry in "${system_libraries[@]}"; do
        if [[ -n ${expected[${entry%% *}]:-} ]]; then
            echo "${entry#* }"
        fi
    done
    printf '%s\n' "${runtime_packages[@]}"
} | sort -u >"${work}/system-packages"
{
    echo "Greenroom ${version} for Linux x86_64 (portable bundle, Qt ${qt_version})"
    echo
    echo "Start it with ./greenroom (the launcher in this folder); ./greenroom --help lists"
    echo "the options. Nothing needs installing: Qt, its plugins and QML modules are inside."
    echo
    echo "Needs glibc ${glibc_min} or newer, libstdc++ with GLIBCXX_${glibcxx_min} or newer, an X11"
    echo "or XWayland session, and these system libraries, which desktop systems have (Debian 12"
    echo "package names; other distributions name them similarly):"
    echo
    sed 's/^/    /' "${work}/system-packages"
    echo
    echo "Licences: licenses/ (Greenroom: MIT; Qt: LGPL-3.0; the copyright file of every"
    echo "bundled library)."
} >"${stage}/README.txt"

# --- Self-check on this machine: the bundle's Qt comes from the bundle ---
log "checking the staged bundle"
"${stage}/greenroom" --version >/dev/null || die "the staged bundle does not run"
outside=$(find "${stage}" -type f \( -name '*.so*' -o -path "${stage}/bin/greenroom" \) \
    -exec ldd {} + 2>/dev/null | awk -v stage="${stage}" '
        $2 == "=>" && $3 == "not" { print "not found: " $1; next }
        $2 == "=>" && $1 ~ /^lib(Qt6|icu)/ && index($3, stage "/") != 1 { print $1 " => " $3 }
    ' | sort -u)
[[ -z ${outside} ]] || die "libraries resolve from outside the bundle:"$'\n'"${outside}"

mkdir -p "${output_dir}"
archive=${output_dir}/${name}.tar.gz
tar -C "${work}" --sort=name --owner=0 --group=0 --numeric-owner -cf - "${name}" |
    gzip -9 -n >"${archive}.tmp"
mv "${archive}.tmp" "${archive}"
log "bundled ${#bundled[@]} libraries, ${#expected[@]} expected from the system"
log "wrote ${archive} ($(du -h "${archive}" | cut -f1))"
