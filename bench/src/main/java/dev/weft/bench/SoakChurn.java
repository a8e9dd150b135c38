package dev.weft.bench;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sessions that come and go during the soak: one worker thread opens a session, clicks a few
 * times, and leaves, again and again until stopped or its count is reached. Every other session
 * is on the upload app and {@code PUT}s a file to the URL its page handed out first; every fourth
 * leaves with a TCP reset instead of a close frame (a vanished network). Either way the server
 * keeps the session for {@code session.timeoutSeconds}, then ends it.
 */
final class SoakChurn implements Runnable {

  static final int CLICKS = 3;
  static final int UPLOAD_BYTES = 16 * 1024;
  /** Bounds each step, so a stuck server cannot hang the soak. */
  static final long STEP_SECONDS = 30;

  final AtomicLong opened = new AtomicLong();
  final AtomicLong uploads = new AtomicLong();
  final AtomicLong uploadBytes = new AtomicLong();
  final AtomicLong failures = new AtomicLong();
  volatile String firstFailure;

  private final LoadClient counter;
  private final LoadClient files;
  private final int port;
  private final AtomicBoolean running;
  private final long pauseMs;
  private final long maxSessions;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final byte[] body = new byte[UPLOAD_BYTES];

  SoakChurn(LoadClient counter, LoadClient files, int port, AtomicBoolean running, long pauseMs,
            long maxSessions) {
    this.counter = counter;
    this.files = files;
    this.port = port;
    this.running = running;
    this.pauseMs = pauseMs;
    this.maxSessions = maxSessions;
    ThreadLocalRandom.current().nextBytes(body);
  }

  @Override
  public void run() {
    for (long k = 0; k < maxSessions && running.get(); k++) {
      try {
        once(k);
      } catch (Exception e) {
        fail("session " + k + ": " + e);
      }
      Server.sleep(pauseMs);
    }
  }

  private void once(long k) throws Exception {
    boolean upload = k % 2 == 1;
    Session s = (upload ? files : counter).open(upload)
        .toCompletionStage().toCompletableFuture().get(STEP_SECONDS, TimeUnit.SECONDS);
    opened.incrementAndGet();
    try {
      for (int i = 0; i < CLICKS; i++) {
        CompletableFuture<Void> answered = new CompletableFuture<>();
        s.listener = (ss, sent, now) -> answered.complete(null);
        s.context.runOnContext(v -> s.click());
        answered.get(STEP_SECONDS, TimeUnit.SECONDS);
      }
      if (upload) {
        put(s);
      }
    } finally {
      s.listener = null;
      boolean reset = k % 4 == 3;
      s.context.runOnContext(v -> {
        if (reset) {
          s.abort();
        } else {
          s.close();
        }
      });
    }
    if (s.firstProblem != null) {
      fail("session " + k + ": " + s.firstProblem);
    }
  }

  private void put(Session s) throws Exception {
    JsonObject text = Session.node(s.renderRoot, "upload");
    if (text == null) {
      throw new IllegalStateException("the upload app's render has no text keyed upload: "
          + (s.renderRoot == null ? "no render kept" : s.renderRoot.encode()));
    }
    String url = text.getJsonObject("props").getString("value");
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/files/" + url))
        .timeout(Duration.ofSeconds(STEP_SECONDS))
        .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("upload answered " + r.statusCode() + ": " + r.body());
    }
    uploads.incrementAndGet();
    uploadBytes.addAndGet(body.length);
  }

  private void fail(String what) {
    failures.incrementAndGet();
    if (firstFailure == null) {
      firstFailure = what;
    }
  }
}
