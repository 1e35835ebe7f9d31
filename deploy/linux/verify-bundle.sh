#!/usr/bin/env bash
# Proves that the portable Linux bundle runs on a system with no Qt: builds a clean, minimal
# Debian 12 root with debootstrap, installs into it only the system packages that the bundle's
# README.txt lists, unpacks the bundle there and, inside the root (chroot):
#   1. checks with ldd that every library of every ELF file in the bundle resolves, and that
#      each Qt, ICU and other bundled library resolves from the bundle (no Qt is installed);
#   2. runs `greenroom --version`;
#   3. installs Xvfb (the only addition, after those checks) and renders, each with the OpenGL
#      (Mesa llvmpipe) and the Vulkan (Mesa lavapipe) scene-graph backends: a screenshot of the
#      window with the test pattern (which loads every QML module of the UI), checking that it
#      is a real picture; and `greenroom key` on a green-screen test image, checking the
#      output's alpha (background keyed out, subject kept).
#
#   sudo bash deploy/linux/verify-bundle.sh [BUNDLE.tar.gz]
#
# Default bundle: the newest out/Greenroom-*-linux-x86_64.tar.gz (see make-bundle.sh). Needs
# root (debootstrap, chroot, mounts), network access to the Debian mirror that this machine's
# apt uses, and debootstrap and python3 (deploy/linux/install-deps.sh installs both).
# Downloaded packages are kept in GREENROOM_VERIFY_CACHE (default /var/cache/greenroom-verify),
# so runs after the first download only the package indices. GREENROOM_DEBIAN_MIRROR overrides
# the mirror; GREENROOM_KEEP_ROOT=1 keeps the root folder for inspection.
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
suite=bookworm
cache=${GREENROOM_VERIFY_CACHE:-/var/cache/greenroom-verify}
test_image=${repo_root}/deploy/linux/testdata/green-screen.png

script_name=verify-bundle.sh
# shellcheck source=deploy/linux/debian-root.sh
source "${repo_root}/deploy/linux/debian-root.sh"

[[ ${EUID} -eq 0 ]] || die "run as root (for example: sudo bash $0)"
for tool in debootstrap chroot mount umount tar python3; do
    command -v "${tool}" >/dev/null || die "'${tool}' not found (see deploy/linux/install-deps.sh)"
done

bundle=${1:-}
if [[ -z ${bundle} ]]; then
    bundle=$(find "${repo_root}/out" -maxdepth 1 -name 'Greenroom-*-linux-x86_64.tar.gz' \
        -printf '%T@ %p\n' 2>/dev/null | sort -n | tail -n1 | cut -d' ' -f2-)
    [[ -n ${bundle} ]] || die "no out/Greenroom-*-linux-x86_64.tar.gz; run deploy/linux/make-bundle.sh first"
fi
[[ -f ${bundle} ]] || die "no such bundle: ${bundle}"
bundle=$(readlink -f "${bundle}")
name=$(basename "${bundle}" .tar.gz)

mirror=${GREENROOM_DEBIAN_MIRROR:-$(apt_mirror "${suite}" | head -n1)}
[[ -n ${mirror} ]] || die "found no '${suite}' entry in this machine's apt sources; set GREENROOM_DEBIAN_MIRROR"

# The system packages the bundle documents (the indented list in its README.txt).
mapfile -t packages < <(tar -xzOf "${bundle}" "${name}/README.txt" |
    sed -n 's/^    \([a-z0-9][a-z0-9.+-]*\)$/\1/p')
