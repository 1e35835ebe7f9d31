# shellcheck shell=bash
# A clean, minimal Debian root to prove something in, for the verify-*.sh scripts that source
# this file: debootstrap into a temporary folder, mount what programs inside need, run commands
# there (chroot), and unmount and remove it all when the script exits.
#
# The sourcing script sets `script_name` (for messages) and `cache` (a folder kept between runs
# for downloaded packages) first, and needs root, debootstrap, chroot, mount and umount.
: "${script_name:?set by the sourcing script}" "${cache:?set by the sourcing script}"

die() {
    echo "${script_name}: $*" >&2
    exit 1
}

log() {
    echo "${script_name}: $*"
}

# The Debian mirror this machine's apt uses for suite $1: from deb822 .sources files, or
# one-line .list files.
apt_mirror() {
    local suite=$1 file
    for file in /etc/apt/sources.list.d/*.sources; do
        [[ -f ${file} ]] || continue
        awk -v suite="${suite}" '
            function flush() {
                if (types ~ /(^| )deb( |$)/ && (" " suites " ") ~ (" " suite " ") && uris != "" &&
                    !disabled) {
                    split(uris, u, " "); print u[1]; found = 1; exit
                }
                types = ""; uris = ""; suites = ""; disabled = 0
            }
            /^[ \t]*$/ { flush(); next }
            /^Enabled:[ \t]*no/ { disabled = 1 }
            /^Types:/ { sub(/^Types:[ \t]*/, ""); types = $0 }
            /^URIs:/ { sub(/^URIs:[ \t]*/, ""); uris = $0 }
            /^Suites:/ { sub(/^Suites:[ \t]*/, ""); suites = $0 }
            END { if (!found) flush() }
        ' "${file}"
    done
    for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [[ -f ${file} ]] || continue
        awk -v suite="${suite}" '
            $1 == "deb" {
                i = 2
                if ($i ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }
                if ($(i + 1) == suite) { print $i; exit }
            }
        ' "${file}"
    done
}

root=
mounts=()

remove_debian_root() {
    local i
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
        umount "${mounts[i]}" 2>/dev/null || umount -l "${mounts[i]}" 2>/dev/null || true
    done
    [[ -n ${root} ]] || return 0
    if grep -qF " ${root}/" /proc/mounts; then
        echo "${script_name}: ${root} still has mounts; not removing it" >&2
    elif [[ ${GREENROOM_KEEP_ROOT:-0} == 1 ]]; then
        echo "${script_name}: kept the root in ${root}"
    else
        rm -rf --one-file-system "${root}"
    fi
}

mount_in_root() {
    local target=${root}$1
    shift
    mkdir -p "${target}"
    mount "$@" "${target}"
    mounts+=("${target}")
}

# Makes `root`, a minimal root of Debian suite $1 from mirror $2, with /proc, /sys, /dev and
# apt's package cache mounted (kept in ${cache}, one per suite, so that runs for different
# suites never share apt's lock) and this machine's resolv.conf; everything goes away when the
# script exits.
make_debian_root() {
    local suite=$1 mirror=$2
    root=$(mktemp -d "${TMPDIR:-/var/tmp}/greenroom-${suite}.XXXXXX")
    trap remove_debian_root EXIT
    trap 'exit 130' INT TERM
    log "creating a minimal Debian '${suite}' root from ${mirror} in ${root}"
    mkdir -p "${cache}/debootstrap-${suite}" "${cache}/apt-archives-${suite}/partial"
    debootstrap --variant=minbase --cache-dir="${cache}/debootstrap-${suite}" "${suite}" "${root}" \
        "${mirror}" >"${root}.debootstrap.log" 2>&1 || {
        tail -n 30 "${root}.debootstrap.log" >&2
        rm -f "${root}.debootstrap.log"
        die "debootstrap failed"
    }
    rm -f "${root}.debootstrap.log"

    mount_in_root /proc -t proc proc
    mount_in_root /sys -t sysfs sysfs
    mount_in_root /dev --bind /dev
    mount_in_root /dev/pts --bind /dev/pts
    mount_in_root /dev/shm --bind /dev/shm
    mount_in_root /var/cache/apt/archives --bind "${cache}/apt-archives-${suite}"
    cp -L /etc/resolv.conf "${root}/etc/resolv.conf"
}

in_root() {
    chroot "${root}" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}

# apt-get in the root, quietly; its output is shown when it fails. The package cache is a bind
# mount owned by root, so apt downloads as root rather than as its sandbox user.
apt_in_root() {
    if ! in_root apt-get -o APT::Sandbox::User=root -y "$@" >"${root}.apt.log" 2>&1; then
        tail -n 30 "${root}.apt.log" >&2
        rm -f "${root}.apt.log"
        die "apt-get $* failed in the clean root"
    fi
    rm -f "${root}.apt.log"
}
