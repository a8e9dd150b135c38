package dev.weft.fleet;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * What one instance's {@code /metrics} says about where sessions and sockets are: the sessions
 * homed there ({@code weft_sessions_attached} + {@code weft_sessions_detached}), the sessions it
 * ever opened, the sockets it accepted ({@code weft_sockets_attached}) and, of those, the ones
 * whose session lives elsewhere ({@code weft_sockets_remote}), the events its sessions handled, the
 * cluster's size as it sees it, and the bytes of uploads its sessions kept
 * ({@code weft_upload_bytes_total}: counted by the session's home, whichever instance took the PUT).
 */
record Gauges(int sessionsAttached, int sessionsDetached, int sessionsOpened, int socketsAttached,
    int socketsRemote, int eventsHandled, int clusterMembers, long uploadBytes) {

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** Scrapes {@code http://127.0.0.1:<port>/metrics} once. */
  static Gauges scrape(int port) {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
        .timeout(Duration.ofSeconds(5)).GET().build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("/metrics on :" + port + " answered " + response.statusCode());
      }
      return parse(response.body());
    } catch (IOException e) {
      throw new IllegalStateException("/metrics on :" + port + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static Gauges parse(String body) {
    return new Gauges(value(body, "weft_sessions_attached"), value(body, "weft_sessions_detached"),
        value(body, "weft_sessions_opened_total"), value(body, "weft_sockets_attached"),
        value(body, "weft_sockets_remote"), value(body, "weft_events_handled_total"),
        value(body, "weft_cluster_members"), (long) sample(body, "weft_upload_bytes_total"));
  }

  /** The sample of an unlabelled series as an int, 0 when it is missing. */
  private static int value(String body, String series) {
    return (int) sample(body, series);
  }

  /** The sample of an unlabelled series, 0 when it is missing. */
  private static double sample(String body, String series) {
    for (String line : body.split("\n")) {
      if (line.startsWith(series + " ")) {
        return Double.parseDouble(line.substring(series.length() + 1).trim());
      }
    }
    return 0;
  }

  /** Sessions whose home is this instance. */
  int sessionsHere() {
    return sessionsAttached + sessionsDetached;
  }
}
