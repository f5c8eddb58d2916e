#!/usr/bin/env bash
# Installs Debian's Chromium for the workbench's browser tests (tests/Host.Tests/Workbench launch /usr/bin/chromium through
# Playwright; Playwright's own browser download cannot run on these machines), and a small Chinese font (WenQuanYi Micro Hei) so
# that the screenshots the tests save show Chinese rather than empty boxes. Sourced by test.sh; needs a log function.

ensure_chromium() {
  if [ -x /usr/bin/chromium ] && fc-list :lang=zh 2>/dev/null | grep -q .; then
    return 0
  fi
  log "installing chromium and a Chinese font (Debian's packages) for the workbench's browser tests"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null; } \
    || { log "could not install chromium (apt-get install -y chromium, as root)"; return 1; }
  [ -x /usr/bin/chromium ]
}
