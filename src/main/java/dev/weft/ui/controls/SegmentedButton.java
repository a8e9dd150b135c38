package dev.weft.ui.controls;

import dev.weft.ui.AsyncEventHandler;
import dev.weft.ui.Control;
import dev.weft.ui.ControlEvent;
import dev.weft.ui.EventHandler;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A row of {@link Segment}s, one or several selected (Flet's {@code SegmentedButton}). By default
 * exactly one is selected, like radios; {@link #allowMultipleSelection} makes each segment a
 * toggle, and {@link #allowEmptySelection} lets the user deselect the last one. The browser's
 * {@code change} carries the new selection, a JSON array of values in a string, refused when it
 * breaks these rules or names a value no segment has.
 */
public final class SegmentedButton extends Control<SegmentedButton> {

  public SegmentedButton(Segment... segments) {
    segments(List.of(segments));
  }

  @Override
  protected String type() {
    return "segmentedButton";
  }

  @SuppressWarnings("unchecked")
  public List<Segment> segments() {
    Object v = get("segments");
    return v == null ? List.of() : ((List<Map<String, String>>) v).stream().map(Segment::fromWire).toList();
  }

  public SegmentedButton segments(List<Segment> segments) {
    Set<String> values = new HashSet<>();
    for (Segment s : segments) {
      if (!values.add(s.value())) {
        throw new IllegalArgumentException("two segments have the value " + s.value());
      }
    }
    return set("segments", segments.isEmpty() ? null : segments.stream().map(Segment::wire).toList());
  }

  /** The selected segments' values, in the segments' order. */
  @SuppressWarnings("unchecked")
  public Set<String> selected() {
    Object v = get("selected");
    return v == null ? Set.of() : new LinkedHashSet<>((List<String>) v);
  }

  public SegmentedButton selected(Set<String> values) {
    return set("selected", ordered(values));
  }

  public SegmentedButton selected(String... values) {
    return selected(Set.of(values));
  }

  public boolean allowMultipleSelection() {
    return get("allowMultipleSelection") != null;
  }

  public SegmentedButton allowMultipleSelection(boolean allow) {
    return set("allowMultipleSelection", allow ? Boolean.TRUE : null);
  }

  public boolean allowEmptySelection() {
    return get("allowEmptySelection") != null;
  }

  public SegmentedButton allowEmptySelection(boolean allow) {
    return set("allowEmptySelection", allow ? Boolean.TRUE : null);
  }

  /** Whether a selected segment shows a check mark (in place of its icon). */
  public boolean showSelectedIcon() {
    return get("showSelectedIcon") == null;
  }

  public SegmentedButton showSelectedIcon(boolean show) {
    return set("showSelectedIcon", show ? null : Boolean.FALSE);
  }

  /** Names the group for screen readers. */
  public String label() {
    return (String) get("label");
  }

  public SegmentedButton label(String label) {
    return set("label", label);
  }

  public SegmentedButton onChange(EventHandler<SegmentedButton> handler) {
    return on(ControlEvent.CHANGE, handler);
  }

  public SegmentedButton onChangeAsync(AsyncEventHandler<SegmentedButton> handler) {
    return onAsync(ControlEvent.CHANGE, handler);
  }

  /** The values in segment order, or null for none; unknown values are an error. */
  private List<String> ordered(Set<String> values) {
    List<String> known = segments().stream().map(Segment::value).toList();
    for (String v : values) {
      if (!known.contains(v)) {
        throw new IllegalArgumentException("no segment has the value " + v);
      }
    }
    List<String> inOrder = known.stream().filter(values::contains).toList();
    return inOrder.isEmpty() ? null : inOrder;
  }

  @Override
  protected boolean acceptsUnhandled(String event) {
    return ControlEvent.CHANGE.equals(event);
  }

  @Override
  protected String acceptClientValue(String event, Object data) {
    if (!ControlEvent.CHANGE.equals(event)) {
      return null;
    }
    List<?> list = EventData.list(data);
    if (list == null || list.stream().anyMatch(v -> !(v instanceof String))) {
      return "the data of change on a segmented button must be a JSON array of segment values"
          + " in a string, not " + data;
    }
    Set<String> chosen = new LinkedHashSet<>();
    for (Object v : list) {
      if (!chosen.add((String) v)) {
        return "segment " + v + " is selected twice";
      }
    }
    if (chosen.size() > 1 && !allowMultipleSelection()) {
      return "only one segment can be selected (allowMultipleSelection is off)";
    }
    if (chosen.isEmpty() && !allowEmptySelection()) {
      return "a segment must stay selected (allowEmptySelection is off)";
    }
    try {
      putSilently("selected", ordered(chosen));
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    return null;
  }
}
