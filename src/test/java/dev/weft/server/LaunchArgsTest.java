package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchArgsTest {

  @Test
  void takesWeftOptionsInEveryFormAndPassesTheRestOn() throws Exception {
    LaunchArgs args = LaunchArgs.parse(new String[] {
        "-conf", "c.json", "--port", "81", "-instances", "4", "--host=127.0.0.1", "-cluster"});
    assertThat(args.conf()).isEqualTo("c.json");
    assertThat(args.flags()).isEqualTo(Map.of("http.port", "81", "http.host", "127.0.0.1",
        "cluster.enabled", "true"));
    assertThat(args.rest()).containsExactly("-instances", "4");
    assertThat(LaunchArgs.parse(new String[] {"-conf=a.json"}).conf()).isEqualTo("a.json");
    assertThat(LaunchArgs.parse(new String[] {"--conf", "b.json"}).conf()).isEqualTo("b.json");
    assertThat(LaunchArgs.parse(new String[] {"--conf={\"http\":{}}"}).conf()).isEqualTo("{\"http\":{}}");
  }

  @Test
  void everySpellingOfClusterEnablesClusteringAndLeavesVertxClusterOptionsAlone() throws Exception {
    for (String spelling : new String[] {"-cluster", "--cluster", "-c"}) {
      LaunchArgs args = LaunchArgs.parse(new String[] {spelling, "-cluster-port", "15000"});
      assertThat(args.flags()).as(spelling).isEqualTo(Map.of("cluster.enabled", "true"));
      assertThat(args.rest()).as(spelling).containsExactly("-cluster-port", "15000");
    }
  }

  @Test
  void anOptionWithoutItsValueIsAnError() {
    assertThatThrownBy(() -> LaunchArgs.parse(new String[] {"-conf"}))
        .isInstanceOfSatisfying(ConfigException.class,
            e -> assertThat(e.describe()).isEqualTo("weft: -conf: needs a value"));
  }

  @Test
  void helpIsRecognised() throws Exception {
    assertThat(LaunchArgs.parse(new String[] {"--help"}).help()).isTrue();
    assertThat(LaunchArgs.usage()).contains("-conf").contains("--port").contains("WEFT_PORT");
  }
}
