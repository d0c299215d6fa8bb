package dev.slipway.introspect.yaml;

/**
 * One error in a YAML source, thrown inside the reader and turned into an
 * {@link dev.slipway.introspect.IntrospectionException} at its edge. Unchecked so that the per-kind readers
 * stay readable; it never escapes the package.
 */
final class YamlProblem extends RuntimeException {
  private final transient YamlNode.Mark mark;

  YamlProblem(YamlNode.Mark mark, String message) {
    super(message);
    this.mark = mark;
  }

  YamlNode.Mark mark() {
    return mark;
  }

  /** {@code file:line:column: message}, the form DESIGN.md §3 promises for invalid input. */
  String located() {
    return mark + ": " + getMessage();
  }
}
