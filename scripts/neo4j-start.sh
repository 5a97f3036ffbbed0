#!/usr/bin/env bash
# Start a local Neo4j 5.26 (embedded Community, built from Maven Central) with Bolt on 127.0.0.1.
#
#   scripts/neo4j-start.sh          # build if needed, start in background, wait until Bolt answers
#
# Env (all optional):
#   NEO4J_LOCAL_PORT      Bolt port (default 7687)
#   NEO4J_PASSWORD        password of user "neo4j" (default careergraph-local); re-applied on every start
#   NEO4J_LOCAL_AUTH      true (default) | false
#   NEO4J_LOCAL_HOME      data/log/pid dir (default <repo>/.neo4j)
#   NEO4J_LOCAL_HEAP      max heap (default 1g); NEO4J_LOCAL_PAGECACHE_MB (default 256)
#   NEO4J_LOCAL_TX_TIMEOUT_SECONDS (default 120)
#   NEO4J_LOCAL_JAVA_OPTS extra JVM options; JAVA (default: $JAVA_HOME/bin/java or java on PATH)
#   NEO4J_START_TIMEOUT   seconds to wait for readiness (default 180)
#   NEO4J_LOCAL_REBUILD=1 force a Maven rebuild; MVN (default mvn)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MODULE="$ROOT/neo4j-local"
TARGET="$MODULE/target"
export NEO4J_LOCAL_HOME="${NEO4J_LOCAL_HOME:-$ROOT/.neo4j}"
export NEO4J_LOCAL_PORT="${NEO4J_LOCAL_PORT:-7687}"
export NEO4J_LOCAL_AUTH="${NEO4J_LOCAL_AUTH:-true}"
export NEO4J_PASSWORD="${NEO4J_PASSWORD:-careergraph-local}"
TIMEOUT="${NEO4J_START_TIMEOUT:-180}"
PID_FILE="$NEO4J_LOCAL_HOME/neo4j.pid"
LOG_FILE="$NEO4J_LOCAL_HOME/neo4j.log"
READY_FILE="$NEO4J_LOCAL_HOME/neo4j.ready"
MAIN_CLASS="dev.careergraph.neo4jlocal.LocalNeo4j"

say() { echo "[neo4j-start] $*"; }
die() { # message; prints the launcher log tail unless NO_LOG=1
  echo "[neo4j-start] ERROR: $*" >&2
  if [[ "${NO_LOG:-0}" != "1" && -f "$LOG_FILE" ]]; then
    echo "[neo4j-start] ---- last 60 lines of $LOG_FILE ----" >&2
    tail -n 60 "$LOG_FILE" >&2 || true
    echo "[neo4j-start] ---- (debug log: $NEO4J_LOCAL_HOME/logs/debug.log) ----" >&2
  fi
  exit 1
}

# alive: process exists and is not a zombie.
alive() { kill -0 "$1" 2>/dev/null && [[ "$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null)" != "Z" ]]; }

