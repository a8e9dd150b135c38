package dev.weft.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.ListenerConfig;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.MultiMapConfig;
import com.hazelcast.config.NetworkConfig;

/**
 * The Hazelcast configuration for a Weft cluster, built in code from {@link ClusterSettings}
 * rather than read from a {@code cluster.xml}: one place says how members find each other, and a
 * stray XML file on the class path cannot turn multicast back on.
 */
final class HazelcastSetup {

  private HazelcastSetup() {
  }

  static Config config(ClusterSettings settings) {
    Config config = new Config();
    config.setClusterName(settings.name());
    // Hazelcast would report usage to hazelcast.com on start: a server must not call home
    config.setProperty("hazelcast.phone.home.enabled", "false");
    // Vert.x's close (on SIGTERM, after Weft drained its sessions) leaves the cluster; Hazelcast's
    // own hook would leave first and cut the event bus under the draining sessions
    config.setProperty("hazelcast.shutdownhook.enabled", "false");
    // bind exactly cluster.host and advertise it, never every interface
    config.setProperty("hazelcast.local.localAddress", bare(settings.host()));
    config.setProperty("hazelcast.socket.bind.any", "false");
    // a join that cannot complete fails the start instead of waiting Hazelcast's default 300 s
    config.setProperty("hazelcast.max.join.seconds", String.valueOf(settings.joinTimeoutSeconds()));
    config.setProperty("hazelcast.logging.type", "jdk");

    NetworkConfig network = config.getNetworkConfig();
    // a taken port is a mistake to report, not a reason to wander to 5702 where no one looks
    network.setPort(settings.port()).setPortAutoIncrement(false);
    JoinConfig join = network.getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    if (settings.usesKubernetes()) {
      join.getTcpIpConfig().setEnabled(false);
      join.getKubernetesConfig().setEnabled(true)
          .setProperty("service-dns", settings.kubernetesService())
          .setProperty("service-port", String.valueOf(settings.port()));
    } else {
      join.getTcpIpConfig().setEnabled(true).setMembers(settings.members());
    }

    // what vertx-hazelcast's default-cluster.xml sets for Vert.x's own structures: one backup,
    // so losing one member loses no event-bus registration
    config.addMultiMapConfig(new MultiMapConfig("__vertx.subs").setBackupCount(1)
        .setValueCollectionType(MultiMapConfig.ValueCollectionType.SET));
    config.addMapConfig(new MapConfig("__vertx.haInfo").setBackupCount(1));
    config.addMapConfig(new MapConfig("__vertx.nodeInfo").setBackupCount(1));

    config.addListenerConfig(new ListenerConfig(new MemberLog()));
    return config;
  }

  /** An IPv6 address without its brackets, as Hazelcast's address properties want it. */
  private static String bare(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }
}
