package dev.weft.ui.controls;

import dev.weft.ui.AsyncEventHandler;
import dev.weft.ui.Control;
import dev.weft.ui.ControlEvent;
import dev.weft.ui.EventHandler;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A labelled choice among options; {@link #value()} is the chosen option's key. */
public final class Dropdown extends Control<Dropdown> {

  /**
   * One choice.
   *
   * @param key what {@link #value()} holds when it is chosen
   * @param text what the user sees
   */
  public record Option(String key, String text) {

    public Option {
      Objects.requireNonNull(key, "key");
      text = text == null ? key : text;
    }

    /** An option whose text is its key. */
    public static Option of(String key) {
      return new Option(key, key);
    }
  }

  public Dropdown(String label, Option... options) {
    label(label);
    options(List.of(options));
  }

  /** A dropdown whose options' texts are their keys. */
  public static Dropdown of(String label, String... keys) {
    return new Dropdown(label, java.util.Arrays.stream(keys).map(Option::of).toArray(Option[]::new));
  }

  @Override
  protected String type() {
    return "dropdown";
  }

  /** The chosen option's key, or null when none is chosen. */
  public String value() {
    return (String) get("value");
  }

  public Dropdown value(String key) {
    return set("value", key);
  }

  public String label() {
    return (String) get("label");
  }

  public Dropdown label(String label) {
    return set("label", label);
  }

  public String hint() {
    return (String) get("hint");
  }

  public Dropdown hint(String hint) {
    return set("hint", hint);
  }

  @SuppressWarnings("unchecked")
  public List<Option> options() {
    Object v = get("options");
    if (v == null) {
      return List.of();
    }
    return ((List<Map<String, String>>) v).stream()
        .map(o -> new Option(o.get("key"), o.get("text")))
        .toList();
  }

  /** The choices; stored as plain JSON objects, as they go on the wire. */
  public Dropdown options(List<Option> options) {
    return set("options", options == null || options.isEmpty() ? null
        : options.stream().map(o -> Map.of("key", o.key(), "text", o.text())).toList());
  }

  public Dropdown onChange(EventHandler<Dropdown> handler) {
    return on(ControlEvent.CHANGE, handler);
  }

  public Dropdown onChangeAsync(AsyncEventHandler<Dropdown> handler) {
    return onAsync(ControlEvent.CHANGE, handler);
  }

  public Dropdown onFocus(EventHandler<Dropdown> handler) {
    return on(ControlEvent.FOCUS, handler);
  }

  public Dropdown onBlur(EventHandler<Dropdown> handler) {
    return on(ControlEvent.BLUR, handler);
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
    if (data != null && !(data instanceof String)) {
      return "the data of change on a dropdown must be an option's key";
    }
    if (data != null && options().stream().noneMatch(o -> o.key().equals(data))) {
      return "\"" + data + "\" is not one of the dropdown's options";
    }
    putSilently("value", data);
    return null;
  }
}
