package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What docs/deployment.md tells an operator to run for several instances is what is tested and
 * what Weft reads: the nginx file it shows is docs/nginx/weft-cluster.conf (which ThreeInstancesIT
 * runs) and balances without stickiness; the Kubernetes manifests in docs/k8s/ agree with each
 * other (the discovery Service the pods name is the headless one; the grace period covers the
 * drain) and set only variables Weft knows, since an unknown key stops the launcher.
 */
class DeploymentDocsTest {

  private static final Path CLUSTER_CONF = Path.of("docs/nginx/weft-cluster.conf");
  private static final Path K8S = Path.of("docs/k8s");

  @Test
  void deploymentMdShowsTheClusterConfigurationVerbatim() throws Exception {
    String config = Files.readString(CLUSTER_CONF);
    assertThat(Files.readString(Path.of("docs/deployment.md")))
        .contains("```nginx\n" + config.stripTrailing() + "\n```");
  }

  @Test
  void theBalancerSpreadsRequestsOverThreeServersWithoutStickiness() throws Exception {
    String config = Files.readString(CLUSTER_CONF);
    String upstream = config.substring(config.indexOf("upstream weft {"), config.indexOf("}", config.indexOf("upstream weft {")));
    assertThat(Pattern.compile("(?m)^\\s*server ").matcher(upstream).results().count()).isEqualTo(3);
    assertThat(uncommented(config)).doesNotContain("ip_hash").doesNotContain("sticky").doesNotContain("hash ")
        .doesNotContain("least_conn");
    assertThat(config).contains("proxy_pass http://weft;", "proxy_http_version 1.1;", "proxy_read_timeout 1h;",
        "proxy_set_header X-Forwarded-For $remote_addr;");
  }

  @Test
  void deploymentMdNoLongerAsksForStickySessions() throws Exception {
    String doc = Files.readString(Path.of("docs/deployment.md"));
    assertThat(doc).doesNotContainPattern("(?i)(configure|use|need|requires?|ask for)[^.]{0,60}sticky sessions");
  }

  @Test
  void thePodsDiscoverEachOtherThroughTheHeadlessService() throws Exception {
    String deployment = Files.readString(K8S.resolve("deployment.yaml"));
    String headless = Files.readString(K8S.resolve("service-cluster.yaml"));
    assertThat(deployment).containsPattern("(?m)^  replicas: 3$");
    String service = group(headless, "(?m)^  name: (\\S+)$");
    assertThat(headless).contains("clusterIP: None", "publishNotReadyAddresses: true", "port: 5701");
    assertThat(group(deployment, "WEFT_CLUSTER_KUBERNETES_SERVICE, value: (\\S+)\\}"))
        .startsWith(service + ".");
    assertThat(deployment).contains("fieldPath: status.podIP", "path: /health/ready", "path: /health/live");
    assertThat(Files.readString(K8S.resolve("service.yaml")))
        .contains("type: ClusterIP").doesNotContain("sessionAffinity: ClientIP");
  }

  @Test
  void theGracePeriodCoversPreStopDrainAndCloseHooks() throws Exception {
    String deployment = Files.readString(K8S.resolve("deployment.yaml"));
    int grace = Integer.parseInt(group(deployment, "terminationGracePeriodSeconds: (\\d+)"));
    int preStop = Integer.parseInt(group(deployment, "command: \\[\"sleep\", \"(\\d+)\"\\]"));
    int drain = Integer.parseInt(group(deployment, "WEFT_SHUTDOWN_DRAIN_SECONDS, value: \"(\\d+)\""));
    int closeHooks = 10;
    assertThat(grace).as("terminationGracePeriodSeconds").isGreaterThan(preStop + drain + closeHooks);
  }

  @Test
  void theManifestsAndTheDockerfileSetOnlyVariablesWeftReads() throws Exception {
    Set<String> known = new HashSet<>();
    for (ConfigKey key : ConfigKeys.ALL) {
      known.add(key.envVar());
      if (key.alias() != null) {
        known.add(key.alias());
      }
    }
    String all = Files.readString(K8S.resolve("deployment.yaml")) + Files.readString(Path.of("Dockerfile"));
    Matcher names = Pattern.compile("\\b(WEFT_[A-Z_]+)").matcher(all);
    while (names.find()) {
      assertThat(known).as("a Weft configuration variable").contains(names.group(1));
    }
  }

  private static String group(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    assertThat(matcher.find()).as("%s in the manifest", regex).isTrue();
    return matcher.group(1);
  }

  private static String uncommented(String config) {
    return config.replaceAll("(?m)#.*$", "");
  }
}
