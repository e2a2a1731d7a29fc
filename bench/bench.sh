#!/usr/bin/env bash
# The benchmark behind `make bench`: times the release build of classplan and writes
# bench/results.md. Each time is the median of RUNS runs, each run a fresh process, and peak
# memory (maximum resident set size) comes from MEMORY_RUNS more runs under GNU time.
#   (a) one 45-minute class (Plans/mat-class-45.yaml), class card, teacher and student PDF
#   (b) a term of 240 generated plans, card, teacher and student PDFs, in one call
#   (c) one plan of 1,000 items
# and the cost per item, fitted over plans of 10, 100 and 1,000 items; and the teacher sheet of
# bench/typst/sheet.yaml against the same document in Typst (bench/typst/sheet.typ).
set -euo pipefail
cd "$(dirname "$0")/.."
# Decimal points, not commas, in the shell's clock and awk's numbers.
export LC_ALL=C
RUNS=${RUNS:-7}
MEMORY_RUNS=${MEMORY_RUNS:-3}
BIN=${BIN:-$(swift build -c release --static-swift-stdlib --show-bin-path)/classplan}
WORK=${WORK:-.build/bench}
RESULTS=${RESULTS:-bench/results.md}
export CLASSPLAN_ASSETS=${CLASSPLAN_ASSETS:-$PWD/Assets}
TIME=/usr/bin/time
TYPST_PYTHON=${TYPST_PYTHON:-.build/typst-venv/bin/python}
[ -x "$TIME" ] || { echo "bench needs GNU time (Debian package 'time')" >&2; exit 3; }
[ -x "$TYPST_PYTHON" ] || { echo "bench needs Typst: run 'make bench-deps' (it installs PyPI's typst in .build/typst-venv)" >&2; exit 3; }
[ -x "$BIN" ] || { echo "no release build at $BIN: run 'make release' first" >&2; exit 3; }

rm -rf "$WORK"
mkdir -p "$WORK/term" "$WORK/sizes" "$WORK/out" "$WORK/cache"
# A cache folder of the bench's own, filled once before any case is timed, as a teacher's is
# after the first run: it keeps the built-in library as parsed (see the README).
export XDG_CACHE_HOME=$PWD/$WORK/cache
"$BIN" check Plans/mat-class-45.yaml >/dev/null

# Sequence items that any plan may use, from the built-in library: blocks with their own
# doses, and exercises of each kind of dose.
ITEMS=(
  "  - block: warm-up"
  "  - block: bridges"
  "  - block: hip-rotation-series\n    per_side: 1min"
  "  - block: side-lying-legs\n    sides: left-first"
  "  - block: quadruped"
  "  - block: standing\n    pick: [single-leg-balance, standing-hip-opener]"
  "  - block: stretches\n    per_side: 45s"
  "  - exercise: glute-bridge\n    reps: 10"
  "  - exercise: figure-four-stretch\n    per_side: 45s"
  "  - exercise: prone-heel-squeeze\n    reps: 8"
  "  - exercise: cat-cow"
  "  - exercise: squat\n    reps: 12"
  "  - name: Breathing into the back ribs\n    position: supine\n    time: 2min\n    cues: [Let the back ribs widen on the in-breath., Let the out-breath go long.]"
  "  - block: cool-down"
)

# plan FILE TITLE DAY COUNT SEED: a plan of COUNT items drawn in turn from ITEMS.
plan() {
  local file=$1 title=$2 day=$3 count=$4 seed=$5
  {
    printf 'title: %s\ndate: 2027-%02d-%02d\nteacher: Alex Rivera\nstudio: Riverside Movement\n' \
      "$title" $(( (day / 28) % 12 + 1 )) $(( day % 28 + 1 ))
    printf 'level: mixed\nfocus: the six deep hip rotators\nnotes: Bring straps and blocks.\nsequence:\n'
    for ((i = 0; i < count; i++)); do printf '%b\n' "${ITEMS[$(( (i * 7 + seed) % ${#ITEMS[@]} ))]}"; done
    printf 'share:\n  link: https://example.org/term/%d\n  message: Practise at home every day.\n' "$day"
  } > "$file"
}

# A term: 240 classes of 8 to 14 items, like a studio's week after week.
TERM=()
for ((n = 1; n <= 240; n++)); do
  plan "$WORK/term/class-$n.yaml" "Class $n of the term" "$n" $(( 8 + n % 7 )) "$n"
  TERM+=("$WORK/term/class-$n.yaml")
