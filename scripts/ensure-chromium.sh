#!/usr/bin/env bash
# Installs Debian's Chromium for the workbench's browser tests (tests/Host.Tests/Workbench launch /usr/bin/chromium through
# Playwright; Playwright's own browser download cannot run on these machines). Sourced by test.sh; needs a log function.

ensure_chromium() {
  if [ -x /usr/bin/chromium ]; then
    return 0
  fi
  log "installing chromium (Debian's package) for the workbench's browser tests"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
    || { log "could not install chromium (apt-get install -y chromium, as root)"; return 1; }
  [ -x /usr/bin/chromium ]
}
