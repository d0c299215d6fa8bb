#!/usr/bin/env bash
# Writer stall while adding an index, a FK and NOT NULL to a 1,000,000-row table:
# `slipway apply` (lock-aware plan) versus the same change as naive DDL.
#
#   usage: bench/apply-stall/run.sh            (as root: it starts a throwaway PostgreSQL as an unprivileged user)
#   env:   PGBIN (default /usr/lib/postgresql/15/bin), BASELINE_S (writer-only seconds before/after, default 3),
#          REPEAT (runs of each mode, alternating, default 3),
#          BENCH_USER (OS user running the server, default slipbench)
#
# Writes bench/apply-stall/out/*.txt and regenerates bench/apply-stall/RESULTS.md.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
BASELINE_S=${BASELINE_S:-3}
REPEAT=${REPEAT:-3}
BENCH_USER=${BENCH_USER:-slipbench}
PGJDBC=${PGJDBC:-$HOME/.m2/repository/org/postgresql/postgresql/42.7.14/postgresql-42.7.14.jar}
out="$here/out"
mkdir -p "$out"
[[ -f "$PGJDBC" ]] || { echo "pgjdbc jar not found at $PGJDBC (set PGJDBC)" >&2; exit 1; }

# --- throwaway server (same steps as /work/shared/research/scripts/pg-throwaway.sh) --------------------
id "$BENCH_USER" >/dev/null 2>&1 || useradd -m -s /bin/bash "$BENCH_USER"
PORT=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
PGDIR=$(mktemp -d -t slipbench.XXXXXX); chown "$BENCH_USER" "$PGDIR"; chmod 700 "$PGDIR"
runuser -u "$BENCH_USER" -- "$PGBIN/initdb" -D "$PGDIR/data" -U postgres -A trust -E UTF8 --no-locale --no-sync >"$PGDIR/initdb.log" 2>&1
cat >>"$PGDIR/data/postgresql.conf" <<'CONF'
listen_addresses = '127.0.0.1'
fsync = off
full_page_writes = off
synchronous_commit = off
shared_buffers = 256MB
max_wal_size = 2GB
log_timezone = 'UTC'
log_statement = 'ddl'
log_line_prefix = '%m|%a|'
CONF
runuser -u "$BENCH_USER" -- "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w -o "-p $PORT -k $PGDIR" start >/dev/null
writer_pid=""
cleanup() {
  [[ -n "$writer_pid" ]] && kill "$writer_pid" 2>/dev/null || true
  runuser -u "$BENCH_USER" -- "$PGBIN/pg_ctl" -D "$PGDIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PGDIR"
}
trap cleanup EXIT
echo "PostgreSQL on 127.0.0.1:$PORT ($PGDIR)" >&2

PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres)
URL="postgresql://postgres@127.0.0.1:$PORT/bench"
JDBC="jdbc:postgresql://127.0.0.1:$PORT/bench"
DEV="postgresql://postgres@127.0.0.1:$PORT/postgres"
now_ms() { date +%s%3N; }

# Build the jar (and warm the page cache for it) before anything is timed.
"$root/slipway" --version >&2

machine() {
  echo "- CPU: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1); RAM: $(free -h | awk '/^Mem:/{print $2}')"
  echo "- OS: $(. /etc/os-release; echo "$PRETTY_NAME"), kernel $(uname -r); Java: $(java -version 2>&1 | head -1)"
  echo "- PostgreSQL: $("$PGBIN/postgres" --version) (throwaway cluster: fsync=off, synchronous_commit=off, shared_buffers=256MB)"
}

