package dev.slipway.model;

/** Options of a sequence or an identity column; {@code dataType} is the sequence's integer type. */
public record SequenceOptions(
    String dataType, long start, long increment, long min, long max, long cache, boolean cycle) {
  public SequenceOptions {
    Checks.name(dataType, "sequence data type");
    if (increment == 0) throw new InvalidModelException("sequence increment must not be zero");
    if (min > max) throw new InvalidModelException("sequence minvalue " + min + " exceeds maxvalue " + max);
    if (start < min || start > max) {
      throw new InvalidModelException("sequence start " + start + " is outside [" + min + ", " + max + "]");
    }
    if (cache < 1) throw new InvalidModelException("sequence cache must be at least 1, was " + cache);
  }

  /** PostgreSQL's defaults for an ascending sequence of the given integer type. */
  public static SequenceOptions defaults(String dataType) {
    long max = switch (dataType) {
      case "smallint" -> Short.MAX_VALUE;
      case "integer" -> Integer.MAX_VALUE;
      default -> Long.MAX_VALUE;
    };
    return new SequenceOptions(dataType, 1, 1, 1, max, 1, false);
  }
}
