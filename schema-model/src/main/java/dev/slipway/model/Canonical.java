package dev.slipway.model;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a model value as unambiguous canonical text: records by simple class name and component,
 * strings quoted and escaped, lists in order, maps and sets sorted. Components marked
 * {@link NotFingerprinted} are left out. The same value gives the same text on every JVM.
 *
 * <p>The text goes to a {@link Sink}: a {@code StringBuilder} for {@link Schema#canonicalText()}, or straight
 * into a SHA-256 digest as UTF-8 for {@link Schema#fingerprint()}, so a 10,000-table schema (~25 MB of text)
 * is hashed without ever being held as one string. Both see the same characters in the same order.
 */
final class Canonical {
  /** A record class's fingerprinted components: the text before each value, and its accessor. */
  private record Shape(String open, String[] prefixes, Method[] accessors) {}

  private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
    @Override
    protected Shape computeValue(Class<?> type) {
      List<String> prefixes = new ArrayList<>();
      List<Method> accessors = new ArrayList<>();
      for (RecordComponent c : type.getRecordComponents()) {
        if (!c.isAnnotationPresent(NotFingerprinted.class)) {
          Method m = c.getAccessor();
          m.setAccessible(true);
          prefixes.add((prefixes.isEmpty() ? "" : ",") + c.getName() + "=");
          accessors.add(m);
        }
      }
      return new Shape(type.getSimpleName() + "(", prefixes.toArray(String[]::new), accessors.toArray(Method[]::new));
    }
  };

  private Canonical() {}

  /** Where canonical text goes. */
  interface Sink {
    void append(char ch);

    void append(String s);

    /** {@code s} between double quotes, with {@code "} and {@code \} escaped by a backslash. */
    default void appendQuoted(String s) {
      append('"');
      if (s.indexOf('"') < 0 && s.indexOf('\\') < 0) {
        append(s);
      } else {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
          char ch = s.charAt(i);
          if (ch == '"' || ch == '\\') b.append('\\');
          b.append(ch);
        }
        append(b.toString());
      }
      append('"');
    }
  }

  /** Collects the text. */
  static final class TextSink implements Sink {
    final StringBuilder out;

    TextSink(StringBuilder out) {
      this.out = out;
    }

    @Override
    public void append(char ch) {
      out.append(ch);
    }

    @Override
    public void append(String s) {
      out.append(s);
    }
  }

  /**
   * Feeds the text's UTF-8 bytes to a digest through a buffer. Only whole strings and ASCII characters arrive
   * here (escaping adds ASCII only), so encoding piece by piece gives the bytes {@code getBytes(UTF_8)} gives
   * for the whole text: a surrogate pair is never split between two pieces.
   */
  static final class DigestSink implements Sink {
    private final MessageDigest digest;
    private final byte[] buffer = new byte[1 << 16];
    private int used;

    DigestSink(MessageDigest digest) {
      this.digest = digest;
    }

    @Override
    public void append(char ch) {
      if (ch < 0x80) {
        if (used == buffer.length) flush();
        buffer[used++] = (byte) ch;
      } else {
        append(String.valueOf(ch));
      }
    }

    // Strings are encoded by String.getBytes, which copies an ASCII string's bytes in one go: a loop over
    // charAt here was the largest cost of a fingerprint under the launcher's C1-only JIT.
    @Override
    public void append(String s) {
      byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
      if (bytes.length > buffer.length - used) {
        flush();
        if (bytes.length > buffer.length) {
          digest.update(bytes);
          return;
        }
      }
      System.arraycopy(bytes, 0, buffer, used, bytes.length);
      used += bytes.length;
    }

    /**
     * Escapes on the UTF-8 bytes, in the one pass that copies them: {@code "} and {@code \} are ASCII and
     * never occur inside a multi-byte sequence, so this gives the bytes of the escaped text.
     */
    @Override
    public void appendQuoted(String s) {
      byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
      if (2 * bytes.length + 2 > buffer.length - used) {
        flush();
        if (2 * bytes.length + 2 > buffer.length) {
          Sink.super.appendQuoted(s);
          return;
        }
      }
      byte[] out = buffer;
      int at = used;
      out[at++] = '"';
      for (byte b : bytes) {
        if (b == '"' || b == '\\') out[at++] = '\\';
        out[at++] = b;
      }
      out[at++] = '"';
      used = at;
    }

    byte[] finish() {
      flush();
      return digest.digest();
    }

    private void flush() {
      digest.update(buffer, 0, used);
      used = 0;
    }
  }

  static void write(Object value, StringBuilder out) {
    write(value, new TextSink(out));
  }

  static void write(Object value, Sink out) {
    if (value == null) {
      out.append('~');
    } else if (value instanceof String s) {
      writeString(s, out);
    } else if (value instanceof Record r) {
      writeRecord(r, out);
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0, n = list.size(); i < n; i++) {
        if (i > 0) out.append(',');
        write(list.get(i), out);
      }
      out.append(']');
    } else if (value instanceof Character ch) {
      // PostgresTableOptions.replicaIdentity is a char: written like a one-letter string.
      writeString(String.valueOf(ch), out);
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(String.valueOf(value));
    } else if (value instanceof Enum<?> e) {
      out.append(e.name());
    } else if (value instanceof Collection<?> set) {
      List<String> parts = new ArrayList<>();
      for (Object o : set) {
        StringBuilder b = new StringBuilder();
        write(o, new TextSink(b));
        parts.add(b.toString());
      }
      parts.sort(null);
      out.append('{');
      out.append(String.join(",", parts));
      out.append('}');
    } else if (value instanceof Map<?, ?> map) {
      TreeMap<String, Object> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
      out.append('{');
      sorted.forEach((k, v) -> {
        writeString(k, out);
        out.append(':');
        write(v, out);
        out.append(';');
      });
      out.append('}');
    } else {
      throw new InvalidModelException("cannot fingerprint a " + value.getClass().getName());
    }
  }

  private static void writeString(String s, Sink out) {
    out.appendQuoted(s);
  }

  private static void writeRecord(Record r, Sink out) {
    Shape shape = SHAPES.get(r.getClass());
    out.append(shape.open());
    String[] prefixes = shape.prefixes();
    Method[] accessors = shape.accessors();
    for (int i = 0; i < accessors.length; i++) {
      out.append(prefixes[i]);
      Object v;
      try {
        v = accessors[i].invoke(r);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("reading " + r.getClass().getSimpleName() + "." + accessors[i].getName(), e);
      }
      write(v, out);
    }
    out.append(')');
  }
}
