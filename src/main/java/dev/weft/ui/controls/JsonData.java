package dev.weft.ui.controls;

import dev.weft.protocol.Json;
import java.util.List;

/**
 * Event data that is more than a scalar: the protocol keeps {@code event.data} a string, number,
 * boolean or null, so a control sending a list (a range slider's two values, a segmented button's
 * selection) sends it as a JSON array in a string.
 */
final class JsonData {

  private JsonData() {
  }

  /** The list in a JSON string, or null when {@code data} is not one. */
  static List<?> list(Object data) {
    if (!(data instanceof String text)) {
      return null;
    }
    try {
      return Json.readStrict(text) instanceof List<?> list ? list : null;
    } catch (java.io.IOException e) {
      return null;
    }
  }
}
