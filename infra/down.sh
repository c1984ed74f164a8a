#!/usr/bin/env bash
# Stops the processes up.sh started (those with a pid file under .infra/pids); machine services stay up.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

shopt -s nullglob
for file in "$PID_DIR"/*.pid; do
  name="$(basename "$file" .pid)"
  if pid="$(running_pid "$name")"; then
    log "$name: stopping (pid $pid)"
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid"
    wait_until 15 bash -c "! kill -0 $pid" || { log "$name: still running, killing"; kill -KILL -- "-$pid" 2>/dev/null || true; }
  fi
  rm -f "$file"
done
