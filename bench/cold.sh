#!/usr/bin/env bash
# Cold start of the installed tool: packs AgreementKit.Cli for this machine's runtime identifier (plus the
# portable `any` package), installs it from that local feed into a fresh tool path as a user would, and
# times `agreementkit render --example --format docx` as whole processes (median of 10 after 2 warm-ups, so
# the files are in the page cache but every run starts a new runtime). The portable package's figure is
# printed beside it: what platforms without a ReadyToRun package get.
# Usage: bench/cold.sh   (env: BENCH_COLD_RUNS=10)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${BENCH_COLD_RUNS:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')
version=0.0.0-cold.$(date +%s)
dotnet pack src/AgreementKit.Cli -c Release -o "$work/feed" -p:Version="$version" \
  -p:ToolRuntimes="$rid" -v q -nologo >/dev/null
dotnet tool install AgreementKit.Cli --version "$version" --tool-path "$work/tool" --add-source "$work/feed" >/dev/null
installed=$(find "$work/tool/.store" -name AgreementKit.Cli.dll -path '*/tools/*' | head -1)
dotnet publish src/AgreementKit.Cli -c Release -o "$work/portable" -v q -nologo >/dev/null

# median_ms COMMAND...: the median wall time of the command over the runs, in milliseconds.
median_ms() {
  local i start end
  for i in 1 2; do "$@" >/dev/null 2>&1; done
  for i in $(seq "$runs"); do
    start=$(date +%s%N); "$@" >/dev/null 2>&1; end=$(date +%s%N)
    echo $(((end - start) / 1000000))
  done | sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'
}

echo "cold start ($(nproc) cores, $(dotnet --version), load average $(cut -d' ' -f1-3 /proc/loadavg)), render --example --format docx, median of $runs"
printf '%-44s %6s ms\n' "installed tool ($(basename "$(dirname "$installed")") package)" \
  "$(median_ms "$work/tool/agreementkit" render sales-crm-responsibility --example --format docx --out "$work/a.docx")"
printf '%-44s %6s ms\n' "portable build (JIT only)" \
  "$(median_ms dotnet "$work/portable/AgreementKit.Cli.dll" render sales-crm-responsibility --example --format docx --out "$work/b.docx")"
printf '%-44s %6s ms\n' "installed tool, --version (runtime start-up)" "$(median_ms "$work/tool/agreementkit" --version)"
