#!/usr/bin/env bash
# Runs the CaseFlow benchmark suite (issue #8) and writes bench/results/latest.json and bench/results/latest.md.
# It starts RabbitMQ on 127.0.0.1 the way test.sh does (installing it from Debian's packages when missing), builds the bench
# project in Release and runs everything: micro-benchmarks, end-to-end load beside the broker's limits and the saga peer,
# verification at scale. Arguments go to the suite (./bench.sh load --cases 300; ./bench.sh --help). It is not part of ./test.sh.
set -euo pipefail
cd "$(dirname "$0")"

log() { echo "bench.sh: $*" >&2; }

# The same steps as test.sh's ensure_rabbitmq: every listener on loopback only.
ensure_rabbitmq() {
  if ! command -v rabbitmq-server >/dev/null 2>&1; then
    log "installing rabbitmq-server"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server >/dev/null \
      || { log "could not install rabbitmq-server"; return 1; }
  fi
  if rabbitmqctl -q await_startup --timeout 2 >/dev/null 2>&1; then
    return 0
  fi
  log "starting RabbitMQ on 127.0.0.1"
  RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 ERL_EPMD_ADDRESS=127.0.0.1 \
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}" \
    rabbitmq-server -detached >/dev/null 2>&1
  for _ in $(seq 1 60); do
    if rabbitmqctl -q await_startup --timeout 5 >/dev/null 2>&1; then
      log "RabbitMQ is ready"
      return 0
    fi
    sleep 1
  done
  log "RabbitMQ did not become ready within a minute"
  return 1
}

start=$(date +%s)
ensure_rabbitmq
log "building bench/ in Release"
dotnet build bench/CaseFlow.Bench.csproj --configuration Release --nologo -v quiet || { log "the build failed"; exit 1; }
status=0
dotnet run --project bench/CaseFlow.Bench.csproj --configuration Release --no-build -- "$@" || status=$?
log "finished in $(( $(date +%s) - start )) s (build included), exit code $status"
exit "$status"
