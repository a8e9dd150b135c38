package dev.weft.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sign-in providers from the packaged launcher's environment: a provider that can never work stops
 * it with status 2 naming the key; one whose issuer cannot be reached leaves it serving, with the
 * reason logged and the client secret nowhere in the output.
 */
class LauncherSignInIT {

  private static final String LISTENING = "Weft listening on ";
  private static final String SECRET = "launcher-secret-never-printed";

  @TempDir
  Path dir;

  @Test
  void anOidcProviderWithoutIssuerStopsTheLauncherNamingTheKey() throws Exception {
    try (JarProcess jar = JarProcess.start(dir, Map.of("WEFT_OAUTH_PROVIDERS_CORP_TYPE", "oidc",
        "WEFT_OAUTH_PROVIDERS_CORP_CLIENT_ID", "weft", "WEFT_OAUTH_PROVIDERS_CORP_CLIENT_SECRET", SECRET),
        "--port", String.valueOf(JarProcess.freePort()))) {
      assertThat(jar.awaitExit()).isEqualTo(2);
      assertThat(jar.stderr()).contains("weft: configuration: oauth.providers.corp.issuer is missing");
      assertThat(jar.output()).doesNotContain(LISTENING).doesNotContain(SECRET);
    }
  }

  @Test
  void anUnreachableIssuerLeavesTheLauncherServing() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    int port = JarProcess.freePort();
    try (JarProcess jar = JarProcess.start(dir, Map.of("WEFT_OAUTH_PROVIDERS_CORP_TYPE", "oidc",
        "WEFT_OAUTH_PROVIDERS_CORP_CLIENT_ID", "weft", "WEFT_OAUTH_PROVIDERS_CORP_CLIENT_SECRET", SECRET,
        "WEFT_OAUTH_PROVIDERS_CORP_ISSUER", "http://127.0.0.1:" + closed + "/realms/staff"),
        "--port", String.valueOf(port))) {
      assertThat(jar.awaitOutput(LISTENING)).contains(":" + port + " ");
      assertThat(jar.output()).contains("sign-in provider corp is unavailable: its discovery at http://127.0.0.1:"
          + closed + "/realms/staff/.well-known/openid-configuration failed").doesNotContain(SECRET);
    }
  }
}
