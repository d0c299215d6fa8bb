package dev.slipway.cli.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Writes a plan as the JSON of DESIGN.md §4, field for field. */
public final class JsonPlanWriter {
  /** Bumped when the plan JSON or the fingerprint's canonical form changes incompatibly. */
  public static final int FORMAT_VERSION = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonPlanWriter() {}

  public static ObjectNode toJson(PlanView view) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format_version", FORMAT_VERSION);
    root.put("dialect", view.getDialect());
    root.put("server_version", view.plan().serverVersion().toString());
    root.put("current_fingerprint", view.getCurrentFingerprint());
    root.put("desired_fingerprint", view.getDesiredFingerprint());
    ArrayNode statements = root.putArray("statements");
    for (PlanView.StatementView s : view.getStatements()) {
      ObjectNode o = statements.addObject();
      o.put("sql", s.getSql());
      o.put("transactional", s.isTransactional());
      o.put("lock", s.getLock());
      o.put("lock_timeout_ms", s.getLockTimeoutMs());
      o.put("statement_timeout_ms", s.getStatementTimeoutMs());
      o.put("object", s.getObject());
      ArrayNode hazards = o.putArray("hazards");
      for (Map<String, String> h : s.getHazards()) {
        ObjectNode ho = hazards.addObject();
        ho.put("code", h.get("code"));
        ho.put("severity", h.get("severity"));
        ho.put("message", h.get("message"));
      }
      // Extension: equivalent ways to run the change outside the plan (MySQL: gh-ost, pt-online-schema-change).
      if (!s.getAlternatives().isEmpty()) {
        ArrayNode alternatives = o.putArray("alternatives");
        for (String a : s.getAlternatives()) alternatives.add(a);
      }
      // Extension of DESIGN.md §4: apply must not put this statement in a transaction with the previous one.
      if (s.isOwnTransaction()) o.put("own_transaction", true);
      // Extension: the object as structured parts, so apply --plan can name and recover it exactly.
      dev.slipway.model.ObjectRef ref = s.subject();
      if (ref != null) {
        ObjectNode subject = o.putObject("subject");
        subject.put("kind", ref.kind().name());
        subject.put("schema", ref.name().schema());
        subject.put("name", ref.name().name());
        if (ref.member() != null) subject.put("member", ref.member());
      }
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("statements", view.getStatements().size());
    ObjectNode counts = summary.putObject("hazards");
    for (Map<String, Object> c : view.getHazardCounts()) counts.put((String) c.get("code"), (Integer) c.get("count"));
    return root;
  }

  public static String write(PlanView view) {
    try {
      return MAPPER.writeValueAsString(toJson(view)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("plan JSON", e);
    }
  }
}
