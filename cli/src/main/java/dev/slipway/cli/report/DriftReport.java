package dev.slipway.cli.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slipway.model.change.Change;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code drift} found: objects the desired schema has and the database lacks (missing), objects the
 * database has beyond it (extra), objects that differ (changed), and the plan that would fix it.
 */
public final class DriftReport {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final String database;
  private final PlanView plan;
  private final List<String> missing = new ArrayList<>();
  private final List<String> extra = new ArrayList<>();
  private final List<String> changed = new ArrayList<>();

  public DriftReport(String database, List<Change> changes, PlanView plan) {
    this.database = database;
    this.plan = plan;
    for (Change c : changes) {
      String kind = c.getClass().getSimpleName();
      String what = c.subject().kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + c.subject();
      if (kind.startsWith("Add")) missing.add(what);
      else if (kind.startsWith("Drop")) extra.add(what);
      else changed.add(what);
    }
  }

  public boolean inSync() {
    return plan.isEmpty();
  }

  public String getDatabase() {
    return database;
  }

  public List<String> getMissing() {
    return missing;
  }

  public List<String> getExtra() {
    return extra;
  }

  public List<String> getChanged() {
    return changed;
  }

  public PlanView getPlan() {
    return plan;
  }

  /** One line a chat channel can show. */
  public String summary() {
    if (inSync()) return "Slipway: " + database + " is in sync with the desired schema.";
    return "Slipway drift on " + database + ": " + missing.size() + " missing, " + extra.size() + " extra, "
        + changed.size() + " changed (" + plan.getStatements().size() + " statements to fix).";
  }

  public ObjectNode toJson() {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("database", database);
    root.put("in_sync", inSync());
    ArrayNode m = root.putArray("missing");
    missing.forEach(m::add);
    ArrayNode e = root.putArray("extra");
    extra.forEach(e::add);
    ArrayNode c = root.putArray("changed");
    changed.forEach(c::add);
    root.set("plan", JsonPlanWriter.toJson(plan));
    return root;
  }

  /** The webhook body: Slack's {@code text} plus the structured report under {@code drift}. */
  public String webhookJson() {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("text", summary());
    body.set("drift", toJson());
    return write(body);
  }

  public String render(ReportFormat format) {
    if (format == ReportFormat.JSON) return write(toJson());
    java.util.Map<String, Object> model = new java.util.HashMap<>();
    model.put("drift", this);
    model.put("plan", plan);
    model.put("color", false);
    model.put("short", false);
    return Reports.apply(format == ReportFormat.MARKDOWN ? "drift-markdown.ftl" : "drift-text.ftl", model);
  }

  private static String write(ObjectNode node) {
    try {
      return MAPPER.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("drift JSON", ex);
    }
  }
}
