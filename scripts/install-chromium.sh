#!/usr/bin/env bash
# Installs Debian's chromium for the browser e2e tests (playwright-core ships no browser).
# Idempotent: does nothing when the binary is already there.
set -euo pipefail

CHROMIUM_BIN="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM_BIN" ]; then
  echo "chromium already installed: $CHROMIUM_BIN"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium
"$CHROMIUM_BIN" --version || true
