package dev.slipway.introspect.yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed access to the keys of one YAML mapping, for one object ({@code what}, e.g. "column users.email").
 * Every failure is a {@link YamlProblem} at the offending key or value. A YAML null counts as absent.
 */
final class Fields {
  private final YamlNode.Mapping map;
  private final String what;

  private Fields(YamlNode.Mapping map, String what) {
    this.map = map;
    this.what = what;
  }

  /** Wraps {@code node}, which must be a mapping, and rejects keys outside {@code known}. */
  static Fields of(YamlNode node, String what, Set<String> known) {
    Fields f = new Fields(asMapping(node, what), what);
    f.checkKeys(known);
    return f;
  }

  String what() {
    return what;
  }

  YamlNode.Mark mark() {
    return map.mark();
  }

  private void checkKeys(Set<String> known) {
    for (YamlNode.Entry e : map.entries().values()) {
      if (known.contains(e.key())) continue;
      // Top-level "x-" keys hold anchors for reuse (as in Compose files) and are otherwise ignored.
      if (known == YamlKeys.TOP && e.key().startsWith("x-")) continue;
      if (e.key().equals("renamed_from")) {
        throw problem(e.keyMark(), "renamed_from is only allowed on tables and columns");
      }
      String hint = nearest(e.key(), known);
      throw problem(e.keyMark(), "unknown key '" + e.key() + "'"
          + (hint == null ? "; expected one of " + new TreeSet<>(known) : " (did you mean '" + hint + "'?)"));
    }
  }

  /** The closest known key within two edits (or differing only in case, dashes or underscores). */
  static String nearest(String key, Set<String> known) {
    String normal = key.toLowerCase(Locale.ROOT).replace('-', '_');
    String best = null;
    int bestDistance = 3;
    for (String k : new TreeSet<>(known)) {
      int d = k.equals(normal) || k.replace("_", "").equals(normal.replace("_", "")) ? 0 : distance(normal, k);
      if (d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return best;
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  boolean has(String key) {
    return node(key) != null;
  }

  /** The value of {@code key}, or {@code null} when absent or YAML null. */
  YamlNode node(String key) {
    YamlNode.Entry e = map.entries().get(key);
    if (e == null) return null;
    if (e.value() instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL) return null;
    return e.value();
  }

  /** Where the value of {@code key} is, or the mapping itself when the key is absent. */
  YamlNode.Mark markOf(String key) {
    YamlNode n = node(key);
    return n == null ? map.mark() : n.mark();
  }

  YamlNode.Mark keyMark(String key) {
    YamlNode.Entry e = map.entries().get(key);
    return e == null ? map.mark() : e.keyMark();
  }

  YamlNode require(String key) {
    YamlNode n = node(key);
    if (n == null) throw problem(map.mark(), "missing required key '" + key + "'");
    return n;
  }

  String string(String key) {
    YamlNode n = node(key);
    return n == null ? null : asString(n, what + ", " + key);
  }

  String requireString(String key) {
    return asString(require(key), what + ", " + key);
  }

  boolean bool(String key, boolean otherwise) {
    YamlNode n = node(key);
    return n == null ? otherwise : asBoolean(n, what + ", " + key);
  }

  Boolean boolOrNull(String key) {
    YamlNode n = node(key);
    return n == null ? null : asBoolean(n, what + ", " + key);
  }

  Long longOrNull(String key) {
    YamlNode n = node(key);
    if (n == null) return null;
    if (n instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NUMBER) {
      try {
        return Long.parseLong(s.text().replace("_", ""));
      } catch (NumberFormatException e) {
        throw problem(n.mark(), key + " must be a whole number that fits 64 bits, not " + s.text());
      }
    }
    throw problem(n.mark(), key + " must be a whole number, found " + n.describe());
  }

  /** A list of strings; a single scalar is accepted as a one-element list. Absent gives an empty list. */
  List<String> strings(String key) {
    YamlNode n = node(key);
    if (n == null) return List.of();
    if (n instanceof YamlNode.Scalar) return List.of(asString(n, what + ", " + key));
    List<String> out = new ArrayList<>();
    for (YamlNode item : asList(n, what + ", " + key).items()) out.add(asString(item, what + ", " + key));
    return out;
  }

  /** An enum constant written in lower case with underscores or spaces ({@code set_null}, {@code set null}). */
  <E extends Enum<E>> E enumValue(String key, Class<E> type, E otherwise) {
    YamlNode n = node(key);
    return n == null ? otherwise : asEnum(n, type, what + ", " + key);
  }

  static <E extends Enum<E>> E asEnum(YamlNode n, Class<E> type, String what) {
    String text = asString(n, what);
    String normal = text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(normal)) return e;
    }
    List<String> allowed = new ArrayList<>();
    for (E e : type.getEnumConstants()) allowed.add(e.name().toLowerCase(Locale.ROOT));
    String hint = nearest(normal.toLowerCase(Locale.ROOT), new java.util.HashSet<>(allowed));
    throw new YamlProblem(n.mark(), what + ": '" + text + "' is not one of " + allowed
        + (hint == null ? "" : " (did you mean '" + hint + "'?)"));
  }

  static YamlNode.Mapping asMapping(YamlNode n, String what) {
    if (n instanceof YamlNode.Mapping m) return m;
    throw new YamlProblem(n.mark(), what + ": expected a mapping, found " + n.describe());
  }

  static YamlNode.Sequence asList(YamlNode n, String what) {
    if (n instanceof YamlNode.Sequence s) return s;
    throw new YamlProblem(n.mark(), what + ": expected a list, found " + n.describe());
  }

  /** Any scalar as its written text: {@code default: 0} is the expression {@code 0}. */
  static String asString(YamlNode n, String what) {
    if (n instanceof YamlNode.Scalar s && s.text() != null) return s.text();
    throw new YamlProblem(n.mark(), what + ": expected a string, found " + n.describe());
  }

  static boolean asBoolean(YamlNode n, String what) {
    if (n instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.BOOLEAN) {
      return s.text().equalsIgnoreCase("true") || s.text().equalsIgnoreCase("yes")
          || s.text().equalsIgnoreCase("on") || s.text().equalsIgnoreCase("y");
    }
    throw new YamlProblem(n.mark(), what + ": expected true or false, found " + n.describe()
        + (n instanceof YamlNode.Scalar s && s.text() != null ? " '" + s.text() + "'" : ""));
  }

  YamlProblem problem(YamlNode.Mark at, String message) {
    return new YamlProblem(at, what + ": " + message);
  }
}
