package dev.slipway.model;

/**
 * An identity column ({@code GENERATED ALWAYS|BY DEFAULT AS IDENTITY}) with its sequence options.
 * MySQL's AUTO_INCREMENT is modelled in {@code model.mysql.MySqlColumnOptions}, not here.
 */
public record Identity(Generation generation, SequenceOptions options) {
  public enum Generation { ALWAYS, BY_DEFAULT }

  public Identity {
    Checks.required(generation, "identity generation");
    Checks.required(options, "identity sequence options");
  }
}
