package dev.slipway.differ;

import dev.slipway.model.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides which objects the differ manages: {@link DiffOptions#schemas()} (empty = every schema) minus the
 * {@link DiffOptions#exclude()} globs, matched against {@code schema} and {@code schema.object}.
 * Globs know {@code *} (any run of characters) and {@code ?} (one character); everything else is literal.
 */
final class Filter {
  private final List<String> schemas;
  private final List<Pattern> excludes = new ArrayList<>();

  Filter(DiffOptions options) {
    this.schemas = options.schemas();
    for (String glob : options.exclude()) excludes.add(glob(glob));
  }

  static Pattern glob(String glob) {
    StringBuilder re = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char ch = glob.charAt(i);
      if (ch == '*' || ch == '?') {
        if (literal.length() > 0) {
          re.append(Pattern.quote(literal.toString()));
          literal.setLength(0);
        }
        re.append(ch == '*' ? ".*" : ".");
      } else {
        literal.append(ch);
      }
    }
    if (literal.length() > 0) re.append(Pattern.quote(literal.toString()));
    return Pattern.compile(re.toString(), Pattern.DOTALL);
  }

  boolean schema(String schema) {
    if (schema == null) return true;
    if (!schemas.isEmpty() && !schemas.contains(schema)) return false;
    for (Pattern p : excludes) {
      if (p.matcher(schema).matches()) return false;
    }
    return true;
  }

  boolean object(QualifiedName name) {
    if (!schema(name.schema())) return false;
    if (excludes.isEmpty()) return true;
    String full = name.schema() + "." + name.name();
    for (Pattern p : excludes) {
      if (p.matcher(full).matches()) return false;
    }
    return true;
  }
}
