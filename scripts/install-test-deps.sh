#!/usr/bin/env bash
# Installs the Debian packages the tests use and npm does not provide:
#   chromium        the browser e2e tests (playwright-core ships no browser)
#   python3-pandas  tests/export/pandas.test.ts reads the CSV export with Debian's python3
# Idempotent: installs only what is missing, and does nothing when all is there.
set -euo pipefail

CHROMIUM_BIN="${CHROMIUM_PATH:-/usr/bin/chromium}"
# Debian's python3-pandas is for Debian's python3, not a pyenv or venv one on PATH.
PYTHON_BIN=/usr/bin/python3

missing=()
if [ -x "$CHROMIUM_BIN" ]; then
  echo "chromium already installed: $CHROMIUM_BIN"
else
  missing+=(chromium)
fi
if [ -x "$PYTHON_BIN" ] && "$PYTHON_BIN" -c 'import pandas' 2>/dev/null; then
  echo "pandas already installed: $("$PYTHON_BIN" -c 'import pandas; print(pandas.__version__)') for $PYTHON_BIN"
else
  missing+=(python3-pandas)
fi
if [ "${#missing[@]}" -eq 0 ]; then exit 0; fi

if ! command -v apt-get >/dev/null; then
  echo "install-test-deps: no apt-get; install ${missing[*]} yourself (CHROMIUM_PATH and CAREERGRAPH_PYTHON point the tests at them)" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

export DEBIAN_FRONTEND=noninteractive
echo "installing ${missing[*]}"
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends "${missing[@]}"
if [[ " ${missing[*]} " == *" chromium "* ]]; then "$CHROMIUM_BIN" --version || true; fi
if [[ " ${missing[*]} " == *" python3-pandas "* ]]; then "$PYTHON_BIN" -c 'import pandas; print("pandas", pandas.__version__)'; fi
