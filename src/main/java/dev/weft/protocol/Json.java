package dev.weft.protocol;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain JSON values — {@code Map}, {@code List}, {@code String}, numbers, {@code Boolean},
 * {@code null} — read and written with Jackson's streaming core only.
 *
 * <p>Weft needs no object mapping: messages are records it writes field by field, and property
 * values are plain JSON. Staying on the streaming API keeps Jackson's databind (hundreds of
 * classes, a noticeable part of startup) out of the server, and makes reading a frame one pass
 * instead of building a tree first.
 */
public final class Json {

  /** Nesting deeper than this is refused before it can exhaust a stack. */
  static final int MAX_NESTING = 64;
  /** A field name longer than this is refused: Weft's own names are a few letters long. */
  static final int MAX_NAME_LENGTH = 256;
  /** A number with more digits than this is refused before it is converted (a long has 19). */
  static final int MAX_NUMBER_LENGTH = 400;

  /**
   * Reads what clients send, so it keeps nothing of it: field-name canonicalization (on by
   * default) keeps every new field name in a symbol table the factory's parsers share, and interns
   * it, until the table grows past its flush size — attacker-chosen names of up to a frame's size
   * each, held for the life of the server. The fuzzer sends such names (Shots.HUGE_STRING); the
   * name-length limit refuses them outright.
   */
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING)
          .maxNameLength(MAX_NAME_LENGTH).maxNumberLength(MAX_NUMBER_LENGTH).build())
      .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
      .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
      .build();
  private static final JsonFactory STRICT = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
      .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private Json() {
  }

  /** The shared factory (thread-safe). */
  static JsonFactory factory() {
    return FACTORY;
  }

  /**
   * Reads one JSON document into plain values; a repeated key in an object is an error (for
   * configuration files, where the second of two values silently winning hides a mistake).
   *
   * @throws JsonProcessingException for malformed JSON, with its location
   */
  public static Object readStrict(String text) throws JsonProcessingException {
    try (JsonParser p = STRICT.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new com.fasterxml.jackson.core.JsonParseException(p, "no JSON value");
      }
      Object value = read(p);
      if (p.nextToken() != null) {
        throw new com.fasterxml.jackson.core.JsonParseException(p, "more than one JSON value");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // reading a String does no I/O
    }
  }

  /**
   * Reads one JSON document into plain values (a repeated key: the last wins).
   *
   * @throws JsonProcessingException for malformed JSON
   */
  public static Object readValue(String text) throws JsonProcessingException {
    try (JsonParser p = FACTORY.createParser(text)) {
      if (p.nextToken() == null) {
        throw new com.fasterxml.jackson.core.JsonParseException(p, "no JSON value");
      }
      return read(p);
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // reading a String does no I/O
    }
  }

  /**
   * Writes a plain value (see {@link #write(JsonGenerator, Object)}) as JSON text.
   *
   * @throws IllegalArgumentException for anything that is not plain JSON
   */
  public static String writeValue(Object value) {
    java.io.StringWriter out = new java.io.StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      write(g, value);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // writing to a String does no I/O
    }
    return out.toString();
  }

  /** Reads the value at the parser's current token (and its children). */
  static Object read(JsonParser p) throws IOException {
    switch (p.currentToken()) {
      case START_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          map.put(name, read(p));
        }
        return map;
      }
      case START_ARRAY: {
        List<Object> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(read(p));
        }
        return list;
      }
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return p.getIntValue();
          case LONG:
            return p.getLongValue();
          default:
            return p.getBigIntegerValue();
        }
      case VALUE_NUMBER_FLOAT:
        return p.getDoubleValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected " + p.currentToken());
    }
  }

  /**
   * Writes a plain value: strings, numbers, booleans, null, maps (keys as strings) and lists.
   *
   * @throws IllegalArgumentException for anything else (a control property must be plain JSON)
   */
  static void write(JsonGenerator g, Object v) throws IOException {
    if (v == null) {
      g.writeNull();
    } else if (v instanceof String s) {
      g.writeString(s);
    } else if (v instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      g.writeNumber(((Number) v).longValue());
    } else if (v instanceof Double || v instanceof Float) {
      g.writeNumber(((Number) v).doubleValue());
    } else if (v instanceof BigDecimal d) {
      g.writeNumber(d);
    } else if (v instanceof BigInteger i) {
      g.writeNumber(i);
    } else if (v instanceof Map<?, ?> map) {
      g.writeStartObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        g.writeFieldName(String.valueOf(e.getKey()));
        write(g, e.getValue());
      }
      g.writeEndObject();
    } else if (v instanceof Iterable<?> list) {
      g.writeStartArray();
      for (Object item : list) {
        write(g, item);
      }
      g.writeEndArray();
    } else {
      throw new IllegalArgumentException("not a JSON value: " + v.getClass().getName());
    }
  }
}
