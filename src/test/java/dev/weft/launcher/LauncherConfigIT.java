package dev.weft.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The packaged launcher's configuration, from the outside: a bad {@code -conf} stops it with
 * status 2 and a message naming the file before anything binds; every spelling of {@code -conf}
 * works; and the precedence is conf &lt; {@code WEFT_PORT} &lt; {@code --port}.
 */
class LauncherConfigIT {

  @TempDir
  Path dir;

  private static final String LISTENING = "Weft listening on ";

  @Test
  void aMissingConfFileStopsTheLauncherWithStatus2() throws Exception {
    try (JarProcess jar = JarProcess.start(dir, Map.of(), "-conf", "missing.json", "--port",
        String.valueOf(JarProcess.freePort()))) {
      assertThat(jar.awaitExit()).isEqualTo(2);
      assertThat(jar.stderr().lines()).contains("weft: -conf missing.json: no such file");
      assertThat(jar.output()).doesNotContain(LISTENING).doesNotContain("Succeeded in deploying");
    }
  }

  @Test
  void brokenJsonStopsTheLauncherNamingTheFileAndTheLine() throws Exception {
    Files.writeString(dir.resolve("broken.json"), "{\n  \"http\": {\n    \"port\": 8000,\n  }\n}\n");
    try (JarProcess jar = JarProcess.start(dir, Map.of(), "-conf", "broken.json")) {
      assertThat(jar.awaitExit()).isEqualTo(2);
      String message = jar.stderr().lines().filter(l -> l.startsWith("weft: ")).findFirst().orElse("");
      System.out.println("[launcher] broken JSON message: " + message);
      assertThat(message).startsWith("weft: -conf broken.json: ").contains("line 4");
      assertThat(jar.output()).doesNotContain(LISTENING);
    }
  }

  @Test
  void anUnknownKeyStopsTheLauncher() throws Exception {
    Files.writeString(dir.resolve("typo.json"), "{\"http\": {\"prot\": 8080}}");
    try (JarProcess jar = JarProcess.start(dir, Map.of(), "-conf", "typo.json")) {
      assertThat(jar.awaitExit()).isEqualTo(2);
      assertThat(jar.stderr()).contains("weft: -conf typo.json: ").contains("unknown key \"http.prot\"");
      assertThat(jar.output()).doesNotContain(LISTENING);
    }
  }

  @Test
  void inlineJsonWorksAsConf() throws Exception {
    int port = JarProcess.freePort();
    try (JarProcess jar = JarProcess.start(dir, Map.of(), "-conf", "{\"http\": {\"port\": " + port + "}}")) {
      assertServesOn(jar, port);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"-conf=FILE", "--conf FILE", "--conf=FILE", "-conf FILE"})
  void everySpellingOfConfWorks(String spelling) throws Exception {
    int port = JarProcess.freePort();
    Files.writeString(dir.resolve("weft.json"), "{\"http\": {\"port\": " + port + "}}");
    String[] args = spelling.replace("FILE", "weft.json").split(" ");
    try (JarProcess jar = JarProcess.start(dir, Map.of(), args)) {
      assertServesOn(jar, port);
    }
  }

  @Test
  void weftPortWinsOverTheConfsPort() throws Exception {
    int[] ports = JarProcess.freePorts(2);
    int confPort = ports[0];
    int envPort = ports[1];
    Files.writeString(dir.resolve("weft.json"), "{\"http\": {\"port\": " + confPort + "}}");
    try (JarProcess jar = JarProcess.start(dir, Map.of("WEFT_PORT", String.valueOf(envPort)),
        "-conf", "weft.json")) {
      assertServesOn(jar, envPort);
      assertThat(JarProcess.accepts(InetAddress.getLoopbackAddress(), confPort)).as("conf port " + confPort).isFalse();
    }
  }

  @Test
  void portFlagWinsOverWeftPort() throws Exception {
    int[] ports = JarProcess.freePorts(2);
    int envPort = ports[0];
    int flagPort = ports[1];
    try (JarProcess jar = JarProcess.start(dir, Map.of("WEFT_PORT", String.valueOf(envPort)),
        "--port", String.valueOf(flagPort))) {
      assertServesOn(jar, flagPort);
      assertThat(JarProcess.accepts(InetAddress.getLoopbackAddress(), envPort)).as("WEFT_PORT " + envPort).isFalse();
    }
  }

  @Test
  void hostFlagBindsThatAddressOnly() throws Exception {
    int port = JarProcess.freePort();
    try (JarProcess jar = JarProcess.start(dir, Map.of(), "--host", "127.0.0.1", "--port", String.valueOf(port))) {
      assertServesOn(jar, port);
      assertThat(jar.awaitOutput(LISTENING)).contains(LISTENING + "127.0.0.1:" + port);
      Optional<InetAddress> other = nonLoopbackIpv4();
      System.out.println("[launcher] non-loopback address to probe: " + other.map(InetAddress::getHostAddress).orElse("none"));
      other.ifPresent(address -> assertThat(JarProcess.accepts(address, port))
          .as("bound to 127.0.0.1 only, so " + address.getHostAddress() + ":" + port + " refuses").isFalse());
    }
  }

  private static void assertServesOn(JarProcess jar, int port) throws Exception {
    HttpResponse<String> response = jar.awaitOk("http://127.0.0.1:" + port + "/");
    assertThat(response.headers().firstValue("content-type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
    assertThat(jar.awaitOutput(LISTENING)).contains(":" + port + " ");
  }

  private static Optional<InetAddress> nonLoopbackIpv4() throws Exception {
    List<NetworkInterface> interfaces = Collections.list(NetworkInterface.getNetworkInterfaces());
    for (NetworkInterface nic : interfaces) {
      if (!nic.isUp() || nic.isLoopback()) {
        continue;
      }
      for (InetAddress address : Collections.list(nic.getInetAddresses())) {
        if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
          return Optional.of(address);
        }
      }
    }
    return Optional.empty();
  }
}
