# shellcheck shell=bash
# Helpers shared by up.sh, down.sh and observability.sh: paths, messages, waiting, and background processes with pid files.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE_DIR="$ROOT/.infra"
PID_DIR="$STATE_DIR/pids"
LOG_DIR="$STATE_DIR/logs"

log() { printf '[infra] %s\n' "$*" >&2; }
die() { printf '[infra] ERROR: %s\n' "$*" >&2; exit 1; }

# wait_until SECONDS COMMAND...: retries COMMAND (output discarded) every half second until it succeeds.
wait_until() {
  local deadline=$((SECONDS + $1)); shift
  until "$@" >/dev/null 2>&1; do
    ((SECONDS < deadline)) || return 1
    sleep 0.5
  done
}

port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

pid_file() { echo "$PID_DIR/$1.pid"; }

# Prints the pid recorded for NAME (e.g. ferretdb-27017) if that process still runs and is still the
# program it names, so a reused pid is never taken for ours; a stale pid file is removed.
running_pid() {
  local file pid
  file="$(pid_file "$1")"
  [[ -f "$file" ]] || return 1
  pid="$(<"$file")"
  if grep -qa -- "${1%%-*}" "/proc/$pid/cmdline" 2>/dev/null; then echo "$pid"; return 0; fi
  rm -f "$file"
  return 1
}

# spawn NAME COMMAND...: runs COMMAND detached in its own session (so it outlives this script and
# down.sh can stop its whole process group), logging to .infra/logs/NAME.log.
spawn() {
  local name="$1"; shift
  mkdir -p "$PID_DIR" "$LOG_DIR"
  local pid_path log_path
  pid_path="$(pid_file "$name")"
  log_path="$LOG_DIR/$name.log"
  # shellcheck disable=SC2016 # $$ and $@ expand in the inner shell.
  setsid bash -c 'echo $$ >"$0"; exec "$@"' "$pid_path" "$@" >>"$log_path" 2>&1 </dev/null &
  wait_until 5 test -s "$pid_path" || die "$name did not start; see $log_path"
}

# fail_service NAME LOG: the one message printed when a service does not become healthy.
fail_service() { die "$1 is not healthy (it exited or did not answer in time); see its log: $2"; }

# A process the scripts own: detached, with a pid file and a log under .infra/, named by its port.
ensure_process() {
  local name="$1" probe="$2" port="$3" timeout="$4"; shift 4
  if $probe >/dev/null 2>&1; then log "$name: already running on port $port"; return; fi
  if ! running_pid "$name" >/dev/null; then
    port_open "${HOST:-127.0.0.1}" "$port" && die "$name: port $port is taken by something that does not answer as $name"
    log "$name: starting on port $port"
    spawn "$name" "$@"
  fi
  local deadline=$((SECONDS + timeout))
  until $probe >/dev/null 2>&1; do
    if ! running_pid "$name" >/dev/null || ((SECONDS >= deadline)); then fail_service "$name" "$LOG_DIR/$name.log"; fi
    sleep 0.5
  done
  log "$name: ready"
}
