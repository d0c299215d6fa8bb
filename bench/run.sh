#!/usr/bin/env bash
# Slipway benchmark: synthetic schemas at several sizes, loaded into throwaway PostgreSQL 15 and MariaDB servers,
# timed against pg_dump, @pgkit/migra, mysqldump and Liquibase on the same databases. See bench/README.md.
#
# usage: bench/run.sh [--sizes 1000,5000,10000,50000] [--cap 300] [--engines postgres,mariadb] [--profile]
#                     [--no-peers] [--no-install] [--out FILE] [--mariadb-table-cache N] [--repeat N]
#   --profile   also records one JFR profile of `slipway plan` per size (bench/.work/out/profile-*.txt)
#   --no-peers  only slipway (skips pg_dump, migra, mysqldump, Liquibase)
#   --mariadb-table-cache N  the MariaDB server's table_open_cache and table_definition_cache (default 30000)
#   --repeat N  extra runs of `slipway plan` db → db for its median and phase times (default 5)
# writes bench/results/RESULTS-<UTC date>.md (or --out FILE); work files in bench/.work/ (not in git).
# Run as root (installs with apt-get/npm/mvn; servers run as the unprivileged user "slipbench").
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
WORK="$HERE/.work"
SIZES="1000,5000,10000,50000"
CAP=300
ENGINES="postgres,mariadb"
PROFILE=0
PEERS=1
INSTALL=1
OUT=""
MY_TABLE_CACHE=30000
REPEAT=5
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) SIZES="$2"; shift 2 ;;
    --cap) CAP="$2"; shift 2 ;;
    --engines) ENGINES="$2"; shift 2 ;;
    --profile) PROFILE=1; shift ;;
    --no-peers) PEERS=0; shift ;;
    --no-install) INSTALL=0; shift ;;
    --out) OUT="$2"; shift 2 ;;
    --mariadb-table-cache) MY_TABLE_CACHE="$2"; shift 2 ;;
    --repeat) REPEAT="$2"; shift 2 ;;
    -h|--help) sed -n '2,11p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
RUNAS=slipbench
PGBIN=/usr/lib/postgresql/15/bin
LBVER=4.33.0
MIGRAVER=0.6.1
mkdir -p "$WORK" "$HERE/results"
STAMP="$(date -u +%Y-%m-%d)"
[[ -n "$OUT" ]] || OUT="$HERE/results/RESULTS-$STAMP.md"
ROWS="$WORK/rows.tsv"; : > "$ROWS"
LOG="$WORK/run.log"; : > "$LOG"
say() { echo "[$(date -u +%H:%M:%S)] $*" | tee -a "$LOG" >&2; }
has() { [[ ",$ENGINES," == *",$1,"* ]]; }

