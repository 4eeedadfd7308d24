# Sourced by the bench scripts: publish_cli DIR publishes the CLI as `dotnet tool install` gives it on this
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
