package dev.slipway.api;

import dev.slipway.api.apply.ApplyListener;
import dev.slipway.planner.Plan;
import dev.slipway.planner.Statement;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * How {@link Slipway#apply(ApplyOptions)} goes about it. Immutable; each {@code with…} returns a copy.
 *
 * @param allowedHazards danger hazard codes allowed to run (upper case), or {@code ALL}
 * @param saved a plan made earlier to apply exactly (null: plan now)
 * @param dryRun stop after every check, change nothing
 * @param review sees the plan before hazards are checked (the CLI prints it)
 * @param confirm the last word before anything runs (false: nothing is applied)
 * @param listener progress of each statement
 * @param historySchema where to record the applied plan ({@code SCHEMA.slipway_history}; null: nowhere)
 * @param warnings where a failure to record history is told
 */
public record ApplyOptions(Set<String> allowedHazards, SavedPlan saved, boolean dryRun, Consumer<Plan> review,
    Predicate<Plan> confirm, ApplyListener listener, String historySchema, PrintWriter warnings) {

  /** A plan made earlier: its statements and the fingerprints of the two schemas it was made from. */
  public record SavedPlan(List<Statement> statements, String currentFingerprint, String desiredFingerprint) {
    public SavedPlan {
      statements = List.copyOf(statements);
    }
  }

  public ApplyOptions {
    allowedHazards = allowedHazards.stream().map(h -> h.toUpperCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** Plan now, allow no danger hazard, no confirmation asked, quiet. */
  public static ApplyOptions defaults() {
    return new ApplyOptions(Set.of(), null, false, p -> { }, p -> true, ApplyListener.QUIET, null,
        new PrintWriter(Writer.nullWriter()));
  }

  public ApplyOptions allowingHazards(Set<String> codes) {
    return new ApplyOptions(codes, saved, dryRun, review, confirm, listener, historySchema, warnings);
  }

  public ApplyOptions withSavedPlan(SavedPlan plan) {
    return new ApplyOptions(allowedHazards, plan, dryRun, review, confirm, listener, historySchema, warnings);
  }

  public ApplyOptions withDryRun(boolean dry) {
    return new ApplyOptions(allowedHazards, saved, dry, review, confirm, listener, historySchema, warnings);
  }

  public ApplyOptions withReview(Consumer<Plan> r) {
    return new ApplyOptions(allowedHazards, saved, dryRun, r, confirm, listener, historySchema, warnings);
  }

  public ApplyOptions withConfirm(Predicate<Plan> c) {
    return new ApplyOptions(allowedHazards, saved, dryRun, review, c, listener, historySchema, warnings);
  }

  public ApplyOptions withListener(ApplyListener l) {
    return new ApplyOptions(allowedHazards, saved, dryRun, review, confirm, l, historySchema, warnings);
  }

  public ApplyOptions withHistory(String schema, PrintWriter warn) {
    return new ApplyOptions(allowedHazards, saved, dryRun, review, confirm, listener, schema, warn);
  }

  boolean allows(String code) {
    return allowedHazards.contains("ALL") || allowedHazards.contains(code);
  }
}