# ---------------------------------------------------------------- install
if [[ $INSTALL == 1 ]]; then
  need=()
  [[ -x $PGBIN/postgres ]] || need+=(postgresql-15)
  command -v mariadbd >/dev/null || need+=(mariadb-server mariadb-client)
  [[ -x /usr/bin/time ]] || need+=(time)
  command -v npm >/dev/null || need+=(npm)
  if [[ ${#need[@]} -gt 0 ]]; then
    say "apt-get install ${need[*]}"
    apt-get update -qq >>"$LOG" 2>&1
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >>"$LOG" 2>&1
  fi
  if [[ ! -x "$WORK/migra/node_modules/.bin/migra" ]]; then
    say "npm install @pgkit/migra@$MIGRAVER"
    mkdir -p "$WORK/migra"
    (cd "$WORK/migra" && npm install --no-audit --no-fund "@pgkit/migra@$MIGRAVER" >>"$LOG" 2>&1)
  fi
  if ! ls "$WORK/liquibase/lib/liquibase-core-$LBVER.jar" >/dev/null 2>&1; then
    say "mvn dependency:copy-dependencies (Liquibase $LBVER + drivers)"
    mvn -B -q -f "$HERE/liquibase/pom.xml" dependency:copy-dependencies -DoutputDirectory="$WORK/liquibase/lib" >>"$LOG" 2>&1
  fi
fi
say "building/checking slipway jar"
"$ROOT/slipway" --help >/dev/null
id "$RUNAS" >/dev/null 2>&1 || useradd -m -s /bin/bash "$RUNAS"
LBCP="$(ls "$WORK"/liquibase/lib/*.jar | tr '\n' ':')"
MIGRA="$WORK/migra/node_modules/.bin/migra"
SLIPWAY_DEFAULT_OPTS="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto"   # the launcher's defaults

freeport() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }

# ---------------------------------------------------------------- servers
PGDIR=""; PGPORT=""; MDIR=""; MPORT=""
cleanup() {
  if [[ -n "$PGDIR" ]]; then runuser -u "$RUNAS" -- "$PGBIN/pg_ctl" -D "$PGDIR/data" -m immediate -w stop >/dev/null 2>&1 || true; rm -rf "$PGDIR"; fi
  if [[ -n "$MDIR" ]]; then
    [[ -f "$MDIR/mysqld.pid" ]] && kill "$(cat "$MDIR/mysqld.pid")" 2>/dev/null || true
    for _ in $(seq 1 100); do [[ -f "$MDIR/mysqld.pid" ]] || break; sleep 0.1; done
    rm -rf "$MDIR"
  fi
}
trap cleanup EXIT

start_pg() {
  PGPORT=$(freeport); PGDIR=$(mktemp -d -t slipbench-pg.XXXXXX); chown "$RUNAS" "$PGDIR"; chmod 700 "$PGDIR"
  runuser -u "$RUNAS" -- "$PGBIN/initdb" -D "$PGDIR/data" -U postgres -A trust -E UTF8 --no-locale --no-sync >"$PGDIR/initdb.log" 2>&1
  # max_locks_per_transaction: loading N tables in one transaction and pg_dump both take a lock per table.
  runuser -u "$RUNAS" -- "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w -o "-p $PGPORT -k $PGDIR \
    -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off \
    -c max_connections=30 -c max_locks_per_transaction=4096 -c shared_buffers=256MB -c shared_preload_libraries=pg_stat_statements \
    -c pg_stat_statements.max=10000 -c pg_stat_statements.track_utility=on" start >/dev/null
  psqlc -q -c "create extension pg_stat_statements" >/dev/null
}
psqlc() { psql -X -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"; }
pg_count_reset() { psqlc -qAt -c "select pg_stat_statements_reset()" >/dev/null; }
pg_count() { psqlc -qAt -F ' ' -c "select coalesce(sum(calls),0), round(coalesce(sum(total_exec_time),0)::numeric/1000, 2) from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname in ('cur','des')"; }

start_mariadb() {
  MPORT=$(freeport); MDIR=$(mktemp -d -t slipbench-mdb.XXXXXX); chown "$RUNAS" "$MDIR"
  runuser -u "$RUNAS" -- mariadb-install-db --no-defaults --datadir="$MDIR/data" --auth-root-authentication-method=normal \
    --skip-test-db --skip-name-resolve >"$MDIR/install.log" 2>&1
  # Table caches sized like a production server's for this many tables (cur and des together hold 2N): with
  # fewer slots than the tables one query scans (MariaDB's defaults are 2000 and 400+), every
  # information_schema scan reopens every table, and a 10,000-table read takes twice as long
  # (--mariadb-table-cache 4000 shows it).
  # mariadbd running as a non-root user cannot raise its own open-files limit: without the ulimit the server
  # silently falls back to open_files_limit=1024 and cuts table_open_cache to ~400. Its own tmpdir: other
  # processes on a shared machine tidy /tmp.
  mkdir -p "$MDIR/tmp"; chown "$RUNAS" "$MDIR/tmp"
  runuser -u "$RUNAS" -- bash -c "ulimit -n 20000 && exec mariadbd --no-defaults --datadir='$MDIR/data' --port=$MPORT \
    --bind-address=127.0.0.1 --socket='$MDIR/mysql.sock' --pid-file='$MDIR/mysqld.pid' --log-error='$MDIR/error.log' \
    --tmpdir='$MDIR/tmp' --skip-name-resolve --innodb-buffer-pool-size=256M --innodb-flush-log-at-trx-commit=0 \
    --skip-log-bin --table-open-cache=$MY_TABLE_CACHE --table-definition-cache=$MY_TABLE_CACHE --open-files-limit=20000" >/dev/null 2>&1 &
  for _ in $(seq 1 300); do [[ -S "$MDIR/mysql.sock" ]] && mariadb -S "$MDIR/mysql.sock" -uroot -e 'select 1' >/dev/null 2>&1 && break; sleep 0.1; done
  mdb -e "CREATE USER 'test'@'%' IDENTIFIED BY 'test'; GRANT ALL ON *.* TO 'test'@'%' WITH GRANT OPTION;"
  # At start-up MariaDB caps table_open_cache at about (open_files_limit - max_connections) / 2, 9,909 under
  # this machine's hard limit of 20,000 open files; an InnoDB table in the cache holds no file of its own
  # (innodb_open_files bounds those), so the size asked for is set again at run time, where no cap applies.
  mdb -e "SET GLOBAL table_open_cache = $MY_TABLE_CACHE"
  # statements our own status read adds to the global Questions counter
  local a b; a=$(my_questions); b=$(my_questions); MY_OVERHEAD=$((b - a))
}
mdb() { mariadb -S "$MDIR/mysql.sock" -uroot "$@"; }
my_questions() { mdb -N -B -e "show global status like 'Questions'" | awk '{print $2}'; }
MY_Q0=0
my_count_reset() { MY_Q0=$(my_questions); }
my_count() { echo "$(( $(my_questions) - MY_Q0 - MY_OVERHEAD )) –"; }

# ---------------------------------------------------------------- measuring
# measure ENGINE SIZE TOOL -- command...   (stdout of the command goes to $WORK/out/<tool>-<size>.out)
measure() {
  local engine=$1 size=$2 tool=$3; shift 4
  local slug; slug=$(echo "$engine-$size-$tool" | tr -c 'a-zA-Z0-9\n-' '_')
  local tf="$WORK/out/$slug.time" of="$WORK/out/$slug.out" ef="$WORK/out/$slug.err"
  mkdir -p "$WORK/out"
  [[ $engine == postgres ]] && pg_count_reset || my_count_reset
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  local t0=$EPOCHREALTIME rc=0
  /usr/bin/time -v -o "$tf" timeout "$CAP" "$@" >"$of" 2>"$ef" || rc=$?
  local t1=$EPOCHREALTIME
  local q srv; if [[ $engine == postgres ]]; then read -r q srv < <(pg_count); else read -r q srv < <(my_count); fi
  local wall; wall=$(python3 -c "print('%.2f' % ($t1 - $t0))")
  local rss; rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$tf" 2>/dev/null || echo "?")
  local status=ok
  if [[ $rc == 124 ]]; then status="> cap"; wall="> $CAP"; elif [[ $rc != 0 ]]; then status="exit $rc"; fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$engine" "$size" "$tool" "$wall" "$rss" "$q" "$status" "$({ wc -c <"${OUTFILE:-$of}"; } 2>/dev/null || echo 0)" "$srv" "$load" >>"$ROWS"
  say "  $engine $size $tool: ${wall}s, ${rss} MB RSS, $q statements (server ${srv}s), $status, load $load"
  if [[ $status != ok ]]; then tail -n 5 "$ef" | sed 's/^/      /' | tee -a "$LOG" >&2; fi
  return 0
}
note() { printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "–" "–" "–" "$4" "–" "–" "–" >>"$ROWS"; }

# peak heap from a GC log: max of (heap used before any GC, heap used at exit), in MB
peak_heap() {
  python3 - "$1" <<'EOF'
import re, sys
peak = 0.0; exit_used = 0.0
for line in open(sys.argv[1]):
    m = re.search(r'Pause \w+ .*? (\d+)M->(\d+)M\(', line)
    if m: peak = max(peak, float(m.group(1)))
    m = re.search(r'(generation|space) +total \d+K, used (\d+)K', line)
    if m and 'Metaspace' not in line and 'class space' not in line: exit_used += int(m.group(2)) / 1024
print('%.0f' % max(peak, exit_used))
EOF
}

# The machine is shared and noisy: the db → db plan is also run REPEAT more times with SLIPWAY_TIMINGS=1,
# for its median wall time and where the time goes (start-up, reading both sides at once, diff + plan).
repeat_plan() {  # ENGINE SIZE URLCUR URLDES
  local engine=$1 size=$2 cur=$3 des=$4 i
  for ((i = 1; i <= REPEAT; i++)); do
    local ef="$WORK/out/repeat-$engine-$size-$i.err" t0=$EPOCHREALTIME
    SLIPWAY_TIMINGS=1 timeout "$CAP" "$ROOT/slipway" plan --url "$cur" --to "$des" --format sql >/dev/null 2>"$ef" || true
    printf '%s\t%s\t%s\t%s\n' "$engine" "$size" "$(python3 -c "print('%.2f' % ($EPOCHREALTIME - $t0))")" "$(
      awk '/slipway: timing: .* command line parsed/ {p=$3} /slipway: timing: .* both sides read/ {r=$3}
           /slipway: timing: .* diffed and planned/ {d=$3} /slipway: timing: .* done/ {e=$3}
           END {print p "," r "," d "," e}' "$ef")" >>"$WORK/repeats.tsv"
  done
}

slipway_runs() {  # ENGINE SIZE URLCUR URLDES DESIREDSQL
  local engine=$1 size=$2 cur=$3 des=$4 desired=$5 gc="$WORK/out/gc-$1-$2"
  measure "$engine" "$size" "slipway inspect --format sql" -- \
    env SLIPWAY_JAVA_OPTS="$SLIPWAY_DEFAULT_OPTS -Xlog:gc,gc+heap+exit:file=$gc-inspect.log" "$ROOT/slipway" inspect --url "$cur" --format sql
  echo "$engine	$size	slipway inspect --format sql	$(peak_heap "$gc-inspect.log")" >>"$WORK/heap.tsv"
  measure "$engine" "$size" "slipway plan (db → db)" -- \
    env SLIPWAY_JAVA_OPTS="$SLIPWAY_DEFAULT_OPTS -Xlog:gc,gc+heap+exit:file=$gc-plan.log" "$ROOT/slipway" plan --url "$cur" --to "$des" --format sql
  echo "$engine	$size	slipway plan (db → db)	$(peak_heap "$gc-plan.log")" >>"$WORK/heap.tsv"
  repeat_plan "$engine" "$size" "$cur" "$des"
  measure "$engine" "$size" "slipway plan (db → db), -Xmx512m" -- \
    env SLIPWAY_JAVA_OPTS="$SLIPWAY_DEFAULT_OPTS -Xmx512m" "$ROOT/slipway" plan --url "$cur" --to "$des" --format sql
  if [[ $engine == postgres ]]; then
    measure "$engine" "$size" "slipway plan (db → desired.sql, --dev-url none)" -- \
      env SLIPWAY_JAVA_OPTS="$SLIPWAY_DEFAULT_OPTS -Xlog:gc,gc+heap+exit:file=$gc-planfile.log" "$ROOT/slipway" plan --url "$cur" --to "$desired" --dev-url none --format sql
    echo "$engine	$size	slipway plan (db → desired.sql, --dev-url none)	$(peak_heap "$gc-planfile.log")" >>"$WORK/heap.tsv"
  else
    # MySQL DDL is only read through a dev database (DESIGN §4); the db → db row is the comparison.
    note "$engine" "$size" "slipway plan (db → desired.sql, --dev-url none)" "not run: offline DDL reading is PostgreSQL-only"
  fi
  if [[ $PROFILE == 1 ]]; then
    local jfr="$WORK/out/profile-$engine-$size.jfr"
    [[ $engine == postgres ]] && pg_count_reset
    SLIPWAY_JAVA_OPTS="$SLIPWAY_DEFAULT_OPTS -XX:StartFlightRecording=filename=$jfr,settings=profile" \
      "$ROOT/slipway" plan --url "$cur" --to "$des" --format sql >/dev/null 2>"$WORK/out/profile-$engine-$size.err" || true
    { python3 "$HERE/jfr_top.py" "$jfr" 2>&1 || true
      if [[ $engine == postgres ]]; then
        echo; echo "-- server side (pg_stat_statements): statements by total execution time"
        psqlc -qA -F ' | ' -c "select calls, round(total_exec_time::numeric, 1) as ms, rows, left(regexp_replace(query, '\s+', ' ', 'g'), 110) as query from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname in ('cur','des') order by total_exec_time desc limit 20"
      fi
    } >"$WORK/out/profile-$engine-$size.txt"
    say "  profile: $WORK/out/profile-$engine-$size.txt"
    # the launcher stops the JIT at C1 (fast start-up); how does a full tiered JIT do on a big schema?
    measure "$engine" "$size" "slipway plan (db → db), full JIT (-XX:+UseSerialGC only)" -- \
      env SLIPWAY_JAVA_OPTS="-XX:+UseSerialGC -Xshare:auto" "$ROOT/slipway" plan --url "$cur" --to "$des" --format sql
  fi
}


# ---------------------------------------------------------------- machine
: > "$WORK/heap.tsv"; : > "$WORK/repeats.tsv"
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
CPU=$(lscpu | awk -F': +' '/Model name/ {print $2; exit}')
MACHINE="$CPU, $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM, $(uname -sr)"
JAVA=$(java -version 2>&1 | head -1)
say "machine: $MACHINE; $JAVA; load $LOAD_START"

# slipway --help start-up
HELPTIMES=()
for _ in 1 2 3 4 5; do t0=$EPOCHREALTIME; "$ROOT/slipway" --help >/dev/null; t1=$EPOCHREALTIME; HELPTIMES+=("$(python3 -c "print('%.3f' % ($t1 - $t0))")"); done
HELP=$(printf '%s\n' "${HELPTIMES[@]}" | sort -n | awk '{a[NR]=$1} END {print "median " a[int((NR+1)/2)] " s (min " a[1] " s, max " a[NR] " s, 5 runs)"}')
say "slipway --help: $HELP"

PGVER=""; MYVER=""
if has postgres; then start_pg; PGVER=$(psqlc -qAt -c "show server_version"); say "PostgreSQL $PGVER on port $PGPORT"; fi
if has mariadb; then start_mariadb; MYVER="$(mdb -N -B -e "select concat(version(), ' (table_open_cache ', @@table_open_cache, ', table_definition_cache ', @@table_definition_cache, ', open_files_limit ', @@open_files_limit, ')')")"; say "MariaDB $MYVER on port $MPORT"; fi

IFS=',' read -r -a SIZE_LIST <<<"$SIZES"
for N in "${SIZE_LIST[@]}"; do
  if has postgres; then
    G="$WORK/gen/postgres-$N"
    say "postgres $N: generating"; python3 "$HERE/gen.py" --tables "$N" --dialect postgres --txn-batch 3000 --out "$G"
    psqlc -q -c "drop database if exists cur" -c "drop database if exists des" -c "create database cur" -c "create database des"
    t0=$EPOCHREALTIME
    psqlc -q -d cur -f "$G/current.sql" >/dev/null; psqlc -q -d des -f "$G/desired.sql" >/dev/null
    say "postgres $N: loaded both databases in $(python3 -c "print('%.1f' % ($EPOCHREALTIME - $t0))") s"
    # Measured in steady state, as a production catalog is kept by autovacuum: right after a bulk load the
    # catalog's statistics are stale (the planner's estimates say 1 row for 10,000) and autovacuum workers
    # start analysing pg_class, pg_attribute and the rest in the middle of the measurements.
    t0=$EPOCHREALTIME
    psqlc -q -d cur -c "VACUUM ANALYZE" >/dev/null; psqlc -q -d des -c "VACUUM ANALYZE" >/dev/null
    say "postgres $N: VACUUM ANALYZE of both databases in $(python3 -c "print('%.1f' % ($EPOCHREALTIME - $t0))") s"
    cp "$G/stats.txt" "$WORK/stats-postgres-$N.txt"
    CUR="jdbc:postgresql://127.0.0.1:$PGPORT/cur?user=postgres"; DES="jdbc:postgresql://127.0.0.1:$PGPORT/des?user=postgres"
    slipway_runs postgres "$N" "$CUR" "$DES" "$G/desired.sql"
    if [[ $PEERS == 1 ]]; then
      measure postgres "$N" "pg_dump --schema-only" -- pg_dump -h 127.0.0.1 -p "$PGPORT" -U postgres --schema-only cur
      measure postgres "$N" "@pgkit/migra $MIGRAVER" -- "$MIGRA" run "postgresql://postgres@127.0.0.1:$PGPORT/cur" \
        "postgresql://postgres@127.0.0.1:$PGPORT/des" --unsafe true
      OUTFILE="$WORK/out/lb-pg-$N.postgresql.sql" measure postgres "$N" "Liquibase $LBVER diff-changelog" -- "$HERE/liquibase.sh" "$CUR" "$DES" "$WORK/out/lb-pg-$N.postgresql.sql"
    fi
  fi
  if has mariadb; then
    G="$WORK/gen/mariadb-$N"
    say "mariadb $N: generating"; python3 "$HERE/gen.py" --tables "$N" --dialect mariadb --out "$G"
    mdb -e "drop database if exists cur; drop database if exists des; create database cur; create database des"
    t0=$EPOCHREALTIME
    { echo "SET foreign_key_checks=0;"; cat "$G/current.sql"; } | mdb cur
    { echo "SET foreign_key_checks=0;"; cat "$G/desired.sql"; } | mdb des
    say "mariadb $N: loaded both databases in $(python3 -c "print('%.1f' % ($EPOCHREALTIME - $t0))") s"
    cp "$G/stats.txt" "$WORK/stats-mariadb-$N.txt"
    MCUR="jdbc:mariadb://127.0.0.1:$MPORT/cur?user=test&password=test"; MDES="jdbc:mariadb://127.0.0.1:$MPORT/des?user=test&password=test"
    slipway_runs mariadb "$N" "$MCUR" "$MDES" "$G/desired.sql"
    [[ $PEERS == 1 ]] || continue  # the last engine of this size
    measure mariadb "$N" "mysqldump --no-data" -- mysqldump -h 127.0.0.1 -P "$MPORT" -utest -ptest --no-data --databases cur
    OUTFILE="$WORK/out/lb-mariadb-$N.mariadb.sql" measure mariadb "$N" "Liquibase $LBVER diff-changelog" -- "$HERE/liquibase.sh" "jdbc:mariadb://127.0.0.1:$MPORT/cur?user=test&password=test" \
      "jdbc:mariadb://127.0.0.1:$MPORT/des?user=test&password=test" "$WORK/out/lb-mariadb-$N.mariadb.sql"
  fi
done
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------- report
python3 "$HERE/report.py" --rows "$ROWS" --heap "$WORK/heap.tsv" --work "$WORK" --cap "$CAP" \
  --machine "$MACHINE" --java "$JAVA" --pg "$PGVER" --mariadb "$MYVER" --help-time "$HELP" \
  --load "$LOAD_START → $LOAD_END" --commit "$(git -C "$ROOT" rev-list -1 --abbrev-commit HEAD -- . ':!bench')" >"$OUT"
say "wrote $OUT"
