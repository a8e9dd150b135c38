package dev.weft.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.ui.Auth;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole OpenID Connect sign-in against mock-oauth2-server: the authorization URL carries
 * state, PKCE and nonce, the callback exchanges the code and checks the ID token, and the browser
 * goes back to the page that began it while the session gets the user and the tokens.
 */
class OidcSignInTest {

  private SignInRig rig;

  @BeforeEach
  void start() {
    rig = SignInRig.start();
  }

  @AfterEach
  void stop() {
    rig.close();
  }

  @Test
  void theAuthorizationUrlCarriesStatePkceNonceAndTheRedirectUri() throws Exception {
    SignInStart start = rig.begin("idp");
    Map<String, String> query = SignInRig.query(rig.providerUrl(start));
    assertThat(start.authorizationUrl()).isEqualTo(rig.server.url() + "oauth_login?state=" + query.get("state"));
    assertThat(rig.providerUrl(start)).startsWith(rig.issuer.authorizationEndpointUrl("default").toString());
    assertThat(query.get("response_type")).isEqualTo("code");
    assertThat(query.get("client_id")).isEqualTo(SignInRig.CLIENT_ID);
    assertThat(query.get("redirect_uri")).isEqualTo(rig.server.url() + "oauth_callback");
    assertThat(query.get("state")).matches("[A-Za-z0-9_-]{43}");
    assertThat(query.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
    assertThat(query.get("code_challenge_method")).isEqualTo("S256");
    assertThat(query.get("nonce")).matches("[A-Za-z0-9_-]{43}");
    assertThat(query.get("scope")).isEqualTo("openid email profile");
    assertThat(query).doesNotContainKey("client_secret");
  }

  @Test
  void aSignInEndsWith303BackToThePageAndTheSessionGetsUserAndTokens() throws Exception {
    rig.issuer.enqueueCallback(new DefaultOAuth2TokenCallback("default", "alice-123", "JWT", null,
        Map.of("name", "Alice Example", "email", "alice@example.com",
            "picture", "https://pics.example/alice.png"), 3600));
    SignInStart start = rig.begin("idp");
    String callback = rig.callbackUrl(start);
    assertThat(callback).startsWith(rig.server.url() + "oauth_callback?");

    HttpResponse<Buffer> answer = rig.get(callback);
    assertThat(answer.statusCode()).isEqualTo(303);
    assertThat(answer.getHeader("Location")).isEqualTo(rig.pageUrl());
    assertThat(answer.getHeader("Cache-Control")).isEqualTo("no-store");

    Auth auth = SignInRig.signedIn(start);
    assertThat(auth.provider()).isEqualTo("idp");
    assertThat(auth.user().id()).isEqualTo("alice-123");
    assertThat(auth.user().name()).isEqualTo("Alice Example");
    assertThat(auth.user().email()).isEqualTo("alice@example.com");
    assertThat(auth.user().picture()).isEqualTo("https://pics.example/alice.png");
    assertThat(auth.tokens().accessToken()).isNotBlank();
    assertThat(auth.tokens().idToken()).isNotBlank();
    assertThat(auth.tokens().refreshToken()).isNotBlank();
    assertThat(auth.tokens().expiresAt()).isAfter(Instant.now().plusSeconds(3000));
    assertThat(auth.groups()).isEmpty();

    HttpResponse<Buffer> replay = rig.get(callback);
    assertThat(replay.statusCode()).as("the state is used up").isEqualTo(400);
    assertThat(replay.bodyAsString()).contains("unknown, used or expired");
  }

  @Test
  void refreshGivesNewTokensAndKeepsTheIdentity() throws Exception {
    SignInStart start = rig.begin("idp");
    rig.get(rig.callbackUrl(start));
    Auth auth = SignInRig.signedIn(start);
    var refreshed = SignInRig.await(rig.signIns().refresh("idp", auth.tokens()));
    assertThat(refreshed.accessToken()).isNotBlank().isNotEqualTo(auth.tokens().accessToken());
    assertThat(refreshed.refreshToken()).isNotBlank();
    assertThat(refreshed.scopes()).isNotEmpty();
  }

  @Test
  void extraScopesAreAskedFor() throws Exception {
    SignInStart start = rig.begin("idp", new dev.weft.ui.LoginOptions(List.of("offline_access"), false));
    assertThat(SignInRig.query(rig.providerUrl(start)).get("scope"))
        .isEqualTo("openid email profile offline_access");
  }
}
