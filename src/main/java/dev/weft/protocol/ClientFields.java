package dev.weft.protocol;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * The fields of one client frame, gathered in a single pass over the parser and checked at the
 * end, so an error can still name the frame's {@code seq} however the fields are ordered. Unknown
 * fields are skipped (newer clients may send more); a repeated field's last value wins.
 */
final class ClientFields {

  private static final Object ABSENT = new Object();

  private Object type = ABSENT;     // a String when usable
  private Long seq;                 // set when the seq is an integer that fits a long
  private Object session = ABSENT;  // null, a String, or a problem (Problem)
  private Object route = ABSENT;
  private Object width = ABSENT;
  private Object height = ABSENT;
  private Object dark = ABSENT;
  private Object target = ABSENT;
  private Object name = ABSENT;
  private Object data = ABSENT;
  private Object ack = ABSENT;      // a Long when usable

  /** A field that was present with the wrong type. */
  private record Problem(String message) {
  }

  /** Takes the value at the parser's current token for field {@code field}. */
  void read(String field, JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (field) {
      case "type" -> type = t == JsonToken.VALUE_STRING ? p.getText() : skip(p, null);
      case "seq" -> seq = t == JsonToken.VALUE_NUMBER_INT && fitsLong(p) ? p.getLongValue() : null;
      case "session" -> session = text(p, t, "\"session\" must be a string");
      case "route" -> route = text(p, t, "\"route\" must be a string");
      case "width" -> width = integer(p, t, "\"width\" must be an integer");
      case "height" -> height = integer(p, t, "\"height\" must be an integer");
      case "dark" -> dark = t == JsonToken.VALUE_TRUE ? Boolean.TRUE : t == JsonToken.VALUE_FALSE
          ? Boolean.FALSE : t == JsonToken.VALUE_NULL ? null : skip(p, new Problem("\"dark\" must be a boolean"));
      case "target" -> target = t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
          ? (Object) p.getIntValue() : skip(p, new Problem("event.target must be an integer control id"));
      case "name" -> name = t == JsonToken.VALUE_STRING ? p.getText()
          : skip(p, new Problem("event.name must be a string"));
      case "data" -> data = scalar(p, t);
      case "ack" -> ack = t == JsonToken.VALUE_NUMBER_INT && fitsLong(p) && p.getLongValue() >= 0
          ? (Object) p.getLongValue() : t == JsonToken.VALUE_NULL ? null
          : skip(p, new Problem("\"ack\" must be a non-negative integer"));
      default -> p.skipChildren();
    }
  }

  /** The message the fields make, or the first problem with them. */
  ClientMessage message() throws ProtocolException {
    if (!(type instanceof String kind)) {
      throw bad("the message has no \"type\" string");
    }
    switch (kind) { // control messages: outside the sequence, no seq
      case Ack.TYPE:
        if (ack == ABSENT || ack == null) {
          throw bad("ack.ack must be a non-negative integer");
        }
        return new Ack(require(ack, Long.class));
      case Ping.TYPE:
        return new Ping();
      default:
        break;
    }
    if (seq == null || seq < 1) {
      throw bad("\"seq\" must be a positive integer");
    }
    switch (kind) {
      case Register.TYPE:
        return new Register(seq, optional(session, String.class, null), optional(route, String.class, "/"),
            optional(width, Integer.class, 0), optional(height, Integer.class, 0),
            optional(dark, Boolean.class, false), optional(ack, Long.class, 0L));
      case ClientEvent.TYPE:
        if (target == ABSENT) {
          throw bad("event.target must be an integer control id");
        }
        int id = require(target, Integer.class);
        if (name == ABSENT || name == null) {
          throw bad("event.name must be a string");
        }
        return new ClientEvent(seq, id, require(name, String.class),
            data == ABSENT ? null : optional(data, Object.class, null), optional(ack, Long.class, 0L));
      default:
        throw new ProtocolException(ErrorCode.UNKNOWN_TYPE,
            "unknown message type \"" + abbreviate(kind) + "\"", seq);
    }
  }

  private <T> T optional(Object value, Class<T> type, T fallback) throws ProtocolException {
    if (value == ABSENT || value == null) {
      return fallback;
    }
    return require(value, type);
  }

  private <T> T require(Object value, Class<T> type) throws ProtocolException {
    if (value instanceof Problem problem) {
      throw bad(problem.message());
    }
    return type.cast(value);
  }

  private static Object text(JsonParser p, JsonToken t, String problem) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    return t == JsonToken.VALUE_STRING ? p.getText() : skip(p, new Problem(problem));
  }

  private static Object integer(JsonParser p, JsonToken t, String problem) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    return t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT
        ? (Object) p.getIntValue() : skip(p, new Problem(problem));
  }

  /** Event data is a scalar: a string, boolean, number or null. */
  private static Object scalar(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case VALUE_STRING:
        return p.getText();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      case VALUE_NUMBER_INT:
        return fitsLong(p) ? (Object) p.getLongValue() : (Object) p.getDoubleValue();
      case VALUE_NUMBER_FLOAT:
        return p.getDoubleValue();
      default:
        return skip(p, new Problem("event.data must be a string, number, boolean or null"));
    }
  }

  private static boolean fitsLong(JsonParser p) throws IOException {
    JsonParser.NumberType n = p.getNumberType();
    return n == JsonParser.NumberType.INT || n == JsonParser.NumberType.LONG;
  }

  /** Skips the current value (and its children) and stands for it with {@code replacement}. */
  private static Object skip(JsonParser p, Object replacement) throws IOException {
    p.skipChildren();
    return replacement;
  }

  private ProtocolException bad(String message) {
    return new ProtocolException(ErrorCode.BAD_MESSAGE, message, seq);
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
