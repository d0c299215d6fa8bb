package dev.slipway.introspect.sql;

import dev.slipway.introspect.IntrospectionException;
import dev.slipway.introspect.SourceFile;
import dev.slipway.model.QualifiedName;
import dev.slipway.model.RenameHint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code -- @renamed from=old} hints in MySQL DDL (also after {@code #}): on a {@code CREATE TABLE}
 * line the table was renamed, on a column's line the column was. MySQL desired files are read by the
 * engine itself (dev database), which drops comments, so the hints are taken from the text here. A scanner,
 * not a parser: it knows MySQL's quoting (backticks, strings with backslash escapes, comments) well
 * enough to find statement and column boundaries, and nothing more. A hint on any other line is an error,
 * never silently ignored (DESIGN.md §3).
 */
public final class MySqlRenameHints {
  private static final Pattern RENAMED = Pattern.compile("@renamed\\s+from=(?:`([^`]+)`|\"([^\"]+)\"|(\\S+))");
  private static final Set<String> NOT_A_COLUMN = Set.of("primary", "key", "index", "unique", "constraint",
      "foreign", "fulltext", "spatial", "check", "period");

  private MySqlRenameHints() {}

  /** The hints of every file; tables are named in {@code database}, the name the schemas are read under. */
  public static List<RenameHint> read(List<SourceFile> files, String database) throws IntrospectionException {
    List<RenameHint> out = new ArrayList<>();
    for (SourceFile f : files) new Scan(f, database).run(out);
    return out;
  }

  private record Tok(String text, boolean quoted, int line, int column) {
    boolean is(String word) {
      return !quoted && text.equalsIgnoreCase(word);
    }
  }

  private record Hint(String from, int line, int column) {}

  private static final class Scan {
    private final SourceFile file;
    private final String s;
    private final String database;
    private final List<Tok> tokens = new ArrayList<>();
    private final Map<Integer, Hint> hints = new LinkedHashMap<>();
    private int pos;
    private int line = 1;
    private int col = 1;

    Scan(SourceFile file, String database) {
      this.file = file;
      this.s = file.text();
      this.database = database;
    }

    void run(List<RenameHint> out) throws IntrospectionException {
      lex();
      if (hints.isEmpty()) return;
      Map<Integer, Hint> unused = new HashMap<>(hints);
      List<Tok> statement = new ArrayList<>();
      for (Tok t : tokens) {
        if (t.text.equals(";") && !t.quoted) {
          statement(statement, unused, out);
          statement = new ArrayList<>();
        } else {
          statement.add(t);
        }
      }
      statement(statement, unused, out);
      if (!unused.isEmpty()) {
        Hint h = unused.values().stream().min((a, b) -> Integer.compare(a.line, b.line)).orElseThrow();
        throw new IntrospectionException(file.name() + ":" + h.line + ":" + h.column
            + ": @renamed hint is not on a table's CREATE line or a column's line");
      }
    }

    /** {@code CREATE [TEMPORARY] TABLE [IF NOT EXISTS] [db.]name ( element, … ) …}. */
    private void statement(List<Tok> st, Map<Integer, Hint> unused, List<RenameHint> out) {
      int i = 0;
      if (st.size() < 4 || !st.get(i++).is("create")) return;
      if (st.get(i).is("temporary")) i++;
      if (!st.get(i++).is("table")) return;
      if (i + 2 < st.size() && st.get(i).is("if") && st.get(i + 1).is("not") && st.get(i + 2).is("exists")) i += 3;
      if (i >= st.size()) return;
      Tok nameTok = st.get(i++);
      String name = nameTok.text;
      if (i + 1 < st.size() && st.get(i).text.equals(".") && !st.get(i).quoted) {
        name = st.get(i + 1).text;
        i += 2;
      }
      QualifiedName table = QualifiedName.of(database, name);
      Hint tableHint = unused.remove(st.get(0).line);
      if (tableHint == null && nameTok.line != st.get(0).line) tableHint = unused.remove(nameTok.line);
      if (tableHint != null) out.add(new RenameHint(table, null, tableHint.from, where(tableHint)));
      if (i >= st.size() || !st.get(i).text.equals("(")) return;
      int depth = 0;
      boolean elementStart = true;
      for (; i < st.size(); i++) {
        Tok t = st.get(i);
        if (!t.quoted && t.text.equals("(")) {
          depth++;
          if (depth == 1) {
            elementStart = true;
            continue;
          }
        } else if (!t.quoted && t.text.equals(")")) {
          depth--;
          if (depth == 0) break;
        } else if (depth == 1 && !t.quoted && t.text.equals(",")) {
          elementStart = true;
          continue;
        }
        if (elementStart && depth == 1) {
          elementStart = false;
          if (!t.quoted && NOT_A_COLUMN.contains(t.text.toLowerCase(Locale.ROOT))) continue;
          Hint h = unused.remove(t.line);
          if (h != null) out.add(new RenameHint(table, t.text, h.from, where(h)));
        }
      }
    }

    private String where(Hint h) {
      return file.name() + ":" + h.line + ":" + h.column;
    }

    private void lex() {
      while (pos < s.length()) {
        char c = s.charAt(pos);
        if (c == '\n' || Character.isWhitespace(c)) {
          advance(1);
        } else if (c == '#' || c == '-' && s.startsWith("--", pos)
            && (pos + 2 >= s.length() || Character.isWhitespace(s.charAt(pos + 2)))) {
          lineComment();
        } else if (c == '/' && s.startsWith("/*", pos)) {
          int end = s.indexOf("*/", pos + 2);
          advance((end < 0 ? s.length() : end + 2) - pos);
        } else if (c == '`' || c == '\'' || c == '"') {
          quoted(c);
        } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$' || c >= 0x80) {
          int l = line;
          int k = col;
          int start = pos;
          while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_'
              || s.charAt(pos) == '$' || s.charAt(pos) >= 0x80)) {
            advance(1);
          }
          tokens.add(new Tok(s.substring(start, pos), false, l, k));
        } else {
          tokens.add(new Tok(String.valueOf(c), false, line, col));
          advance(1);
        }
      }
    }

    private void lineComment() {
      int l = line;
      int start = pos;
      int end = s.indexOf('\n', pos);
      if (end < 0) end = s.length();
      Matcher m = RENAMED.matcher(s.substring(start, end));
      if (m.find()) {
        String from = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        hints.put(l, new Hint(from, l, col + m.start()));
      }
      advance(end - pos);
    }

    /** A backtick identifier, or a string (skipped as one token): doubled quotes and backslash escapes. */
    private void quoted(char q) {
      int l = line;
      int k = col;
      StringBuilder b = new StringBuilder();
      advance(1);
      while (pos < s.length()) {
        char c = s.charAt(pos);
        if (c == '\\' && q != '`' && pos + 1 < s.length()) {
          b.append(s.charAt(pos + 1));
          advance(2);
        } else if (c == q && pos + 1 < s.length() && s.charAt(pos + 1) == q) {
          b.append(q);
          advance(2);
        } else if (c == q) {
          advance(1);
          break;
        } else {
          b.append(c);
          advance(1);
        }
      }
      tokens.add(new Tok(q == '`' ? b.toString() : "'" + b + "'", true, l, k));
    }

    private void advance(int n) {
      for (int i = 0; i < n && pos < s.length(); i++, pos++) {
        if (s.charAt(pos) == '\n') {
          line++;
          col = 1;
        } else {
          col++;
        }
      }
    }
  }
}
