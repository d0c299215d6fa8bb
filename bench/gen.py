#!/usr/bin/env python3
"""Generates a realistic synthetic schema and a "desired" variant that changes about 1% of its objects.

usage: gen.py --tables N --dialect postgres|mariadb --out DIR [--seed S] [--change-pct 1.0]
writes DIR/current.sql and DIR/desired.sql (plain DDL; with --txn-batch N, BEGIN/COMMIT every N statements) and DIR/stats.txt.

Deterministic for a given (N, seed): the same model is rendered for both dialects, so PostgreSQL and
MariaDB get the same tables, columns, keys and changes (where MariaDB lacks a feature -- partial indexes,
standalone enum types -- the closest equivalent is used: plain index, inline ENUM column).

Shape (per table, on average): 5-30 columns of mixed types (mean ~10), a bigint primary key, ~1.1 secondary
indexes (unique ~30% of tables, partial ~20%), a foreign key to the previous table in a chain for about
half of the tables, a CHECK on ~25% of tables. Per 100 tables: 1 enum type, 1 sequence, 1 view.
"""
import argparse
import copy
import os
import random

# (name, postgres type, mariadb type, indexable)
TYPES = [
    ("int", "integer", "int", True),
    ("big", "bigint", "bigint", True),
    ("small", "smallint", "smallint", True),
    ("txt", "text", "text", False),
    ("name", "varchar({n})", "varchar({n})", True),
    ("amount", "numeric({p},{s})", "decimal({p},{s})", True),
    ("flag", "boolean", "boolean", True),
    ("at", "timestamptz", "datetime(6)", True),
    ("day", "date", "date", True),
    ("doc", "jsonb", "json", False),
    ("uid", "uuid", "char(36)", True),
    ("ratio", "double precision", "double", True),
]
WEIGHTS = [14, 10, 4, 10, 16, 8, 8, 10, 5, 4, 4, 3]
ENUM_VALUES = ["new", "active", "paused", "closed", "archived", "deleted", "pending", "failed"]


def q(name):
    return name  # all generated identifiers are lower-case [a-z0-9_]: no quoting needed in either dialect


class Col:
    def __init__(self, name, kind, params, nullable, default, enum=None):
        self.name, self.kind, self.params, self.nullable, self.default, self.enum = \
            name, kind, params, nullable, default, enum

    def type_sql(self, dialect, model):
        if self.kind == "enum":
            if dialect == "postgres":
                return self.enum
            return "enum(" + ", ".join("'%s'" % v for v in model["enums"][self.enum]) + ")"
        for k, pg, my, _ in TYPES:
            if k == self.kind:
                t = pg if dialect == "postgres" else my
                return t.format(**self.params)
        if self.kind == "pk":
            return "bigint"
        if self.kind == "fk":
            return "bigint"
        raise ValueError(self.kind)

    def default_sql(self, dialect):
        d = self.default
        if d is None:
            return None
        if d == "now":
            return "now()" if dialect == "postgres" else "current_timestamp(6)"
        if d == "true":
            return "true"
        return d


