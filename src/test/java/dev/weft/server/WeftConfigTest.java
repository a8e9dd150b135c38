package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.assets.AppIdentity;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeftConfigTest {

  @TempDir
  Path dir;

  private Path conf(String json) throws Exception {
    Path file = dir.resolve("config.json");
    Files.writeString(file, json);
    return file;
  }

  @Test
  void defaultsServeTheDemoOnPort8000() throws Exception {
    WeftConfig config = WeftConfig.load(null, Map.of(), Map.of());
    assertThat(config.port()).isEqualTo(8000);
    assertThat(config.host()).isEqualTo("0.0.0.0");
    assertThat(config.apps()).extracting(AppSpec::path).containsExactly("/sub-app/", "/");
    assertThat(config.sessionTimeout()).isEqualTo(Duration.ofSeconds(300));
  }

  @Test
  void aConfHoldingOnlyThePortKeepsEveryOtherDefault() throws Exception {
    WeftConfig config = WeftConfig.load(conf("{\"http\":{\"port\":8080}}").toString(), Map.of(), Map.of());
    assertThat(config.port()).isEqualTo(8080);
    assertThat(config.host()).isEqualTo("0.0.0.0");
    assertThat(config.apps()).hasSize(2);
  }

  @Test
  void inlineJsonWorksLikeAFile() throws Exception {
    WeftConfig config = WeftConfig.load("{\"ws\":{\"maxFrameSize\":2048}}", Map.of(), Map.of());
    assertThat(config.maxFrameSize()).isEqualTo(2048);
  }

  @Test
  void environmentBeatsTheConfAndFlagsBeatTheEnvironment() throws Exception {
    String file = conf("{\"http\":{\"port\":8080,\"host\":\"127.0.0.1\"}}").toString();
    assertThat(WeftConfig.load(file, Map.of("WEFT_PORT", "9000"), Map.of()).port()).isEqualTo(9000);
    assertThat(WeftConfig.load(file, Map.of("WEFT_HTTP_PORT", "9001"), Map.of()).port()).isEqualTo(9001);
    assertThat(WeftConfig.load(file, Map.of("WEFT_PORT", "9000"), Map.of("http.port", "9500")).port())
        .isEqualTo(9500);
    assertThat(WeftConfig.load(file, Map.of("WEFT_HOST", "::1"), Map.of()).host()).isEqualTo("::1");
  }

  @Test
  void theLongEnvironmentNameWinsOverItsAlias() throws Exception {
    WeftConfig config = WeftConfig.load(null, Map.of("WEFT_PORT", "1", "WEFT_HTTP_PORT", "2"), Map.of());
    assertThat(config.port()).isEqualTo(2);
  }

  @Test
  void everyKeyHasAnEnvironmentVariableByTheNamingRule() throws Exception {
    assertThat(ConfigKeys.ALL).extracting(ConfigKey::envVar).contains(
        "WEFT_HTTP_HOST", "WEFT_HTTP_PORT", "WEFT_WS_MAX_FRAME_SIZE", "WEFT_WS_MAX_ERRORS",
        "WEFT_WS_COMPRESSION", "WEFT_SESSION_TIMEOUT_SECONDS", "WEFT_HANDLERS_EXECUTOR",
        "WEFT_HANDLERS_WORKER_POOL_SIZE", "WEFT_APPS");
    WeftConfig config = WeftConfig.load(null, Map.of(
        "WEFT_WS_MAX_FRAME_SIZE", "4096",
        "WEFT_WS_COMPRESSION", "true",
        "WEFT_SESSION_TIMEOUT_SECONDS", "5",
        "WEFT_HANDLERS_EXECUTOR", "worker-pool",
        "WEFT_HANDLERS_WORKER_POOL_SIZE", "8",
        "WEFT_APPS", "{\"/\": \"dev.weft.examples.Counter\"}"), Map.of());
    assertThat(config.maxFrameSize()).isEqualTo(4096);
    assertThat(config.compression()).isTrue();
    assertThat(config.sessionTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(config.executor()).isEqualTo("worker-pool");
    assertThat(config.workerPoolSize()).isEqualTo(8);
    assertThat(config.apps()).singleElement()
        .isEqualTo(new AppSpec("/", "dev.weft.examples.Counter", AppIdentity.defaults(), "assets"));
  }

  @Test
  void appsReplaceTheDefaultMountsAsAWhole() throws Exception {
    WeftConfig config = WeftConfig.load(
        "{\"apps\":{\"/admin/\":{\"class\":\"dev.weft.examples.Counter\",\"title\":\"Admin\"}}}",
        Map.of(), Map.of());
    assertThat(config.apps()).containsExactly(new AppSpec("/admin/", "dev.weft.examples.Counter",
        AppIdentity.named("Admin"), "assets"));
  }

  @Test
  void anAppCanSayWhoItIsAndWhereItsAssetsAre() throws Exception {
    WeftConfig config = WeftConfig.load("{\"assetsDir\":\"classpath:assets\",\"apps\":{\"/\":{"
        + "\"class\":\"dev.weft.examples.Counter\",\"title\":\"Counter\",\"shortName\":\"Count\","
        + "\"description\":\"Counts\",\"themeColor\":\"#123456\",\"backgroundColor\":\"#ffffff\"},"
        + "\"/b/\":{\"class\":\"dev.weft.examples.SubApp\",\"assetsDir\":\"classpath:other\"}}}",
        Map.of(), Map.of());
    assertThat(config.apps()).containsExactly(
        new AppSpec("/b/", "dev.weft.examples.SubApp", AppIdentity.defaults(), "classpath:other"),
        new AppSpec("/", "dev.weft.examples.Counter",
            new AppIdentity("Counter", "Count", "Counts", "#123456", "#ffffff"), "classpath:assets"));
  }

  @Test
  void anAppObjectRefusesUnknownFieldsAndAnAssetsDirThatIsAFile() throws Exception {
    assertThatThrownBy(() -> WeftConfig.load(
        "{\"apps\":{\"/\":{\"class\":\"dev.weft.examples.Counter\",\"colour\":\"red\"}}}", Map.of(), Map.of()))
        .hasMessageContaining("unknown field \"colour\"");
    Path file = conf("{}");
    assertThatThrownBy(() -> WeftConfig.load(null, Map.of("WEFT_ASSETS_DIR", file.toString()), Map.of()))
        .hasMessageContaining("assetsDir: the assets directory " + file + " is a file, not a directory");
  }

  @Test
  void listsTakeJsonOrCommaSeparatedValues() throws Exception {
    assertThat(WeftConfig.load(null, Map.of("WEFT_HTTP_ALLOWED_ORIGINS", "https://a.example, https://b.example"),
        Map.of()).allowedOrigins()).containsExactly("https://a.example", "https://b.example");
    assertThat(WeftConfig.load("{\"http\":{\"allowedOrigins\":[\"https://c.example\"]}}", Map.of(),
        Map.of()).allowedOrigins()).containsExactly("https://c.example");
    assertThatThrownBy(() -> WeftConfig.load("{\"http\":{\"allowedOrigins\":\"https://c.example\"}}",
        Map.of(), Map.of())).hasMessageContaining("must be a JSON array");
  }

  @Test
  void clusteringIsOffByDefaultAndItsMembersComeFromACommaSeparatedVariable() throws Exception {
    assertThat(WeftConfig.load(null, Map.of(), Map.of()).cluster().enabled()).isFalse();
    var cluster = WeftConfig.load(null, Map.of("WEFT_CLUSTER_MEMBERS", "10.0.0.2:5701, 10.0.0.3:5701",
        "WEFT_CLUSTER_ENABLED", "true", "WEFT_CLUSTER_HOST", "10.0.0.1"), Map.of()).cluster();
    assertThat(cluster.enabled()).isTrue();
    assertThat(cluster.members()).containsExactly("10.0.0.2:5701", "10.0.0.3:5701");
    assertThat(cluster.host()).isEqualTo("10.0.0.1");
    assertThat(cluster.port()).isEqualTo(5701);
    assertThat(WeftConfig.load(null, Map.of(), Map.of("cluster.enabled", "true")).cluster().enabled()).isTrue();
  }

  @Test
  void aClusterMemberWithoutAPortOrAWildcardClusterHostIsRefused() {
    assertThatThrownBy(() -> WeftConfig.load(null, Map.of("WEFT_CLUSTER_MEMBERS", "10.0.0.2"), Map.of()))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.describe()).isEqualTo(
            "weft: configuration: cluster.members: \"10.0.0.2\" must be host:port, like 10.0.0.2:5701"));
    assertThatThrownBy(() -> WeftConfig.load("{\"cluster\":{\"members\":[\"a:70000\"]}}", Map.of(), Map.of()))
        .hasMessageContaining("cluster.members: \"a:70000\": the port must be a number from 1 to 65535");
    assertThatThrownBy(() -> WeftConfig.load("{\"cluster\":{\"port\":0}}", Map.of(), Map.of()))
        .hasMessageContaining("cluster.port must be an integer from 1 to 65535, not 0");
    assertThatThrownBy(() -> WeftConfig.load(null, Map.of("WEFT_CLUSTER_HOST", "0.0.0.0"), Map.of()))
        .hasMessageContaining("cluster.host: \"0.0.0.0\" is every address");
  }

  @Test
  void metricsDefaultOnAtSlashMetricsAndAPathMustStartWithASlash() throws Exception {
    WeftConfig defaults = WeftConfig.load(null, Map.of(), Map.of());
    assertThat(defaults.metricsEnabled()).isTrue();
    assertThat(defaults.metricsPath()).isEqualTo("/metrics");
    assertThat(defaults.metricsVertx()).isTrue();
    assertThat(WeftConfig.load(null, Map.of("WEFT_METRICS_ENABLED", "false"), Map.of()).metricsEnabled())
        .isFalse();
    assertThatThrownBy(() -> WeftConfig.load(null, Map.of("WEFT_METRICS_PATH", "metrics"), Map.of()))
        .isInstanceOfSatisfying(ConfigException.class, e ->
            assertThat(e.describe()).contains("metrics.path must be a path starting with /"));
  }

  @Test
  void aMissingFileIsNamed() {
    assertThatThrownBy(() -> WeftConfig.load("nope/config.json", Map.of(), Map.of()))
        .isInstanceOfSatisfying(ConfigException.class, e ->
            assertThat(e.describe()).isEqualTo("weft: -conf nope/config.json: no such file"));
  }

  @Test
  void brokenJsonSaysWhere() throws Exception {
    String file = conf("{\n  \"http\": {\"port\": 80,}\n}").toString();
    assertThatThrownBy(() -> WeftConfig.load(file, Map.of(), Map.of()))
        .isInstanceOfSatisfying(ConfigException.class, e -> {
          assertThat(e.describe()).startsWith("weft: -conf " + file + ": invalid JSON at line 2");
        });
  }

  @Test
  void aConfThatIsNotAnObjectIsRefused() throws Exception {
    assertThatThrownBy(() -> WeftConfig.load(conf("[1]").toString(), Map.of(), Map.of()))
        .hasMessageContaining("must hold a JSON object");
    assertThatThrownBy(() -> WeftConfig.load(dir.toString(), Map.of(), Map.of()))
        .hasMessageContaining("is a directory");
  }

  @Test
  void unknownKeysAreRefusedWithTheKnownOnesListed() {
    assertThatThrownBy(() -> WeftConfig.load("{\"htp\":{\"port\":1}}", Map.of(), Map.of()))
        .hasMessageContaining("unknown key \"htp\"").hasMessageContaining("http.port");
    assertThatThrownBy(() -> WeftConfig.load("{\"http\":{\"prot\":1}}", Map.of(), Map.of()))
        .hasMessageContaining("unknown key \"http.prot\"");
    assertThatThrownBy(() -> WeftConfig.load("{\"http\":8000}", Map.of(), Map.of()))
        .hasMessageContaining("http must be a JSON object");
  }

  @Test
  void badValuesAreRefusedNamingTheKey() {
    assertThatThrownBy(() -> WeftConfig.load("{\"http\":{\"port\":\"80\"}}", Map.of(), Map.of()))
        .hasMessageContaining("http.port must be an integer from 0 to 65535, not \"80\"");
    assertThatThrownBy(() -> WeftConfig.load("{\"http\":{\"port\":70000}}", Map.of(), Map.of()))
        .hasMessageContaining("http.port must be an integer");
    assertThatThrownBy(() -> WeftConfig.load("{\"handlers\":{\"executor\":\"fast\"}}", Map.of(), Map.of()))
        .hasMessageContaining("handlers.executor must be one of auto, virtual-threads, worker-pool");
    assertThatThrownBy(() -> WeftConfig.load("{\"ws\":{\"compression\":\"yes\"}}", Map.of(), Map.of()))
        .hasMessageContaining("ws.compression must be true or false");
    assertThatThrownBy(() -> WeftConfig.load("{\"http\":{\"port\":1,\"port\":2}}", Map.of(), Map.of()))
        .hasMessageContaining("Duplicate field");
  }

  @Test
  void badEnvironmentValuesNameTheVariable() {
    assertThatThrownBy(() -> WeftConfig.load(null, Map.of("WEFT_PORT", "eighty"), Map.of()))
        .isInstanceOfSatisfying(ConfigException.class, e ->
            assertThat(e.describe()).isEqualTo("weft: WEFT_PORT: must be an integer, not \"eighty\""));
    assertThatThrownBy(() -> WeftConfig.load(null, Map.of("WEFT_WS_COMPRESSION", "maybe"), Map.of()))
        .hasMessageContaining("must be true or false");
  }

  @Test
  void appsAreCheckedBeforeAnythingStarts() {
    assertThatThrownBy(() -> WeftConfig.load("{\"apps\":{\"/\":\"com.example.Missing\"}}", Map.of(), Map.of()))
        .hasMessageContaining("apps./: class com.example.Missing not found");
    assertThatThrownBy(() -> WeftConfig.load("{\"apps\":{\"/\":\"java.lang.String\"}}", Map.of(), Map.of()))
        .hasMessageContaining("implements neither");
    assertThatThrownBy(() -> WeftConfig.load("{\"apps\":{\"sub\":\"dev.weft.examples.SubApp\"}}", Map.of(), Map.of()))
        .hasMessageContaining("must start and end with /");
    assertThatThrownBy(() -> WeftConfig.load("{\"apps\":{\"/a/../b/\":\"dev.weft.examples.SubApp\"}}", Map.of(), Map.of()))
        .hasMessageContaining("must start and end with /");
    assertThatThrownBy(() -> WeftConfig.load("{\"apps\":{}}", Map.of(), Map.of()))
        .hasMessageContaining("at least one app");
    assertThatThrownBy(() -> WeftConfig.load("{\"apps\":{\"/\":{\"title\":\"x\"}}}", Map.of(), Map.of()))
        .hasMessageContaining("must be a class name");
  }

  @Test
  void theResolvedJsonReadsBackTheSame() throws Exception {
    WeftConfig config = WeftConfig.load("{\"http\":{\"port\":8123}}", Map.of("WEFT_WS_MAX_ERRORS", "3"), Map.of());
    WeftConfig again = WeftConfig.from(config.toJson());
    assertThat(again.toJson()).isEqualTo(config.toJson());
    assertThat(again.port()).isEqualTo(8123);
    assertThat(again.maxErrors()).isEqualTo(3);
  }

  @Test
  void aVerticleConfigOverlaysTheDefaults() throws Exception {
    WeftConfig config = WeftConfig.from(new JsonObject().put("http", new JsonObject().put("port", 0)));
    assertThat(config.port()).isZero();
    assertThat(config.apps()).hasSize(2);
  }

  @Test
  void theShippedConfIsValid() throws Exception {
    WeftConfig config = WeftConfig.load("conf/config.json", Map.of(), Map.of());
    assertThat(config.port()).isEqualTo(8000);
    assertThat(config.apps()).extracting(AppSpec::path).contains("/", "/sub-app/");
  }
}
