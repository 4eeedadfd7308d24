#!/usr/bin/env bash
# Prints the benchmarks' HR export: N rows of CSV with Chinese headers, a BOM and CRLF line ends, and a
# quoted name with a comma every 97th row. Columns: 合同编号,姓名,工号,开始日期,结束日期.
# Usage: bench/hr-export.sh N > reps.csv
set -euo pipefail
awk -v n="${1:?rows}" 'BEGIN {
  printf "\xef\xbb\xbf合同编号,姓名,工号,开始日期,结束日期\r\n";
  split("王 李 张 刘 陈 杨 黄 赵 吴 周", f, " "); split("伟 芳 娜 敏 静 丽 强 磊 军 洋", g, " ");
  for (i = 0; i < n; i++) {
    name = f[i % 10 + 1] g[int(i / 10) % 10 + 1] g[int(i / 100) % 10 + 1];
    if (i % 97 == 0) name = "\"" name ",二\"";
    printf "HT-2025-%05d,%s,E%06d,2025-01-01,2025-12-31\r\n", i, name, 100000 + i;
  }
}'
