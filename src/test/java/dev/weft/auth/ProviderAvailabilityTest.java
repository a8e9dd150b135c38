package dev.weft.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.ui.LoginOptions;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.Test;

/**
 * A provider whose discovery fails at start is unavailable, says why, refuses sign-ins, and does
 * not stop the start or the other providers; the first sign-in after the back-off discovers it
 * again.
 */
class ProviderAvailabilityTest {

  @Test
  void anUnreachableIssuerMakesItsProviderUnavailableAndTheStartGoesOn() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    MockOAuth2Server mock = new MockOAuth2Server();
    mock.start();
    JsonObject providers = new JsonObject()
        .put("down", SignInRig.oidc("http://127.0.0.1:" + closedPort + "/nowhere"))
        .put("up", SignInRig.oidc(mock.issuerUrl("default").toString()));
    try (SignInRig rig = SignInRig.start(mock, providers)) {
      assertThat(rig.server.weft().lifecycle().name()).isEqualTo("SERVING");
      assertThat(rig.signIns().providers()).containsExactly("down", "up");
      assertThat(rig.signIns().unavailable("down"))
          .contains("discovery at http://127.0.0.1:" + closedPort + "/nowhere/.well-known/openid-configuration failed");
      assertThatThrownBy(() -> rig.begin("down"))
          .isInstanceOfSatisfying(SignInException.class, e -> {
            assertThat(e.error()).isEqualTo("unavailable");
            assertThat(e.getMessage()).startsWith("sign-in provider down is unavailable: ");
          });
      assertThat(rig.signIns().unavailable("up")).isNull();
      assertThat(rig.providerUrl(rig.begin("up"))).startsWith(mock.baseUrl().toString());
      assertThatThrownBy(() -> rig.begin("nobody"))
          .isInstanceOfSatisfying(SignInException.class, e -> assertThat(e.error()).isEqualTo("unknown_provider"));
    }
  }

  @Test
  void theFirstSignInAfterTheBackOffDiscoversTheProviderAgain() throws Exception {
    MockOAuth2Server mock = new MockOAuth2Server();
    mock.start();
    Vertx vertx = Vertx.vertx();
    IssuerProxy proxy = IssuerProxy.start(vertx, mock.baseUrl().port());
    OAuthStates states = OAuthStates.create(vertx, Duration.ofMinutes(1));
    OAuthSignIns signIns = OAuthSignIns.create(vertx, List.of(ProviderSettings.of("idp",
        SignInRig.oidc(proxy.issuer("default")))), states, Duration.ofMillis(500), SignInFlow.DEADLINE);
    try {
      proxy.down = true;
      SignInRig.await(signIns.start());
      assertThat(signIns.unavailable("idp")).contains("failed");
      proxy.down = false;
      assertThatThrownBy(() -> begin(signIns)).as("within the back-off: not tried again")
          .isInstanceOf(SignInException.class);
      Thread.sleep(50);
      assertThat(signIns.unavailable("idp")).isNotNull();

      Thread.sleep(600);
      assertThatThrownBy(() -> begin(signIns)).as("this one starts the retry")
          .isInstanceOf(SignInException.class);
      long until = System.currentTimeMillis() + 10_000;
      while (signIns.unavailable("idp") != null && System.currentTimeMillis() < until) {
        Thread.sleep(50);
      }
      assertThat(signIns.unavailable("idp")).isNull();
      assertThat(begin(signIns).authorizationUrl()).startsWith("http://app.example/oauth_login?state=");
    } finally {
      states.close();
      signIns.close();
      proxy.close();
      SignInRig.await(vertx.close());
      mock.shutdown();
    }
  }

  private static SignInStart begin(OAuthSignIns signIns) throws SignInException {
    return signIns.begin(new SignInRequest("idp", LoginOptions.defaults(), "s", "http://app.example/", "/"));
  }
}
