package dev.weft.ui;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a pubsub message becomes plain JSON values and back. Plain values, records and enums only:
 * Weft keeps Jackson's databind out of the server (see {@code protocol.Json}), and a record is
 * what a Java app writes for a message anyway.
 */
public final class MessageValues {

  private MessageValues() {
  }

  /**
   * The message as plain values: records become maps of their components, enums their names.
   *
   * @throws IllegalArgumentException for anything that is not a JSON value, record or enum
   */
  public static Object toPlain(Object value) {
    if (value == null || value instanceof String || value instanceof Boolean
        || value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte || value instanceof Double || value instanceof Float
        || value instanceof BigDecimal || value instanceof BigInteger) {
      return value;
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof Record record) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (RecordComponent c : record.getClass().getRecordComponents()) {
        try {
          c.getAccessor().setAccessible(true);
          map.put(c.getName(), toPlain(c.getAccessor().invoke(record)));
        } catch (ReflectiveOperationException | RuntimeException e) {
          throw new IllegalArgumentException("cannot read " + record.getClass().getName()
              + "." + c.getName() + " for a pubsub message: " + e, e);
        }
      }
      return map;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(String.valueOf(k), toPlain(v)));
      return copy;
    }
    if (value instanceof Iterable<?> items) {
      List<Object> copy = new ArrayList<>();
      items.forEach(item -> copy.add(toPlain(item)));
      return copy;
    }
    throw new IllegalArgumentException("a pubsub message must be a JSON value, record or enum, not "
        + value.getClass().getName());
  }

  /**
   * A plain value as {@code type}.
   *
   * @throws IllegalArgumentException when it does not fit
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static <T> T convert(Object plain, Class<T> type) {
    Class<?> boxed = box(type);
    if (plain == null) {
      if (type.isPrimitive()) {
        throw misfit(null, type);
      }
      return null;
    }
    if (boxed.isInstance(plain) && !(plain instanceof Map && type.isRecord())) {
      return (T) plain;
    }
    if (plain instanceof Number n && Number.class.isAssignableFrom(boxed)) {
      return (T) number(n, boxed, type);
    }
    if (type.isEnum() && plain instanceof String name) {
      try {
        return (T) Enum.valueOf((Class) type, name);
      } catch (IllegalArgumentException e) {
        throw misfit(plain, type);
      }
    }
    if (type.isRecord() && plain instanceof Map<?, ?> map) {
      return record(map, type);
    }
    throw misfit(plain, type);
  }

  private static <T> T record(Map<?, ?> map, Class<T> type) {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      try {
        args[i] = convert(map.get(components[i].getName()), types[i]);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(type.getSimpleName() + "." + components[i].getName()
            + ": " + e.getMessage(), e);
      }
    }
    try {
      Constructor<T> constructor = type.getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return constructor.newInstance(args);
    } catch (ReflectiveOperationException | RuntimeException e) {
      Throwable cause = e instanceof java.lang.reflect.InvocationTargetException t ? t.getCause() : e;
      throw new IllegalArgumentException("cannot make a " + type.getName() + " of " + map
          + ": " + cause, cause);
    }
  }

  private static Object number(Number n, Class<?> boxed, Class<?> type) {
    if (boxed == Integer.class && n.longValue() == n.doubleValue()
        && n.longValue() >= Integer.MIN_VALUE && n.longValue() <= Integer.MAX_VALUE) {
      return n.intValue();
    }
    if (boxed == Long.class && !(n instanceof Double) && !(n instanceof BigInteger big
        && big.bitLength() > 63)) {
      return n.longValue();
    }
    if (boxed == Double.class) {
      return n.doubleValue();
    }
    if (boxed == Float.class) {
      return n.floatValue();
    }
    if (boxed == BigDecimal.class) {
      return new BigDecimal(n.toString());
    }
    if (boxed == BigInteger.class && !(n instanceof Double)) {
      return new BigInteger(n.toString());
    }
    if (boxed == Number.class) {
      return n;
    }
    throw misfit(n, type);
  }

  private static Class<?> box(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    return switch (type.getName()) {
      case "int" -> Integer.class;
      case "long" -> Long.class;
      case "double" -> Double.class;
      case "float" -> Float.class;
      case "boolean" -> Boolean.class;
      default -> throw new IllegalArgumentException("pubsub messages have no " + type);
    };
  }

  private static IllegalArgumentException misfit(Object plain, Class<?> type) {
    return new IllegalArgumentException("the message " + (plain == null ? "null"
        : plain.getClass().getSimpleName() + " " + plain) + " is not a " + type.getSimpleName());
  }
}
