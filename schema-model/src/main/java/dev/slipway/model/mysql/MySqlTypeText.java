package dev.slipway.model.mysql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The canonical spelling of a MySQL/MariaDB column type, shared by differ rules (to compare) and the
 * renderer (to choose an ALTER algorithm): lower case outside quotes, aliases resolved, integer display
 * widths dropped (MySQL 8.0.19 deprecates them and stops printing them:
 * dev.mysql.com/doc/refman/8.0/en/numeric-type-attributes.html) except {@code tinyint(1)}, which both
 * servers and every client library read as a boolean, and widths under {@code zerofill}, which change
 * what is printed. Aliases per dev.mysql.com/doc/refman/8.0/en/other-vendor-data-types.html and
 * numeric-type-syntax.html ({@code bool} = {@code tinyint(1)}, {@code dec}/{@code numeric}/{@code fixed} =
 * {@code decimal}, bare {@code decimal} = {@code decimal(10,0)}, {@code real}/{@code double precision} =
 * {@code double}). Text it does not understand comes back lower-cased with whitespace collapsed.
 */
public final class MySqlTypeText {
  private MySqlTypeText() {}

  /** A parsed canonical type: base name, the arguments in parentheses (enum/set values still quoted), flags. */
  public record Parsed(String base, List<String> args, boolean unsigned, boolean zerofill) {
    /** The single numeric argument (varchar length, datetime precision), or -1. */
    public int length() {
      if (args.size() != 1) return -1;
      try {
        return Integer.parseInt(args.get(0));
      } catch (NumberFormatException e) {
        return -1;
      }
    }

    public boolean isInteger() {
      return INTEGERS.containsKey(base);
    }

    public boolean isNumeric() {
      return isInteger() || base.equals("decimal") || base.equals("float") || base.equals("double");
    }

    public boolean isText() {
      return base.equals("char") || base.equals("varchar") || base.endsWith("text") || base.equals("enum")
          || base.equals("set");
    }
  }

