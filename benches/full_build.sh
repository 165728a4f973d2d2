#!/usr/bin/env bash
# Full build, govdoc against Hugo, side by side (issue 13). See BENCHMARKS.md, "Full build
# against Hugo", for the figures and how to read them.
#
#   bash benches/full_build.sh                 # sizes 1000 10000 20000, three runs each
#   bash benches/full_build.sh 1000 5000       # chosen sizes
#   RUNS=5 bash benches/full_build.sh 1000     # more runs
#
# A size N is the Hugo anchor site's entities per language (N entity pages, its lists and
# taxonomy pages, in nb, es and en: 3N + 19 HTML pages). govdoc renders a page per role and per
# forum but lists risks on one register page, so its synthetic site gets N * GOVDOC_SCALE
# entities per language (default 1.5), which gives about the same number of HTML pages; the
# script prints both counts, so the comparison can be checked.
#
# Both sites are generated once per size (govdoc: `cargo run --release --example gen-site`;
# Hugo: the anchor generator, $ANCHOR_GEN, default ../shared/bench/gen_anchor_site.py from
# the repository), under $BENCH_DIR (default /dev/shm/govdoc-full-build, tmpfs, so the disk does
# not set the pace). Each run builds govdoc, then Hugo, alternating, RUNS times per size, each
# into an output folder removed before the run, under `/usr/bin/time -v`. Printed: a Markdown
# table with the median wall time and peak RSS (maximum resident set size) of each engine,
# HTML pages and bytes, milliseconds per page, and the ratios govdoc/Hugo.
#
# Hugo is skipped, with a message, when `hugo` or the generator is missing (Debian:
# `apt-get install -y hugo`, version 0.111). Needs bash, python3 (for Hugo's site), GNU time.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 20000)
runs=${RUNS:-3}
scale=${GOVDOC_SCALE:-1.5}
work=${BENCH_DIR:-/dev/shm/govdoc-full-build}
anchor=${ANCHOR_GEN:-$repo/../shared/bench/gen_anchor_site.py}
target=${CARGO_TARGET_DIR:-$repo/target}

for n in "${sizes[@]}" "$runs"; do
  [[ $n =~ ^[0-9]+$ && $n -ge 2 ]] || { echo "error: sizes and RUNS must be whole numbers ≥ 2, got '$n'" >&2; exit 2; }
done
[ -x /usr/bin/time ] || { echo "error: /usr/bin/time (GNU time) is needed: apt-get install -y time" >&2; exit 2; }

hugo_ok=1
if ! command -v hugo >/dev/null; then
  echo "note: hugo not found, measuring govdoc only (install it with: apt-get install -y hugo)" >&2
  hugo_ok=0
elif [ ! -f "$anchor" ]; then
  echo "note: the anchor generator $anchor is missing (set ANCHOR_GEN), measuring govdoc only" >&2
  hugo_ok=0
elif ! command -v python3 >/dev/null; then
  echo "note: python3 not found, it runs the anchor generator; measuring govdoc only" >&2
  hugo_ok=0
fi

echo "building govdoc (release)…" >&2
(cd "$repo" && cargo build --release --quiet --bin govdoc --example gen-site)
govdoc=$target/release/govdoc
gen_site=$target/release/examples/gen-site
mkdir -p "$work"

