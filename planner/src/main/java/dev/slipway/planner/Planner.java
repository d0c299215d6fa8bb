package dev.slipway.planner;

import dev.slipway.model.QualifiedName;
import dev.slipway.model.change.AddConstraint;
import dev.slipway.model.change.AddIndex;
import dev.slipway.model.change.AddView;
import dev.slipway.model.change.AlterEnum;
import dev.slipway.model.change.Change;
import dev.slipway.model.change.DropIndex;
import dev.slipway.model.change.DropView;
import dev.slipway.model.change.ReplaceIndex;
import dev.slipway.model.change.ValidateConstraint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Turns changes into an ordered plan, dialect-neutrally: {@link Expansion} adds the changes the
 * dialect-independent rules imply (changed views dropped and recreated with the views reading them, views
 * rebuilt around a column type change, FK cycles broken, sequence ownership after the table), a dependency
 * graph over {@link Deps} orders them (drops of dependents before what they depend on, creates before
 * dependents, ties broken by rank then {@code ObjectRef}; while a rebuilt view is missing, changes that may
 * leave the transaction wait), and the dialect {@link Renderer} turns each into statements. Pure and
 * deterministic.
 */
public final class Planner {
  private final Renderer renderer;

  public Planner(Renderer renderer) {
    this.renderer = Objects.requireNonNull(renderer, "renderer");
  }

  /** The plan for these changes; throws {@link PlanningException} when a change cannot be planned safely. */
  public Plan plan(List<Change> changes, PlanContext context) {
    List<Change> ordered = order(Expansion.expand(changes, context, renderer.viewsPinTheirInputs()));
    List<Statement> statements = renderer.renderAll(ordered, context);
    return new Plan(context.version(), context.current().fingerprint(), context.desired().fingerprint(), statements);
  }

  /** Topological order of the changes (Kahn's algorithm, smallest rank/subject first among the ready). */
  static List<Change> order(List<Change> changes) {
    int n = changes.size();
    List<Deps> deps = new ArrayList<>(n);
    for (Change c : changes) deps.add(Deps.of(c));
    Map<String, List<Integer>> producers = new HashMap<>();
    Map<String, List<Integer>> consumers = new HashMap<>();
    Map<String, List<Integer>> removers = new HashMap<>();
    Map<String, List<Integer>> releasers = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Deps d = deps.get(i);
      for (String k : d.produces) producers.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
      for (String k : d.consumes) consumers.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
      for (String k : d.removes) removers.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
      for (String k : d.releases) releasers.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> after = new ArrayList<>(n);
    int[] indegree = new int[n];
    for (int i = 0; i < n; i++) after.add(new ArrayList<>());
    edges(producers, consumers, after, indegree, null);  // create before what needs it
    edges(releasers, removers, after, indegree, null);   // stop needing before removing
    // Drop before re-creating the same name; a change that removes and produces the same key (a column type
    // change reshaping its table) modifies in place, and two of them on one table are not ordered by it.
    edges(removers, producers, after, indegree, deps);
    leadsBeforeTheirDrops(producers, removers, deps, after, indegree);

    Comparator<Integer> byRank = (a, b) -> {
      int c = Integer.compare(deps.get(a).rank, deps.get(b).rank);
      if (c != 0) return c;
      c = changes.get(a).subject().compareTo(changes.get(b).subject());
      return c != 0 ? c : Integer.compare(a, b);
    };
    // While a rebuilt view is dropped and not yet recreated, changes that may leave the transaction (index builds
    // CONCURRENTLY, validations in their own transaction) wait if anything else is ready: the view is missing
    // only inside one transaction, invisible to clients.
    Set<QualifiedName> rebuilt = rebuiltViews(changes);
    PriorityQueue<Integer> ready = new PriorityQueue<>(byRank);
    PriorityQueue<Integer> held = new PriorityQueue<>(byRank);
    boolean[] mayCommit = new boolean[n];
    for (int i = 0; i < n; i++) mayCommit[i] = mayLeaveTransaction(changes.get(i));
    for (int i = 0; i < n; i++) if (indegree[i] == 0) (mayCommit[i] ? held : ready).add(i);
    boolean[] done = new boolean[n];
    int open = 0;
    List<Change> out = new ArrayList<>(n);
    while (out.size() < n) {
      Integer next;
      if (ready.isEmpty() || !held.isEmpty() && open == 0 && byRank.compare(held.peek(), ready.peek()) < 0) {
        next = held.poll();
      } else {
        next = ready.poll();
      }
      if (next == null) {
        // A cycle the expansion did not break: take the best-ranked remaining change, deterministically.
        PriorityQueue<Integer> rest = new PriorityQueue<>(byRank);
        for (int i = 0; i < n; i++) if (!done[i]) rest.add(i);
        next = rest.poll();
        indegree[next] = 0;
      }
      if (done[next]) continue;
      done[next] = true;
      Change c = changes.get(next);
      out.add(c);
      if (c instanceof DropView d && rebuilt.contains(d.view().name())) open++;
      if (c instanceof AddView a && rebuilt.contains(a.view().name())) open--;
      for (int succ : after.get(next)) {
        if (!done[succ] && --indegree[succ] == 0) (mayCommit[succ] ? held : ready).add(succ);
      }
    }
    return out;
  }

