package dev.slipway.cli;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.slipway.model.Attr;
import dev.slipway.model.Constraint;
import dev.slipway.model.Schema;
import dev.slipway.model.TypeDef;

/** {@code inspect --format json}: the model as JSON, each polymorphic value tagged with its {@code kind}. */
final class SchemaJson {
  @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "kind")
  private interface Tagged {}

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .addMixIn(Constraint.class, Tagged.class)
      .addMixIn(TypeDef.class, Tagged.class)
      .addMixIn(Attr.class, Tagged.class);

  private SchemaJson() {}

  static String write(Schema schema) {
    try {
      return MAPPER.writeValueAsString(schema) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("schema JSON", e);
    }
  }
}
