package dev.weft.ui.controls;

import dev.weft.ui.AsyncEventHandler;
import dev.weft.ui.Control;
import dev.weft.ui.ControlEvent;
import dev.weft.ui.EventHandler;
import java.util.Map;

/**
 * A labelled text input. {@link #value()} follows what the user typed: the client sends every
 * edit when a change handler is set, and each committed edit (Enter, or leaving the field)
 * otherwise, so a button's handler always reads what the user sees.
 */
public final class TextField extends Control<TextField> {

  public TextField() {
  }

  public TextField(String label) {
    label(label);
  }

  @Override
  protected String type() {
    return "textField";
  }

  public String value() {
    Object v = get("value");
    return v == null ? "" : (String) v;
  }

  public TextField value(String value) {
    return set("value", value == null || value.isEmpty() ? null : value);
  }

  public String label() {
    return (String) get("label");
  }

  public TextField label(String label) {
    return set("label", label);
  }

  public String hint() {
    return (String) get("hint");
  }

  public TextField hint(String hint) {
    return set("hint", hint);
  }

  public String helper() {
    return (String) get("helper");
  }

  public TextField helper(String helper) {
    return set("helper", helper);
  }

  public String errorText() {
    return (String) get("errorText");
  }

  /** Shows an error below the field and marks it invalid; null clears it. */
  public TextField errorText(String errorText) {
    return set("errorText", errorText);
  }

  public boolean password() {
    return get("password") != null;
  }

  public TextField password(boolean password) {
    return set("password", password ? Boolean.TRUE : null);
  }

  public boolean multiline() {
    return get("multiline") != null;
  }

  public TextField multiline(boolean multiline) {
    return set("multiline", multiline ? Boolean.TRUE : null);
  }

  public int minLines() {
    Object v = get("minLines");
    return v == null ? 1 : (Integer) v;
  }

  public TextField minLines(int lines) {
    return set("minLines", lines <= 1 ? null : lines);
  }

  public Integer maxLength() {
    return (Integer) get("maxLength");
  }

  public TextField maxLength(Integer maxLength) {
    return set("maxLength", maxLength);
  }

  public boolean readOnly() {
    return get("readOnly") != null;
  }

  public TextField readOnly(boolean readOnly) {
    return set("readOnly", readOnly ? Boolean.TRUE : null);
  }

  public boolean autofocus() {
    return get("autofocus") != null;
  }

  public TextField autofocus(boolean autofocus) {
    return set("autofocus", autofocus ? Boolean.TRUE : null);
  }

  public KeyboardType keyboard() {
    return fromWire(KeyboardType.class, get("keyboard"), KeyboardType.TEXT);
  }

  public TextField keyboard(KeyboardType keyboard) {
    return set("keyboard", keyboard == null || keyboard == KeyboardType.TEXT ? null : wire(keyboard));
  }

  public String prefix() {
    return (String) get("prefix");
  }

  public TextField prefix(String prefix) {
    return set("prefix", prefix);
  }

  public String suffix() {
    return (String) get("suffix");
  }

  public TextField suffix(String suffix) {
    return set("suffix", suffix);
  }

  /** A Material icon name shown at the start of the box. */
  public String prefixIcon() {
    return (String) get("prefixIcon");
  }

  public TextField prefixIcon(String icon) {
    return set("prefixIcon", icon);
  }

  /** A Material icon name shown at the end of the box. */
  public String suffixIcon() {
    return (String) get("suffixIcon");
  }

  public TextField suffixIcon(String icon) {
    return set("suffixIcon", icon);
  }

  /** Whether a password field has a button showing and hiding the characters. */
  public boolean canRevealPassword() {
    return get("canRevealPassword") != null;
  }

  public TextField canRevealPassword(boolean can) {
    return set("canRevealPassword", can ? Boolean.TRUE : null);
  }

  /** The most lines a multiline field grows to before it scrolls; null: no limit. */
  public Integer maxLines() {
    return (Integer) get("maxLines");
  }

  public TextField maxLines(Integer lines) {
    if (lines != null && lines < 1) {
      throw new IllegalArgumentException("maxLines must be at least 1, not " + lines);
    }
    return set("maxLines", lines);
  }

  /**
   * The counter below the field, at the end: {@code {value_length}}, {@code {max_length}} and
   * {@code {symbols_left}} stand for what they say (Flet's names). With {@link #maxLength()} and no
   * counter text the field counts "length / max" itself.
   */
  public String counterText() {
    return (String) get("counterText");
  }

  public TextField counterText(String counterText) {
    return set("counterText", counterText);
  }

  /** What the field may hold; null for anything. */
  @SuppressWarnings("unchecked")
  public InputFilter inputFilter() {
    Map<String, Object> v = (Map<String, Object>) get("inputFilter");
    return v == null ? null : new InputFilter((String) v.get("regex"), (Boolean) v.get("allow"));
  }

  public TextField inputFilter(InputFilter filter) {
    return set("inputFilter", filter == null ? null : filter.wire());
  }

  public TextField onChange(EventHandler<TextField> handler) {
    return on(ControlEvent.CHANGE, handler);
  }

  public TextField onChangeAsync(AsyncEventHandler<TextField> handler) {
    return onAsync(ControlEvent.CHANGE, handler);
  }

  /** Enter in a single-line field. */
  public TextField onSubmit(EventHandler<TextField> handler) {
    return on(ControlEvent.SUBMIT, handler);
  }

  public TextField onSubmitAsync(AsyncEventHandler<TextField> handler) {
    return onAsync(ControlEvent.SUBMIT, handler);
  }

  public TextField onFocus(EventHandler<TextField> handler) {
    return on(ControlEvent.FOCUS, handler);
  }

  public TextField onBlur(EventHandler<TextField> handler) {
    return on(ControlEvent.BLUR, handler);
  }

  @Override
  protected boolean acceptsUnhandled(String event) {
    return ControlEvent.CHANGE.equals(event);
  }

  @Override
  protected String acceptClientValue(String event, Object data) {
    boolean carriesValue = ControlEvent.CHANGE.equals(event) || ControlEvent.SUBMIT.equals(event)
        || ControlEvent.BLUR.equals(event) && data != null;
    if (!carriesValue) {
      return null;
    }
    if (!(data instanceof String text)) {
      return "the data of " + event + " on a text field must be a string";
    }
    Integer max = (Integer) get("maxLength");
    if (max != null && text.codePointCount(0, text.length()) > max) {
      return "the value is longer than maxLength " + max;
    }
    InputFilter filter = inputFilter();
    if (filter != null && !filter.accepts(text)) {
      return "the value \"" + text + "\" does not pass the field's input filter "
          + (filter.allow() ? "(it must match " : "(it must not contain ") + filter.regex() + ")";
    }
    putSilently("value", text.isEmpty() ? null : text);
    return null;
  }
}
