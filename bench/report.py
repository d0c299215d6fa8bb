#!/usr/bin/env python3
"""Turns bench/run.sh's rows into the Markdown results file (stdout)."""
import argparse, collections, datetime, glob, os

a = argparse.ArgumentParser()
for k in ["rows", "heap", "work", "cap", "machine", "java", "pg", "mariadb", "help-time", "load", "commit"]:
    a.add_argument("--" + k, default="")
a = a.parse_args()

rows = [l.rstrip("\n").split("\t") for l in open(a.rows) if l.strip()]
heap = {}
for l in open(a.heap):
    p = l.rstrip("\n").split("\t")
    if len(p) == 4:
        heap[(p[0], p[1], p[2])] = p[3]

def stats(engine, size):
    f = os.path.join(a.work, "stats-%s-%s.txt" % (engine, size))
    return dict(l.strip().split("=", 1) for l in open(f)) if os.path.exists(f) else {}

out = []
w = out.append
w("# Slipway benchmark results, %s" % datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M UTC"))
w("")
w("- machine: %s" % a.machine)
w("- load average (1/5/15 min) at start → end: %s" % a.load)
w("- %s; PostgreSQL %s; MariaDB %s; slipway at commit %s" % (a.java, a.pg or "–", a.mariadb or "–", a.commit))
w("- `slipway --help` start-up: %s" % a.help_time)
w("- time cap per tool run: %s s (`timeout`); wall time measured around the whole process, peak RSS from "
  "`/usr/bin/time -v`; statements = server-side count during the run (PostgreSQL: `pg_stat_statements` calls "
  "in the two databases, server time = their summed `total_exec_time`; MariaDB: global `Questions` delta). "
  "One run each, no warm-up. Output = bytes written (Liquibase: the changelog file). Load = the 1-minute "
  "load average when the run started (a shared machine: compare figures taken at similar load)." % a.cap)
w("- slipway peak heap: largest heap occupancy seen in `-Xlog:gc` (before a collection or at exit); "
  "the `-Xmx512m` row re-runs the plan with the heap capped at 512 MB.")
w("")
repeats = collections.defaultdict(list)  # (engine, size) -> [(wall, "parsed,read,planned,done")]
try:
    for line in open(os.path.join(a.work, "repeats.tsv")):
        f = line.rstrip("\n").split("\t")
        if len(f) == 4:
            repeats[(f[0], f[1])].append((f[2], f[3]))
except FileNotFoundError:
    pass
engines = collections.OrderedDict()
for r in rows:
    engines.setdefault(r[0], collections.OrderedDict()).setdefault(r[1], []).append(r)
for engine, sizes in engines.items():
    w("## %s" % ("PostgreSQL" if engine == "postgres" else "MariaDB"))
    w("")
    for size, rs in sizes.items():
        s = stats(engine, size)
        if s:
            w("**%s tables** (%s columns, %s indexes incl. PKs, %s unique, %s partial, %s FKs, %s checks, %s views, "
              "%s enums, %s sequences; desired variant: %s changes)" % (
                  s.get("tables"), s.get("columns"), s.get("indexes_incl_pk"), s.get("unique_indexes"),
                  s.get("partial_indexes_pg") if engine == "postgres" else "0 (plain on MariaDB)",
                  s.get("foreign_keys"), s.get("checks"), s.get("views"),
                  s.get("enums") if engine == "postgres" else "inline", s.get("sequences"), s.get("changes")))
        else:
            w("**%s tables**" % size)
        w("")
        w("| tool | wall (s) | peak RSS (MB) | peak heap (MB) | statements | server time (s) | output (bytes) | status | load (1 min) |")
        w("|---|---:|---:|---:|---:|---:|---:|---|---:|")
        for r in rs:
            _, _, tool, wall, rss, q, status, size_b, srv = r[:9]
            load = r[9] if len(r) > 9 else "–"  # 1-minute load average when the run started
            w("| %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (tool, wall, rss, heap.get((engine, size, tool), "–"), q,
                                                                 srv, size_b, status, load))
        w("")
        reps = repeats.get((engine, size), [])
        if reps:
            walls = sorted(float(x[0]) for x in reps)
            med = lambda xs: sorted(xs)[len(xs) // 2]
            phases = [p.split(",") for _, p in reps]
            ok = [p for p in phases if all(v.isdigit() for v in p)]
            line = ("`slipway plan` db → db, %d more runs: wall min %.2f s, median %.2f s, max %.2f s"
                    % (len(walls), walls[0], med(walls), walls[-1]))
            if ok:
                parsed, read, planned, done = (med([int(p[i]) for p in ok]) for i in range(4))
                line += ("; median phases (ms since JVM start, SLIPWAY_TIMINGS): command line parsed %d, both sides "
                         "read %d, diffed and planned %d, done %d" % (parsed, read, planned, done))
            w(line)
            w("")
print("\n".join(out))
