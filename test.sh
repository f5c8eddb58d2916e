#!/usr/bin/env bash
# Runs every CaseFlow test on a fresh machine and ends with one line: "N passed, N failed" (", N skipped" if any).
# It installs and starts what the tests need: Debian's Chromium for the workbench's browser tests, the AsyncAPI project's validator
# (@asyncapi/parser from npm, pinned in tests/asyncapi-validator) for the wire document's tests, a RabbitMQ broker bound to 127.0.0.1 (from Debian's packages), and a throwaway
# PostgreSQL cluster on 127.0.0.1 (initdb into a temporary folder, stopped and removed when the script ends) unless
# CASEFLOW_TEST_POSTGRES already names a server. Tests that need either fail loudly when it is missing; none is skipped.
set -uo pipefail
cd "$(dirname "$0")"

log() { echo "test.sh: $*" >&2; }

# shellcheck source=scripts/ensure-rabbitmq.sh
. "$(dirname "$0")/scripts/ensure-rabbitmq.sh"

ensure_rabbitmq || log "continuing without RabbitMQ: the tests that need it will fail and say so"
export CASEFLOW_TEST_RABBITMQ="amqp://guest:guest@127.0.0.1:5672/"
# The systems' own broker users the transport tests send as (tests/Host.Tests/Transport/BrokerUsers.cs); a missing one fails them.
ensure_rabbitmq_user county12345 county12345-test || log "the tests that send as the county will fail and say so"
ensure_rabbitmq_user shi-an-tong shi-an-tong-test || log "the tests that send as the intake system will fail and say so"

# shellcheck source=scripts/ensure-chromium.sh
. "$(dirname "$0")/scripts/ensure-chromium.sh"
ensure_chromium || log "continuing without Chromium: the workbench's browser tests will fail and say so"

# shellcheck source=scripts/ensure-asyncapi-validator.sh
. "$(dirname "$0")/scripts/ensure-asyncapi-validator.sh"
ensure_asyncapi_validator || log "continuing without the AsyncAPI validator: the AsyncAPI validation tests will fail and say so"

# shellcheck source=scripts/ensure-postgres.sh
. "$(dirname "$0")/scripts/ensure-postgres.sh"

results=$(mktemp -d)
trap 'stop_postgres; rm -rf "$results"' EXIT
ensure_postgres || log "continuing without PostgreSQL: the tests that need it will fail and say so"

if ! command -v dotnet >/dev/null 2>&1; then
  echo "test.sh: the .NET SDK is required (dotnet not found on PATH)" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

# Build everything first (the simulator and the benchmarks too, which have no tests of their own), so that any
# project that no longer compiles fails the run.
if ! dotnet build CaseFlow.sln --configuration Release > "$results/build.log" 2>&1; then
  grep -E 'error|Error' "$results/build.log" | sort -u | head -n 40
  echo "test.sh: the build failed" >&2
  echo "0 passed, 1 failed"
  exit 1
fi

dotnet test CaseFlow.sln --configuration Release --no-build --logger trx --results-directory "$results" 2>&1 \
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
