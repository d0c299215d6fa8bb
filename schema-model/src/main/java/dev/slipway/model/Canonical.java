package dev.slipway.model;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a model value as unambiguous canonical text: records by simple class name and component,
 * strings quoted and escaped, lists in order, maps and sets sorted. Components marked
 * {@link NotFingerprinted} are left out. The same value gives the same text on every JVM.
 */
final class Canonical {
  private static final ClassValue<List<RecordComponent>> COMPONENTS = new ClassValue<>() {
    @Override
    protected List<RecordComponent> computeValue(Class<?> type) {
      List<RecordComponent> kept = new ArrayList<>();
      for (RecordComponent c : type.getRecordComponents()) {
        if (!c.isAnnotationPresent(NotFingerprinted.class)) {
          c.getAccessor().setAccessible(true);
          kept.add(c);
        }
      }
      return List.copyOf(kept);
    }
  };

  private Canonical() {}

  static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append('~');
    } else if (value instanceof String s) {
      out.append('"');
      for (int i = 0; i < s.length(); i++) {
        char ch = s.charAt(i);
        if (ch == '"' || ch == '\\') out.append('\\');
        out.append(ch);
      }
      out.append('"');
    } else if (value instanceof Character ch) {
      // PostgresTableOptions.replicaIdentity is a char: written like a one-letter string.
      write(String.valueOf(ch), out);
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Enum<?> e) {
      out.append(e.name());
    } else if (value instanceof Record r) {
      writeRecord(r, out);
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) out.append(',');
        write(list.get(i), out);
      }
      out.append(']');
    } else if (value instanceof Collection<?> set) {
      List<String> parts = new ArrayList<>();
      for (Object o : set) {
        StringBuilder b = new StringBuilder();
        write(o, b);
        parts.add(b.toString());
      }
      parts.sort(null);
      out.append('{').append(String.join(",", parts)).append('}');
    } else if (value instanceof Map<?, ?> map) {
      TreeMap<String, Object> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
      out.append('{');
      sorted.forEach((k, v) -> {
        write(k, out);
        out.append(':');
        write(v, out);
        out.append(';');
      });
      out.append('}');
    } else {
      throw new InvalidModelException("cannot fingerprint a " + value.getClass().getName());
    }
  }

  private static void writeRecord(Record r, StringBuilder out) {
    out.append(r.getClass().getSimpleName()).append('(');
    boolean first = true;
    for (RecordComponent c : COMPONENTS.get(r.getClass())) {
      if (!first) out.append(',');
      first = false;
      out.append(c.getName()).append('=');
      try {
        write(c.getAccessor().invoke(r), out);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("reading " + r.getClass().getSimpleName() + "." + c.getName(), e);
      }
    }
    out.append(')');
  }
}
