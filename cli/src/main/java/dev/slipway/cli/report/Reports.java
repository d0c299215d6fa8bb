package dev.slipway.cli.report;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders plans through the Freemarker templates beside this class (text, SQL, Markdown) and the JSON
 * writer. Every format is rendered from the same {@link PlanView}.
 */
public final class Reports {
  /** GitHub refuses comment bodies over 65,536 characters; past this the Markdown report goes short. */
  public static final int MARKDOWN_LIMIT = 60_000;

  private static final Configuration FREEMARKER = configure();

  private Reports() {}

  private static Configuration configure() {
    Configuration c = new Configuration(Configuration.VERSION_2_3_34);
    c.setClassForTemplateLoading(Reports.class, "/dev/slipway/cli/report");
    c.setDefaultEncoding("UTF-8");
    c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    c.setLogTemplateExceptions(false);
    c.setWrapUncheckedExceptions(true);
    c.setFallbackOnNullLoopVariable(false);
    c.setNumberFormat("computer");
    return c;
  }

  /** Renders a plan; {@code color} adds ANSI colours to the text format (only on a TTY). */
  public static String render(PlanView plan, ReportFormat format, boolean color) {
    if (format == ReportFormat.JSON) return JsonPlanWriter.write(plan);
    Map<String, Object> model = new HashMap<>();
    model.put("plan", plan);
    model.put("color", color);
    if (format == ReportFormat.MARKDOWN) {
      model.put("short", false);
      String full = apply("plan-markdown.ftl", model);
      if (full.length() <= MARKDOWN_LIMIT) return full;
      model.put("short", true);
      return apply("plan-markdown.ftl", model);
    }
    return apply(format == ReportFormat.SQL ? "plan-sql.ftl" : "plan-text.ftl", model);
  }

  static String apply(String template, Map<String, Object> model) {
    try {
      Template t = FREEMARKER.getTemplate(template);
      StringWriter out = new StringWriter();
      t.process(model, out);
      return out.toString();
    } catch (IOException | TemplateException e) {
      throw new IllegalStateException("report template " + template + " failed: " + e.getMessage(), e);
    }
  }
}
