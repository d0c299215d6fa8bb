package dev.slipway.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slipway.model.ObjectKind;
import dev.slipway.model.ObjectRef;
import dev.slipway.model.QualifiedName;
import dev.slipway.planner.Hazard;
import dev.slipway.planner.HazardCode;
import dev.slipway.planner.LockMode;
import dev.slipway.planner.Severity;
import dev.slipway.planner.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan saved as JSON ({@code plan --format json --out plan.json}) read back for {@code apply --plan}:
 * the reviewed statements exactly, and the fingerprint of the schema they were planned against.
 */
public record SavedPlan(String dialect, String currentFingerprint, String desiredFingerprint, List<Statement> statements) {

  public static SavedPlan read(Path file) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(file));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException(file + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
          + ": not a plan: " + e.getOriginalMessage());
    }
    if (root == null || root.path("format_version").asInt() != JsonPlanWriter.FORMAT_VERSION) {
      throw new IOException(file + ": not a Slipway plan of format_version " + JsonPlanWriter.FORMAT_VERSION);
    }
    List<Statement> statements = new ArrayList<>();
    for (JsonNode s : root.path("statements")) {
      List<Hazard> hazards = new ArrayList<>();
      for (JsonNode h : s.path("hazards")) {
        hazards.add(new Hazard(HazardCode.valueOf(h.path("code").asText()),
            Severity.valueOf(h.path("severity").asText().toUpperCase(java.util.Locale.ROOT)), h.path("message").asText()));
      }
      statements.add(new Statement(s.path("sql").asText(), s.path("transactional").asBoolean(), lock(s.path("lock").asText()),
          Duration.ofMillis(s.path("lock_timeout_ms").asLong()), Duration.ofMillis(s.path("statement_timeout_ms").asLong()),
          subject(s.path("subject")),
          hazards, s.path("own_transaction").asBoolean(false), alternatives(s.path("alternatives"))));
    }
    return new SavedPlan(root.path("dialect").asText(), root.path("current_fingerprint").asText(),
        root.path("desired_fingerprint").asText(), statements);
  }

  private static ObjectRef subject(JsonNode n) {
    if (n.isMissingNode() || n.isNull()) return null;
    return new ObjectRef(ObjectKind.valueOf(n.path("kind").asText()),
        new QualifiedName(n.path("schema").asText(), n.path("name").asText()),
        n.hasNonNull("member") ? n.path("member").asText() : null);
  }

  private static LockMode lock(String label) {
    for (LockMode m : LockMode.values()) if (m.label().equals(label)) return m;
    throw new IllegalArgumentException("unknown lock mode '" + label + "' in plan");
  }

  private static List<String> alternatives(JsonNode node) {
    List<String> out = new ArrayList<>();
    for (JsonNode a : node) out.add(a.asText());
    return out;
  }
}
