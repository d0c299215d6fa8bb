package dev.slipway.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Generates desired-state files from a small grammar: mostly well-formed statements and documents, with
 * names drawn from a small pool (so duplicates and dangling references happen) and types that include
 * unknown and malformed ones. Mutations then break them further.
 */
final class Grammar {
  private Grammar() {}

  private static final List<String> NAMES = List.of("a", "b", "users", "orders", "public.a", "s.t", "\"Mixed Case\"",
      "\"a\"\"q\"", "id", "x", "y", "\"select\"", "éa", "t_" + "n".repeat(70));
  private static final List<String> PG_TYPES = List.of("int", "integer", "bigint", "smallint", "text", "varchar(10)",
      "character varying(255)", "numeric(12,2)", "numeric", "boolean", "timestamptz", "timestamp(3) without time zone",
      "date", "uuid", "jsonb", "json", "bytea", "int[]", "text[][]", "double precision", "real", "interval",
      "bit varying(4)", "inet", "tsvector", "serial", "bigserial", "no_such_type", "integr", "varchar(-1)",
      "numeric(2,5)", "public.mood", "\"char\"", "char", "time with time zone", "money", "int4range");
  private static final List<String> DEFAULTS = List.of("0", "1", "'x'", "now()", "NULL", "'a''b'", "true",
      "gen_random_uuid()", "nextval('s')", "(1 + 2) * 3", "'{}'::jsonb", "E'\\n'", "$$q$$", "-1", "1.5e3", "CURRENT_DATE",
      "(", "'unterminated");

  static String postgresSql(Random r) {
    StringBuilder b = new StringBuilder();
    int statements = 1 + r.nextInt(8);
    for (int s = 0; s < statements; s++) {
      switch (r.nextInt(9)) {
        case 0, 1, 2, 3 -> pgTable(r, b);
        case 4 -> b.append("CREATE ").append(r.nextBoolean() ? "UNIQUE " : "").append("INDEX ")
            .append(r.nextBoolean() ? pick(r, NAMES) + " " : "").append("ON ").append(pick(r, NAMES))
            .append(r.nextBoolean() ? " USING btree" : "").append(" (").append(pick(r, NAMES))
            .append(r.nextBoolean() ? " DESC NULLS LAST" : "").append(")")
            .append(r.nextInt(4) == 0 ? " WHERE " + pick(r, NAMES) + " > 0" : "").append(";\n");
        case 5 -> b.append("CREATE VIEW ").append(pick(r, NAMES)).append(" AS SELECT ").append(pick(r, NAMES))
            .append(" FROM ").append(pick(r, NAMES)).append(";\n");
        case 6 -> b.append("COMMENT ON ").append(pick(r, List.of("TABLE", "COLUMN", "INDEX", "VIEW", "SCHEMA")))
            .append(' ').append(pick(r, NAMES)).append(r.nextBoolean() ? "." + pick(r, NAMES) : "")
            .append(" IS ").append(pick(r, List.of("'c'", "NULL", "'it''s'", "E'\\x'", "$$d$$"))).append(";\n");
        case 7 -> b.append("ALTER TABLE ").append(pick(r, NAMES)).append(' ').append(pick(r, List.of(
            "ADD CONSTRAINT c CHECK (x > 0)", "ADD PRIMARY KEY (id)", "ADD COLUMN z int",
            "ADD FOREIGN KEY (id) REFERENCES a (id)", "ALTER COLUMN id SET DEFAULT 1", "OWNER TO nobody",
            "ENABLE ROW LEVEL SECURITY"))).append(";\n");
        default -> b.append(pick(r, List.of("CREATE SCHEMA s;", "CREATE SEQUENCE s START 5 INCREMENT 2;",
            "CREATE TYPE public.mood AS ENUM ('sad', 'ok');", "CREATE TYPE mood AS ENUM ();",
            "CREATE EXTENSION IF NOT EXISTS pgcrypto;", "CREATE DOMAIN d AS int CHECK (VALUE > 0);",
            "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;",
            "CREATE TRIGGER tr BEFORE INSERT ON a FOR EACH ROW EXECUTE FUNCTION f();",
            "CREATE MATERIALIZED VIEW mv AS SELECT 1 AS one;", "SET search_path = s, public;",
            "CREATE POLICY p ON a USING (true);", "GRANT SELECT ON a TO PUBLIC;"))).append('\n');
      }
    }
    return b.toString();
  }

