package dev.weft.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Check;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * axe-core run inside Playwright pages (the script ships in the axe-core jar; nothing is
 * downloaded), collecting what it finds over several runs. Every violation is counted for the
 * summary; those of impact serious or critical are the ones {@link #assertNoSeriousOrCritical}
 * fails on, each listed with its rule, impact, target selectors and axe's failure summary.
 */
final class AxeAudit {

  /** WCAG 2.0 and 2.1, levels A and AA, and axe's best practices. */
  static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

  private static final Set<String> BLOCKING = Set.of("serious", "critical");

  private final String name;
  /** "scope: rule (impact)" → the nodes' targets, for the summary. */
  private final Map<String, Set<String>> found = new TreeMap<>();
  /** One entry per serious or critical node per scope, whichever part found it first. */
  private final Map<String, String> blocking = new LinkedHashMap<>();
  /** One line per check: its scope and part, and what axe made of it. */
  private final List<String> perPart = new ArrayList<>();
  private int runs;
  private long nanos;

  AxeAudit(String name) {
    this.name = name;
  }

  /**
   * Runs axe over what {@code selector} matches ({@code null}: the whole page). {@code scope}
   * names the page and theme (a node found twice within one scope counts once for the failure
   * list), {@code part} the piece of it checked.
   */
  AxeResults check(Page page, String scope, String part, String selector) {
    return check(page, scope, part, selector, null);
  }

  /** As {@link #check(Page, String, String, String)}, with only these axe rules (null: all of {@link #TAGS}). */
  AxeResults check(Page page, String scope, String part, String selector, List<String> rules) {
    // legacy mode: axe.run in the page itself. The default (runPartial per frame, then finishRun
    // on a blank page of a new context) costs a second page and a second injection per run, and
    // Weft pages have no frames to reach into
    AxeBuilder axe = new AxeBuilder(page).setLegacyMode(true);
    if (rules == null) {
      axe.withTags(TAGS);
    } else {
      axe.withRules(rules);
    }
    if (selector != null) {
      axe.include(List.of(selector));
    }
    long start = System.nanoTime();
    AxeResults results = axe.analyze();
    nanos += System.nanoTime() - start;
    runs++;
    assertThat(results.isErrored()).as("axe failed on %s / %s: %s", scope, part, results.getErrorMessage()).isFalse();
    Map<String, Integer> byImpact = new TreeMap<>();
    for (Rule rule : results.getViolations()) {
      byImpact.merge(String.valueOf(rule.getImpact()), rule.getNodes().size(), Integer::sum);
    }
    perPart.add(scope + " / " + part + ": " + results.getPasses().size() + " rules passed, "
        + (byImpact.isEmpty() ? "no violation" : "violations " + byImpact) + ", "
        + results.getIncomplete().size() + " to review");
    for (Rule rule : results.getIncomplete()) {
      // axe could not decide (a colour behind text it cannot work out, say): worth a look, no failure
      note(scope + ": " + rule.getId() + " (needs review)", rule);
      // ...except text exactly the colour of its background: axe leaves it for review in case it is
      // hidden on purpose, but nothing on a Weft page hides text that way: it is unreadable text
      for (CheckedNode node : rule.getNodes()) {
        for (Check check : node.getAny()) {
          if (check.getData() instanceof Map<?, ?> data && "equalRatio".equals(data.get("messageKey"))) {
            blocking.putIfAbsent(scope + "|" + rule.getId() + "|" + node.getTarget(), scope + " / " + part + ": "
                + rule.getId() + " (serious: text the colour of its background) at " + node.getTarget()
                + "\n      " + check.getMessage() + " " + data + "\n      " + node.getHtml());
          }
        }
      }
    }
    for (Rule rule : results.getViolations()) {
      note(scope + ": " + rule.getId() + " (" + rule.getImpact() + ")", rule);
      if (!BLOCKING.contains(rule.getImpact())) {
        continue;
      }
      for (CheckedNode node : rule.getNodes()) {
        String key = scope + "|" + rule.getId() + "|" + node.getTarget();
        blocking.putIfAbsent(key, scope + " / " + part + ": " + rule.getId() + " (" + rule.getImpact() + ") at "
            + node.getTarget() + "\n      " + rule.getHelp() + "\n      "
            + String.valueOf(node.getFailureSummary()).replace("\n", "\n      ")
            + "\n      " + node.getHtml());
      }
    }
    return results;
  }

  private void note(String key, Rule rule) {
    Set<String> targets = found.computeIfAbsent(key, k -> new LinkedHashSet<>());
    for (CheckedNode node : rule.getNodes()) {
      targets.add(String.valueOf(node.getTarget()));
    }
  }

  /**
   * Prints how many runs there were, each check's result, and every rule violated (any impact)
   * and every rule axe could not decide, per scope.
   */
  void printSummary() {
    System.out.println("[a11y " + name + "] " + runs + " axe runs (" + nanos / 1_000_000 + " ms), tags " + TAGS + "; "
        + (found.isEmpty() ? "nothing found" : "rules violated or to review, by scope:"));
    perPart.forEach(line -> System.out.println("[a11y " + name + "] result: " + line));
    found.forEach((rule, targets) -> System.out.println("[a11y " + name + "]   " + rule + " x" + targets.size() + " "
        + targets.stream().limit(4).collect(Collectors.joining(" ")) + (targets.size() > 4 ? " ..." : "")));
  }

  /** Fails listing every serious or critical violation found so far. */
  void assertNoSeriousOrCritical() {
    assertThat(runs).as("axe ran").isPositive();
    if (!blocking.isEmpty()) {
      throw new AssertionError(blocking.size() + " serious or critical accessibility violation(s) in "
          + name + ":\n  " + String.join("\n  ", new ArrayList<>(blocking.values())));
    }
  }
}
