#!/usr/bin/env bash
# Runs the CaseFlow benchmark suite (issue #8) and writes bench/results/latest.json and bench/results/latest.md.
# It starts RabbitMQ on 127.0.0.1 the way test.sh does (installing it from Debian's packages when missing), builds the bench
# project in Release and runs everything: micro-benchmarks, end-to-end load beside the broker's limits and the saga peer,
# verification at scale. Arguments go to the suite (./bench.sh load --cases 300; ./bench.sh --help). It is not part of ./test.sh.
set -euo pipefail
cd "$(dirname "$0")"

log() { echo "bench.sh: $*" >&2; }

# shellcheck source=scripts/ensure-rabbitmq.sh
. "$(dirname "$0")/scripts/ensure-rabbitmq.sh"

start=$(date +%s)
ensure_rabbitmq
log "building bench/ in Release"
dotnet build bench/CaseFlow.Bench.csproj --configuration Release --nologo -v quiet || { log "the build failed"; exit 1; }
status=0
dotnet run --project bench/CaseFlow.Bench.csproj --configuration Release --no-build -- "$@" || status=$?
log "finished in $(( $(date +%s) - start )) s (build included), exit code $status"
exit "$status"