  private static void pgTable(Random r, StringBuilder b) {
    b.append("CREATE ").append(r.nextInt(8) == 0 ? "UNLOGGED " : "").append("TABLE ")
        .append(r.nextInt(6) == 0 ? "IF NOT EXISTS " : "").append(pick(r, NAMES)).append(" (\n");
    int columns = r.nextInt(6);
    for (int c = 0; c < columns; c++) {
      if (c > 0) b.append(",\n");
      b.append("  ").append(pick(r, NAMES)).append(' ').append(pick(r, PG_TYPES));
      if (r.nextInt(3) == 0) b.append(" NOT NULL");
      if (r.nextInt(4) == 0) b.append(" DEFAULT ").append(pick(r, DEFAULTS));
      if (r.nextInt(8) == 0) b.append(" PRIMARY KEY");
      if (r.nextInt(8) == 0) b.append(" UNIQUE");
      if (r.nextInt(8) == 0) b.append(" REFERENCES ").append(pick(r, NAMES)).append(" (id)");
      if (r.nextInt(10) == 0) b.append(" CHECK (").append(pick(r, NAMES)).append(" <> 0)");
      if (r.nextInt(12) == 0) b.append(" GENERATED ALWAYS AS IDENTITY");
      if (r.nextInt(12) == 0) b.append(" -- @renamed from=").append(pick(r, NAMES)).append('\n');
    }
    if (r.nextInt(3) == 0) b.append(columns > 0 ? ",\n" : "").append("  PRIMARY KEY (").append(pick(r, NAMES)).append(")");
    b.append("\n)");
    if (r.nextInt(8) == 0) b.append(" PARTITION BY RANGE (").append(pick(r, NAMES)).append(")");
    b.append(";\n");
  }

  private static final List<String> YAML_KEYS = List.of("name", "type", "columns", "primary_key", "unique",
      "indexes", "foreign_keys", "checks", "default", "not_null", "nullable", "identity", "comment", "references",
      "table", "on_delete", "expression", "where", "method", "schema", "kind", "labels", "query", "renamed_from",
      "partitioning", "strategy", "keys", "generated", "stored", "collation", "mysql", "options", "bogus");
  private static final List<String> YAML_SCALARS = List.of("id", "int", "bigint", "text", "no_such_type", "true",
      "false", "maybe", "0", "-1", "3.5", "null", "~", "''", "\"\"", "users", "public.users", "cascade", "set null",
      "explode", "x > 0", "now()", "[]", "{}", "[id]", "[id, id]", "{table: users, columns: [id]}", "\"a\\tb\"", "'it''s'");

  static String yaml(Random r) {
    StringBuilder b = new StringBuilder();
    b.append("dialect: ").append(pick(r, List.of("postgresql", "postgresql", "mysql", "postgres", "oracle", "[]")))
        .append('\n');
    if (r.nextInt(4) == 0) b.append("default_schema: ").append(pick(r, List.of("public", "s", "[]"))).append('\n');
    b.append(r.nextInt(5) == 0 ? "tables:\n" : "tables:\n");
    int tables = r.nextInt(4);
    boolean listForm = r.nextBoolean();
    for (int t = 0; t < tables; t++) {
      String name = pick(r, List.of("users", "orders", "a", "public.a", "s.t", "\"q\""));
      if (listForm) b.append("  - name: ").append(name).append('\n');
      else b.append("  ").append(name).append(":\n");
      String in = listForm ? "    " : "    ";
      b.append(in).append("columns:\n");
      int columns = r.nextInt(4);
      for (int c = 0; c < columns; c++) {
        b.append(in).append("  - {name: ").append(pick(r, List.of("id", "user_id", "x", "id"))).append(", type: ")
            .append(pick(r, PG_TYPES.subList(0, 20))).append(r.nextInt(3) == 0 ? ", not_null: true" : "")
            .append(r.nextInt(4) == 0 ? ", default: " + pick(r, YAML_SCALARS) : "").append("}\n");
      }
      int extras = r.nextInt(4);
      for (int e = 0; e < extras; e++) yamlEntry(r, b, in, 0);
    }
    if (r.nextInt(4) == 0) {
      b.append("views:\n  - name: v\n    query: ").append(pick(r, List.of("SELECT 1", "|\n      SELECT id\n      FROM users", "7")))
          .append('\n');
    }
    return b.toString();
  }

