package dev.slipway.introspect.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the place it was written. Jackson's own tree drops token locations, and every reader
 * error must name file:line:column, so the reader builds this small tree instead.
 */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {

  /** Where a node or key starts; line and column are 1-based. */
  record Mark(String file, int line, int column) {
    @Override
    public String toString() {
      return file + ":" + line + ":" + column;
    }
  }

  Mark mark();

  /** What the node is, for "expected a mapping, found a list" messages. */
  String describe();

  /**
   * A plain or quoted scalar. {@code text} is the scalar exactly as written (so {@code 0.10} stays
   * {@code 0.10}); {@code kind} is how YAML resolved it. A YAML null has {@code text == null}.
   */
  record Scalar(Mark mark, String text, Kind kind) implements YamlNode {
    enum Kind { STRING, NUMBER, BOOLEAN, NULL }

    @Override
    public String describe() {
      return switch (kind) {
        case STRING -> "a string";
        case NUMBER -> "a number";
        case BOOLEAN -> "a boolean";
        case NULL -> "null";
      };
    }
  }

  /** One key of a mapping: the key's own mark (errors about the key point here) and its value. */
  record Entry(String key, Mark keyMark, YamlNode value) {}

  /** A mapping; keys keep the order they were written in, and each is unique (duplicates are rejected). */
  record Mapping(Mark mark, Map<String, Entry> entries) implements YamlNode {
    public Mapping {
      entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** A list. */
  record Sequence(Mark mark, List<YamlNode> items) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }
}
