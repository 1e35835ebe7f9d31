#!/usr/bin/env bash
# Builds and runs Greenroom, or builds and tests it, on Debian 12 in one command.
#
#   sudo bash deploy/linux/greenroom-dev.sh run [-- greenroom options]
#   sudo bash deploy/linux/greenroom-dev.sh test
#
# Both modes first install the build dependencies (which needs root), then configure and
# build in ./build. When started through sudo, the build and the app run as the user who
# called sudo, so ./build stays theirs and the window opens on their display.
set -euo pipefail

usage() {
    cat <<USAGE
Usage: $(basename "$0") run [-- GREENROOM_OPTIONS...]
       $(basename "$0") test

  run   install dependencies, build, and start the Greenroom app
        (under a virtual X server when there is no display)
  test  install dependencies, build, and run the whole test suite with ctest

Environment: GREENROOM_BUILD_DIR (default: build), GREENROOM_BUILD_TYPE (default:
RelWithDebInfo), GREENROOM_JOBS (default: number of CPUs), GREENROOM_TEST_TIMEOUT
(seconds per test, default: 300), GREENROOM_SKIP_DEPS=1 to skip installing packages.
USAGE
}

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build_dir=${GREENROOM_BUILD_DIR:-build}
build_type=${GREENROOM_BUILD_TYPE:-RelWithDebInfo}
jobs=${GREENROOM_JOBS:-$(nproc)}
test_timeout=${GREENROOM_TEST_TIMEOUT:-300}

# Runs a command as the user who invoked sudo, if any, so that build output is not owned by
# root; the environment (DISPLAY, XAUTHORITY, QSG_RHI_BACKEND, ...) is kept.
as_invoking_user() {
    if [[ ${EUID} -eq 0 && -n ${SUDO_USER:-} && ${SUDO_USER} != root ]]; then
        sudo -E -u "${SUDO_USER}" -- "$@"
    else
        "$@"
    fi
}

install_deps() {
    if [[ ${GREENROOM_SKIP_DEPS:-0} == 1 ]]; then
        return
    fi
    if [[ ${EUID} -eq 0 ]]; then
        bash "${repo_root}/deploy/linux/install-deps.sh"
    elif command -v sudo >/dev/null; then
        sudo bash "${repo_root}/deploy/linux/install-deps.sh"
    else
        echo "greenroom-dev.sh: installing packages needs root; run this script with sudo" >&2
        exit 1
    fi
}

configure_and_build() {
    local target=$1
    as_invoking_user cmake -S "${repo_root}" -B "${repo_root}/${build_dir}" -G Ninja \
        -DCMAKE_BUILD_TYPE="${build_type}" -DGREENROOM_BUILD_TESTS=ON
    as_invoking_user cmake --build "${repo_root}/${build_dir}" --parallel "${jobs}" \
        ${target:+--target "${target}"}
}

run_app() {
    local app="${repo_root}/${build_dir}/app/greenroom"
    if [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ]]; then
        as_invoking_user "${app}" "$@"
    else
        echo "greenroom-dev.sh: no DISPLAY or WAYLAND_DISPLAY; running on a virtual X server" \
            "(the window is not visible; use --screenshot FILE.png to see it)"
        as_invoking_user xvfb-run -a -s "-screen 0 1600x1000x24" "${app}" "$@"
    fi
}

run_tests() {
    # Serial on purpose: each display test starts its own Xvfb, and parallel xvfb-run -a
    # calls can race for the same display number. ctest's summary is the last output.
    as_invoking_user ctest --test-dir "${repo_root}/${build_dir}" --output-on-failure \
        --timeout "${test_timeout}"
}

mode=${1:-}
[[ $# -gt 0 ]] && shift
case ${mode} in
run)
    [[ ${1:-} == -- ]] && shift
    install_deps
    configure_and_build greenroom
    run_app "$@"
    ;;
test)
    if [[ $# -gt 0 ]]; then
        usage >&2
        exit 2
    fi
    install_deps
    configure_and_build ""
    run_tests
    ;;
-h | --help | help)
    usage
    ;;
*)
    usage >&2
    exit 2
    ;;
esac
