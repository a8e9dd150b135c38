package dev.weft.testing;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The page as words: the text a control shows (what {@link WeftTestClient#find(String)} matches)
 * and an indented outline of the whole tree. A failing test prints the outline, so its author
 * sees what was on the page instead of a bare "not found".
 */
public final class PageOutline {

  /** The types whose whole text is their {@code label}. */
  private static final Set<String> LABELLED = Set.of("textField", "checkbox", "switch", "dropdown");
  /** Lines shown before an outline is cut short. */
  private static final int MAX_LINES = 200;
  private static final int MAX_VALUE = 60;

  private PageOutline() {
  }

  /**
   * The whole text a control shows as its name: a text's {@code value}, a button's {@code text},
   * the {@code label} of a text field, checkbox, switch or dropdown; null for other controls and
   * for a field without a label.
   */
  public static String textOf(ClientTree.Entry control) {
    switch (control.type()) {
      case "text":
        return stringOr(control.prop("value"), "");
      case "button":
        return stringOr(control.prop("text"), "");
      default:
        return LABELLED.contains(control.type()) ? stringOr(control.prop("label"), null) : null;
    }
  }

  /** The tree as an indented outline, one control a line; "(no page yet)" before a render. */
  public static String of(ClientTree tree) {
    if (tree.root() == null) {
      return "(no page yet)";
    }
    StringBuilder sb = new StringBuilder();
    int[] lines = {0};
    append(sb, tree.root(), 0, lines);
    if (lines[0] > MAX_LINES) {
      sb.append("  … and ").append(lines[0] - MAX_LINES).append(" more controls\n");
    }
    return sb.toString();
  }

  /** One control on one line: {@code button#2 "+1" key=inc events=[click]}. */
  public static String line(ClientTree.Entry control) {
    StringBuilder sb = new StringBuilder(control.type()).append('#').append(control.id());
    String text = textOf(control);
    String textProp = textProp(control.type());
    if (text != null) {
      sb.append(' ').append(quote(text));
    }
    for (Map.Entry<String, Object> p : control.props().entrySet()) {
      if (p.getKey().equals(textProp)) {
        continue;
      }
      sb.append(' ').append(p.getKey()).append('=').append(show(p.getValue()));
    }
    return sb.toString();
  }

  private static void append(StringBuilder sb, ClientTree.Entry e, int depth, int[] lines) {
    if (++lines[0] <= MAX_LINES) {
      sb.append("  ".repeat(depth + 1)).append(line(e)).append('\n');
    }
    for (ClientTree.Entry child : e.children()) {
      append(sb, child, depth + 1, lines);
    }
  }

  private static String textProp(String type) {
    switch (type) {
      case "text":
        return "value";
      case "button":
        return "text";
      default:
        return LABELLED.contains(type) ? "label" : null;
    }
  }

  private static String show(Object value) {
    if (value instanceof String s) {
      return quote(s);
    }
    if (value instanceof List<?> list) {
      return list.toString();
    }
    return String.valueOf(value);
  }

  private static String quote(String s) {
    String shown = s.length() <= MAX_VALUE ? s : s.substring(0, MAX_VALUE) + "…";
    return '"' + shown.replace("\n", "\\n") + '"';
  }

  private static String stringOr(Object value, String fallback) {
    return value == null ? fallback : String.valueOf(value);
  }
}
