#!/usr/bin/env bash
# Runs the CaseFlow benchmark suite (issue #8) and writes bench/results/latest.json and bench/results/latest.md.
# It starts RabbitMQ on 127.0.0.1 the way test.sh does (installing it from Debian's packages when missing), builds the bench
# project in Release and runs everything: micro-benchmarks, end-to-end load beside the broker's limits and the saga peer,
# scale-out over RabbitMQ and a throwaway PostgreSQL cluster (one and two instances), verification at scale. Arguments go to the suite (./bench.sh load --cases 300; ./bench.sh --help). It is not part of ./test.sh.
set -euo pipefail
cd "$(dirname "$0")"

log() { echo "bench.sh: $*" >&2; }

# shellcheck source=scripts/ensure-rabbitmq.sh
. "$(dirname "$0")/scripts/ensure-rabbitmq.sh"
# shellcheck source=scripts/ensure-postgres.sh
. "$(dirname "$0")/scripts/ensure-postgres.sh"

start=$(date +%s)
ensure_rabbitmq
# The scale-out part runs on a throwaway PostgreSQL cluster with production durability (fsync, synchronous commit on).
if [ -z "${CASEFLOW_BENCH_POSTGRES:-}" ]; then
  trap 'stop_postgres' EXIT
  unset CASEFLOW_TEST_POSTGRES
  CASEFLOW_PG_DURABLE=1 ensure_postgres || { log "PostgreSQL could not be started"; exit 1; }
  export CASEFLOW_BENCH_POSTGRES="$CASEFLOW_TEST_POSTGRES"
fi
log "building bench/ in Release"
dotnet build bench/CaseFlow.Bench.csproj --configuration Release --nologo -v quiet || { log "the build failed"; exit 1; }
status=0
dotnet run --project bench/CaseFlow.Bench.csproj --configuration Release --no-build -- "$@" || status=$?
log "finished in $(( $(date +%s) - start )) s (build included), exit code $status"
exit "$status"