[[ ${#packages[@]} -gt 0 ]] || die "the bundle's README.txt lists no system packages"

make_debian_root "${suite}" "${mirror}"

log "installing the ${#packages[@]} system packages that the bundle expects"
apt_in_root update
apt_in_root install --no-install-recommends "${packages[@]}"

qt_in_root=$(in_root find / -xdev \( -name 'libQt6*' -o -name 'libQt5*' \) -print -quit)
[[ -z ${qt_in_root} ]] || die "the clean root has Qt (${qt_in_root}); the proof would mean nothing"

tar -C "${root}/opt" -xzf "${bundle}"
app=/opt/${name}
log "unpacked ${name} into ${app}"

# 1. Every library resolves, and the bundled ones from the bundle.
bundled_libs=$(find "${root}${app}/lib" -maxdepth 1 -name '*.so*' -printf '%f\n' | sort)
# shellcheck disable=SC2016 # expanded by the shell inside the root
ldd_report=$(in_root sh -c 'find "$1" -type f \( -name "*.so*" -o -path "$1/bin/greenroom" \) \
    -exec sh -c "for f; do echo \"== \$f\"; ldd \"\$f\"; done" sh {} +' sh "${app}")
problems=$(awk -v app="${app}/" -v bundled="${bundled_libs//$'\n'/ }" '
    BEGIN { n = split(bundled, b, " "); for (i = 1; i <= n; i++) inbundle[b[i]] = 1 }
    /^== / { file = $2; next }
    $2 == "=>" && $3 == "not" { print file ": " $1 " not found"; next }
    $2 == "=>" && ($1 ~ /^libQt6/ || ($1 in inbundle)) && index($3, app) != 1 {
        print file ": " $1 " => " $3 " (outside the bundle)"
    }
' <<<"${ldd_report}")
[[ -z ${problems} ]] || die "library check failed:"$'\n'"${problems}"
qt_resolved=$(grep -c 'libQt6.* => /opt/' <<<"${ldd_report}" || true)
log "ldd: all libraries resolve; ${qt_resolved} Qt library references, all inside ${app}/lib"

# 2. --version.
version_line=$(in_root "${app}/greenroom" --version)
log "greenroom --version: ${version_line}"
[[ ${name} == "Greenroom-${version_line#greenroom }-linux-x86_64" ]] ||
    die "the version '${version_line}' does not match the bundle name ${name}"

# 3. A real render under Xvfb.
log "installing xvfb and xauth for the render test"
apt_in_root install --no-install-recommends xvfb xauth

# Checks a PNG made by the render: in "key" mode that the green background is transparent
# and the subject opaque, in "window" mode that it is a real picture of the window.
check_png() {
    python3 - "$@" <<'PYTHON'
import struct, sys, zlib

mode, path = sys.argv[1], sys.argv[2]
data = open(path, "rb").read()
if data[:8] != b"\x89PNG\r\n\x1a\n":
    sys.exit(f"{path}: not a PNG")
pos, idat, header = 8, b"", None
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        header = struct.unpack(">IIBBBBB", body)
    elif kind == b"IDAT":
        idat += body
    pos += 12 + length
width, height, depth, colour, _, _, interlace = header
channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour)
if depth != 8 or channels is None or interlace:
    sys.exit(f"{path}: unsupported PNG layout (depth {depth}, colour type {colour})")
raw, stride, rows, prev = zlib.decompress(idat), width * channels, [], bytearray(width * channels)
for y in range(height):
    kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for x in range(stride):
        a = line[x - channels] if x >= channels else 0
        b, c = prev[x], prev[x - channels] if x >= channels else 0
        if kind == 1: line[x] = (line[x] + a) & 255
        elif kind == 2: line[x] = (line[x] + b) & 255
        elif kind == 3: line[x] = (line[x] + (a + b) // 2) & 255
        elif kind == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    rows.append(line)
    prev = line

def pixel(x, y):
    return tuple(rows[y][x * channels:(x + 1) * channels])

if mode == "key":
    if channels not in (2, 4):
        sys.exit(f"{path}: the keyed output has no alpha channel")
    def mean_alpha(x0, y0, x1, y1):
        values = [pixel(x, y)[-1] for y in range(y0, y1) for x in range(x0, x1)]
        return sum(values) / len(values)
    w, h = width, height
    corners = [mean_alpha(0, 0, w // 8, h // 8), mean_alpha(w - w // 8, 0, w, h // 8),
               mean_alpha(0, h - h // 8, w // 8, h), mean_alpha(w - w // 8, h - h // 8, w, h)]
    subject = mean_alpha(int(w * 0.42), int(h * 0.70), int(w * 0.58), int(h * 0.92))
    print(f"{width}x{height}, background alpha {max(corners):.1f}, subject alpha {subject:.1f}")
    if max(corners) > 8 or subject < 247:
        sys.exit("the keyed output's alpha is wrong")
else:
    colours = {pixel(x, y)[:3] for y in range(0, height, 2) for x in range(0, width, 2)}
    print(f"{width}x{height}, {len(colours)} distinct colours")
    if width < 320 or height < 200 or len(colours) < 200:
        sys.exit("the screenshot is not a real picture of the window")
PYTHON
}

# The window (every QML module of the UI) always; `greenroom key` where the binary has it.
renders=(window)
if in_root "${app}/greenroom" key --help 2>/dev/null | grep -q -- '--output'; then
    renders+=(key)
    cp "${test_image}" "${root}/tmp/green-screen.png"
else
    log "this build has no 'greenroom key' command: only the window is rendered"
fi
for render in "${renders[@]}"; do
    for backend in opengl vulkan; do
        output=/tmp/${render}-${backend}.png
        if [[ ${render} == key ]]; then
            command=("${app}/greenroom" key --input /tmp/green-screen.png --output "${output}"
                --backend "${backend}")
        else
            command=("${app}/greenroom" --source testpattern --backend "${backend}"
                --screenshot "${output}" --quit-after 1500)
        fi
        if ! in_root timeout 180 xvfb-run -a -s "-screen 0 1600x1000x24" "${command[@]}" \
            >"${root}/tmp/${render}-${backend}.log" 2>&1; then
            cat "${root}/tmp/${render}-${backend}.log" >&2
            die "${command[*]} failed with the ${backend} backend"
        fi
        result=$(check_png "${render}" "${root}${output}") ||
            die "${render}, ${backend}: ${result:-PNG check failed}"
        if [[ ${render} == key ]]; then
            log "greenroom key, ${backend}, under Xvfb: ${result}"
        else
            log "window screenshot, ${backend}, under Xvfb: ${result}"
        fi
    done
done

log "PASS: ${name} runs in a clean Debian 12 root with only its documented system packages"
