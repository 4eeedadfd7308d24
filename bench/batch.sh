#!/usr/bin/env bash
# Batch throughput and memory of `agreementkit batch` (Release build), run by bench/run or on its own:
#   - a generated 10,000-row HR export (CSV, Chinese headers, BOM, CRLF) with a --map and --defaults;
#   - docs/s and peak RSS for DOCX and PDF at --jobs 1 and at all cores;
#   - peak RSS after 1,000 vs 10,000 rows (DOCX, all cores): memory must stay flat.
# Each run takes the first N rows of the file. Defaults keep the script near ten minutes on two cores;
# set BENCH_SERIAL_ROWS / BENCH_PDF_ROWS to 10000 to time every case on the full file.
# Usage: bench/batch.sh   (env: BENCH_ROWS=10000 BENCH_SERIAL_ROWS=1000 BENCH_PDF_ROWS=500 BENCH_DIR=/tmp/...)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${BENCH_ROWS:-10000}
serial=${BENCH_SERIAL_ROWS:-1000}
pdf=${BENCH_PDF_ROWS:-500}
work=${BENCH_DIR:-$(mktemp -d)}
trap '[ -n "${BENCH_DIR:-}" ] || rm -rf "$work"' EXIT
cores=$(nproc)
pack=sales-crm-responsibility

dotnet publish src/AgreementKit.Cli -c Release -o "$work/cli" -v q -nologo >/dev/null
ak() { dotnet "$work/cli/AgreementKit.Cli.dll" "$@"; }
ak example $pack > "$work/defaults.json"
printf '%s' '{"合同编号":"contract.number","姓名":"salesperson.name","工号":"salesperson.employeeId","开始日期":"term.start","结束日期":"term.end"}' > "$work/map.json"
# The export: BOM, CRLF, a quoted name with a comma every 97th row.
awk -v n="$rows" 'BEGIN {
  printf "\xef\xbb\xbf合同编号,姓名,工号,开始日期,结束日期\r\n";
  split("王 李 张 刘 陈 杨 黄 赵 吴 周", f, " "); split("伟 芳 娜 敏 静 丽 强 磊 军 洋", g, " ");
  for (i = 0; i < n; i++) {
    name = f[i % 10 + 1] g[int(i / 10) % 10 + 1] g[int(i / 100) % 10 + 1];
    if (i % 97 == 0) name = "\"" name ",二\"";
    printf "HT-2025-%05d,%s,E%06d,2025-01-01,2025-12-31\r\n", i, name, 100000 + i;
  }
}' > "$work/reps.csv"

# run LABEL ROWS FORMAT JOBS: prints one line with docs/s (from the batch's own summary) and peak RSS.
run() {
  local label=$1 count=$2 format=$3 jobs=$4 out="$work/out-$1"
  head -n $((count + 1)) "$work/reps.csv" > "$work/rows.csv"
  rm -rf "$out"
  local summary
  summary=$(/usr/bin/time -f 'peak-rss-kb %M' -o "$work/time.txt" \
    dotnet "$work/cli/AgreementKit.Cli.dll" batch $pack --data "$work/rows.csv" --map "$work/map.json" \
      --defaults "$work/defaults.json" --out "$out" --format "$format" --jobs "$jobs" 2>/dev/null | head -1)
  local rate rss
  rate=$(sed -n 's/.*(\([0-9.]*\) docs\/s).*/\1/p' <<<"$summary")
  rss=$(awk '/peak-rss-kb/ {printf "%.0f", $2 / 1024}' "$work/time.txt")
  printf '%-22s %6d rows  %-5s jobs %-2s  %7s docs/s  peak RSS %5s MiB\n' "$label" "$count" "$format" "$jobs" "${rate:-?}" "$rss"
  last_rss=$rss
  rm -rf "$out"
}

echo "batch ($cores cores, $(dotnet --version), rows from a generated $rows-row CSV)"
run docx-serial "$serial" docx 1
run docx-all-cores "$rows" docx "$cores"
rss_full=$last_rss
run pdf-serial "$pdf" pdf 1
run pdf-all-cores "$pdf" pdf "$cores"
run docx-1000-rows 1000 docx "$cores"
echo "memory: peak RSS $last_rss MiB after 1000 rows, $rss_full MiB after $rows rows (DOCX, $cores jobs); it must not grow with the rows"
