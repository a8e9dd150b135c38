package dev.weft.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One {@code GET /metrics} over real HTTP, parsed: each sample line's value by its series as
 * printed ({@code weft_protocol_errors_total{code="bad_json"}}).
 */
final class Scrape {

  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();

  final int status;
  final String contentType;
  final String body;
  private final Map<String, Double> samples = new HashMap<>();

  private Scrape(HttpResponse<String> response) {
    this.status = response.statusCode();
    this.contentType = response.headers().firstValue("content-type").orElse("");
    this.body = response.body();
    for (String line : body.split("\n")) {
      if (status != 200 || line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int space = line.lastIndexOf(' ');
      samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
    }
  }

  static Scrape get(String url) {
    try {
      return new Scrape(HTTP.send(HttpRequest.newBuilder(URI.create(url))
          .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Scrapes until {@code condition} holds, up to 10 s: gauges such as detached sessions follow a
   * socket's close on the server's own time.
   */
  static Scrape await(String url, String what, Predicate<Scrape> condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    Scrape scrape = get(url);
    while (!condition.test(scrape) && System.nanoTime() < deadline) {
      Thread.sleep(50);
      scrape = get(url);
    }
    assertThat(condition.test(scrape)).as(what + " in\n" + scrape.body).isTrue();
    return scrape;
  }

  /** The sample's value; 0 when the series is not there. */
  double value(String series) {
    return samples.getOrDefault(series, 0.0);
  }

  boolean has(String series) {
    return samples.containsKey(series);
  }
}
