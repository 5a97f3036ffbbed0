#!/usr/bin/env bash
# Stop the local Neo4j started by scripts/neo4j-start.sh: SIGTERM (clean shutdown via the
# launcher's shutdown hook), wait, then SIGKILL after NEO4J_STOP_TIMEOUT seconds (default 60).
#
# Env: NEO4J_LOCAL_HOME (default <repo>/.neo4j), NEO4J_STOP_TIMEOUT (default 60)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NEO4J_LOCAL_HOME="${NEO4J_LOCAL_HOME:-$ROOT/.neo4j}"
PID_FILE="$NEO4J_LOCAL_HOME/neo4j.pid"
READY_FILE="$NEO4J_LOCAL_HOME/neo4j.ready"
TIMEOUT="${NEO4J_STOP_TIMEOUT:-60}"
MAIN_CLASS="dev.careergraph.neo4jlocal.LocalNeo4j"

say() { echo "[neo4j-stop] $*"; }
# alive: process exists and is not a zombie (containers without an init may not reap it).
alive() { kill -0 "$1" 2>/dev/null && [[ "$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null)" != "Z" ]]; }

if [[ ! -f "$PID_FILE" ]]; then
  say "not running (no pid file at $PID_FILE)"
  rm -f "$READY_FILE"
  exit 0
fi

PID="$(cat "$PID_FILE" 2>/dev/null || true)"
if [[ -z "$PID" ]] || ! alive "$PID"; then
  say "not running (stale pid ${PID:-?}); cleaning up"
  rm -f "$PID_FILE" "$READY_FILE"
  exit 0
fi
if ! tr '\0' ' ' <"/proc/$PID/cmdline" 2>/dev/null | grep -q "$MAIN_CLASS"; then
  say "pid $PID is not a LocalNeo4j process (pid reused?); removing stale pid file without killing it"
  rm -f "$PID_FILE" "$READY_FILE"
  exit 0
fi

say "stopping Neo4j (pid $PID)..."
t0=$SECONDS
kill -TERM "$PID" 2>/dev/null || true
while alive "$PID"; do
  if (( SECONDS - t0 >= TIMEOUT )); then
    say "still running after ${TIMEOUT}s; sending SIGKILL"
    kill -KILL "$PID" 2>/dev/null || true
    sleep 1
    break
  fi
  sleep 0.5
done
rm -f "$PID_FILE" "$READY_FILE"
say "stopped in $((SECONDS - t0))s"
