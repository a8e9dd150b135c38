package dev.weft.cluster;

import com.hazelcast.config.Config;
import io.vertx.core.Completable;
import io.vertx.core.Vertx;
import io.vertx.core.spi.cluster.RegistrationInfo;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;

/**
 * A Hazelcast cluster manager whose event-bus registrations of connection addresses reach the
 * cluster {@code delayMs} late, as every registration does while Hazelcast moves partitions after
 * losing a member (InstanceLossIT measured 300 ms): a consumer on this member then works here at
 * once, but another member sending to its address finds no one there until the delay is over.
 */
final class LateRegistrations extends HazelcastClusterManager {

  /** What {@code dev.weft.session.Addresses} starts a connection's address with. */
  private static final String CONNECTION = "weft.conn.";

  private final long delayMs;
  private Vertx vertx;

  LateRegistrations(Config config, long delayMs) {
    super(config);
    this.delayMs = delayMs;
  }

  @Override
  public void init(Vertx vertx) {
    super.init(vertx);
    this.vertx = vertx;
  }

  @Override
  public void addRegistration(String address, RegistrationInfo registration, Completable<Void> promise) {
    if (!address.startsWith(CONNECTION)) {
      super.addRegistration(address, registration, promise);
      return;
    }
    vertx.setTimer(delayMs, id -> super.addRegistration(address, registration, promise));
  }
}
