#!/usr/bin/env bash
# Runs every CaseFlow test on a fresh machine and ends with one line: "N passed, N failed" (", N skipped" if any).
# Today the tests need only the .NET SDK (SQLite is embedded, the bus runs in memory); services that later
# tests need (RabbitMQ, PostgreSQL) are installed and started here, never assumed.
set -uo pipefail
cd "$(dirname "$0")"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET SDK is required (dotnet not found on PATH)" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

dotnet test CaseFlow.sln --configuration Release --logger trx --results-directory "$results" 2>&1 \
  | grep -vE '^\s*$' | grep -vE 'warn(ing)? NU1' 
status=${PIPESTATUS[0]}

passed=0; failed=0; skipped=0; files=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { echo "$counters" | grep -oE "$1=\"[0-9]+\"" | grep -oE '[0-9]+' || echo 0; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + $(value notExecuted)))
done

if [ "$files" -eq 0 ] || { [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; }; then
  # The build failed or a test host crashed before reporting: count it as a failure, never as a pass.
  failed=$((failed + 1))
fi

line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
