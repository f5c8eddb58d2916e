#!/usr/bin/env bash
# Sourced by test.sh and bench.sh: installs RabbitMQ from Debian's packages when missing and starts it with every listener
# (AMQP, epmd, Erlang distribution) on 127.0.0.1, then waits until it is ready. Defines ensure_rabbitmq and ensure_rabbitmq_user;
# needs a log function.

ensure_rabbitmq() {
  if ! command -v rabbitmq-server >/dev/null 2>&1; then
    log "installing rabbitmq-server"
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server >/dev/null \
      || { log "could not install rabbitmq-server"; return 1; }
  fi
  if rabbitmqctl -q await_startup --timeout 2 >/dev/null 2>&1; then
    log "RabbitMQ is already running"
    return 0
  fi
  log "starting RabbitMQ on 127.0.0.1"
  # Every listener (AMQP, epmd, Erlang distribution) on loopback only.
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

# ensure_rabbitmq_user NAME PASSWORD: the broker user a system connects as (CaseFlow knows a sender by the AMQP user_id the broker
# validates against it), with every permission on the virtual host /. Idempotent: an existing user keeps its tags and gets PASSWORD.
ensure_rabbitmq_user() {
  local name=$1 password=$2
  if rabbitmqctl -q list_users 2>/dev/null | cut -f1 | grep -qxF "$name"; then
    rabbitmqctl -q change_password "$name" "$password" >/dev/null 2>&1 || { log "could not set the password of broker user $name"; return 1; }
  else
    rabbitmqctl -q add_user "$name" "$password" >/dev/null 2>&1 || { log "could not add broker user $name"; return 1; }
    log "added broker user $name"
  fi
  rabbitmqctl -q set_permissions -p / "$name" '.*' '.*' '.*' >/dev/null 2>&1 || { log "could not grant broker user $name the virtual host /"; return 1; }
}
