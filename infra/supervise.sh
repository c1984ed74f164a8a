# shellcheck shell=bash
# supervise NAME LOG COMMAND...: runs COMMAND (output appended to LOG) and restarts it whenever it
# exits, waiting longer after each crash in a row (SUPERVISE_BACKOFF_S, doubling up to
# SUPERVISE_BACKOFF_MAX_S; a run that lasted SUPERVISE_HEALTHY_S resets it). Each restart says why
# in LOG. SIGTERM stops the command and the supervisor. One service crashing never stops the others.
supervise() {
  local name="$1" log_file="$2"; shift 2
  local delay="${SUPERVISE_BACKOFF_S:-1}" max="${SUPERVISE_BACKOFF_MAX_S:-30}" healthy="${SUPERVISE_HEALTHY_S:-60}"
  local child="" stopping="" started status
  trap 'stopping=1; [[ -n "$child" ]] && kill -TERM "$child" 2>/dev/null' TERM INT
  while [[ -z "$stopping" ]]; do
    started=$SECONDS
    "$@" >>"$log_file" 2>&1 &
    child=$!
    status=0
    wait "$child" || status=$?
    # A trapped signal interrupts `wait`: wait again for the child to finish stopping.
    [[ -n "$stopping" ]] && { wait "$child" 2>/dev/null || true; break; }
    if ((SECONDS - started >= healthy)); then delay="${SUPERVISE_BACKOFF_S:-1}"; fi
    printf '[supervise] %s exited with status %s at %s; restarting in %ss\n' "$name" "$status" "$(date -u +%H:%M:%SZ)" "$delay" | tee -a "$log_file" >&2
    sleep "$delay" & wait $! || true
    delay=$(awk -v d="$delay" -v m="$max" 'BEGIN { n = d * 2; print (n > m ? m : n) }')
  done
}
