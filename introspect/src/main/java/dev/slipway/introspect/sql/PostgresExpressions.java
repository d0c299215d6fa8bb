package dev.slipway.introspect.sql;

import dev.slipway.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few expression rewrites that are cheap and certain offline. Everything else (casts the server adds,
 * extra parentheses) is left as written; the dev-database path gives the server's exact text.
 */
final class PostgresExpressions {
  private static final Pattern NEXTVAL =
      Pattern.compile("(?i)nextval\\(\\s*'((?:[^']|'')+)'(?:\\s*::\\s*regclass)?\\s*\\)");

  private PostgresExpressions() {}

  /**
   * A column default as the catalog reader prints it (it reads under an empty {@code search_path}, so every
   * name outside pg_catalog is qualified): a sequence named in {@code nextval('…')} is shown schema-qualified,
   * always with {@code ::regclass}, as pg_dump writes it: {@code nextval('public.t_id_seq'::regclass)}.
   */
  static String defaultText(String text, String currentSchema) {
    Matcher m = NEXTVAL.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      QualifiedName seq = parseRegclass(m.group(1).replace("''", "'"), currentSchema);
      String repl = seq == null ? m.group() : "nextval('" + regclass(seq).replace("'", "''") + "'::regclass)";
      m.appendReplacement(out, Matcher.quoteReplacement(repl));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * A relation name as regclass's output function prints it under an empty {@code search_path}: always
   * schema-qualified (postgresql.org/docs/current/datatype-oid.html).
   */
  static String regclass(QualifiedName name) {
    return PostgresTypes.quote(name.schema()) + "." + PostgresTypes.quote(name.name());
  }

  private static QualifiedName parseRegclass(String literal, String currentSchema) {
    List<String> parts = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < literal.length(); i++) {
      char ch = literal.charAt(i);
      if (ch == '"') {
        if (quoted && i + 1 < literal.length() && literal.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (ch == '.' && !quoted) {
        parts.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(quoted ? ch : Character.toLowerCase(ch));
      }
    }
    parts.add(cur.toString());
    if (parts.size() > 2 || parts.stream().anyMatch(String::isEmpty)) return null;
    return parts.size() == 2 ? new QualifiedName(parts.get(0), parts.get(1)) : new QualifiedName(currentSchema, parts.get(0));
  }

  /** {@code WITH (fillfactor = 70, autovacuum_enabled = 'false')} as reloptions text {@code fillfactor=70}. */
  static List<String> storageParameters(Cursor c) {
    int[] r = c.parens();
    List<String> out = new ArrayList<>();
    SqlStatement st = c.statement();
    for (int[] p : c.splitCommas(r[0], r[1])) {
      Cursor e = c.sub(p[0], p[1]);
      List<String> key = e.dottedName("storage parameter");
      String value = "true";
      if (e.accept("=")) {
        Token v = e.next();
        value = v.kind() == Token.Kind.WORD ? v.value() : v.kind() == Token.Kind.STRING ? v.value() : st.text(e.pos() - 1, p[1]);
        while (!e.atEnd()) e.next();
      }
      out.add(String.join(".", key).toLowerCase(Locale.ROOT) + "=" + value);
    }
    return out;
  }
}
