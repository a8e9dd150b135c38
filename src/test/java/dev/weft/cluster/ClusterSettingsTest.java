package dev.weft.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClusterSettingsTest {

  @Test
  void aMemberIsHostColonPortWithIpv6InBrackets() {
    assertThat(ClusterSettings.memberProblem("10.0.0.2:5701")).isNull();
    assertThat(ClusterSettings.memberProblem("weft-1.internal:5701")).isNull();
    assertThat(ClusterSettings.memberProblem("[fd00::2]:5701")).isNull();
    assertThat(ClusterSettings.memberProblem("10.0.0.2")).contains("must be host:port");
    assertThat(ClusterSettings.memberProblem("10.0.0.2:")).contains("must be host:port");
    assertThat(ClusterSettings.memberProblem(":5701")).contains("must be host:port");
    assertThat(ClusterSettings.memberProblem("fd00::2:5701")).contains("in brackets");
    assertThat(ClusterSettings.memberProblem("10.0.0.2:http")).contains("from 1 to 65535");
    assertThat(ClusterSettings.memberProblem("10.0.0.2:0")).contains("from 1 to 65535");
  }

  @Test
  void clusterHostMustBeOneAddressWithoutAPort() {
    assertThat(ClusterSettings.hostProblem("10.0.0.1")).isNull();
    assertThat(ClusterSettings.hostProblem("fd00::1")).isNull();
    assertThat(ClusterSettings.hostProblem("0.0.0.0")).contains("every address");
    assertThat(ClusterSettings.hostProblem("[::]")).contains("every address");
    assertThat(ClusterSettings.hostProblem("10.0.0.1:5701")).contains("without a port");
  }
}
