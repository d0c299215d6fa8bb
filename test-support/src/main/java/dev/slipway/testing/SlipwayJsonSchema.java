package dev.slipway.testing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Checks a YAML document against {@code docs/schema/slipway-schema.json}, the JSON Schema editors are told to
 * use for the desired-state format (docs/yaml.md). The YAML is turned into a JSON tree the way the YAML reader
 * reads it: Jackson's YAML parser and scalar types, an empty value as null, {@code *alias} and
 * {@code <<: *alias} resolved. Problems are reported by the JSON Pointer of the offending value.
 */
public final class SlipwayJsonSchema {
  /** The schema file, relative to the repository root. */
  public static final String FILE = "docs/schema/slipway-schema.json";

  private static final YAMLFactory YAML = YAMLFactory.builder().loaderOptions(loaderOptions())
      .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build();
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private SlipwayJsonSchema() {}

  /** One way a document breaks the schema: where ({@code ""} is the document itself), which keyword, and why. */
  public record Problem(String pointer, String keyword, String message) {
    @Override public String toString() {
      return (pointer.isEmpty() ? "(document)" : pointer) + ": " + message;
    }
  }

  /** The problems of a whole document, none when it is valid. */
  public static List<Problem> problems(String yaml) {
    return problems(yaml, "document");
  }

  /**
   * The problems of {@code yaml} checked against one {@code $defs} entry of the schema, e.g. {@code table} for a
   * fragment of a table such as a {@code foreign_keys:} list.
   */
  public static List<Problem> problems(String yaml, String definition) {
    List<Error> errors = schema(definition).validate(tree(yaml));
    List<Problem> out = new ArrayList<>();
    for (Error e : errors) {
      out.add(new Problem(e.getInstanceLocation().toString(), e.getKeyword(), e.getMessage()));
    }
    return out;
  }

  /** Throws an {@link AssertionError} naming {@code name} and the JSON Pointer of every problem. */
  public static void assertValid(String name, String yaml) {
    assertValid(name, yaml, "document");
  }

  public static void assertValid(String name, String yaml, String definition) {
    List<Problem> problems = problems(yaml, definition);
    if (!problems.isEmpty()) {
      throw new AssertionError(name + " does not match " + FILE + (definition.equals("document") ? "" : "#/$defs/"
          + definition) + ":\n  " + problems.stream().map(Problem::toString).collect(Collectors.joining("\n  ")));
    }
  }

  /** The schema file, found from the working directory (a module's or the repository's) upwards. */
  public static Path schemaFile() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(FILE);
      if (Files.isRegularFile(candidate)) return candidate;
    }
    throw new IllegalStateException(FILE + " not found above " + Path.of("").toAbsolutePath());
  }

  private static Schema schema(String definition) {
    return SCHEMAS.computeIfAbsent(definition, d -> {
      ObjectNode root;
      try {
        root = (ObjectNode) new ObjectMapper().readTree(Files.readString(schemaFile()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (!root.path("$defs").has(d)) throw new IllegalArgumentException(FILE + " has no $defs/" + d);
      // The same $defs, entered at another definition; the document's own entry is the file's "$ref" already.
      root.put("$ref", "#/$defs/" + d);
      SchemaRegistryConfig config = SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build();
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
          b -> b.schemaRegistryConfig(config)).getSchema(root);
    });
  }

  /** The YAML as a JSON tree; a file with no document (empty, only comments) is an empty mapping. */
  static JsonNode tree(String yaml) {
    try (JsonParser parser = YAML.createParser(yaml)) {
      JsonToken first = parser.nextToken();
      if (first == null) return JsonNodeFactory.instance.objectNode();
      return new Builder(parser).value(first);
    } catch (IOException e) {
      throw new IllegalArgumentException("not YAML the reader can parse: " + e.getMessage(), e);
    }
  }

  /** As the reader's YamlTree: the format's own documents are small, and the 3 MB default stops inspect output. */
  private static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    return options;
  }

  private static final class Builder {
    private final JsonParser parser;
    private final Map<String, JsonNode> anchors = new HashMap<>();

    Builder(JsonParser parser) {
      this.parser = parser;
    }

    JsonNode value(JsonToken token) throws IOException {
      if (parser instanceof YAMLParser y && y.isCurrentAlias()) {
        // Jackson hands an alias over as a string holding the anchor's name.
        JsonNode target = anchors.get(parser.getText());
        if (target == null) throw new IllegalArgumentException("unknown alias *" + parser.getText());
        return target;
      }
      Object anchor = parser.getObjectId();
      JsonNode node = plain(token);
      if (anchor != null) anchors.put(anchor.toString(), node);
      return node;
    }

    private JsonNode plain(JsonToken token) throws IOException {
      JsonNodeFactory f = JsonNodeFactory.instance;
      switch (token) {
        case START_OBJECT: {
          ObjectNode object = f.objectNode();
          List<JsonNode> merged = new ArrayList<>();
          for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            String key = parser.currentName();
            JsonNode value = value(parser.nextToken());
            if (key.equals("<<")) {
              // A merge key supplies the keys this mapping does not set itself.
              if (value.isArray()) value.forEach(merged::add); else merged.add(value);
            } else {
              object.set(key, value);
            }
          }
          for (JsonNode m : merged) {
            if (!m.isObject()) throw new IllegalArgumentException("a merge key (<<) takes a mapping, found " + m);
            m.fields().forEachRemaining(e -> {
              if (!object.has(e.getKey())) object.set(e.getKey(), e.getValue());
            });
          }
          return object;
        }
        case START_ARRAY: {
          ArrayNode array = f.arrayNode();
          for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) array.add(value(t));
          return array;
        }
        case VALUE_STRING:
          return f.textNode(parser.getText());
        case VALUE_NUMBER_INT:
          return f.numberNode(parser.getBigIntegerValue());
        case VALUE_NUMBER_FLOAT:
          double d = parser.getDoubleValue();
          // .inf and .nan have no decimal form; the schema's "number" takes them as doubles.
          return Double.isFinite(d) ? f.numberNode(parser.getDecimalValue()) : f.numberNode(d);
        case VALUE_TRUE:
        case VALUE_FALSE:
          return f.booleanNode(parser.getBooleanValue());
        case VALUE_NULL:
          return f.nullNode();
        default:
          throw new IllegalArgumentException("unsupported YAML value " + parser.getText());
      }
    }
  }
}