  private static void yamlEntry(Random r, StringBuilder b, String indent, int depth) {
    String key = pick(r, YAML_KEYS);
    int shape = depth > 3 ? 0 : r.nextInt(4);
    switch (shape) {
      case 0 -> b.append(indent).append(key).append(": ").append(pick(r, YAML_SCALARS)).append('\n');
      case 1 -> {
        b.append(indent).append(key).append(":\n");
        int items = 1 + r.nextInt(3);
        for (int i = 0; i < items; i++) b.append(indent).append("  - ").append(pick(r, YAML_SCALARS)).append('\n');
      }
      case 2 -> {
        b.append(indent).append(key).append(":\n");
        int items = 1 + r.nextInt(3);
        for (int i = 0; i < items; i++) yamlEntry(r, b, indent + "  ", depth + 1);
      }
      default -> {
        b.append(indent).append(key).append(":\n");
        int items = 1 + r.nextInt(2);
        for (int i = 0; i < items; i++) {
          b.append(indent).append("  -\n");
          yamlEntry(r, b, indent + "    ", depth + 1);
        }
      }
    }
  }

  private static final List<String> MYSQL_TYPES = List.of("int", "int(11)", "bigint unsigned", "tinyint(1)",
      "varchar(10)", "varchar(255)", "text", "decimal(10,2)", "datetime(6)", "timestamp", "date", "json",
      "enum('a','b')", "set('x','y')", "char(36)", "blob", "double", "bit(3)", "no_such_type", "varchar(-1)");

  static String mySql(Random r) {
    StringBuilder b = new StringBuilder();
    int statements = 1 + r.nextInt(5);
    for (int s = 0; s < statements; s++) {
      switch (r.nextInt(6)) {
        case 0, 1, 2, 3 -> {
          b.append("CREATE TABLE ").append(pick(r, List.of("a", "b", "`t x`", "users", "`a`"))).append(" (")
              .append(r.nextBoolean() ? " # @renamed from=old_t" : "").append('\n');
          int columns = 1 + r.nextInt(5);
          for (int c = 0; c < columns; c++) {
            b.append("  ").append(pick(r, List.of("id", "`id`", "x", "y", "`k`", "name"))).append(' ')
                .append(pick(r, MYSQL_TYPES));
            if (r.nextInt(3) == 0) b.append(" NOT NULL");
            if (r.nextInt(4) == 0) b.append(" DEFAULT ").append(pick(r, List.of("0", "'x'", "NULL", "(uuid())", "CURRENT_TIMESTAMP")));
            if (r.nextInt(8) == 0) b.append(" AUTO_INCREMENT PRIMARY KEY");
            b.append(c + 1 < columns || r.nextBoolean() ? "," : "");
            if (r.nextInt(5) == 0) b.append(" -- @renamed from=").append(pick(r, List.of("old", "`o l d`", "\"q\"")));
            b.append('\n');
          }
          if (b.charAt(b.length() - 2) == ',') b.append("  KEY k (").append(pick(r, List.of("id", "x", "name(10)"))).append(")\n");
          b.append(")").append(r.nextBoolean() ? " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4" : "").append(";\n");
        }
        case 4 -> b.append("CREATE INDEX i ON ").append(pick(r, List.of("a", "b", "users"))).append(" (id);\n");
        default -> b.append(pick(r, List.of("CREATE VIEW v AS SELECT 1 AS one;",
            "CREATE TRIGGER tr BEFORE INSERT ON a FOR EACH ROW BEGIN SET NEW.id = NEW.id + 1; END;",
            "DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; END//\nDELIMITER ;",
            "ALTER TABLE a ADD COLUMN z int;", "/*!40101 SET NAMES utf8mb4 */;"))).append('\n');
      }
    }
    return b.toString();
  }

  private static String pick(Random r, List<String> from) {
    return from.get(r.nextInt(from.size()));
  }
}
