package dev.slipway.introspect;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides which schemas and objects a catalog reader keeps, from {@link ReadOptions}: a schema is kept
 * when {@code schemas} is empty or names it, and no {@code exclude} glob matches it; an object is kept
 * when its schema is and no glob matches {@code schema.name}. Globs use {@code *} (any run of characters,
 * dots included) and {@code ?} (one character), matched against the unquoted, case-preserved names.
 */
public final class NameFilter {
  private final List<String> schemas;
  private final List<Pattern> exclude;

  public NameFilter(ReadOptions options) {
    this.schemas = options.schemas();
    this.exclude = options.exclude().stream().map(NameFilter::glob).toList();
  }

  public boolean keepSchema(String schema) {
    return (schemas.isEmpty() || schemas.contains(schema)) && !excluded(schema);
  }

  public boolean keep(String schema, String name) {
    return keepSchema(schema) && !excluded(schema + "." + name);
  }

  private boolean excluded(String text) {
    for (Pattern p : exclude) {
      if (p.matcher(text).matches()) return true;
    }
    return false;
  }

  static Pattern glob(String glob) {
    StringBuilder re = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char ch = glob.charAt(i);
      if (ch == '*' || ch == '?') {
        if (literal.length() > 0) re.append(Pattern.quote(literal.toString()));
        literal.setLength(0);
        re.append(ch == '*' ? ".*" : ".");
      } else {
        literal.append(ch);
      }
    }
    if (literal.length() > 0) re.append(Pattern.quote(literal.toString()));
    return Pattern.compile(re.toString(), Pattern.DOTALL);
  }
}