# Seconds from GNU time's "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.34".
wall_seconds() {
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0;
    for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$1"
}
peak_kib() { awk -F': ' '/Maximum resident set size/ { print $2 }' "$1"; }
# User plus system CPU seconds: steadier than wall time when other work shares the cores.
cpu_seconds() { awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$1"; }
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# One timed build; appends "seconds kib cpu-seconds" to the engine's result file.
timed() {
  local results=$1 out=$2; shift 2
  rm -rf "$out"
  local start end
  start=$(date +%s%N)
  if ! /usr/bin/time -v -o "$work/time.txt" "$@" >"$work/log.txt" 2>&1; then
    echo "error: build failed: $*" >&2
    cat "$work/log.txt" >&2
    exit 1
  fi
  end=$(date +%s%N)
  # Wall time from the clock, to the millisecond: GNU time rounds it to 10 ms, 6 % of a
  # 1,000-entity build. Its own figure is the fallback where `date` has no %N.
  local wall
  if [[ $start =~ ^[0-9]+$ && $end =~ ^[0-9]+$ ]]; then
    wall=$(awk -v a="$start" -v b="$end" -v o="$overhead" 'BEGIN { printf "%.3f", (b - a) / 1e9 - o }')
  else
    wall=$(wall_seconds "$work/time.txt")
  fi
  echo "$wall $(peak_kib "$work/time.txt") $(cpu_seconds "$work/time.txt")" >>"$results"
}

html_pages() { find "$1" -name '*.html' -type f | wc -l; }
html_bytes() { find "$1" -name '*.html' -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }'; }

# What starting GNU time itself costs (about 3 ms), taken off each run's clock time.
overhead=0
calibrate=()
for _ in 1 2 3 4 5; do
  start=$(date +%s%N); /usr/bin/time -v -o "$work/time.txt" true; end=$(date +%s%N)
  [[ $start =~ ^[0-9]+$ && $end =~ ^[0-9]+$ ]] && calibrate+=("$(( end - start ))")
done
if [ ${#calibrate[@]} -gt 0 ]; then
  overhead=$(printf '%s\n' "${calibrate[@]}" | median | awk '{ printf "%.4f", $1 / 1e9 }')
fi
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start; $(date -u +%FT%TZ)" >&2
rows=()
for n in "${sizes[@]}"; do
  g=$(awk -v n="$n" -v s="$scale" 'BEGIN { printf "%d", n * s + 0.5 }')
  gsrc=$work/govdoc-$g
  if [ ! -f "$gsrc/govdoc.yml" ]; then
    rm -rf "$gsrc"
    "$gen_site" "$g" "$gsrc" 2>/dev/null
  fi
  if [ $hugo_ok = 1 ] && [ ! -f "$work/hugo-$n/config.toml" ]; then
    python3 "$anchor" --engine hugo --entities "$n" --out "$work/hugo-$n" --force >/dev/null
  fi
  : >"$work/govdoc.runs"
  : >"$work/hugo.runs"
  for r in $(seq "$runs"); do
    echo "size $n: run $r of $runs" >&2
    timed "$work/govdoc.runs" "$work/govdoc-out" "$govdoc" build -s "$gsrc" -o "$work/govdoc-out"
    if [ $hugo_ok = 1 ]; then
      timed "$work/hugo.runs" "$work/hugo-out" hugo --quiet -s "$work/hugo-$n" -d "$work/hugo-out"
    fi
  done
  gp=$(html_pages "$work/govdoc-out"); gb=$(html_bytes "$work/govdoc-out")
  gt=$(cut -d' ' -f1 "$work/govdoc.runs" | median); gm=$(cut -d' ' -f2 "$work/govdoc.runs" | median)
  gc=$(cut -d' ' -f3 "$work/govdoc.runs" | median)
  row="| $n | govdoc ($g entities) | $gp | $gb | $gt | $gm | $gc"
  if [ $hugo_ok = 1 ]; then
    hp=$(html_pages "$work/hugo-out"); hb=$(html_bytes "$work/hugo-out")
    ht=$(cut -d' ' -f1 "$work/hugo.runs" | median); hm=$(cut -d' ' -f2 "$work/hugo.runs" | median)
    hc=$(cut -d' ' -f3 "$work/hugo.runs" | median)
    rows+=("$row | $hp | $hb | $ht | $hm | $hc")
  else
    rows+=("$row | - | - | - | - | -")
  fi
  echo "  govdoc runs (s KiB cpu-s): $(tr '\n' ';' <"$work/govdoc.runs")  hugo runs: $(tr '\n' ';' <"$work/hugo.runs")" >&2
  rm -rf "$work/govdoc-out" "$work/hugo-out"
done
echo "machine: load average $(cut -d' ' -f1-3 /proc/loadavg) at end; $overhead s of GNU time taken off each run" >&2

# The table: medians of $runs runs; time in seconds, RSS in MiB, bytes in MB.
echo
echo "Medians of $runs runs, alternating, output on $(df --output=fstype "$work" | tail -1); $(nproc) cores; $(hugo version 2>/dev/null | cut -d' ' -f2 || true)"
echo
echo "| size | govdoc site | govdoc pages | Hugo pages | govdoc HTML MB | Hugo HTML MB | govdoc s | Hugo s | time govdoc/Hugo | govdoc ms/page | Hugo ms/page | govdoc peak RSS MiB | Hugo peak RSS MiB | RSS govdoc/Hugo | govdoc CPU s | Hugo CPU s | CPU govdoc/Hugo |"
echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for row in "${rows[@]}"; do
  echo "$row" | awk -F' [|] ' '{
    gsub(/^[|] /, "", $1)
    n = $1; site = $2; gp = $3; gb = $4; gt = $5; gm = $6; gc = $7; hp = $8; hb = $9; ht = $10
    hm = $11; hc = $12
    if (hp == "-") {
      printf "| %s | %s | %d | - | %.1f | - | %.3f | - | - | %.4f | - | %.0f | - | - | %.2f | - | - |\n",
        n, site, gp, gb / 1e6, gt, gt * 1000 / gp, gm / 1024, gc
    } else {
      printf "| %s | %s | %d | %d | %.1f | %.1f | %.3f | %.3f | %.2f | %.4f | %.4f | %.0f | %.0f | %.2f | %.2f | %.2f | %.2f |\n",
        n, site, gp, hp, gb / 1e6, hb / 1e6, gt, ht, gt / ht, gt * 1000 / gp, ht * 1000 / hp,
        gm / 1024, hm / 1024, gm / hm, gc, hc, gc / hc
    }
  }'
done

# The growth curve (issue 13's "cost linear in size"): each size's milliseconds per page
# against the smallest size's.
echo
for row in "${rows[@]}"; do echo "$row"; done | awk -F' [|] ' '{
  gsub(/^[|] /, "", $1)
  g = $5 * 1000 / $3; h = ($8 == "-") ? 0 : $10 * 1000 / $8
  if (NR == 1) { g0 = g; h0 = h }
  line = line sprintf("%s%s: govdoc %.4f ms/page (%+.0f %%)", (NR > 1 ? "; " : ""), $1, g, 100 * (g / g0 - 1))
  if (h0 > 0) line = line sprintf(", Hugo %.4f (%+.0f %%)", h, 100 * (h / h0 - 1))
} END { print "Per-page cost against the smallest size: " line }'
