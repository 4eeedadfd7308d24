#!/usr/bin/env bash
# Our DOCX batch against docxtemplater (npm docxtemplater + pizzip), in one run on this machine, on the
# same rows of the HR export (default 1,000) and a comparable document: the template is our own sales
# agreement's DOCX with the row's fields turned into docxtemplater tags, so both write the same pages.
# Both sides are timed as whole processes on one core (start-up included) and write each file the same
# way (temporary file, fsync, rename). Prints docs/s of each and our ratio.
# Needs node and npm, and the npm registry for the first install (kept in BENCH_PEERS_DIR).
# Usage: bench/peers.sh   (env: BENCH_PEER_ROWS=1000 BENCH_PEERS_DIR=~/.cache/agreementkit-peers)
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${BENCH_PEER_ROWS:-1000}
peers=${BENCH_PEERS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/agreementkit-peers}
pack=sales-crm-responsibility

fail() { echo "peers.sh: $*" >&2; exit 1; }
command -v node >/dev/null || fail "node is not installed; the docxtemplater comparison needs Node.js (apt-get install nodejs npm)"
command -v npm >/dev/null || fail "npm is not installed; the docxtemplater comparison needs it to install docxtemplater and pizzip"
if [ ! -d "$peers/node_modules/docxtemplater" ] || [ ! -d "$peers/node_modules/pizzip" ]; then
  mkdir -p "$peers"
  (cd "$peers" && npm install --no-audit --no-fund --silent docxtemplater@3.71.0 pizzip@3.3.0) \
    || fail "npm could not install docxtemplater and pizzip (is the npm registry reachable?); no figures without them"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. bench/cli.sh
cli_rid=$(publish_cli "$work/cli")
ak() { dotnet "$work/cli/AgreementKit.Cli.dll" "$@"; }
hr_inputs "$work"
bench/hr-export.sh "$rows" > "$work/rows.csv"

# The peer's template: our example agreement with its row fields as tags.
ak render $pack --example --format docx --out "$work/example.docx" >/dev/null
field() { jq -r "$1" "$work/defaults.json"; }
python3 bench/peers/make-template.py "$work/example.docx" "$work/template.docx" \
  "$(field .contract.number)" "$(field .salesperson.name)" "$(field .salesperson.employeeId)" "$(field .term.start)" "$(field .term.end)"
cp bench/peers/fill.js "$peers/fill.js"

wall() { awk '/wall/ {print $2}' "$work/time.txt"; }
echo "peers ($(nproc) cores, tool build $cli_rid, load average $(cut -d' ' -f1-3 /proc/loadavg)), $rows rows, one core each, whole process"
/usr/bin/time -f 'wall %e' -o "$work/time.txt" taskset -c 0 node "$peers/fill.js" "$work/template.docx" "$work/rows.csv" "$work/peer-out"
peer=$(awk -v n="$rows" -v w="$(wall)" 'BEGIN {printf "%.1f", n / w}')
echo "docxtemplater $(node -p 'require(process.argv[1] + "/node_modules/docxtemplater/package.json").version' "$peers"): $peer docs/s ($(wall) s)"
/usr/bin/time -f 'wall %e' -o "$work/time.txt" taskset -c 0 dotnet "$work/cli/AgreementKit.Cli.dll" batch $pack --data "$work/rows.csv" \
  --map "$work/map.json" --defaults "$work/defaults.json" --out "$work/ours" --format docx --jobs 1 | head -1
ours=$(awk -v n="$rows" -v w="$(wall)" 'BEGIN {printf "%.1f", n / w}')
echo "agreementkit batch --jobs 1: $ours docs/s ($(wall) s)"
echo "ratio: $(awk -v a="$ours" -v b="$peer" 'BEGIN {printf "%.2f", a / b}')x docxtemplater per core (goal >= 3x)"
