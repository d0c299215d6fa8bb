package dev.slipway.introspect.mysql;

import dev.slipway.introspect.IntrospectionException;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.Routine;
import dev.slipway.model.Trigger;
import dev.slipway.model.View;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Views, triggers and stored routines. Their CREATE statements are rebuilt from information_schema in one
 * canonical form, names in backticks and without a DEFINER (a definer names an account, not a schema
 * object), so a routine reads the same from any server: {@code SHOW CREATE} would cost one query per object.
 */
final class MySqlObjects {
  private final boolean mariaDb;
  private final String realName;
  private final String alias;

  MySqlObjects(boolean mariaDb, String realName, String alias) {
    this.mariaDb = mariaDb;
    this.realName = realName;
    this.alias = alias;
  }

  /**
   * Views, with qualifiers naming the managed database removed from their queries. Options hold only
   * what differs from the defaults: {@code algorithm=merge|temptable} (MariaDB only: MySQL's VIEWS table has
   * no ALGORITHM column), {@code sql_security=invoker}, {@code check_option=local|cascaded}.
   */
  List<View> readViews(MySqlQueries queries) throws IntrospectionException {
    List<View> out = new ArrayList<>();
    List<Object[]> hidden = new ArrayList<>();
    queries.each(mariaDb ? "views-mariadb" : "views-mysql", "views", rs -> {
      List<String> options = new ArrayList<>();
      String algorithm = MySqlText.upper(rs.getString("algorithm"));
      if (algorithm.equals("MERGE") || algorithm.equals("TEMPTABLE")) {
        options.add("algorithm=" + algorithm.toLowerCase(Locale.ROOT));
      }
      if ("INVOKER".equalsIgnoreCase(rs.getString("security"))) options.add("sql_security=invoker");
      String check = MySqlText.upper(rs.getString("check_option"));
      if (check.equals("LOCAL") || check.equals("CASCADED")) options.add("check_option=" + check.toLowerCase(Locale.ROOT));
      String text = rs.getString("definition");
      if (text == null || text.isBlank()) {
        hidden.add(new Object[] {rs.getString("name"), options});
        return;
      }
      String definition = MySqlText.withoutQualifier(text, realName);
      out.add(new View(QualifiedName.of(alias, rs.getString("name")), definition, false, options, List.of(),
          List.of(), null, List.of()));
    });
    // MySQL 8.0 leaves VIEWS.VIEW_DEFINITION empty for a reader who is not the view's definer even with SHOW VIEW
    // and SELECT, while SHOW CREATE VIEW answers that reader: read those views there.
    for (Object[] h : hidden) {
      String name = (String) h[0];
      @SuppressWarnings("unchecked") List<String> options = (List<String>) h[1];
      String create = queries.showCreateView(name);
      java.util.regex.Matcher m = create == null ? null
          : java.util.regex.Pattern.compile("(?s)\\sVIEW\\s+" + java.util.regex.Pattern.quote(MySqlText.ident(name))
              + "\\s+AS\\s+(.*?)(\\s+WITH\\s+(CASCADED|LOCAL)\\s+CHECK\\s+OPTION)?\\s*$").matcher(create);
      if (m == null || !m.find()) {
        throw new IntrospectionException("view " + name + ": the server shows neither its query nor a SHOW CREATE VIEW"
            + " (the reading user needs SHOW VIEW and SELECT on it)");
      }
      out.add(new View(QualifiedName.of(alias, name), MySqlText.withoutQualifier(m.group(1), realName), false, options,
          List.of(), List.of(), null, List.of()));
    }
    return out;
  }

  /**
   * Triggers by table name, each as
   * {@code CREATE TRIGGER `name` BEFORE|AFTER INSERT|UPDATE|DELETE ON `table` FOR EACH ROW body}.
   */
  Map<String, List<Trigger>> readTriggers(MySqlQueries queries) throws IntrospectionException {
    Map<String, List<Trigger>> out = new HashMap<>();
    List<String[]> garbled = new ArrayList<>();
    queries.each("triggers", "triggers", rs -> {
      String table = rs.getString("table_name");
      String head = "CREATE TRIGGER " + MySqlText.ident(rs.getString("name")) + " "
          + MySqlText.upper(rs.getString("timing")) + " " + MySqlText.upper(rs.getString("event")) + " ON "
          + MySqlText.ident(table) + " FOR EACH ROW ";
      String body = rs.getString("body");
      if (!mariaDb && !balancedBackticks(body)) {
        garbled.add(new String[] {table, rs.getString("name"), head});
        return;
      }
      out.computeIfAbsent(table, t -> new ArrayList<>()).add(new Trigger(rs.getString("name"), head + body, null, true, null));
    });
    // MySQL 8.0 prints an identifier holding a backtick wrongly in TRIGGERS.ACTION_STATEMENT (`c a``b` comes
    // back as `cc a`bb`), while SHOW CREATE TRIGGER keeps the text as written: read those few triggers there.
    for (String[] g : garbled) {
      String original = queries.showCreateTrigger(g[1]);
      int at = original == null ? -1 : indexOfForEachRow(original);
      if (at < 0) throw new IntrospectionException("trigger " + g[1] + ": SHOW CREATE TRIGGER has no FOR EACH ROW");
      out.computeIfAbsent(g[0], t -> new ArrayList<>()).add(new Trigger(g[1], g[2] + original.substring(at), null, true, null));
    }
    return out;
  }

