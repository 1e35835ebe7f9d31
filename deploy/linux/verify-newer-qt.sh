#!/usr/bin/env bash
# Proves that Greenroom builds and passes its tests against the newest Qt that Debian ships, the
# top of the supported range (Debian 13 "trixie": Qt 6.8.2, GCC 14, Mesa 25), beside the Qt 6.4
# of Debian 12 that the README's commands and CI use. In a clean, minimal root of that Debian
# (debootstrap, chroot), it:
#   1. installs the packages with the project's own deploy/linux/install-deps.sh, so the package
#      list is checked against that release as well;
#   2. builds the git-tracked files of this working tree with compiler warnings as errors, so
#      API that Qt has deprecated by then fails the build;
#   3. runs the whole test suite with ctest (GPU tests under Xvfb on Mesa's llvmpipe and lavapipe,
#      as in CI).
# Debian 13's Qt Multimedia has only the FFmpeg backend, so the virtual camera tests and the
# portable bundle test, which need the GStreamer backend, are not registered there (CMake says
# so).
#
#   sudo bash deploy/linux/verify-newer-qt.sh
#
# Needs root (debootstrap, chroot, mounts), network access to the Debian mirror that this
# machine's apt uses, and debootstrap and git (deploy/linux/install-deps.sh installs both).
# Downloaded packages are kept in GREENROOM_VERIFY_CACHE (default /var/cache/greenroom-verify),
# the build and test logs in its logs/ folder.
# GREENROOM_QT_SUITE picks another Debian release (default trixie), GREENROOM_DEBIAN_MIRROR the
# mirror; GREENROOM_KEEP_ROOT=1 keeps the root folder, with the build in /build, for inspection.
# About 20 minutes on two cores, most of it the build.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
suite=${GREENROOM_QT_SUITE:-trixie}
cache=${GREENROOM_VERIFY_CACHE:-/var/cache/greenroom-verify}

script_name=verify-newer-qt.sh
# shellcheck source=deploy/linux/debian-root.sh
source "${repo_root}/deploy/linux/debian-root.sh"

[[ ${EUID} -eq 0 ]] || die "run as root (for example: sudo bash $0)"
for tool in debootstrap chroot mount umount tar git; do
    command -v "${tool}" >/dev/null || die "'${tool}' not found (see deploy/linux/install-deps.sh)"
done

# The mirror serves every Debian release: take the one this machine's own release comes from.
# shellcheck source=/dev/null # the system's release description
host_suite=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
mirror=${GREENROOM_DEBIAN_MIRROR:-$(apt_mirror "${host_suite}" | head -n1)}
[[ -n ${mirror} ]] || die "found no '${host_suite}' entry in this machine's apt sources; set GREENROOM_DEBIAN_MIRROR"

make_debian_root "${suite}" "${mirror}"
# The build and test logs outlive the root.
logs=${cache}/logs
mkdir -p "${logs}"
build_log=${logs}/newer-qt-${suite}-build.log
test_log=${logs}/newer-qt-${suite}-test.log

log "copying the git-tracked files of ${repo_root} to /src"
mkdir -p "${root}/src"
git -C "${repo_root}" ls-files -z | tar -C "${repo_root}" --null -T - -cf - | tar -C "${root}/src" -xf -

log "installing the build and test packages with deploy/linux/install-deps.sh"
if ! in_root bash /src/deploy/linux/install-deps.sh >"${root}.deps.log" 2>&1; then
    tail -n 30 "${root}.deps.log" >&2
    rm -f "${root}.deps.log"
    die "deploy/linux/install-deps.sh failed in the '${suite}' root"
fi
rm -f "${root}.deps.log"
# shellcheck disable=SC2016 # dpkg-query's own field syntax
qt_version=$(in_root dpkg-query -W -f='${Version}' qt6-base-dev)
log "Qt in the root: qt6-base-dev ${qt_version}; $(in_root g++ --version | head -n1)"

log "building with warnings as errors"
# shellcheck disable=SC2016 # expanded by the shell inside the root
if ! in_root bash -c 'cmake -S /src -B /build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DGREENROOM_BUILD_TESTS=ON -DGREENROOM_WARNINGS_AS_ERRORS=ON &&
        cmake --build /build --parallel "$(nproc)"' >"${build_log}" 2>&1; then
    grep -E 'error|warning' "${build_log}" | head -n 40 >&2 || tail -n 40 "${build_log}" >&2
    die "the build against Qt ${qt_version} failed (log: ${build_log})"
fi
grep -E '^-- .*(off|not registered)' "${build_log}" | sed "s/^/${script_name}: cmake: /" || true

log "running the test suite"
if ! in_root ctest --test-dir /build --output-on-failure --timeout 300 >"${test_log}" 2>&1; then
    grep -E '^[0-9]+% tests passed|^\s+[0-9]+ - .*\(|Failed|Timeout' "${test_log}" >&2 || true
    die "tests failed against Qt ${qt_version} (log: ${test_log})"
fi
grep -E '^[0-9]+% tests passed|^Total Test time' "${test_log}" | sed "s/^/${script_name}: /"
log "PASS: Greenroom builds and passes its tests against Qt ${qt_version} (Debian '${suite}')"
