package dev.weft.ui;

import dev.weft.protocol.Json;
import dev.weft.protocol.Storage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The browser's local storage for this app ({@code page.clientStorage()}, Flet's
 * {@code page.client_storage}): values that outlive the session, kept in the user's browser.
 *
 * <p>Each call sends a {@code storage} request to the browser and returns at once; the stage
 * completes when the browser answers. Keys are scoped to the app: the browser prefixes them with
 * the app's base path, so two apps on one origin never see each other's keys. Values are JSON:
 * strings, numbers, booleans, lists and maps of them (records and enums as
 * {@link MessageValues#toPlain} makes them plain).
 *
 * <p>A stage fails with a {@link ClientStorageException} when the browser reports an error
 * ({@code QuotaExceededError}, storage disabled: its message is kept), or when no answer comes
 * within the timeout (10 s). A request made while the browser is cut off waits for it to come
 * back (it is numbered, and replayed on re-attach) but no longer than the timeout. Stages
 * complete on a pool thread, never holding the page's lock; the page is thread-safe, so what runs
 * after may change it. Thread-safe.
 */
public final class ClientStorage {

  /** How long a request waits for the browser's answer. */
  public static final Duration TIMEOUT = Duration.ofSeconds(10);

  /** The page's event (control 0) carrying an answer. */
  static final String EVENT = Storage.TYPE;

  private final PageHost host;
  private final Duration timeout;
  private final AtomicLong nextId = new AtomicLong();
  private final Map<Long, CompletableFuture<Object>> waiting = new ConcurrentHashMap<>();

  ClientStorage(PageHost host, Duration timeout) {
    this.host = host;
    this.timeout = timeout;
  }

  /** The value under {@code key}: a String, Integer, Long, Double, Boolean, List, Map, or null. */
  public CompletionStage<Object> get(String key) {
    return request(Storage.GET, requireKey(key), null);
  }

  /** The value under {@code key} converted to {@code type} (see {@link MessageValues#convert}). */
  public <T> CompletionStage<T> get(String key, Class<T> type) {
    return get(key).thenApply(v -> v == null ? null : MessageValues.convert(v, type));
  }

  /** Whether the browser holds {@code key}. */
  public CompletionStage<Boolean> containsKey(String key) {
    requireKey(key);
    return keys().thenApply(keys -> keys.contains(key));
  }

  /**
   * Stores {@code value} under {@code key}; null removes the key.
   *
   * @throws IllegalArgumentException when the value is not JSON (nor a record or enum)
   */
  public CompletionStage<Void> set(String key, Object value) {
    if (value == null) {
      return remove(key);
    }
    Object plain = MessageValues.toPlain(value);
    Json.writeValue(plain); // refuses what cannot be JSON here, not in the session's writer
    return request(Storage.SET, requireKey(key), plain).thenApply(v -> null);
  }

  /** Removes {@code key}; removing a key that is not there is no error. */
  public CompletionStage<Void> remove(String key) {
    return request(Storage.REMOVE, requireKey(key), null).thenApply(v -> null);
  }

  /** This app's keys in the browser, in no particular order. */
  public CompletionStage<List<String>> keys() {
    return request(Storage.KEYS, null, null).thenApply(v -> {
      List<String> keys = new ArrayList<>();
      for (Object k : (List<?>) v) {
        keys.add((String) k);
      }
      return List.copyOf(keys);
    });
  }

  /** Removes all of this app's keys (other apps' keys on the origin stay). */
  public CompletionStage<Void> clear() {
    return request(Storage.CLEAR, null, null).thenApply(v -> null);
  }

  // ------------------------------------------------------------------ requests and answers

  private CompletionStage<Object> request(String op, String key, Object value) {
    long id = nextId.incrementAndGet();
    CompletableFuture<Object> answer = new CompletableFuture<>();
    waiting.put(id, answer);
    CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS).execute(() ->
        fail(id, "the browser did not answer the " + op + " request within "
            + timeout.toMillis() + " ms"));
    try {
      host.clientStorage(id, op, key, value);
    } catch (RuntimeException e) {
      waiting.remove(id);
      throw e;
    }
    return answer;
  }

  private void fail(long id, String message) {
    CompletableFuture<Object> answer = waiting.remove(id);
    if (answer != null) {
      answer.completeExceptionally(new ClientStorageException(message));
    }
  }

  /**
   * Checks an answer as the browser sent it: the {@code storage} event's data, a JSON object in
   * a string, {@code {"id":7,"ok":true,"value":…}} or {@code {"id":7,"ok":false,"error":"…"}}.
   *
   * @return null when well-formed, else what is wrong with it (a protocol error for the client)
   */
  static String check(Object data) {
    try {
      Answer.parse(data);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /**
   * Completes the request an answer is for, off the caller's thread (the caller holds the page's
   * lock). An answer for no waiting request (one that timed out) is dropped.
   */
  void answered(Object data) {
    Answer answer = Answer.parse(data);
    CompletableFuture<Object> stage = waiting.remove(answer.id);
    if (stage == null) {
      return;
    }
    CompletableFuture.runAsync(() -> {
      if (answer.error != null) {
        stage.completeExceptionally(new ClientStorageException(answer.error));
      } else {
        stage.complete(answer.value);
      }
    });
  }

  /** Requests still waiting for the browser (for tests). */
  int waiting() {
    return waiting.size();
  }

  private static String requireKey(String key) {
    if (key == null || key.isEmpty()) {
      throw new IllegalArgumentException("a client storage key must be a non-empty string");
    }
    return key;
  }

  private record Answer(long id, Object value, String error) {

    static Answer parse(Object data) {
      if (!(data instanceof String text)) {
        throw new IllegalArgumentException("storage answer must be a JSON object in a string");
      }
      Object parsed;
      try {
        parsed = Json.readValue(text);
      } catch (Exception e) {
        throw new IllegalArgumentException("storage answer is not JSON: " + e.getMessage());
      }
      if (!(parsed instanceof Map<?, ?> map)) {
        throw new IllegalArgumentException("storage answer must be a JSON object");
      }
      if (!(map.get("id") instanceof Number n) || n instanceof Double || n.longValue() <= 0) {
        throw new IllegalArgumentException("storage answer needs the request's id, a positive integer");
      }
      if (!(map.get("ok") instanceof Boolean ok)) {
        throw new IllegalArgumentException("storage answer needs ok: true or false");
      }
      if (!ok) {
        if (!(map.get("error") instanceof String error) || error.isEmpty()) {
          throw new IllegalArgumentException("a failed storage answer needs an error message");
        }
        return new Answer(n.longValue(), null, error);
      }
      return new Answer(n.longValue(), map.get("value"), null);
    }
  }
}
