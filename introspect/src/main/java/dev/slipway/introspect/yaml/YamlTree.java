package dev.slipway.introspect.yaml;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.slipway.introspect.SourceFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/** Parses one source file into a {@link YamlNode} tree that remembers where everything was written. */
final class YamlTree {
  private static final YAMLFactory FACTORY = factory();

  /**
   * SnakeYAML refuses documents over 3 MB by default, and `inspect` of a 10,000-table database writes more;
   * the text is already in memory, so the limit protects nothing here. An empty value ("key:") reads as
   * null, as YAML means (the builder would otherwise give an empty string).
   */
  private static YAMLFactory factory() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    return YAMLFactory.builder().loaderOptions(options).enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build();
  }

  /**
   * Deepest nesting accepted. The format needs about eight levels (tables, a table, indexes, an index,
   * keys, a key); reading recurses once per level, and a hostile file nested thousands deep would overflow
   * the stack instead of getting a located error.
   */
  static final int MAX_DEPTH = 64;
  /**
   * Longest run of characters without a blank accepted. SnakeYAML's reader keeps the token being scanned
   * in a window it grows by 1 KiB and copies each time: time grows with the square of the token's length
   * (4 M characters about 2.5 s, 8 M 13 s, an unterminated 10 M-character string over a minute). No name,
   * type or expression comes near this; a comment of a few megabytes (YamlRoundTripTest) still reads.
   */
  static final int MAX_UNBROKEN = 5_000_000;

  private final String file;
  private final JsonParser parser;
  private int depth;
  /** Anchored nodes by anchor name, for {@code *alias} and {@code <<: *alias} (merge keys). */
  private final Map<String, YamlNode> anchors = new HashMap<>();

  private YamlTree(String file, JsonParser parser) {
    this.file = file;
    this.parser = parser;
  }

  /** The document's root node, or {@code null} for a file holding no document (empty or only comments). */
  static YamlNode parse(SourceFile source) {
    refuseUnbrokenRuns(source);
    try (JsonParser parser = FACTORY.createParser(source.text())) {
      YamlTree tree = new YamlTree(source.name(), parser);
      JsonToken first = parser.nextToken();
      if (first == null) return null;
      YamlNode root = tree.value(first);
      JsonToken next = parser.nextToken();
      if (next != null) {
        throw new YamlProblem(tree.mark(), "a second YAML document ('---') is not supported; use another file");
      }
      return root;
    } catch (JacksonException e) {
      throw syntaxError(source, e);
    } catch (IOException e) {
      // Reading from a String cannot fail with plain I/O; keep the location anyway.
      throw new YamlProblem(new YamlNode.Mark(source.name(), 1, 1), "cannot read: " + e.getMessage());
    }
  }

  private YamlNode value(JsonToken token) throws IOException {
    YamlNode.Mark mark = mark();
    if (parser instanceof YAMLParser y && y.isCurrentAlias()) {
      // Jackson hands an alias over as a string holding the anchor's name: resolve it here.
      YamlNode target = anchors.get(parser.getText());
      if (target == null) throw new YamlProblem(mark, "unknown alias *" + parser.getText());
      return target;
    }
    Object anchor = parser.getObjectId();
    if (++depth > MAX_DEPTH) throw new YamlProblem(mark, "nested more than " + MAX_DEPTH + " levels deep");
    YamlNode node = plainValue(token, mark);
    depth--;
    if (anchor != null) anchors.put(anchor.toString(), node);
    return node;
  }

  private static void refuseUnbrokenRuns(SourceFile source) {
    String text = source.text();
    int line = 1;
    int lineStart = 0;
    int runStart = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        lineStart = i + 1;
      }
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        runStart = i + 1;
      } else if (i - runStart >= MAX_UNBROKEN) {
        throw new YamlProblem(new YamlNode.Mark(source.name(), line, text.codePointCount(lineStart, runStart) + 1),
            "more than " + MAX_UNBROKEN + " characters without a space or line break; no schema value is this long");
      }
    }
  }

  private YamlNode plainValue(JsonToken token, YamlNode.Mark mark) throws IOException {
    switch (token) {
      case START_OBJECT:
        return mapping(mark);
      case START_ARRAY:
        List<YamlNode> items = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          items.add(value(t));
        }
        return new YamlNode.Sequence(mark, items);
      case VALUE_STRING:
        return new YamlNode.Scalar(mark, parser.getText(), YamlNode.Scalar.Kind.STRING);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new YamlNode.Scalar(mark, parser.getText(), YamlNode.Scalar.Kind.NUMBER);
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new YamlNode.Scalar(mark, parser.getText(), YamlNode.Scalar.Kind.BOOLEAN);
      case VALUE_NULL:
        return new YamlNode.Scalar(mark, null, YamlNode.Scalar.Kind.NULL);
      default:
        // Binary (!!binary) and embedded objects have no meaning in a schema file.
        throw new YamlProblem(mark, "unsupported YAML value " + parser.getText());
    }
  }

  private YamlNode mapping(YamlNode.Mark mark) throws IOException {
    Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
    List<YamlNode> merged = new ArrayList<>();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
      String key = parser.currentName();
      YamlNode.Mark keyMark = mark();
      YamlNode value = value(parser.nextToken());
      if (key.equals("<<")) {
        // YAML merge key: the mapping(s) named supply keys this mapping does not set itself.
        if (value instanceof YamlNode.Sequence s) merged.addAll(s.items()); else merged.add(value);
        continue;
      }
      YamlNode.Entry previous = entries.get(key);
      if (previous != null) {
        // Jackson's own duplicate detection reports the mapping, not the key; name both lines instead.
        throw new YamlProblem(keyMark, "duplicate key '" + key + "' (first given at line "
            + previous.keyMark().line() + ")");
      }
      entries.put(key, new YamlNode.Entry(key, keyMark, value));
    }
    for (YamlNode m : merged) {
      if (!(m instanceof YamlNode.Mapping source)) {
        throw new YamlProblem(m.mark(), "a merge key (<<) takes a mapping, found " + m.describe());
      }
      source.entries().forEach(entries::putIfAbsent);
    }
    return new YamlNode.Mapping(mark, entries);
  }

  private YamlNode.Mark mark() {
    JsonLocation l = parser.currentTokenLocation();
    return new YamlNode.Mark(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
  }

  /**
   * SnakeYAML's problem mark is the precise place (0-based); Jackson's own location for these errors is
   * the last token it handed out, which can be a line early. SnakeYAML's exception is used directly because
   * Jackson's wrapper for it is deprecated (SnakeYAML comes with jackson-dataformat-yaml).
   */
  private static YamlProblem syntaxError(SourceFile source, JacksonException e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
        String problem = m.getProblem() == null ? "syntax error" : m.getProblem();
        if (m.getContext() != null) problem = problem + " (" + m.getContext() + ")";
        problem = problem.replace("\\t(TAB)", "tab").replace("\t(TAB)", "tab").replace("'tab'", "tab");
        return new YamlProblem(new YamlNode.Mark(source.name(), m.getProblemMark().getLine() + 1,
            m.getProblemMark().getColumn() + 1), "YAML syntax error: " + problem);
      }
    }
    JsonLocation l = e.getLocation();
    int line = l == null ? 1 : Math.max(1, l.getLineNr());
    int column = l == null ? 1 : Math.max(1, l.getColumnNr());
    return new YamlProblem(new YamlNode.Mark(source.name(), line, column), "YAML syntax error: " + e.getOriginalMessage());
  }
}