run_mode() { # mode: slipway | naive, run number
  local mode=$1 log="$out/$1-$2.txt"
  : >"$log"
  "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS bench" -c "CREATE DATABASE bench"
  local t0; t0=$(now_ms)
  "${PSQL[@]}" -d bench -f "$here/setup.sql"
  echo "setup_ms=$(( $(now_ms) - t0 ))" >>"$log"
  echo "rows=$("${PSQL[@]}" -d bench -Atc 'SELECT count(*) FROM public.orders')" >>"$log"
  local tmp; tmp=$(mktemp -d)
  java -cp "$PGJDBC" "$here/Writer.java" "$JDBC" "$tmp/stop" "$tmp/ready" "$tmp/window" >"$tmp/writer.out" 2>&1 &
  writer_pid=$!
  for _ in $(seq 600); do [[ -f "$tmp/ready" ]] && break; sleep 0.1; done
  [[ -f "$tmp/ready" ]] || { cat "$tmp/writer.out" >&2; echo "writer never became ready" >&2; exit 1; }
  sleep "$BASELINE_S"
  echo "loadavg_before=$(cut -d' ' -f1-3 /proc/loadavg)" >>"$log"
  local start end rc=0
  start=$(now_ms)
  if [[ $mode == slipway ]]; then
    "$root/slipway" apply --url "$URL" --to "$here/desired.sql" --dev-url "$DEV" \
      --auto-approve --allow-hazards all >"$tmp/change.out" 2>&1 || rc=$?
  else
    "${PSQL[@]}" -d bench -e -f "$here/naive.sql" >"$tmp/change.out" 2>&1 || rc=$?
  fi
  end=$(now_ms)
  echo "$start $end" >"$tmp/window"
  echo "loadavg_after=$(cut -d' ' -f1-3 /proc/loadavg)" >>"$log"
  sleep "$BASELINE_S"
  touch "$tmp/stop"
  wait "$writer_pid" || true
  writer_pid=""
  echo "change_exit=$rc change_ms=$((end - start))" >>"$log"
  cat "$tmp/writer.out" >>"$log"
  # The end state must be the desired one, whichever way it got there.
  "$root/slipway" plan --url "$URL" --to "$here/desired.sql" --dev-url "$DEV" --detailed-exitcode >"$tmp/check.out" 2>&1 \
    && echo "end_state=matches desired.sql" >>"$log" || echo "end_state=DIFFERS from desired.sql (plan exit $?)" >>"$log"
  echo "--- DDL the server logged during the change (ms after the change started; compare with the gaps above)" >>"$log"
  python3 - "$PGDIR/server.log" "$start" "$end" >>"$log" <<'PY'
import sys, datetime, re
log, start, end = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
for line in open(log, errors="replace"):
    parts = line.split("|", 2)
    m = re.search(r"LOG:  (?:statement|execute [^:]*): (.*)", parts[2]) if len(parts) == 3 else None
    if not m:
        continue
    try:
        t = datetime.datetime.strptime(parts[0].rsplit(" ", 1)[0], "%Y-%m-%d %H:%M:%S.%f").replace(tzinfo=datetime.timezone.utc)
    except ValueError:
        continue
    ms = int(t.timestamp() * 1000)
    if start - 100 <= ms <= end + 100:
        print("+%d ms [%s] %s" % (ms - start, parts[1], m.group(1).strip()[:140]))
PY
  { echo "--- change output"; cat "$tmp/change.out"; } >>"$log"
  rm -rf "$tmp"
  echo "== $mode $2" >&2; cat "$log" >&2
}

rm -f "$out"/*.txt
for i in $(seq "$REPEAT"); do
  run_mode slipway "$i"
  run_mode naive "$i"
done

field() { sed -n "s/.*$2=\([^ ]*\).*/\1/p" "$out/$1.txt" | head -1; }
win() { grep "^$3:" "$out/$1.txt" | sed -n "s/.*$2=\([^ ]*\).*/\1/p"; }
{
  echo "# apply-stall: writer stall while adding an index, a FK and NOT NULL to a 1,000,000-row table"
  echo
  echo "Generated by \`bench/apply-stall/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC')."
  echo
  echo "## Machine"
  echo
  machine
  echo "- Load: the 2 cores are shared with other jobs (1-minute load average when each change started → ended"
  echo "  is in the table); figures from a loaded machine are noisy, hence $REPEAT alternating runs of each mode."
  echo
  echo "## Setup"
  echo
  echo "\`setup.sql\`: \`customers\` (1,000 rows) and \`orders\` (1,000,000 rows, no index on \`customer_id\`, no FK, \`amount\` nullable)."
  echo "A writer (\`Writer.java\`, pgjdbc, one INSERT per autocommit transaction, \`lock_timeout = 0\`) inserts into \`orders\`"
  echo "continuously from ${BASELINE_S}s before the change until ${BASELINE_S}s after it. A *stall* is the gap between two"
  echo "consecutive successful inserts. Figures are over the gaps overlapping the change window (start to end of the command)."
  echo
  echo "- slipway: \`./slipway apply --url … --to desired.sql --auto-approve --allow-hazards all\` (window includes JVM start,"
  echo "  catalog read and desired-state normalisation in a scratch database on the same server)"
  echo "- naive: \`psql -f naive.sql\`: plain \`CREATE INDEX\`, \`ADD FOREIGN KEY\`, \`SET NOT NULL\`, each autocommit"
  echo
  echo "## Results"
  echo
  echo "| run | change took (ms) | inserts during change | **longest stall (ms)** | **p99 gap (ms)** | p99.9 gap (ms) | time in gaps ≥ 50 ms (ms) | baseline longest / p99 gap (ms) | load 1m | exit | end state |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---|"
  for m in slipway naive; do
    for i in $(seq "$REPEAT"); do
      f="$m-$i"
      echo "| $m #$i | $(field $f change_ms) | $(win $f inserts change_window) | $(win $f max_ms change_window) | $(win $f p99_ms change_window) | $(win $f p999_ms change_window) | $(field $f change_window_time_in_gaps_over_50ms_ms) | $(win $f max_ms baseline) / $(win $f p99_ms baseline) | $(field $f loadavg_before) → $(field $f loadavg_after) | $(field $f change_exit) | $(sed -n 's/^end_state=//p' "$out/$f.txt") |"
    done
  done
  echo
  echo "Gaps are measured over the change window (command start to end); *baseline* is the writer's gaps outside it"
  echo "(${BASELINE_S}s before and after), i.e. the noise floor of this machine at the time."
  echo
  echo "Raw output (writer statistics, the statements each side ran): \`out/slipway-N.txt\`, \`out/naive-N.txt\`."
} >"$here/RESULTS.md"
echo "wrote $here/RESULTS.md" >&2
cat "$here/RESULTS.md"
