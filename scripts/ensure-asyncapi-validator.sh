#!/usr/bin/env bash
# Installs the AsyncAPI project's validator that tests/Host.Tests/Wire run on docs/asyncapi.json: @asyncapi/parser at the exact
# version tests/asyncapi-validator/package-lock.json pins (the one `asyncapi validate` of @asyncapi/cli 4.1.1 validates with), driven
# by tests/asyncapi-validator/validate.cjs. The CLI itself is not installed: npm ci takes it 4.5 minutes here (844 packages, 1.5 GB),
# the parser 20-30 seconds (168 packages). Needs node 20+ and npm. Idempotent: does nothing when that version is installed.
# Sourced by test.sh; needs a log function.

ensure_asyncapi_validator() {
  local folder wanted installed
  folder="$(cd "$(dirname "${BASH_SOURCE[0]}")/../tests/asyncapi-validator" && pwd)" || { log "tests/asyncapi-validator is missing"; return 1; }
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    log "cannot install the AsyncAPI validator: node and npm are not on PATH (install Node.js 20 or later with npm)"
    return 1
  fi
  wanted=$(node -p "require('$folder/package-lock.json').packages['node_modules/@asyncapi/parser'].version" 2>/dev/null)
  installed=$(node -p "require('$folder/node_modules/@asyncapi/parser/package.json').version" 2>/dev/null)
  if [ -n "$wanted" ] && [ "$wanted" = "$installed" ]; then
    return 0
  fi
  log "installing @asyncapi/parser ${wanted:-(unknown: package-lock.json unreadable)} into tests/asyncapi-validator (npm ci)"
  (cd "$folder" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) \
    || { log "could not install the AsyncAPI validator (cd tests/asyncapi-validator && npm ci): the AsyncAPI validation tests will fail"; return 1; }
  node -e "require('$folder/node_modules/@asyncapi/parser/cjs')" \
    || { log "npm ci ran but @asyncapi/parser does not load from tests/asyncapi-validator/node_modules"; return 1; }
}