  /** Whether backtick-quoted identifiers outside string literals pair up ({@code ``} inside one is one backtick). */
  static boolean balancedBackticks(String sql) {
    boolean ident = false;
    char string = 0;
    for (int i = 0; i < sql.length(); i++) {
      char ch = sql.charAt(i);
      if (string != 0) {
        if (ch == '\\') i++;
        else if (ch == string) string = 0;
      } else if (ch == '`') {
        if (ident && i + 1 < sql.length() && sql.charAt(i + 1) == '`') i++;
        else ident = !ident;
      } else if (!ident && (ch == '\'' || ch == '"')) {
        string = ch;
      }
    }
    return !ident && string == 0;
  }

  /** Where the body starts in a CREATE TRIGGER statement: after the first FOR EACH ROW outside quotes. */
  private static int indexOfForEachRow(String sql) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\bFOR\\s+EACH\\s+ROW\\s+").matcher(sql);
    while (m.find()) {
      if (balancedBackticks(sql.substring(0, m.start()))) return m.end();
    }
    return -1;
  }

  /**
   * Functions and procedures, each as {@code CREATE FUNCTION `f`(x int(11)) RETURNS int(11) DETERMINISTIC
   * COMMENT '…' body} with only the characteristics that differ from the defaults (NOT DETERMINISTIC,
   * CONTAINS SQL, SQL SECURITY DEFINER), in the order CREATE FUNCTION documents them
   * (dev.mysql.com/doc/refman/8.0/en/create-procedure.html). Procedure parameters carry their mode.
   */
  List<Routine> readRoutines(MySqlQueries queries) throws IntrospectionException {
    Map<String, List<String>> parameters = new HashMap<>();
    List<String[]> rows = new ArrayList<>();
    queries.each("routines", "routines", rs -> rows.add(new String[] {rs.getString("name"), rs.getString("kind"),
        rs.getString("returns"), rs.getString("body"), rs.getString("is_deterministic"),
        rs.getString("data_access"), rs.getString("security"), rs.getString("comment")}));
    queries.each("parameters", "routine parameters", rs -> {
      boolean procedure = "PROCEDURE".equalsIgnoreCase(rs.getString("kind"));
      String mode = procedure && rs.getString("mode") != null ? MySqlText.upper(rs.getString("mode")) + " " : "";
      parameters.computeIfAbsent(rs.getString("kind") + " " + rs.getString("routine_name"), k -> new ArrayList<>())
          .add(mode + MySqlText.ident(rs.getString("name")) + " " + rs.getString("type"));
    });
    List<Routine> out = new ArrayList<>();
    for (String[] r : rows) {
      Routine.Kind kind = "PROCEDURE".equalsIgnoreCase(r[1]) ? Routine.Kind.PROCEDURE : Routine.Kind.FUNCTION;
      String arguments = String.join(", ", parameters.getOrDefault(r[1] + " " + r[0], List.of()));
      StringBuilder sql = new StringBuilder("CREATE ").append(kind.name()).append(' ')
          .append(MySqlText.ident(r[0])).append('(').append(arguments).append(')');
      if (kind == Routine.Kind.FUNCTION) sql.append(" RETURNS ").append(r[2]);
      if ("YES".equalsIgnoreCase(r[4])) sql.append(" DETERMINISTIC");
      if (r[5] != null && !r[5].equalsIgnoreCase("CONTAINS SQL")) sql.append(' ').append(MySqlText.upper(r[5]));
      if ("INVOKER".equalsIgnoreCase(r[6])) sql.append(" SQL SECURITY INVOKER");
      String comment = MySqlText.emptyToNull(r[7]);
      if (comment != null) sql.append(" COMMENT ").append(MySqlText.quote(comment));
      sql.append(' ').append(r[3]);
      out.add(new Routine(QualifiedName.of(alias, r[0]), kind, arguments,
          kind == Routine.Kind.FUNCTION ? r[2] : null, "SQL", sql.toString(), comment));
    }
    return out;
  }
}
