#!/usr/bin/env bash
# The web app's figures (Release build): the agent contract's preview latency in chromium (median of 20
# edits) and the batch page's docs/s against `agreementkit batch` on the same HR export, DOCX and PDF.
# Usage: bench/serve.sh   (env: BENCH_SERVE_ROWS=1000)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${BENCH_SERVE_ROWS:-1000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pack=sales-crm-responsibility

. bench/cli.sh
publish_cli "$work/cli" >/dev/null
dotnet build -c Release bench/AgreementKit.ServeBench -v q -nologo >/dev/null
hr_inputs "$work"
awk -v n="$rows" 'BEGIN {
  printf "\xef\xbb\xbf合同编号,姓名,工号,开始日期,结束日期\r\n";
  split("王 李 张 刘 陈 杨 黄 赵 吴 周", f, " "); split("伟 芳 娜 敏 静 丽 强 磊 军 洋", g, " ");
  for (i = 0; i < n; i++) printf "HT-2025-%05d,%s%s%s,E%06d,2025-01-01,2025-12-31\r\n", i, f[i % 10 + 1], g[int(i / 10) % 10 + 1], g[int(i / 100) % 10 + 1], 100000 + i;
}' > "$work/reps.csv"

for format in docx pdf; do
  rm -rf "$work/out"
  line=$(dotnet "$work/cli/AgreementKit.Cli.dll" batch $pack --data "$work/reps.csv" --map "$work/map.json" --defaults "$work/defaults.json" \
    --out "$work/out" --format $format 2>/dev/null | head -1)
  echo "agreementkit batch, $format, $rows rows: $line"
done
dotnet run -c Release --no-build --project bench/AgreementKit.ServeBench -- "$work"
