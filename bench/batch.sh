#!/usr/bin/env bash
# Batch throughput and memory of `agreementkit batch` (Release build), run by bench/run or on its own:
#   - a generated 10,000-row HR export (CSV, Chinese headers, BOM, CRLF) with a --map and --defaults;
#   - docs/s and peak RSS for DOCX and PDF at --jobs 1 and at all cores;
#   - the whole 10,000 rows in both formats (`--format docx,pdf`, all cores): wall time of the process
#     including start-up, agreements/s, and peak RSS after 1,000 vs 10,000 rows (memory must stay flat).
# Each run takes the first N rows of the file. "docs/s" is the batch's own figure (documents over its run
# time); "whole" is rows over the process's wall time, start-up and JIT included; "per CPU-s" is rows over
# the process's user + system CPU time, which other people's work on a shared machine disturbs less.
# Usage: bench/batch.sh [--quick]   (--quick skips the 10,000-row run; env: BENCH_ROWS=10000
#   BENCH_SERIAL_ROWS=1000 BENCH_PDF_ROWS=500 BENCH_DIR=/tmp/...)
set -euo pipefail
cd "$(dirname "$0")/.."
quick=0
[ "${1:-}" = --quick ] && quick=1
rows=${BENCH_ROWS:-10000}
serial=${BENCH_SERIAL_ROWS:-1000}
pdf=${BENCH_PDF_ROWS:-500}
work=${BENCH_DIR:-$(mktemp -d)}
trap '[ -n "${BENCH_DIR:-}" ] || rm -rf "$work"' EXIT
cores=$(nproc)
pack=sales-crm-responsibility

. bench/cli.sh
cli_rid=$(publish_cli "$work/cli")
hr_inputs "$work"
bench/hr-export.sh "$rows" > "$work/reps.csv"

# run LABEL ROWS FORMAT JOBS: prints one line with docs/s (from the batch's own summary), rows over the
# process's wall time, the wall time and peak RSS.
run() {
  local label=$1 count=$2 format=$3 jobs=$4 out="$work/out-$1"
  head -n $((count + 1)) "$work/reps.csv" > "$work/rows.csv"
  rm -rf "$out"
  local summary
  summary=$(/usr/bin/time -f 'wall %e peak-rss-kb %M cpu %U %S' -o "$work/time.txt" \
    dotnet "$work/cli/AgreementKit.Cli.dll" batch $pack --data "$work/rows.csv" --map "$work/map.json" \
      --defaults "$work/defaults.json" --out "$out" --format "$format" --jobs "$jobs" 2>/dev/null | head -1)
  local rate rss wall
  rate=$(sed -n 's/.*(\([0-9.]*\) docs\/s).*/\1/p' <<<"$summary")
  rss=$(awk '/peak-rss-kb/ {printf "%.0f", $4 / 1024}' "$work/time.txt")
  wall=$(awk '/wall/ {print $2}' "$work/time.txt")
  cpu=$(awk '/wall/ {print $6 + $7}' "$work/time.txt")
  printf '%-22s %6d rows  %-8s jobs %-2s  %7s docs/s  whole %6.1f rows/s  %6.1f rows per CPU-s  %7.1f s  peak RSS %5s MiB\n' \
    "$label" "$count" "$format" "$jobs" "${rate:-?}" "$(awk -v n="$count" -v w="$wall" 'BEGIN {print n / w}')" \
    "$(awk -v n="$count" -v c="$cpu" 'BEGIN {print n / c}')" "$wall" "$rss"
  last_rss=$rss last_rate=${rate:-0} last_wall=$wall
  rm -rf "$out"
}

echo "batch ($cores cores, $(dotnet --version), tool build $cli_rid, rows from a generated $rows-row CSV, load average $(cut -d' ' -f1-3 /proc/loadavg))"
run docx-serial "$serial" docx 1
run docx-all-cores "$serial" docx "$cores"
run pdf-serial "$pdf" pdf 1
pdf_serial=$last_rate
run pdf-all-cores "$pdf" pdf "$cores"
echo "pdf batch on $cores cores: $(awk -v a="$last_rate" -v b="$pdf_serial" 'BEGIN {printf "%.2f", a / b}')x its --jobs 1 rate"
if [ "$quick" = 1 ]; then
  echo "(--quick: the $rows-row run in both formats is skipped)"
  exit 0
fi
run both-1000-rows 1000 docx,pdf "$cores"
rss_small=$last_rss
run both-all-rows "$rows" docx,pdf "$cores"
echo "$rows rows in docx and pdf on $cores cores: $last_wall s for the whole process, start-up included ($(awk -v n="$rows" -v w="$last_wall" 'BEGIN {printf "%.1f", n / w}') agreements/s in both formats)"
echo "memory: peak RSS $rss_small MiB after 1000 rows, $last_rss MiB after $rows rows (docx+pdf, $cores jobs): $(awk -v a="$last_rss" -v b="$rss_small" 'BEGIN {printf "%.2f", a / b}')x; it must not grow with the rows"
