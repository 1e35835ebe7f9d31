#!/usr/bin/env bash
# Checks what `cmake --install` lays out for Linux: installs BUILD_DIR into a fresh PREFIX and
# checks the FHS layout, the desktop file (desktop-file-validate), the AppStream metainfo
# (appstreamcli validate, offline) and that the metainfo's release is the binary's version.
#
#   bash deploy/linux/check-install.sh BUILD_DIR PREFIX APP_ID
#
# PREFIX is emptied first. The test suite runs this as the bundle_install_layout test.
set -euo pipefail

if [[ $# -ne 3 ]]; then
    echo "usage: $(basename "$0") BUILD_DIR PREFIX APP_ID" >&2
    exit 2
fi
build_dir=$1
prefix=$2
app_id=$3
cmake=${CMAKE:-cmake}

fail() {
    echo "check-install.sh: FAIL: $*" >&2
    exit 1
}

for tool in appstreamcli desktop-file-validate; do
    command -v "${tool}" >/dev/null || fail "'${tool}' not found (see deploy/linux/install-deps.sh)"
done

rm -rf "${prefix}"
"${cmake}" --install "${build_dir}" --prefix "${prefix}" >/dev/null

expected=(
    bin/greenroom
    "share/applications/${app_id}.desktop"
    "share/icons/hicolor/scalable/apps/${app_id}.svg"
    "share/metainfo/${app_id}.metainfo.xml"
    share/doc/greenroom/LICENSE
    share/doc/greenroom/licenses/THIRD-PARTY-NOTICES.txt
    share/doc/greenroom/licenses/LGPL-3.0.txt
    share/doc/greenroom/licenses/GPL-3.0.txt
)
for file in "${expected[@]}"; do
    [[ -f ${prefix}/${file} ]] || fail "${file} was not installed"
done
[[ -x ${prefix}/bin/greenroom ]] || fail "bin/greenroom is not executable"

desktop-file-validate "${prefix}/share/applications/${app_id}.desktop" ||
    fail "the desktop file does not validate"
appstreamcli validate --no-net "${prefix}/share/metainfo/${app_id}.metainfo.xml" ||
    fail "the AppStream metainfo does not validate"

version=$("${prefix}/bin/greenroom" --version | sed -n 's/^greenroom //p')
grep -q "<release version=\"${version}\" date=\"[0-9]\{4\}-[0-9]\{2\}-[0-9]\{2\}\"" \
    "${prefix}/share/metainfo/${app_id}.metainfo.xml" ||
    fail "the metainfo has no release ${version} (the binary's version)"
grep -q "^Icon=${app_id}$" "${prefix}/share/applications/${app_id}.desktop" ||
    fail "the desktop file does not name the icon ${app_id}"
grep -q '<svg' "${prefix}/share/icons/hicolor/scalable/apps/${app_id}.svg" ||
    fail "the icon is not an SVG"

echo "check-install.sh: ${prefix} has the FHS layout of Greenroom ${version} (${app_id})"
