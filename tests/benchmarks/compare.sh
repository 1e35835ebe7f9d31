#!/usr/bin/env bash
# Compares Greenroom's frame path with the alternatives and writes a Markdown table and a plot.
#
#   bash tests/benchmarks/compare.sh OUTPUT_DIR
#
# For each size (1280x720, 1920x1080, 3840x2160) and format (nv12, yuyv) it runs
# `greenroom bench` on the three paths (greenroom, videooutput-shadereffect, cpu-convert) with
# the OpenGL backend, greenroom once more with the key the VideoOutput path can reproduce
# (chroma guide off: bilinear chroma, as VideoOutput samples it), then times FFmpeg's
# chromakey filter on the same frames as an outside CPU reference. OUTPUT_DIR receives
# results.md (the table, and the performance targets checked against it), latency-cpu.png and
# the raw JSON of every run (json/). Without a display it re-runs itself under a virtual X
# server.
#
# Environment: GREENROOM_BUILD_DIR (default: build; configured already, the script builds the
# two targets it needs), BENCH_SECONDS (default 5), BENCH_FPS (default 60), BENCH_SIZES,
# BENCH_FORMATS, BENCH_PATHS (space-separated lists overriding the defaults above),
# BENCH_GREENROOM_KEYS (further keys for the greenroom path, space-separated, each a
# comma-separated list of name=value as `greenroom bench --set` takes them; default
# chromaGuide=0, empty for none), BENCH_BACKEND (default opengl), BENCH_HEADLESS (non-empty:
# every run renders offscreen, `greenroom bench --headless`; with BENCH_BACKEND=vulkan that
# needs no display server, which is how the figures of a GPU without a display are taken),
# BENCH_ENDURANCE (non-empty: also runs greenroom at 1920x1080 NV12 for each length in
# BENCH_ENDURANCE_SECONDS, default "30 300", into endurance/, for the sustained-rate and memory
# targets; about six more minutes).
set -euo pipefail