  /** Views both dropped and created by the plan. */
  private static Set<QualifiedName> rebuiltViews(List<Change> changes) {
    Set<QualifiedName> dropped = new HashSet<>();
    Set<QualifiedName> both = new HashSet<>();
    for (Change c : changes) if (c instanceof DropView d) dropped.add(d.view().name());
    for (Change c : changes) if (c instanceof AddView a && dropped.contains(a.view().name())) both.add(a.view().name());
    return both;
  }

  /** Changes a dialect may render outside the plan's transaction or in one of their own. */
  private static boolean mayLeaveTransaction(Change c) {
    return c instanceof AddIndex || c instanceof DropIndex || c instanceof ReplaceIndex || c instanceof AddConstraint
        || c instanceof ValidateConstraint || c instanceof AlterEnum;
  }

  /**
   * An index that a remaining foreign key leans on may be dropped only once another index leads with the same
   * column: MySQL refuses the drop otherwise ("needed in a foreign key constraint",
   * dev.mysql.com/doc/refman/8.0/en/create-table-foreign-keys.html: the referencing columns must lead some
   * index at every moment). So for leading-column keys a new index comes before the drop, the reverse of the
   * drop-then-create rule for names ({@link #edges} skips these keys there). Harmless on PostgreSQL, where a
   * foreign key needs no index: the new index is simply built before the old one goes.
   */
  private static void leadsBeforeTheirDrops(Map<String, List<Integer>> producers, Map<String, List<Integer>> removers,
      List<Deps> deps, List<List<Integer>> after, int[] indegree) {
    for (Map.Entry<String, List<Integer>> e : producers.entrySet()) {
      if (!Keys.isLeadingColumn(e.getKey())) continue;
      List<Integer> drops = removers.get(e.getKey());
      if (drops == null) continue;
      for (int add : e.getValue()) {
        for (int drop : drops) {
          if (add == drop || sharesIndexName(deps.get(add), deps.get(drop))) continue;
          after.get(add).add(drop);
          indegree[drop]++;
        }
      }
    }
  }

  /** Whether a drop and a create are of the same index name (then the name rule orders them, drop first). */
  private static boolean sharesIndexName(Deps a, Deps b) {
    for (String k : a.produces) if (Keys.isIndex(k) && b.removes.contains(k)) return true;
    return false;
  }

  private static void edges(Map<String, List<Integer>> first, Map<String, List<Integer>> then,
      List<List<Integer>> after, int[] indegree, List<Deps> inPlace) {
    for (Map.Entry<String, List<Integer>> e : first.entrySet()) {
      List<Integer> targets = then.get(e.getKey());
      if (targets == null) continue;
      if (inPlace != null && Keys.isLeadingColumn(e.getKey())) continue; // see leadsBeforeTheirDrops
      for (int a : e.getValue()) {
        if (inPlace != null && inPlace.get(a).produces.contains(e.getKey())) continue;
        for (int b : targets) {
          if (a == b) continue;
          after.get(a).add(b);
          indegree[b]++;
        }
      }
    }
  }
}