  private static final Map<String, String> INTEGERS = Map.of(
      "tinyint", "tinyint", "smallint", "smallint", "mediumint", "mediumint", "int", "int", "integer", "int",
      "bigint", "bigint", "int1", "tinyint", "int2", "smallint", "int3", "mediumint", "int4", "int");
  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("int8", "bigint"), Map.entry("middleint", "mediumint"), Map.entry("dec", "decimal"),
      Map.entry("numeric", "decimal"), Map.entry("fixed", "decimal"), Map.entry("real", "double"),
      Map.entry("double precision", "double"), Map.entry("float8", "double"), Map.entry("float4", "float"),
      Map.entry("character varying", "varchar"), Map.entry("character", "char"),
      Map.entry("national varchar", "varchar"), Map.entry("nvarchar", "varchar"), Map.entry("national char", "char"),
      Map.entry("nchar", "char"), Map.entry("long varchar", "mediumtext"), Map.entry("long", "mediumtext"),
      Map.entry("long varbinary", "mediumblob"), Map.entry("bool", "tinyint(1)"), Map.entry("boolean", "tinyint(1)"));

  /** The canonical spelling of {@code type}. */
  public static String canonical(String type) {
    String t = lower(type.strip());
    Parsed p = parse(t);
    if (p == null) return t;
    return print(p);
  }

  /** Parses a type (any spelling); null when it is not {@code name[(args)] [unsigned|signed|zerofill]...}. */
  public static Parsed parse(String type) {
    String t = lower(type.strip());
    int open = t.indexOf('(');
    String head = (open < 0 ? t : t.substring(0, open)).strip();
    List<String> args = new ArrayList<>();
    String tail = "";
    if (open >= 0) {
      int close = closing(t, open);
      if (close < 0) return null;
      args = splitArgs(t.substring(open + 1, close));
      tail = t.substring(close + 1).strip();
    }
    boolean unsigned = false;
    boolean zerofill = false;
    // The name is the words before the first flag ("double precision unsigned"); with arguments, the words
    // before "(". Only UNSIGNED / SIGNED / ZEROFILL may follow.
    List<String> nameWords = new ArrayList<>();
    List<String> flags = new ArrayList<>();
    for (String w : head.split(" ")) {
      if (w.isEmpty()) continue;
      if (isFlag(w) || !flags.isEmpty()) flags.add(w);
      else nameWords.add(w);
    }
    if (open >= 0 && !flags.isEmpty()) return null;
    if (!tail.isEmpty()) for (String w : tail.split(" ")) if (!w.isEmpty()) flags.add(w);
    for (String w : flags) {
      if (w.equals("unsigned")) {
        unsigned = true;
      } else if (w.equals("zerofill")) {
        zerofill = true;
        unsigned = true; // ZEROFILL implies UNSIGNED (numeric-type-attributes.html)
      } else if (!w.equals("signed")) {
        return null;
      }
    }
    String base = String.join(" ", nameWords);
    if (base.isEmpty()) return null;
    String alias = ALIASES.get(base);
    if (alias != null) {
      if (alias.equals("tinyint(1)")) return args.isEmpty() ? new Parsed("tinyint", List.of("1"), unsigned, zerofill) : null;
      base = alias;
    }
    String integer = INTEGERS.get(base);
    if (integer != null) {
      base = integer;
      boolean bool = base.equals("tinyint") && args.equals(List.of("1"));
      if (!zerofill && !bool) args = List.of();
      return new Parsed(base, args, unsigned, zerofill);
    }
    switch (base) {
      case "decimal":
        if (args.isEmpty()) args = List.of("10", "0");
        else if (args.size() == 1) args = List.of(args.get(0), "0");
        break;
      case "float":
        // FLOAT(p): p <= 24 is FLOAT, 25..53 is DOUBLE (floating-point-types.html).
        if (args.size() == 1) {
          try {
            int p = Integer.parseInt(args.get(0));
            base = p > 24 ? "double" : "float";
            args = List.of();
          } catch (NumberFormatException e) {
            return null;
          }
        }
        break;
      case "char": case "binary": case "bit":
        if (args.isEmpty()) args = List.of("1");
        break;
      case "year":
        args = List.of();
        break;
      case "datetime": case "timestamp": case "time":
        if (args.equals(List.of("0"))) args = List.of();
        break;
      case "enum": case "set":
        args = quotedValues(args);
        break;
      default:
        break;
    }
    return new Parsed(base, args, unsigned && !List.of("varchar", "char", "text", "enum", "set").contains(base), zerofill);
  }

  private static boolean isFlag(String w) {
    return w.equals("unsigned") || w.equals("signed") || w.equals("zerofill");
  }

  /** Prints a parsed type canonically. */
  public static String print(Parsed p) {
    StringBuilder b = new StringBuilder(p.base());
    if (!p.args().isEmpty()) b.append('(').append(String.join(",", p.args())).append(')');
    if (p.unsigned()) b.append(" unsigned");
    if (p.zerofill()) b.append(" zerofill");
    return b.toString();
  }

  /** Enum/set values, unquoted ({@code 'it''s'} gives {@code it's}). */
  public static List<String> values(Parsed p) {
    List<String> out = new ArrayList<>(p.args().size());
    for (String a : p.args()) out.add(unquote(a));
    return out;
  }

  /** Lower case outside single or double quotes, whitespace collapsed outside quotes. */
  static String lower(String s) {
    StringBuilder b = new StringBuilder(s.length());
    char quote = 0;
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (quote != 0) {
        b.append(ch);
        if (ch == '\\' && i + 1 < s.length()) b.append(s.charAt(++i));
        else if (ch == quote) quote = 0;
      } else if (ch == '\'' || ch == '"') {
        if (space) b.append(' ');
        space = false;
        quote = ch;
        b.append(ch);
      } else if (Character.isWhitespace(ch)) {
        space = b.length() > 0;
      } else {
        if (space && ch != ')' && ch != ',' && b.charAt(b.length() - 1) != '(' && b.charAt(b.length() - 1) != ',') {
          b.append(' ');
        }
        space = false;
        b.append(Character.toLowerCase(ch));
      }
    }
    return b.toString();
  }

  private static int closing(String s, int open) {
    int depth = 0;
    char quote = 0;
    for (int i = open; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (quote != 0) {
        if (ch == '\\') i++;
        else if (ch == quote) quote = 0;
      } else if (ch == '\'' || ch == '"') {
        quote = ch;
      } else if (ch == '(') {
        depth++;
      } else if (ch == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> splitArgs(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (quote != 0) {
        cur.append(ch);
        if (ch == '\\' && i + 1 < s.length()) cur.append(s.charAt(++i));
        else if (ch == quote) quote = 0;
      } else if (ch == '\'' || ch == '"') {
        quote = ch;
        cur.append(ch);
      } else if (ch == ',') {
        out.add(cur.toString().strip());
        cur.setLength(0);
      } else {
        cur.append(ch);
      }
    }
    if (!cur.toString().isBlank() || !out.isEmpty()) out.add(cur.toString().strip());
    return out;
  }

  /** Each value as {@code 'text'} with {@code ''} for a quote, whatever quoting it was written with. */
  private static List<String> quotedValues(List<String> args) {
    List<String> out = new ArrayList<>(args.size());
    for (String a : args) out.add("'" + unquote(a).replace("'", "''") + "'");
    return out;
  }

  /** The text of a quoted literal: {@code 'a''b'}, {@code 'a\'b'} and {@code "a'b"} all give {@code a'b}. */
  public static String unquote(String literal) {
    String s = literal.strip();
    if (s.length() < 2 || (s.charAt(0) != '\'' && s.charAt(0) != '"') || s.charAt(s.length() - 1) != s.charAt(0)) {
      return s;
    }
    char q = s.charAt(0);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 1; i < s.length() - 1; i++) {
      char ch = s.charAt(i);
      if (ch == '\\' && i + 1 < s.length() - 1) {
        char n = s.charAt(++i);
        b.append(switch (n) {
          case 'n' -> '\n';
          case 't' -> '\t';
          case 'r' -> '\r';
          case '0' -> '\0';
          default -> n;
        });
      } else if (ch == q && i + 1 < s.length() - 1 && s.charAt(i + 1) == q) {
        b.append(q);
        i++;
      } else {
        b.append(ch);
      }
    }
    return b.toString();
  }
}
