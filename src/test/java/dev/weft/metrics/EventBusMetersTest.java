package dev.weft.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.Eventually;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.internal.VertxInternal;
import io.vertx.core.spi.metrics.EventBusMetrics;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.micrometer.VertxPrometheusOptions;
import io.vertx.micrometer.backends.BackendRegistries;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link VertxMeters} counts the event bus with {@link EventBusMeters}: the same
 * {@code vertx_eventbus_*} series, help texts and values as vertx-micrometer-metrics' own, for
 * the same traffic — it only looks the meters up once.
 */
class EventBusMetersTest {

  @Test
  void showsWhatVertxOwnEventBusMetricsShow() throws Exception {
    String vertxOwn = eventBusLines(options(), false);
    String weft = eventBusLines(options(), true);
    assertThat(vertxOwn).as("the traffic shows in Vert.x's own metrics")
        .contains("vertx_eventbus_sent_total{side=\"local\"} 8.0")
        .contains("vertx_eventbus_published_total{side=\"local\"} 2.0")
        .contains("vertx_eventbus_handlers 1.0")
        .contains("vertx_eventbus_discarded_total")
        .contains("vertx_eventbus_bytes_written_count 2")
        .contains("vertx_eventbus_bytes_written_sum 180.0")
        .contains("vertx_eventbus_bytes_read_count 1");
    assertThat(weft).isEqualTo(vertxOwn);
  }

  @Test
  void withoutTheSideLabelToo() throws Exception {
    Function<MicrometerMetricsOptions, MicrometerMetricsOptions> noLabels =
        o -> o.setLabels(EnumSet.noneOf(Label.class));
    String vertxOwn = eventBusLines(noLabels.apply(options()), false);
    assertThat(vertxOwn).contains("vertx_eventbus_sent_total 8.0");
    assertThat(eventBusLines(noLabels.apply(options()), true)).isEqualTo(vertxOwn);
  }

  @Test
  void withTheAddressLabelVertxOwnCountsEachAddress() throws Exception {
    MicrometerMetricsOptions options = options();
    options.getLabels().add(Label.EB_ADDRESS);
    assertThat(eventBusLines(options, true))
        .contains("vertx_eventbus_sent_total{address=\"test.a\",side=\"local\"} 7.0");
  }

  @Test
  void withoutMetricsEnabledItStartsNone() {
    Vertx vertx = VertxMeters.install(Vertx.builder().with(new VertxOptions())).build();
    try {
      assertThat(vertx.isMetricsEnabled()).isFalse();
    } finally {
      await(vertx.close());
    }
  }

  private static MicrometerMetricsOptions options() {
    // a registry of its own: vertx-micrometer-metrics keeps registries by name, JVM-wide
    return new MicrometerMetricsOptions().setEnabled(true)
        .setPrometheusOptions(new VertxPrometheusOptions().setEnabled(true))
        .setRegistryName("eb-test-" + UUID.randomUUID());
  }

  /**
   * Runs the same traffic on a new Vert.x (with Weft's factory or the service loader's) and
   * returns its scrape's event-bus lines, sorted: point-to-point sends, a publish to two
   * consumers, a request and its reply (an internal {@code __vertx.} address, not counted), a
   * send to an address nobody consumes, a consumer unregistered; and what a clustered event bus
   * reports of the bytes it exchanges with other instances (told to the event bus's metrics
   * directly: a cluster takes seconds to form), its own internal addresses left out.
   */
  private static String eventBusLines(MicrometerMetricsOptions options, boolean weft)
      throws Exception {
    VertxOptions vertxOptions = new VertxOptions().setMetricsOptions(options);
    Vertx vertx = weft ? VertxMeters.install(Vertx.builder().with(vertxOptions)).build()
        : Vertx.builder().with(vertxOptions).build();
    try {
      EventBus bus = vertx.eventBus();
      int[] seen = new int[1];
      MessageConsumer<Object> a = bus.consumer("test.a", m -> {
        synchronized (seen) {
          seen[0]++;
        }
        if (m.replyAddress() != null) {
          m.reply("pong");
        }
      });
      MessageConsumer<Object> b = bus.consumer("test.b", m -> {
        synchronized (seen) {
          seen[0]++;
        }
      });
      await(Future.all(a.completion(), b.completion()));
      for (int i = 0; i < 6; i++) {
        bus.send("test.a", "click " + i);
      }
      await(bus.request("test.a", "ping"));
      bus.publish("test.a", "to both");
      bus.publish("test.b", "to one");
      bus.send("test.nobody", "lost");
      Eventually.until("every message handled", Duration.ofSeconds(10), () -> {
        synchronized (seen) {
          return seen[0] == 7 + 2;
        }
      });
      await(b.unregister());
      EventBusMetrics<?> clustered = ((VertxInternal) vertx).metrics().createEventBusMetrics();
      clustered.messageWritten("weft.session.a", 100);
      clustered.messageWritten("weft.conn.b", 80);
      clustered.messageWritten("__vertx.reply.1", 40);
      clustered.messageRead("weft.session.a", 120);
      clustered.messageRead("__vertx.reply.2", 40);
      PrometheusMeterRegistry registry =
          (PrometheusMeterRegistry) BackendRegistries.getNow(options.getRegistryName());
      String[] last = {""};
      // the handler returns before Vert.x counts the message processed: wait for it to settle
      Eventually.until("the counts settle", Duration.ofSeconds(10), () -> {
        String now = lines(registry.scrape());
        boolean settled = now.equals(last[0]);
        last[0] = now;
        return settled;
      });
      return last[0];
    } finally {
      await(vertx.close());
    }
  }

  private static String lines(String scrape) {
    List<String> lines = Arrays.stream(scrape.split("\n"))
        .filter(l -> l.contains("vertx_eventbus_"))
        .sorted()
        .toList();
    return lines.stream().collect(Collectors.joining("\n"));
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
