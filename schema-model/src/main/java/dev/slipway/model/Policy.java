package dev.slipway.model;

import java.util.List;

/** A PostgreSQL row-level security policy on a table. */
public record Policy(
    String name, boolean permissive, Command command, List<String> roles, Expr using, Expr withCheck,
    String comment) {
  public enum Command { ALL, SELECT, INSERT, UPDATE, DELETE }

  public Policy {
    Checks.name(name, "policy");
    command = command == null ? Command.ALL : command;
    roles = roles == null || roles.isEmpty() ? List.of("public") : List.copyOf(roles.stream().sorted().toList());
  }
}