is_ours() { # pid -> true if it is a live LocalNeo4j JVM
  local pid="$1"
  [[ -n "$pid" ]] && alive "$pid" && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "$MAIN_CLASS"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$NEO4J_LOCAL_PORT") 2>/dev/null; }

bolt_check() { # [timeout-seconds] -> verifyConnectivity via neo4j-driver (falls back to TCP check)
  if [[ -d "$ROOT/node_modules/neo4j-driver" ]] && command -v node >/dev/null 2>&1; then
    NEO4J_WAIT_TIMEOUT="${1:-10}" node "$ROOT/scripts/neo4j-wait.js"
  else
    say "neo4j-driver not installed (run npm ci); falling back to a TCP check"
    port_open
  fi
}

mkdir -p "$NEO4J_LOCAL_HOME"

# ---- already running? --------------------------------------------------------------------
if [[ -f "$PID_FILE" ]]; then
  OLD_PID="$(cat "$PID_FILE" 2>/dev/null || true)"
  if is_ours "$OLD_PID"; then
    RUNNING_PORT="$(cat "$READY_FILE" 2>/dev/null || true)"
    if [[ -n "$RUNNING_PORT" && "$RUNNING_PORT" != "$NEO4J_LOCAL_PORT" ]]; then
      say "WARNING: instance in $NEO4J_LOCAL_HOME already runs on port $RUNNING_PORT (NEO4J_LOCAL_PORT=$NEO4J_LOCAL_PORT ignored; stop it first to change the port)"
      export NEO4J_LOCAL_PORT="$RUNNING_PORT"
    fi
    if [[ -f "$READY_FILE" ]] && bolt_check 15 >/dev/null 2>&1; then
      say "already running (pid $OLD_PID) and answering on bolt://127.0.0.1:$(cat "$READY_FILE")"
      exit 0
    fi
    say "process $OLD_PID is running but not ready yet; waiting for it"
    PID="$OLD_PID"
  else
    say "removing stale pid file (pid ${OLD_PID:-?} not running)"
    rm -f "$PID_FILE" "$READY_FILE"
  fi
fi

if [[ -z "${PID:-}" ]]; then
  if port_open; then
    NO_LOG=1 die "port 127.0.0.1:$NEO4J_LOCAL_PORT is already in use by another process (not ours: no live pid in $PID_FILE). Stop it or set NEO4J_LOCAL_PORT."
  fi

  # ---- Java ------------------------------------------------------------------------------
  if [[ -n "${JAVA:-}" ]]; then :; elif [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi
  command -v "$JAVA" >/dev/null 2>&1 || die "java not found (Neo4j 5.26 needs Java 17 or 21)"
  JAVA_MAJOR="$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | cut -d. -f1)"
  [[ "${JAVA_MAJOR:-0}" -ge 17 ]] || die "Java ${JAVA_MAJOR:-?} found; Neo4j 5.26 needs Java 17 or 21"

  # ---- build (once; again only when sources change) ----------------------------------------
  needs_build=0
  if [[ "${NEO4J_LOCAL_REBUILD:-0}" == "1" || ! -f "$TARGET/neo4j-local.jar" || ! -f "$TARGET/lib/.complete" ]]; then
    needs_build=1
  elif [[ -n "$(find "$MODULE/pom.xml" "$MODULE/src" -newer "$TARGET/lib/.complete" -type f 2>/dev/null | head -n 1)" ]]; then
    needs_build=1
  fi
  if [[ "$needs_build" == "1" ]]; then
    command -v "${MVN:-mvn}" >/dev/null 2>&1 || die "maven (mvn) not found; it is needed once to build neo4j-local"
    say "building neo4j-local launcher with Maven (first run downloads ~125 MB from Maven Central)..."
    b0=$SECONDS
    # Drop copied jars only when the dependency set may have changed (pom edited / incomplete copy):
    # never delete jars under a running launcher for a mere Java source change.
    if [[ ! -f "$TARGET/lib/.complete" || "$MODULE/pom.xml" -nt "$TARGET/lib/.complete" ]]; then rm -rf "$TARGET/lib"; fi
    # (sed strips the stray ANSI resets Debian's Maven 3.8 prints even in batch mode)
    "${MVN:-mvn}" -q -B -ntp -Dstyle.color=never -f "$MODULE/pom.xml" package 2>&1 \
      | sed -e 's/\x1b\[[0-9;]*m//g' -e '/^[[:space:]]*$/d' || die "maven build failed"
    touch "$TARGET/lib/.complete"
    say "build done in $((SECONDS - b0))s"
  fi

  # ---- launch ------------------------------------------------------------------------------
  rm -f "$READY_FILE"
  [[ -f "$LOG_FILE" ]] && mv -f "$LOG_FILE" "$LOG_FILE.1"
  # shellcheck disable=SC2206
  JVM_OPTS=(
    -Xms256m "-Xmx${NEO4J_LOCAL_HEAP:-1g}"
    -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -XX:+DisableExplicitGC
    -Djdk.nio.maxCachedBufferSize=1024 -Dio.netty.tryReflectionSetAccessible=true
    -Dlog4j2.disable.jmx=true -Dfile.encoding=UTF-8
    --add-opens=java.base/java.nio=ALL-UNNAMED
    --add-opens=java.base/java.io=ALL-UNNAMED
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
    --add-opens=java.base/java.lang=ALL-UNNAMED
    ${NEO4J_LOCAL_JAVA_OPTS:-}
  )
  say "starting Neo4j 5.26 on bolt://127.0.0.1:$NEO4J_LOCAL_PORT (home $NEO4J_LOCAL_HOME, log $LOG_FILE)"
  cd "$NEO4J_LOCAL_HOME"
  # setsid+nohup: detach from the caller's session/process group so `npm run` / CI steps can exit.
  setsid nohup "$JAVA" "${JVM_OPTS[@]}" -cp "$TARGET/neo4j-local.jar:$TARGET/lib/*" "$MAIN_CLASS" \
    </dev/null >"$LOG_FILE" 2>&1 &
  PID=$!
  echo "$PID" >"$PID_FILE"
  cd "$ROOT"
fi

# ---- wait for readiness ------------------------------------------------------------------
t0=$SECONDS
last_note=$t0
while [[ ! -f "$READY_FILE" ]]; do
  alive "$PID" || { rm -f "$PID_FILE"; die "Neo4j process $PID exited during startup"; }
  (( SECONDS - t0 >= TIMEOUT )) && die "Neo4j did not become ready within ${TIMEOUT}s (pid $PID still running; stop it with scripts/neo4j-stop.sh)"
  if (( SECONDS - last_note >= 10 )); then say "waiting for Neo4j (pid $PID)... $((SECONDS - t0))s"; last_note=$SECONDS; fi
  sleep 1
done
remaining=$(( TIMEOUT - (SECONDS - t0) )); (( remaining < 10 )) && remaining=10
bolt_check "$remaining" || die "Neo4j reported ready but Bolt did not answer on 127.0.0.1:$NEO4J_LOCAL_PORT"
say "Neo4j is up (pid $PID) after $((SECONDS - t0))s: bolt://127.0.0.1:$NEO4J_LOCAL_PORT user=neo4j$( [[ "$NEO4J_LOCAL_AUTH" == "false" ]] && echo ' (auth disabled)')"
