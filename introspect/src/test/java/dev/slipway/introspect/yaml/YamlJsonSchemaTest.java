package dev.slipway.introspect.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slipway.model.Deferrability;
import dev.slipway.model.ForeignKey;
import dev.slipway.model.Identity;
import dev.slipway.model.IndexKey;
import dev.slipway.model.Partitioning;
import dev.slipway.model.Policy;
import dev.slipway.model.Routine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/schema/slipway-schema.json and the reader's key tables describe the same format. */
class YamlJsonSchemaTest {
  private static JsonNode schema;
  private static JsonNode defs;

  @BeforeAll
  static void load() throws Exception {
    schema = new ObjectMapper().readTree(Files.readString(Path.of("../docs/schema/slipway-schema.json")));
    defs = schema.get("$defs");
  }

  @Test
  void isADraft202012SchemaForTheDocument() {
    assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("$ref").asText()).isEqualTo("#/$defs/document");
    assertThat(defs).isNotNull();
  }

  @Test
  void everyKeyTableMatchesItsDefinitionBothWays() {
    for (Map.Entry<String, Set<String>> e : YamlKeys.byDefinition().entrySet()) {
      JsonNode def = defs.get(e.getKey());
      assertThat(def).as("$defs/" + e.getKey()).isNotNull();
      Set<String> properties = new HashSet<>();
      def.get("properties").fieldNames().forEachRemaining(properties::add);
      assertThat(properties).as("properties of $defs/" + e.getKey()).isEqualTo(e.getValue());
      assertThat(def.get("additionalProperties").asBoolean(true)).as(e.getKey() + " is closed").isFalse();
      if (def.has("required")) {
        def.get("required").forEach(r -> assertThat(e.getValue()).contains(r.asText()));
      }
    }
  }

  @Test
  void everyObjectDefinitionIsAKeyTable() {
    for (Iterator<String> it = defs.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (defs.get(name).has("properties")) {
        assertThat(YamlKeys.byDefinition()).as("reader key table for $defs/" + name).containsKey(name);
      }
    }
  }

  @Test
  void everyRefResolves() {
    List<String> refs = new ArrayList<>();
    collectRefs(schema, refs);
    assertThat(refs).isNotEmpty();
    for (String r : refs) {
      assertThat(r).startsWith("#/$defs/");
      assertThat(defs.has(r.substring("#/$defs/".length()))).as(r).isTrue();
    }
  }

  @Test
  void enumWordsAreTheReadersWords() {
    assertThat(words(defs.get("action").get("enum"))).isEqualTo(lower(ForeignKey.Action.values()));
    assertThat(words(defs.at("/foreignKey/properties/match/enum"))).isEqualTo(lower(ForeignKey.Match.values()));
    assertThat(words(defs.at("/indexKey/properties/order/enum"))).isEqualTo(lower(IndexKey.Order.values()));
    assertThat(words(defs.at("/indexKey/properties/nulls/enum"))).isEqualTo(lower(IndexKey.Nulls.values()));
    assertThat(words(defs.at("/policy/properties/command/enum"))).isEqualTo(lower(Policy.Command.values()));
    assertThat(words(defs.at("/partitioning/properties/strategy/enum"))).isEqualTo(lower(Partitioning.Strategy.values()));
    assertThat(words(defs.at("/identity/properties/generation/enum"))).isEqualTo(lower(Identity.Generation.values()));
    assertThat(words(defs.at("/routine/properties/kind/enum"))).isEqualTo(lower(Routine.Kind.values()));
    assertThat(words(defs.at("/deferrable/oneOf/1/enum"))).isEqualTo(lower(Deferrability.values()));
    assertThat(words(defs.at("/postgresOptions/properties/replica_identity/enum")))
        .isEqualTo(lower(YamlTableReader.ReplicaIdentity.values()));
  }

  private static void collectRefs(JsonNode n, List<String> out) {
    if (n.isObject()) {
      n.fields().forEachRemaining(f -> {
        if (f.getKey().equals("$ref")) out.add(f.getValue().asText());
        collectRefs(f.getValue(), out);
      });
    } else if (n.isArray()) {
      n.forEach(c -> collectRefs(c, out));
    }
  }

  private static List<String> words(JsonNode array) {
    assertThat(array.isArray()).isTrue();
    List<String> out = new ArrayList<>();
    array.forEach(w -> out.add(w.asText()));
    return out;
  }

  private static List<String> lower(Enum<?>[] values) {
    return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
  }
}