def build(n, seed):
    r = random.Random(seed)
    m = {"enums": {}, "sequences": [], "tables": [], "views": []}
    for e in range(max(3, n // 100)):
        k = r.randint(3, 6)
        m["enums"]["status_%04d" % e] = r.sample(ENUM_VALUES, k)
    for s in range(max(3, n // 100)):
        m["sequences"].append({"name": "seq_%05d" % s, "start": r.randint(1, 1000), "inc": r.choice([1, 1, 1, 10])})
    enum_names = sorted(m["enums"])
    for i in range(n):
        t = {"name": "t_%05d" % i, "cols": [], "indexes": [], "fk": None, "checks": []}
        t["cols"].append(Col("id", "pk", {}, False, None))
        ncols = min(30, 5 + int(r.expovariate(1 / 5.5)))  # 5-30, mean ~10 (DESIGN §9: ~10 columns a table)
        used = set()
        while len(t["cols"]) < ncols:
            kind = r.choices([x[0] for x in TYPES] + ["enum"], WEIGHTS + [4])[0]
            params = {}
            if kind == "name":
                params = {"n": r.choice([32, 64, 100, 200, 255])}
            elif kind == "amount":
                params = {"p": r.choice([10, 12, 18]), "s": r.choice([0, 2, 4])}
            base = kind
            j = 1
            while "%s_%d" % (base, j) in used:
                j += 1
            cname = "%s_%d" % (base, j)
            used.add(cname)
            nullable = r.random() < 0.6
            default = None
            enum = None
            if kind == "enum":
                enum = r.choice(enum_names)
                if r.random() < 0.5:
                    default = "'%s'" % m["enums"][enum][0]
            elif kind in ("int", "big", "small") and r.random() < 0.3:
                default = "0"
            elif kind == "flag" and r.random() < 0.5:
                default = "true"
            elif kind == "at" and r.random() < 0.5:
                default = "now"
            t["cols"].append(Col(cname, kind, params, nullable, default, enum))
        # FK chain: about half of the tables reference the previous table
        if i > 0 and r.random() < 0.5:
            t["cols"].insert(1, Col("parent_id", "fk", {}, True, None))
            t["fk"] = {"name": "%s_parent_fk" % t["name"], "col": "parent_id", "ref": "t_%05d" % (i - 1),
                       "on_delete": r.choice(["no action", "no action", "cascade", "set null"])}
            t["indexes"].append({"name": "%s_parent_idx" % t["name"], "cols": ["parent_id"], "unique": False,
                                 "where": None})
        idxable = [c for c in t["cols"] if c.kind not in ("pk", "fk", "txt", "doc", "enum")
                   and dict((x[0], x[3]) for x in TYPES).get(c.kind)]
        if idxable and r.random() < 0.3:
            c = r.choice(idxable)
            t["indexes"].append({"name": "%s_%s_key" % (t["name"], c.name), "cols": [c.name], "unique": True,
                                 "where": None})
        if idxable and r.random() < 0.2:
            c = r.choice(idxable)
            nullable = [x for x in t["cols"] if x.nullable and x.kind not in ("txt", "doc")]
            w = r.choice(nullable).name if nullable else c.name
            t["indexes"].append({"name": "%s_%s_part" % (t["name"], c.name), "cols": [c.name], "unique": False,
                                 "where": "%s is not null" % w})
        if idxable and r.random() < 0.55:
            cs = r.sample(idxable, min(len(idxable), r.choice([1, 1, 2])))
            nm = "%s_%s_idx" % (t["name"], "_".join(c.name for c in cs))
            if all(ix["name"] != nm for ix in t["indexes"]):
                t["indexes"].append({"name": nm, "cols": [c.name for c in cs], "unique": False, "where": None})
        nums = [c for c in t["cols"] if c.kind in ("int", "big", "small", "amount")]
        if nums and r.random() < 0.25:
            c = r.choice(nums)
            t["checks"].append({"name": "%s_%s_check" % (t["name"], c.name), "expr": "%s >= 0" % c.name})
        m["tables"].append(t)
    for v in range(max(2, n // 100)):
        t = m["tables"][r.randrange(n)]
        cols = [c.name for c in t["cols"]][: r.randint(2, 5)]
        m["views"].append({"name": "v_%05d" % v, "table": t["name"], "cols": cols,
                           "where": "id > %d" % r.randint(0, 100)})
    return m


def mutate(m, pct, seed):
    """Changes about pct% of the objects (tables, enums, sequences, views) in a copy of the model."""
    r = random.Random(seed + 1)
    d = copy.deepcopy(m)
    n = len(d["tables"])
    k = max(1, round(n * pct / 100.0))
    log = []
    picks = r.sample(range(1, n - 1), min(k, n - 2))
    kinds = ["add_column", "drop_column", "widen_varchar", "add_index", "drop_index", "change_check",
             "set_not_null", "change_default", "add_table", "drop_table"]
    dropped = set()
    for p in picks:
        t = d["tables"][p]
        kind = r.choice(kinds)
        if kind == "drop_table":
            # dropping a table in the middle of an FK chain: the next table's FK must go too
            nxt = d["tables"][p + 1]
            if nxt["fk"] and nxt["fk"]["ref"] == t["name"]:
                nxt["fk"] = None
            if any(v["table"] == t["name"] for v in d["views"]) or p in dropped:
                kind = "add_column"
            else:
                dropped.add(p)
                log.append("drop table " + t["name"])
                continue
        if kind == "add_table":
            nt = {"name": t["name"] + "_new", "cols": [Col("id", "pk", {}, False, None),
                                                        Col("name_1", "name", {"n": 100}, False, None),
                                                        Col("at_1", "at", {}, False, "now")],
                  "indexes": [{"name": t["name"] + "_new_name_1_key", "cols": ["name_1"], "unique": True,
                               "where": None}], "fk": None, "checks": []}
            d.setdefault("extra_tables", []).append(nt)
            log.append("add table " + nt["name"])
            continue
        if kind == "add_column":
            t["cols"].append(Col("added_1", "name", {"n": 120}, True, None))
            log.append("add column %s.added_1" % t["name"])
        elif kind == "drop_column":
            cand = [c for c in t["cols"] if c.kind not in ("pk", "fk") and not any(
                c.name in ix["cols"] or (ix["where"] or "").startswith(c.name + " ") for ix in t["indexes"])
                    and not any(ch["expr"].startswith(c.name + " ") for ch in t["checks"])
                    and not any(v["table"] == t["name"] and c.name in v["cols"] for v in d["views"])]
            if cand:
                c = r.choice(cand)
                t["cols"].remove(c)
                log.append("drop column %s.%s" % (t["name"], c.name))
            else:
                t["cols"].append(Col("added_1", "int", {}, True, None))
                log.append("add column %s.added_1" % t["name"])
        elif kind == "widen_varchar":
            cand = [c for c in t["cols"] if c.kind == "name" and c.params["n"] < 255]
            if cand:
                c = r.choice(cand)
                c.params = {"n": 255}
                log.append("widen %s.%s" % (t["name"], c.name))
            else:
                t["cols"].append(Col("added_1", "big", {}, True, None))
                log.append("add column %s.added_1" % t["name"])
        elif kind == "add_index":
            cand = [c for c in t["cols"] if c.kind in ("int", "big", "at", "day", "name")]
            c = (cand or t["cols"])[0]
            t["indexes"].append({"name": "%s_%s_added_idx" % (t["name"], c.name), "cols": [c.name],
                                 "unique": False, "where": None})
            log.append("add index on %s.%s" % (t["name"], c.name))
        elif kind == "drop_index":
            cand = [ix for ix in t["indexes"] if not ix["name"].endswith("_parent_idx")]
            if cand:
                t["indexes"].remove(cand[0])
                log.append("drop index " + cand[0]["name"])
            else:
                t["indexes"].append({"name": "%s_id_desc_idx" % t["name"], "cols": ["id"], "unique": False,
                                     "where": None})
                log.append("add index %s_id_desc_idx" % t["name"])
        elif kind == "change_check":
            nums = [c for c in t["cols"] if c.kind in ("int", "big", "small")]
            if t["checks"]:
                t["checks"][0]["expr"] = t["checks"][0]["expr"].replace(">= 0", "> 0")
                log.append("change check " + t["checks"][0]["name"])
            elif nums:
                t["checks"].append({"name": "%s_%s_check" % (t["name"], nums[0].name),
                                    "expr": "%s >= 0" % nums[0].name})
                log.append("add check on %s.%s" % (t["name"], nums[0].name))
            else:
                t["cols"].append(Col("added_1", "small", {}, True, None))
                log.append("add column %s.added_1" % t["name"])
        elif kind == "set_not_null":
            cand = [c for c in t["cols"] if c.nullable and c.kind != "fk"]
            if cand:
                cand[0].nullable = False
                log.append("set not null %s.%s" % (t["name"], cand[0].name))
            else:
                t["cols"].append(Col("added_1", "flag", {}, True, None))
                log.append("add column %s.added_1" % t["name"])
        elif kind == "change_default":
            cand = [c for c in t["cols"] if c.kind in ("int", "big", "small")]
            if cand:
                cand[0].default = "1" if cand[0].default != "1" else "2"
                log.append("change default %s.%s" % (t["name"], cand[0].name))
            else:
                t["cols"].append(Col("added_1", "int", {}, True, "0"))
                log.append("add column %s.added_1" % t["name"])
    d["tables"] = [t for i, t in enumerate(d["tables"]) if i not in dropped]
    d["tables"].extend(d.pop("extra_tables", []))
    # ~1% of the other objects too
    en = sorted(d["enums"])
    for e in r.sample(en, max(1, len(en) // 100)):
        extra = [v for v in ENUM_VALUES if v not in d["enums"][e]]
        if extra:
            d["enums"][e].append(extra[0])
            log.append("add enum value %s.%s" % (e, extra[0]))
    for s in r.sample(d["sequences"], max(1, len(d["sequences"]) // 100)):
        s["inc"] = s["inc"] * 2
        log.append("change sequence increment " + s["name"])
    for v in r.sample(d["views"], max(1, len(d["views"]) // 100)):
        v["where"] = v["where"].replace(">", ">=")
        log.append("change view " + v["name"])
    return d, log


def render(m, dialect, batch=0):
    out = []
    pg = dialect == "postgres"
    done = [0]

    def w(stmt):
        out.append(stmt)
        # PostgreSQL: COMMIT/BEGIN every `batch` statements (one huge transaction would need a lock-table slot
        # per created or altered relation: hundreds of thousands at 50k tables)
        if batch and pg:
            done[0] += 1
            if done[0] % batch == 0:
                out.append("COMMIT;\nBEGIN;")
    if batch and pg:
        out.append("BEGIN;")
    if pg:
        for e in sorted(m["enums"]):
            w("CREATE TYPE %s AS ENUM (%s);" % (e, ", ".join("'%s'" % v for v in m["enums"][e])))
    for s in m["sequences"]:
        w("CREATE SEQUENCE %s START WITH %d INCREMENT BY %d;" % (s["name"], s["start"], s["inc"]))
    for t in m["tables"]:
        lines = []
        for c in t["cols"]:
            if c.kind == "pk":
                lines.append("  id bigint %s" % ("GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY" if pg
                                                   else "NOT NULL AUTO_INCREMENT PRIMARY KEY"))
                continue
            s = "  %s %s" % (c.name, c.type_sql(dialect, m))
            if not c.nullable:
                s += " NOT NULL"
            dft = c.default_sql(dialect)
            if dft is not None:
                s += " DEFAULT " + dft
            lines.append(s)
        for ch in t["checks"]:
            lines.append("  CONSTRAINT %s CHECK (%s)" % (ch["name"], ch["expr"]))
        w("CREATE TABLE %s (\n%s\n)%s;" % (t["name"], ",\n".join(lines), "" if pg else " ENGINE=InnoDB"))
        for ix in t["indexes"]:
            where = ""
            if ix["where"] and pg:
                where = " WHERE " + ix["where"]
            w("CREATE %sINDEX %s ON %s (%s)%s;" % ("UNIQUE " if ix["unique"] else "", ix["name"], t["name"],
                                                   ", ".join(ix["cols"]), where))
    names = {t["name"] for t in m["tables"]}
    for t in m["tables"]:
        fk = t["fk"]
        if fk and fk["ref"] in names:
            w("ALTER TABLE %s ADD CONSTRAINT %s FOREIGN KEY (%s) REFERENCES %s (id) ON DELETE %s;"
              % (t["name"], fk["name"], fk["col"], fk["ref"], fk["on_delete"].upper()))
    for v in m["views"]:
        if v["table"] in names:
            w("CREATE VIEW %s AS SELECT %s FROM %s WHERE %s;" % (v["name"], ", ".join(v["cols"]), v["table"],
                                                                v["where"]))
    if batch and pg:
        out.append("COMMIT;")
    return "\n".join(out) + "\n"


def stats(m):
    t = m["tables"]
    return {"tables": len(t), "columns": sum(len(x["cols"]) for x in t),
            "indexes_incl_pk": sum(len(x["indexes"]) + 1 for x in t),
            "unique_indexes": sum(1 for x in t for ix in x["indexes"] if ix["unique"]),
            "partial_indexes_pg": sum(1 for x in t for ix in x["indexes"] if ix["where"]),
            "foreign_keys": sum(1 for x in t if x["fk"]), "checks": sum(len(x["checks"]) for x in t),
            "views": len(m["views"]), "enums": len(m["enums"]), "sequences": len(m["sequences"])}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--tables", type=int, required=True)
    ap.add_argument("--dialect", choices=["postgres", "mariadb"], required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--change-pct", type=float, default=1.0)
    ap.add_argument("--txn-batch", type=int, default=0,
                    help="PostgreSQL: BEGIN/COMMIT around every N statements (0: no transaction statements)")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    cur = build(a.tables, a.seed)
    des, log = mutate(cur, a.change_pct, a.seed)
    with open(os.path.join(a.out, "current.sql"), "w") as f:
        f.write(render(cur, a.dialect, a.txn_batch))
    with open(os.path.join(a.out, "desired.sql"), "w") as f:
        f.write(render(des, a.dialect, a.txn_batch))
    with open(os.path.join(a.out, "stats.txt"), "w") as f:
        for k, v in stats(cur).items():
            f.write("%s=%s\n" % (k, v))
        f.write("changes=%d\n" % len(log))
    with open(os.path.join(a.out, "changes.txt"), "w") as f:
        f.write("\n".join(log) + "\n")


if __name__ == "__main__":
    main()
