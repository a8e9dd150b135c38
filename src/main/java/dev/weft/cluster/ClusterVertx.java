package dev.weft.cluster;

import io.vertx.core.Vertx;
import io.vertx.core.VertxBuilder;
import io.vertx.core.VertxOptions;
import io.vertx.core.eventbus.EventBusOptions;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;

/**
 * The launcher's way into clustering: a {@link VertxBuilder} whose {@code buildClustered()} joins
 * the cluster {@link ClusterSettings} describe. Its signature holds only Vert.x types, so the
 * launcher loads Hazelcast's classes only when it calls this, that is when clustering is on.
 */
public final class ClusterVertx {

  private ClusterVertx() {
  }

  /** A builder for a clustered Vert.x; {@code options}' event-bus host and port are set here. */
  public static VertxBuilder builder(VertxOptions options, ClusterSettings settings) {
    String host = settings.eventBusHost().isEmpty() ? settings.host() : settings.eventBusHost();
    EventBusOptions eventBus = options.getEventBusOptions();
    eventBus.setHost(host).setPort(settings.eventBusPort()).setClusterPublicHost(host);
    return Vertx.builder().with(options)
        .withClusterManager(new HazelcastClusterManager(HazelcastSetup.config(settings)));
  }
}
