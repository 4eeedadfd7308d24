# Sourced by the bench scripts.
# publish_cli DIR publishes the CLI as `dotnet tool install` gives it on this
# machine: with ReadyToRun code when the tool has a package for this runtime identifier (see
# ToolRuntimes in src/AgreementKit.Cli), portable otherwise. Prints the identifier used.
publish_cli() {
  local dir=$1 rid rids
  rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')
  rids=$(sed -n 's:.*<ToolRuntimes[^>]*>\(.*\)</ToolRuntimes>.*:\1:p' src/AgreementKit.Cli/AgreementKit.Cli.csproj)
  if [[ ";$rids;" == *";$rid;"* ]]; then
    dotnet publish src/AgreementKit.Cli -c Release -r "$rid" --self-contained false -o "$dir" -v q -nologo >/dev/null
    echo "$rid"
  else
    dotnet publish src/AgreementKit.Cli -c Release -o "$dir" -v q -nologo >/dev/null
    echo any
  fi
}

# hr_inputs DIR: the sales pack's example as the batch defaults (DIR/defaults.json) and the mapping of the
# generated HR export's Chinese headers (DIR/map.json), made with the CLI published in DIR/cli.
hr_inputs() {
  local dir=$1
  dotnet "$dir/cli/AgreementKit.Cli.dll" example sales-crm-responsibility > "$dir/defaults.json"
  printf '%s' '{"合同编号":"contract.number","姓名":"salesperson.name","工号":"salesperson.employeeId","开始日期":"term.start","结束日期":"term.end"}' > "$dir/map.json"
}
