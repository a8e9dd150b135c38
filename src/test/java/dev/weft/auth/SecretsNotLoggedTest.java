package dev.weft.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.logs.LogCapture;
import dev.weft.ui.Auth;
import dev.weft.ui.AuthTokens;
import dev.weft.ui.LoginOptions;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sign-ins that succeed, fail and refresh, with Weft's loggers at their finest level and every
 * library's at DEBUG: no log record holds a client secret, an authorization code, a state, a
 * nonce, a browser-binding key, a token, or the id of the session signing in. (Vert.x Web's router logs each request's URL at TRACE, the callback's code
 * and state included: docs/hosting.md says to keep TRACE off for {@code io.vertx.ext.web}.)
 */
class SecretsNotLoggedTest {

  @Test
  void noLogRecordHoldsASecretACodeAStateOrAToken() throws Exception {
    // the stand-in provider's own logs: a real one's are not ours either
    LogCapture logs = LogCapture.start("mockwebserver3", "okhttp3", "no.nav");
    List<String> secrets = new ArrayList<>(List.of(SignInRig.CLIENT_SECRET, FakeGitHub.CLIENT_SECRET,
        FakeGitHub.ACCESS_TOKEN, SignInRig.SESSION_ID));
    Vertx vertx = Vertx.vertx();
    FakeGitHub github = new FakeGitHub(vertx);
    no.nav.security.mock.oauth2.MockOAuth2Server mock = new no.nav.security.mock.oauth2.MockOAuth2Server();
    mock.start();
    try (SignInRig rig = SignInRig.start(mock, new JsonObject()
        .put("idp", SignInRig.oidc(mock.issuerUrl("default").toString()))
        .put("gh", github.provider()))) {
      // a sign-in that succeeds, and its refresh
      SignInStart ok = rig.begin("idp");
      String callback = rig.callbackUrl(ok);
      secrets.addAll(secretsOf(rig.providerUrl(ok), callback));
      secrets.add(rig.lastSetCookie.substring(rig.lastSetCookie.indexOf('=') + 1, rig.lastSetCookie.indexOf(';')));
      assertThat(rig.get(callback).statusCode()).isEqualTo(303);
      Auth auth = SignInRig.signedIn(ok);
      AuthTokens refreshed = SignInRig.await(rig.signIns().refresh("idp", auth.tokens()));
      secrets.addAll(List.of(auth.tokens().accessToken(), auth.tokens().refreshToken(),
          auth.tokens().idToken(), refreshed.accessToken(), refreshed.refreshToken()));

      // a code the token endpoint refuses
      SignInStart refused = rig.begin("idp");
      String forged = SignInRig.withParameter(rig.callbackUrl(refused), "code", "forged-code-0123456789");
      secrets.addAll(secretsOf(rig.providerUrl(refused), forged));
      assertThat(rig.get(forged).statusCode()).isEqualTo(400);
      SignInRig.failure(refused);

      // an ID token for someone else
      mock.enqueueCallback(new no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback(
          "default", "x", "JWT", null, Map.of("aud", "another-client"), 3600));
      SignInStart wrong = rig.begin("idp");
      String wrongCallback = rig.callbackUrl(wrong);
      secrets.addAll(secretsOf(rig.providerUrl(wrong), wrongCallback));
      assertThat(rig.get(wrongCallback).statusCode()).isEqualTo(401);
      SignInRig.failure(wrong);

      // GitHub, with groups
      SignInStart gh = rig.begin("gh", new LoginOptions(List.of(), true));
      String ghCallback = rig.callbackUrl(gh);
      secrets.addAll(secretsOf(rig.providerUrl(gh), ghCallback));
      assertThat(rig.get(ghCallback).statusCode()).isEqualTo(303);
      SignInRig.signedIn(gh);
    } finally {
      logs.close();
      github.close();
      SignInRig.await(vertx.close());
    }
    List<String> logged = logs.lines();
    assertThat(logged).as("something was logged at all").isNotEmpty();
    for (String record : logged) {
      for (String secret : secrets) {
        assertThat(record).as("a log record").doesNotContain(secret);
      }
    }
  }

  /** The state, nonce and code challenge of a sign-in, and the code its callback carries. */
  private static List<String> secretsOf(String authorizationUrl, String callbackUrl) {
    List<String> found = new ArrayList<>();
    Map<String, String> request = SignInRig.query(authorizationUrl);
    found.add(request.get("state"));
    if (request.get("nonce") != null) {
      found.add(request.get("nonce"));
    }
    found.add(SignInRig.query(callbackUrl).get("code"));
    return found;
  }
}
