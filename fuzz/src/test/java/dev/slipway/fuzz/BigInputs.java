package dev.slipway.fuzz;

/** Inputs of about 10 MB, each stressing a different part of a reader: volume, one huge token, depth. */
enum BigInputs {
  /** Ten megabytes of valid tables, all distinct. */
  MANY_TABLES,
  /** One line of ten megabytes of random-looking bytes. */
  NOISE,
  /** A string literal (or quoted scalar) that never ends. */
  UNTERMINATED_STRING,
  /** A comment that never ends. */
  UNTERMINATED_COMMENT,
  /** An identifier of ten million characters. */
  HUGE_IDENTIFIER,
  /** A million nested brackets. */
  DEEP_NESTING;

  static final int SIZE = 10 * 1024 * 1024;

  String sql() {
    StringBuilder b = new StringBuilder(SIZE + 200);
    switch (this) {
      case MANY_TABLES -> {
        for (int i = 0; b.length() < SIZE; i++) {
          b.append("CREATE TABLE public.t").append(i).append(" (\n  id bigint PRIMARY KEY,\n  name text NOT NULL DEFAULT 'n',\n")
              .append("  parent_id bigint REFERENCES public.t").append(i).append(" (id)\n);\n")
              .append("CREATE INDEX t").append(i).append("_name_idx ON public.t").append(i).append(" (name);\n");
        }
      }
      case NOISE -> noise(b);
      case UNTERMINATED_STRING -> b.append("CREATE TABLE a (id int DEFAULT '").append("s".repeat(SIZE));
      case UNTERMINATED_COMMENT -> b.append("CREATE TABLE a (id int); /* ").append("c /* ".repeat(SIZE / 5));
      case HUGE_IDENTIFIER -> b.append("CREATE TABLE ").append("x".repeat(SIZE)).append(" (id int);\n");
      case DEEP_NESTING -> b.append("CREATE TABLE a (id int CHECK (").append("(".repeat(SIZE / 2))
          .append("id > 0").append(")".repeat(SIZE / 2)).append("));\n");
    }
    return b.toString();
  }

  String yaml() {
    StringBuilder b = new StringBuilder(SIZE + 200);
    switch (this) {
      case MANY_TABLES -> {
        b.append("dialect: postgresql\ntables:\n");
        for (int i = 0; b.length() < SIZE; i++) {
          b.append("  t").append(i).append(":\n    columns:\n      - {name: id, type: bigint, not_null: true}\n")
              .append("      - {name: name, type: text, default: \"'n'\"}\n    primary_key: [id]\n")
              .append("    indexes:\n      - columns: [name]\n");
        }
      }
      case NOISE -> noise(b);
      case UNTERMINATED_STRING -> b.append("dialect: postgresql\ntables:\n  a:\n    comment: \"").append("s".repeat(SIZE));
      case UNTERMINATED_COMMENT -> b.append("dialect: postgresql\n# ").append("c".repeat(SIZE)).append("\ntables: {}\n");
      case HUGE_IDENTIFIER -> b.append("dialect: postgresql\ntables:\n  ").append("x".repeat(SIZE))
          .append(":\n    columns: [{name: id, type: int}]\n");
      case DEEP_NESTING -> b.append("dialect: postgresql\ntables: ").append("[".repeat(SIZE / 2)).append("]".repeat(SIZE / 2))
          .append('\n');
    }
    return b.toString();
  }

  private static void noise(StringBuilder b) {
    java.util.Random r = new java.util.Random(SIZE);
    while (b.length() < SIZE) b.append((char) (0x20 + r.nextInt(0x5f)));
  }
}