done
for size in 10 100 1000; do plan "$WORK/sizes/items-$size.yaml" "A plan of $size items" 1 "$size" 0; done

# seconds_between T0 T1: the time from one reading of the shell's clock ($EPOCHREALTIME,
# to the microsecond) to another. GNU time's own %e counts only hundredths of a second,
# too coarse for a run of 20 ms; its memory and CPU figures are still used.
seconds_between() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.6f", b - a }'; }

# measure NAME ARGS...: RUNS runs of classplan ARGS, each timed alone by the shell's clock,
# and the first MEMORY_RUNS of them once more under GNU time for peak memory and CPU; prints
# "median_seconds peak_kib median_cpu_seconds" (CPU = user + system, over all threads, in
# hundredths). Timing the runs under GNU time would add its own start (a millisecond or two
# here) to every time.
measure() {
  local name=$1; shift
  local times=() peaks=() cpus=()
  "$BIN" "$@" > /dev/null 2>&1 || { echo "classplan $* failed:" >&2; "$BIN" "$@" >&2 || true; exit 1; }
  for ((r = 0; r < RUNS; r++)); do
    local t0=$EPOCHREALTIME
    "$BIN" "$@" > /dev/null 2>&1
    local t1=$EPOCHREALTIME
    times+=("$(seconds_between "$t0" "$t1")")
    if ((r < MEMORY_RUNS)); then
      "$TIME" -f '%M %U %S' -o "$WORK/time.txt" "$BIN" "$@" > /dev/null 2>&1
      read -r m u s < "$WORK/time.txt"
      peaks+=("$m"); cpus+=("$(awk -v u="$u" -v s="$s" 'BEGIN { print u + s }')")
    fi
  done
  local median peak cpu
  median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  cpu=$(printf '%s\n' "${cpus[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  peak=$(printf '%s\n' "${peaks[@]}" | sort -g | tail -1)
  echo "$median $peak $cpu"
  echo "$name: median ${median}s (CPU ${cpu}s) over $RUNS runs, peak ${peak} KiB" >&2
}

# watch_latency PLAN: RUNS saves of a copy of PLAN under `classplan watch`; prints "median
# seconds from the save to the new files written, median CPU seconds of the watch process per
# save". The end of a run is the newest modification time among the files it wrote; CPU is
# read from /proc (clock ticks of 10 ms).
watch_latency() {
  local folder="$WORK/watch" copy lats=() cpus=() pid before t0 t1 c0 c1
  mkdir -p "$folder/out"
  copy="$folder/$(basename "$1")"
  cp "$1" "$copy"
  "$BIN" watch "$copy" -o "$folder/out" > "$folder/log" 2>&1 &
  pid=$!
  runs() { grep -c '^watching' "$folder/log" || true; }
  until [ "$(runs)" -ge 1 ]; do sleep 0.05; done
  for ((r = 0; r < RUNS; r++)); do
    sleep 1.2  # past the library cache's one second of doubt about a just-written file
    before=$(runs)
    c0=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    t0=$(date +%s.%N)
    printf '# saved again (%d)\n' "$r" >> "$copy"
    until [ "$(runs)" -gt "$before" ]; do sleep 0.01; done
    t1=$(stat -c %.9Y "$folder/out"/*.pdf | sort -g | tail -1)
    c1=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    lats+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')")
    cpus+=("$(awk -v a="$c0" -v b="$c1" -v hz="$(getconf CLK_TCK)" 'BEGIN { print (b - a) / hz }')")
  done
  kill -INT "$pid"; wait "$pid" 2>/dev/null || true
  local median cpu
  median=$(printf '%s\n' "${lats[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  cpu=$(printf '%s\n' "${cpus[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$median $cpu"
  echo "(d) save to files written under watch: median ${median}s (CPU ${cpu}s) over $RUNS saves" >&2
}

# typst_side_by_side: RUNS rounds, each rendering the teacher sheet of bench/typst/sheet.yaml
# with classplan (a fresh process, timed whole) and compiling bench/typst/sheet.typ with
# Typst (timed from the compile call to the PDF written, without Python's start-up); prints
# "classplan_median typst_median ratio".
typst_side_by_side() {
  local folder="$WORK/typst" ours=() theirs=() figures
  mkdir -p "$folder/figures" "$folder/out"
  figures=$(cd "$folder/figures" && pwd)
  for id in bird-dog fire-hydrant thread-the-needle low-lunge kneeling-hip-flexor-stretch \
            single-leg-balance standing-hip-opener; do
    "$BIN" figure "$id" -o "$folder/figures/$id.svg" > /dev/null
  done
  "$TYPST_PYTHON" bench/typst/compile.py bench/typst/sheet.typ "$figures" "$folder/typst.pdf" > /dev/null
  for ((r = 0; r < RUNS; r++)); do
    local t0=$EPOCHREALTIME
    "$BIN" render bench/typst/sheet.yaml --for teacher -o "$folder/out" > /dev/null 2>&1
    local t1=$EPOCHREALTIME
    ours+=("$(seconds_between "$t0" "$t1")")
    theirs+=("$("$TYPST_PYTHON" bench/typst/compile.py bench/typst/sheet.typ "$figures" "$folder/typst.pdf")")
  done
  local a b
  a=$(printf '%s\n' "${ours[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  b=$(printf '%s\n' "${theirs[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  echo "$a $b $(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", a / b }')"
  echo "teacher sheet: classplan ${a}s, Typst ${b}s over $RUNS rounds" >&2
}

MS() { awk -v s="$1" 'BEGIN { printf "%.0f", s * 1000 }'; }
MB() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }

read -r a_time a_mem a_cpu < <(measure "(a) one 45-minute class" render Plans/mat-class-45.yaml -o "$WORK/out")
read -r start_time start_mem _ < <(measure "process start" --version)
read -r check_time check_mem check_cpu < <(measure "check the 45-minute class" check Plans/mat-class-45.yaml)
read -r d_time d_cpu < <(watch_latency Plans/mat-class-45.yaml)
read -r teacher_time _ teacher_cpu < <(measure "teacher sheet only" render Plans/mat-class-45.yaml --for teacher -o "$WORK/out")
read -r ty_ours ty_theirs ty_ratio < <(typst_side_by_side)
read -r b_time b_mem b_cpu < <(measure "(b) 240 plans" render "${TERM[@]}" -o "$WORK/out")
read -r s10_time s10_mem _ < <(measure "10 items" render "$WORK/sizes/items-10.yaml" -o "$WORK/out")
read -r s100_time s100_mem _ < <(measure "100 items" render "$WORK/sizes/items-100.yaml" -o "$WORK/out")
read -r c_time c_mem c_cpu < <(measure "(c) 1,000 items" render "$WORK/sizes/items-1000.yaml" -o "$WORK/out")
pages_1000=$(pdfinfo "$WORK/out/items-1000-teacher.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
pages_1000s=$(pdfinfo "$WORK/out/items-1000-student.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')

# Least squares t = fixed + per_item * n over the three sizes, and how far each point is
# from the line: linear growth leaves small residuals.
fit=$(printf '10 %s\n100 %s\n1000 %s\n' "$s10_time" "$s100_time" "$c_time" | awk '
  { n[NR]=$1; t[NR]=$2; sx+=$1; sy+=$2; sxx+=$1*$1; sxy+=$1*$2 }
  END {
    k=NR; b=(k*sxy-sx*sy)/(k*sxx-sx*sx); a=(sy-b*sx)/k
    worst=0
    for (i=1;i<=k;i++) { r=t[i]-(a+b*n[i]); if (r<0) r=-r; if (r>worst) worst=r }
    printf "%.3f %.2f %.0f", b*1000, a*1000, worst*1000
  }')
read -r per_item fixed worst <<< "$fit"

goal() { awk -v v="$1" -v g="$2" 'BEGIN { print (v <= g ? "met" : "**missed**") }'; }
cpu=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
mhz=$(awk -F': ' '/^cpu MHz/ {printf "%.0f", $2; exit}' /proc/cpuinfo)
cores=$(nproc)
mem=$(awk '/^MemTotal/ {printf "%.1f", $2 / 1024 / 1024}' /proc/meminfo)
swiftv=$(swift --version 2>/dev/null | head -1 | sed 's/ (.*//')
load=$(cut -d' ' -f1-3 /proc/loadavg)

cat > "$RESULTS" <<MD
# Benchmark results

Made by \`make bench\` (bench/bench.sh) with the release build as \`make install\` builds it
(the Swift runtime linked in), its cache of the built-in library filled by one run first.
Every time is the median of $RUNS runs, each a fresh \`classplan\` process timed alone;
memory is the largest peak resident set of $MEMORY_RUNS more runs under GNU time (its maximum
RSS), and CPU their median.

## Machine
- CPU: $cpu, ${mhz} MHz, $cores cores available (\`nproc\`)
- Memory: $mem GiB
- System: $(uname -s) $(uname -r), $(. /etc/os-release && echo "$PRETTY_NAME")
- Toolchain: $swiftv
- Load average when the run started: $load (the machine is shared; other work competes for the cores)

## Against the goals
| case | goal | median | CPU (all threads) | peak memory | |
|---|---|---|---|---|---|
| (a) one 45-minute class, card + teacher + student PDF, fresh process | ≤ 150 ms | $(MS "$a_time") ms | $(MS "$a_cpu") ms | $(MB "$a_mem") MB | $(goal "$a_time" 0.150) |
| (b) a term of 240 plans, card + teacher + student PDFs, one call | ≤ 20 s | $(MS "$b_time") ms | $(MS "$b_cpu") ms | $(MB "$b_mem") MB | $(goal "$b_time" 20) |
| (c) one plan of 1,000 items, card + teacher + student PDF | ≤ 5 s | $(MS "$c_time") ms | $(MS "$c_cpu") ms | $(MB "$c_mem") MB | $(goal "$c_time" 5) |
| (d) the 45-minute class saved under \`classplan watch\`: from the save to the new card, teacher and student PDFs written | ≤ 150 ms | $(MS "$d_time") ms | $(MS "$d_cpu") ms | | $(goal "$d_time" 0.150) |
| \`classplan check Plans/mat-class-45.yaml\`, fresh process | ≤ 20 ms | $(MS "$check_time") ms | $(MS "$check_cpu") ms | $(MB "$check_mem") MB | $(goal "$check_time" 0.020) |
| the teacher sheet of bench/typst/sheet.yaml against Typst on the same document | ≤ 0.8 of Typst | $ty_ratio of Typst ($(MS "$ty_ours") ms against $(MS "$ty_theirs") ms) | | | $(goal "$ty_ratio" 0.8) |
| peak memory, any case | ≤ 200 MB | | | $(MB "$(printf '%s\n' "$a_mem" "$b_mem" "$c_mem" | sort -g | tail -1)") MB | $(goal "$(printf '%s\n' "$a_mem" "$b_mem" "$c_mem" | sort -g | tail -1)" 204800) |

CPU above wall time means the work ran on both cores; wall time well above CPU means the
process waited for a core that other work held.

## Cost per item
| items | median | peak memory |
|---|---|---|
| 10 | $(MS "$s10_time") ms | $(MB "$s10_mem") MB |
| 100 | $(MS "$s100_time") ms | $(MB "$s100_mem") MB |
| 1,000 | $(MS "$c_time") ms | $(MB "$c_mem") MB |

Fitted by least squares: time = $fixed ms + $per_item ms × items; the farthest point lies
$worst ms from the line. The 1,000-item plan makes a teacher sheet of $pages_1000 pages and a
student handout of $pages_1000s pages.

## Where the time of (a) goes
| step | median |
|---|---|
| process start (\`classplan --version\`) | $(MS "$start_time") ms |
| start, read and check the plan and the built-in library (\`classplan check\`) | $(MS "$check_time") ms |
| the same, and draw and write the teacher sheet only | $(MS "$teacher_time") ms (CPU $(MS "$teacher_cpu") ms) |
| the same, and the card, teacher sheet and student handout, drawn side by side | $(MS "$a_time") ms (CPU $(MS "$a_cpu") ms) |

## Against Typst
bench/typst/sheet.typ is the teacher sheet of bench/typst/sheet.yaml written in Typst
($(${TYPST_PYTHON} -c 'import importlib.metadata as m; print("typst " + m.version("typst"))' 2>/dev/null), PyPI's build of the compiler): the same header, the same
timeline table of 16 rows (14 of work and 2 moves), the same 7 diagrams as SVG files drawn by
\`classplan figure\`, and the same text. Each round renders classplan's sheet in a fresh
process, timed whole, then compiles Typst's, timed from the compile call to the PDF written
(Python's own start-up is left out, which favours Typst). Medians of $RUNS rounds: classplan
$(MS "$ty_ours") ms, Typst $(MS "$ty_theirs") ms.

The machine may be shared, so wall times swing; the CPU column, the time the process itself used, is the steadier figure.

See bench/README.md for what the profiles showed and what was changed.
MD
echo "wrote $RESULTS" >&2
