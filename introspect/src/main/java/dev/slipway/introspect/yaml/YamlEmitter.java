package dev.slipway.introspect.yaml;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Prints a tree of {@code Map<String, Object>} (insertion-ordered), {@code List<Object>}, String, Long and
 * Boolean as block-style YAML. Hand-rolled rather than Jackson's generator so that the layout is ours and
 * stable: short scalar lists in flow style ({@code [id, email]}), multi-line SQL as literal blocks, and a
 * string left unquoted only when it cannot be read back as anything else.
 */
final class YamlEmitter {
  private static final int FLOW_WIDTH = 100;
  /** Plain scalars: start with a letter or underscore, no YAML indicator (: # , [ ] { } & * ! | > ' " % @ `). */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_ ()$+*/<>=.\\-]*");
  /**
   * In block context a plain scalar may also hold quotes, commas, brackets and {@code ::} casts, which
   * makes SQL readable ({@code default: '' ::text}); it still must not contain ": ", " #" or end in ':'.
   */
  private static final Pattern BLOCK_PLAIN = Pattern.compile("[A-Za-z_(][A-Za-z0-9_ ()$+*/<>=.,:'\\[\\]{}\"%@`!&|~^?;-]*");
  /** Words YAML 1.1 resolvers (SnakeYAML, Jackson) read as booleans, null or special numbers. */
  private static final Set<String> RESERVED = Set.of("true", "false", "yes", "no", "on", "off", "y", "n", "null",
      "nan", "inf");

  private final StringBuilder out = new StringBuilder();

  private YamlEmitter() {}

  static String emit(Map<String, Object> document) {
    YamlEmitter e = new YamlEmitter();
    e.mapping(document, 0, "");
    return e.out.toString();
  }

  /** Writes the entries at {@code indent}; the first line starts with {@code firstPrefix} (a list dash). */
  private void mapping(Map<String, Object> map, int indent, String firstPrefix) {
    boolean first = true;
    for (Map.Entry<String, Object> e : map.entrySet()) {
      out.append(first ? firstPrefix : " ".repeat(indent));
      first = false;
      out.append(scalar(e.getKey(), false)).append(':');
      value(e.getValue(), indent);
    }
  }

  /** Writes a value after "key:" or "- ", ending the line; {@code indent} is the column of that key or dash. */
  @SuppressWarnings("unchecked")
  private void value(Object v, int indent) {
    if (v instanceof Map<?, ?> m) {
      if (m.isEmpty()) {
        out.append(" {}\n");
      } else {
        out.append('\n');
        mapping((Map<String, Object>) m, indent + 2, " ".repeat(indent + 2));
      }
    } else if (v instanceof List<?> l) {
      String flow = flow(l);
      if (flow != null && indent + flow.length() < FLOW_WIDTH) {
        out.append(' ').append(flow).append('\n');
      } else {
        out.append('\n');
        list((List<Object>) l, indent + 2);
      }
    } else if (v instanceof String s && literal(s)) {
      block(s, indent + 2);
    } else {
      out.append(' ').append(scalar(v, false)).append('\n');
    }
  }

  @SuppressWarnings("unchecked")
  private void list(List<Object> items, int indent) {
    for (Object item : items) {
      if (item instanceof Map<?, ?> m && !m.isEmpty()) {
        mapping((Map<String, Object>) m, indent + 2, " ".repeat(indent) + "- ");
      } else {
        out.append(" ".repeat(indent)).append('-');
        value(item, indent);
      }
    }
  }

  /** {@code [a, b]} when every item is a one-line scalar; else null. */
  private static String flow(List<?> items) {
    StringBuilder b = new StringBuilder("[");
    for (Object o : items) {
      if (o instanceof Map || o instanceof List) return null;
      if (b.length() > 1) b.append(", ");
      b.append(scalar(o, true));
    }
    return b.append(']').toString();
  }

  static String scalar(Object v, boolean inFlow) {
    if (v instanceof Boolean || v instanceof Long || v instanceof Integer) return String.valueOf(v);
    String s = (String) v;
    boolean plain = inFlow ? PLAIN.matcher(s).matches()
        : BLOCK_PLAIN.matcher(s).matches() && !s.contains(": ") && !s.contains(" #") && !s.endsWith(":");
    if (plain && !s.endsWith(" ") && !RESERVED.contains(s.toLowerCase(Locale.ROOT))) return s;
    return quoted(s);
  }

  private static String quoted(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': b.append("\\\""); break;
        case '\\': b.append("\\\\"); break;
        case '\n': b.append("\\n"); break;
        case '\t': b.append("\\t"); break;
        case '\r': b.append("\\r"); break;
        default:
          if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff
              || Character.isSurrogate(c) && !validPair(s, i)) {
            b.append(String.format("\\u%04x", (int) c));
          } else if (Character.isHighSurrogate(c)) {
            b.append(c).append(s.charAt(++i));
          } else {
            b.append(c);
          }
      }
    }
    return b.append('"').toString();
  }

  private static boolean validPair(String s, int i) {
    return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
  }

  /**
   * Multi-line text reads best as a literal block; fall back to a quoted string for what a block cannot
   * carry exactly (control characters, whitespace-only lines, nothing but newlines).
   */
  private static boolean literal(String s) {
    if (s.indexOf('\n') < 0 || s.isBlank()) return false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\n' && c != '\t' && (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029
          || c == 0xfeff || Character.isSurrogate(c))) {
        return false;
      }
    }
    for (String line : s.split("\n", -1)) {
      if (!line.isEmpty() && line.isBlank()) return false;
    }
    return true;
  }

  private void block(String s, int indent) {
    int trailing = 0;
    while (trailing < s.length() && s.charAt(s.length() - 1 - trailing) == '\n') trailing++;
    String body = s.substring(0, s.length() - trailing);
    String chomp = trailing == 0 ? "-" : trailing == 1 ? "" : "+";
    // The first non-empty line fixes the block's indentation, so leading whitespace needs an indicator.
    String firstContent = body.replaceFirst("^\n+", "");
    boolean indicator = firstContent.startsWith(" ") || firstContent.startsWith("\t");
    out.append(" |").append(indicator ? String.valueOf(2) : "").append(chomp).append('\n');
    String pad = " ".repeat(indent);
    for (String line : (body + "\n".repeat(Math.max(0, trailing - 1))).split("\n", -1)) {
      if (!line.isEmpty()) out.append(pad).append(line);
      out.append('\n');
    }
  }
}
