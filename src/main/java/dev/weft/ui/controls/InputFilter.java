package dev.weft.ui.controls;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a {@link TextField} may hold (Flet's {@code InputFilter}): with {@code allow} the whole value
 * must match {@code regex} (so {@code "[0-9]*"} means digits only), without it no part of the value
 * may. The browser refuses an edit that breaks it (the field keeps its text), and the server
 * refuses such a value again, since a browser can be made to send anything.
 *
 * <p>The regex is read by both Java and JavaScript (with the {@code u} flag): keep to what they
 * share, character classes, groups, quantifiers and alternation.
 *
 * @param regex the pattern
 * @param allow true: the value must match it whole; false: no part of the value may match it
 */
public record InputFilter(String regex, boolean allow) {

  public InputFilter {
    Objects.requireNonNull(regex, "an input filter's regex");
    try {
      Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "input filter regex " + regex + " is not valid: " + e.getDescription(), e);
    }
  }

  /** Values matching {@code regex} as a whole. */
  public static InputFilter allow(String regex) {
    return new InputFilter(regex, true);
  }

  /** Values with no match of {@code regex}. */
  public static InputFilter deny(String regex) {
    return new InputFilter(regex, false);
  }

  /** Digits only (Flet's {@code NumbersOnlyInputFilter}). */
  public static InputFilter numbersOnly() {
    return allow("[0-9]*");
  }

  /** Letters only, in any script (Flet's {@code TextOnlyInputFilter}, beyond ASCII). */
  public static InputFilter textOnly() {
    return allow("\\p{L}*");
  }

  /** Whether {@code value} passes. */
  public boolean accepts(String value) {
    Pattern p = Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS);
    return allow ? p.matcher(value).matches() : !p.matcher(value).find();
  }

  Map<String, Object> wire() {
    return Map.of("regex", regex, "allow", allow);
  }
}