usage() {
    sed -n '2,25p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

if [[ $# -ne 1 || $1 == -h || $1 == --help ]]; then
    usage
    exit $(($# == 1 ? 0 : 2))
fi

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build_dir=${GREENROOM_BUILD_DIR:-build}
[[ ${build_dir} == /* ]] || build_dir="${repo_root}/${build_dir}"
seconds=${BENCH_SECONDS:-5}
fps=${BENCH_FPS:-60}
backend=${BENCH_BACKEND:-opengl}
read -r -a sizes <<<"${BENCH_SIZES:-1280x720 1920x1080 3840x2160}"
read -r -a formats <<<"${BENCH_FORMATS:-nv12 yuyv}"
read -r -a paths <<<"${BENCH_PATHS:-greenroom videooutput-shadereffect cpu-convert}"
read -r -a greenroom_keys <<<"${BENCH_GREENROOM_KEYS-chromaGuide=0}"
headless=()
[[ -z ${BENCH_HEADLESS:-} ]] || headless=(--headless)
read -r -a endurance_seconds <<<"${BENCH_ENDURANCE_SECONDS:-30 300}"

# Headless Vulkan runs on Qt's vkkhrdisplay platform: no display server needed.
needs_display=1
[[ -n ${BENCH_HEADLESS:-} && ${backend} == vulkan ]] && needs_display=0
if [[ ${needs_display} == 1 && -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} && -z ${BENCH_UNDER_XVFB:-} ]]; then
    command -v xvfb-run >/dev/null || {
        echo "compare.sh: no display and no xvfb-run" >&2
        exit 1
    }
    exec env BENCH_UNDER_XVFB=1 xvfb-run -a -s "-screen 0 1920x1080x24" bash "$0" "$@"
fi

command -v ffmpeg >/dev/null || {
    echo "compare.sh: ffmpeg not found (deploy/linux/install-deps.sh installs it)" >&2
    exit 1
}
[[ -f ${build_dir}/CMakeCache.txt ]] || {
    echo "compare.sh: ${build_dir} is not a configured build directory" >&2
    exit 1
}
cmake --build "${build_dir}" --target greenroom bench_report >/dev/null
greenroom="${build_dir}/app/greenroom"
bench_report="${build_dir}/tests/benchmarks/bench_report"

out_dir=$1
mkdir -p "${out_dir}/json"
raw_dir=$(mktemp -d)
trap 'rm -rf "${raw_dir}"' EXIT

# FFmpeg's names for the formats greenroom writes.
ffmpeg_pix_fmt() {
    case $1 in
    nv12) echo nv12 ;;
    yuyv) echo yuyv422 ;;
    yuv420p) echo yuv420p ;;
    rgba) echo rgba ;;
    *) return 1 ;;
    esac
}

# Times FFmpeg's chromakey on the same frames greenroom feeds, looped to the same frame count
# as a bench run, and writes its CPU time per frame as a bench-style JSON file.
run_ffmpeg() {
    local size=$1 format=$2 json=$3
    local raw="${raw_dir}/${format}_${size}.raw" frames log utime stime rtime
    "${greenroom}" bench --dump-raw "${raw}" --size "${size}" --format "${format}" >/dev/null
    frames=$((seconds * fps))
    # Key colour and tolerances as close to Greenroom's defaults as chromakey's parameters go.
    log=$(ffmpeg -hide_banner -nostdin -benchmark -stream_loop -1 -f rawvideo \
        -pix_fmt "$(ffmpeg_pix_fmt "${format}")" -s "${size}" -framerate "${fps}" -i "${raw}" \
        -frames:v "${frames}" -vf "chromakey=color=0x00FF00:similarity=0.4:blend=0.08" \
        -f null - 2>&1)
    read -r utime stime rtime < <(sed -n 's/.*bench: utime=\([0-9.]*\)s stime=\([0-9.]*\)s rtime=\([0-9.]*\)s.*/\1 \2 \3/p' <<<"${log}" | tail -n 1) || true
    if [[ -z ${utime:-} ]]; then
        echo "compare.sh: could not read FFmpeg's timing" >&2
        return 1
    fi
    awk -v size="${size}" -v format="${format}" -v frames="${frames}" -v u="${utime}" \
        -v s="${stime}" -v r="${rtime}" 'BEGIN {
            printf "{\n  \"path\": \"ffmpeg-chromakey\",\n  \"size\": \"%s\",\n", size
            printf "  \"format\": \"%s\",\n  \"frames_presented\": %d,\n", format, frames
            printf "  \"cpu_ms_per_frame\": %.3f,\n", (u + s) * 1000 / frames
            printf "  \"wall_ms_per_frame\": %.3f,\n", r * 1000 / frames
            printf "  \"notes\": \"ffmpeg -vf chromakey on raw frames, decoding and null output included\"\n}\n"
        }' >"${json}"
    rm -f "${raw}"
}

for size in "${sizes[@]}"; do
    for format in "${formats[@]}"; do
        for path in "${paths[@]}"; do
            echo "compare.sh: ${path} ${size} ${format}"
            "${greenroom}" bench "${headless[@]}" --backend "${backend}" --size "${size}" \
                --format "${format}" --fps "${fps}" --seconds "${seconds}" --path "${path}" \
                --json "${out_dir}/json/${path}_${format}_${size}.json" >/dev/null
        done
        for key in "${greenroom_keys[@]}"; do
            echo "compare.sh: greenroom [${key}] ${size} ${format}"
            sets=()
            IFS=, read -r -a assignments <<<"${key}"
            for assignment in "${assignments[@]}"; do
                sets+=(--set "${assignment}")
            done
            "${greenroom}" bench "${headless[@]}" --backend "${backend}" --size "${size}" \
                --format "${format}" --fps "${fps}" --seconds "${seconds}" --path greenroom \
                "${sets[@]}" \
                --json "${out_dir}/json/greenroom-${key//[=,]/-}_${format}_${size}.json" >/dev/null
        done
        echo "compare.sh: ffmpeg-chromakey ${size} ${format}"
        run_ffmpeg "${size}" "${format}" "${out_dir}/json/ffmpeg-chromakey_${format}_${size}.json"
    done
done

endurance=()
if [[ -n ${BENCH_ENDURANCE:-} ]]; then
    mkdir -p "${out_dir}/endurance"
    for length in "${endurance_seconds[@]}"; do
        echo "compare.sh: greenroom 1920x1080 nv12 for ${length} s"
        "${greenroom}" bench "${headless[@]}" --backend "${backend}" --size 1920x1080 \
            --format nv12 --fps "${fps}" --seconds "${length}" --path greenroom \
            --json "${out_dir}/endurance/greenroom_nv12_1920x1080_${length}s.json" >/dev/null
    done
    endurance=("${out_dir}/endurance")
fi

"${bench_report}" "${out_dir}/json" "${out_dir}/results.md" "${out_dir}/latency-cpu.png" \
    "${endurance[@]}"
echo "compare.sh: wrote ${out_dir}/results.md and ${out_dir}/latency-cpu.png"
