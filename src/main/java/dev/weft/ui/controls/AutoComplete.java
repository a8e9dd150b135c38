package dev.weft.ui.controls;

import dev.weft.ui.AsyncEventHandler;
import dev.weft.ui.Control;
import dev.weft.ui.ControlEvent;
import dev.weft.ui.EventHandler;
import java.util.List;
import java.util.Map;

/**
 * A text field that suggests from a fixed list as the user types (Flet's {@code AutoComplete}).
 * The browser filters the {@link #suggestions()} itself (those whose key or value contains the
 * text, ignoring case), so typing costs no round trip; choosing one (arrows and Enter, or a click)
 * puts its value in the field and sends {@code select} with its key, refused unless a suggestion
 * has that key. {@link #selection()} is then the chosen suggestion.
 */
public final class AutoComplete extends Control<AutoComplete> {

  /** The event of a suggestion chosen: Flet's {@code on_select}. */
  public static final String SELECT = "select";

  public AutoComplete(AutoCompleteSuggestion... suggestions) {
    suggestions(List.of(suggestions));
  }

  @Override
  protected String type() {
    return "autoComplete";
  }

  @SuppressWarnings("unchecked")
  public List<AutoCompleteSuggestion> suggestions() {
    Object v = get("suggestions");
    return v == null ? List.of() : ((List<Map<String, String>>) v).stream()
        .map(m -> new AutoCompleteSuggestion(m.get("key"), m.get("value"))).toList();
  }

  public AutoComplete suggestions(List<AutoCompleteSuggestion> suggestions) {
    return set("suggestions", suggestions.isEmpty() ? null
        : suggestions.stream().map(AutoCompleteSuggestion::wire).toList());
  }

  /** The text in the field. */
  public String value() {
    Object v = get("value");
    return v == null ? "" : (String) v;
  }

  public AutoComplete value(String value) {
    return set("value", value == null || value.isEmpty() ? null : value);
  }

  /** The field's label, which names it (a Weft addition: Flet's has none). */
  public String label() {
    return (String) get("label");
  }

  public AutoComplete label(String label) {
    return set("label", label);
  }

  /** The key of the suggestion chosen last, or null. */
  public String selectedKey() {
    return (String) get("selectedKey");
  }

  /** The suggestion chosen last, or null. */
  public AutoCompleteSuggestion selection() {
    String key = selectedKey();
    return key == null ? null
        : suggestions().stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
  }

  public AutoComplete onSelect(EventHandler<AutoComplete> handler) {
    return on(SELECT, handler);
  }

  public AutoComplete onSelectAsync(AsyncEventHandler<AutoComplete> handler) {
    return onAsync(SELECT, handler);
  }

  public AutoComplete onChange(EventHandler<AutoComplete> handler) {
    return on(ControlEvent.CHANGE, handler);
  }

  @Override
  protected boolean acceptsUnhandled(String event) {
    return ControlEvent.CHANGE.equals(event) || SELECT.equals(event);
  }

  @Override
  protected String acceptClientValue(String event, Object data) {
    if (SELECT.equals(event)) {
      if (!(data instanceof String key)) {
        return "the data of select on an autocomplete must be a suggestion's key";
      }
      AutoCompleteSuggestion chosen = suggestions().stream()
          .filter(s -> s.key().equals(key)).findFirst().orElse(null);
      if (chosen == null) {
        return "\"" + key + "\" is not the key of one of the autocomplete's suggestions";
      }
      putSilently("selectedKey", key);
      putSilently("value", chosen.value());
      return null;
    }
    if (!ControlEvent.CHANGE.equals(event)) {
      return null;
    }
    if (!(data instanceof String text)) {
      return "the data of change on an autocomplete must be a string";
    }
    putSilently("value", text.isEmpty() ? null : text);
    return null;
  }
}
