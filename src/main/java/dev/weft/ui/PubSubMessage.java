package dev.weft.ui;

import dev.weft.protocol.Json;

/**
 * A message a session received through {@link PubSub}: its topic and its value, read from the
 * JSON text it travelled as, afresh for each receiver (so no session sees another's changes to a
 * map or list it got).
 */
public final class PubSubMessage {

  private final String topic;
  private final String json;
  private final Object value;

  private PubSubMessage(String topic, String json, Object value) {
    this.topic = topic;
    this.json = json;
    this.value = value;
  }

  /**
   * A message as it arrived: for the runtime.
   *
   * @throws IllegalArgumentException when {@code json} is not JSON
   */
  public static PubSubMessage of(String topic, String json) {
    try {
      return new PubSubMessage(topic, json, Json.readValue(json));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("a pubsub message is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** The topic it was sent on, or null when it was sent without one. */
  public String topic() {
    return topic;
  }

  /** The message as JSON text. */
  public String json() {
    return json;
  }

  /** The message as plain values: a String, Integer, Long, Double, Boolean, Map, List or null. */
  public Object value() {
    return value;
  }

  /**
   * The message as {@code type}: String, a number type, Boolean, Map, List, Object, an enum (from
   * its name) or a record (from an object of its components, each converted the same way).
   *
   * @throws IllegalArgumentException when the message does not fit the type
   */
  public <T> T as(Class<T> type) {
    return MessageValues.convert(value(), type);
  }

  @Override
  public String toString() {
    return topic == null ? json : topic + ": " + json;
  }
}
