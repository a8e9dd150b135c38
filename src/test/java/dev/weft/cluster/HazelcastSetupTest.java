package dev.weft.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class HazelcastSetupTest {

  private static ClusterSettings settings(List<String> members, String kubernetesService) {
    return new ClusterSettings(true, "shop", "10.0.0.1", 5801, members, kubernetesService, "", 0, 45);
  }

  @Test
  void membersAreJoinedOverTcpIpAndMulticastAndAutoDetectionStayOff() {
    Config config = HazelcastSetup.config(settings(List.of("10.0.0.2:5801", "10.0.0.3:5801"), ""));
    JoinConfig join = config.getNetworkConfig().getJoin();
    assertThat(join.getTcpIpConfig().isEnabled()).isTrue();
    assertThat(join.getTcpIpConfig().getMembers()).containsExactly("10.0.0.2:5801", "10.0.0.3:5801");
    assertThat(join.getMulticastConfig().isEnabled()).isFalse();
    assertThat(join.getAutoDetectionConfig().isEnabled()).isFalse();
    assertThat(join.getKubernetesConfig().isEnabled()).isFalse();
    assertThat(config.getClusterName()).isEqualTo("shop");
  }

  @Test
  void itBindsAndAdvertisesClusterHostOnClusterPortWithoutWanderingToTheNextPort() {
    Config config = HazelcastSetup.config(settings(List.of(), ""));
    assertThat(config.getNetworkConfig().getPort()).isEqualTo(5801);
    assertThat(config.getNetworkConfig().isPortAutoIncrement()).isFalse();
    assertThat(config.getProperty("hazelcast.local.localAddress")).isEqualTo("10.0.0.1");
    assertThat(config.getProperty("hazelcast.socket.bind.any")).isEqualTo("false");
  }

  @Test
  void aJoinIsBoundedAndHazelcastNeitherCallsHomeNorLeavesBeforeVertxDoes() {
    Config config = HazelcastSetup.config(settings(List.of(), ""));
    assertThat(config.getProperty("hazelcast.max.join.seconds")).isEqualTo("45");
    assertThat(config.getProperty("hazelcast.phone.home.enabled")).isEqualTo("false");
    assertThat(config.getProperty("hazelcast.shutdownhook.enabled")).isEqualTo("false");
  }

  @Test
  void aKubernetesServiceReplacesTheMemberList() {
    Config config = HazelcastSetup.config(settings(List.of("10.0.0.2:5801"), "weft.default.svc.cluster.local"));
    JoinConfig join = config.getNetworkConfig().getJoin();
    assertThat(join.getTcpIpConfig().isEnabled()).isFalse();
    assertThat(join.getKubernetesConfig().isEnabled()).isTrue();
    assertThat(join.getKubernetesConfig().getProperty("service-dns")).isEqualTo("weft.default.svc.cluster.local");
    assertThat(join.getKubernetesConfig().getProperty("service-port")).isEqualTo("5801");
    assertThat(join.getMulticastConfig().isEnabled()).isFalse();
  }

  @Test
  void vertxStructuresKeepOneBackupAsVertxOwnDefaultsDo() {
    Config config = HazelcastSetup.config(settings(List.of(), ""));
    assertThat(config.getMultiMapConfig("__vertx.subs").getBackupCount()).isEqualTo(1);
    assertThat(config.getMapConfig("__vertx.haInfo").getBackupCount()).isEqualTo(1);
    assertThat(config.getMapConfig("__vertx.nodeInfo").getBackupCount()).isEqualTo(1);
  }
}
