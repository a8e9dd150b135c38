package dev.weft.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Map;
import java.util.function.UnaryOperator;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every way a sign-in's callback can go wrong, through a real HTTP client: the answer's status,
 * what its page says and where it links back to, and the code the session's result fails with.
 * The issuer is mock-oauth2-server behind {@link IssuerProxy}, which can break a signature.
 */
class SignInFailuresTest {

  private static Vertx proxyVertx;
  private static MockOAuth2Server mock;
  private static IssuerProxy proxy;
  private static SignInRig rig;

  @BeforeAll
  static void start() {
    mock = new MockOAuth2Server();
    mock.start();
    proxyVertx = Vertx.vertx();
    proxy = IssuerProxy.start(proxyVertx, mock.baseUrl().port());
    rig = SignInRig.start(mock, new JsonObject().put("idp", SignInRig.oidc(proxy.issuer("default"))));
  }

  @AfterEach
  void honestAgain() {
    proxy.tokens = UnaryOperator.identity();
  }

  @AfterAll
  static void stop() {
    rig.close(); // and the mock
    proxy.close();
    SignInRig.await(proxyVertx.close());
  }

  @Test
  void aForgedStateIs400AndLinksToTheAppBase() {
    HttpResponse<Buffer> answer = rig.get(rig.server.url() + "oauth_callback?state="
        + "A".repeat(43) + "&code=whatever");
    assertPage(answer, 400, "unknown, used or expired", "./");
    assertPage(rig.get(rig.server.url() + "oauth_callback?state=%3Cscript%3E&code=x"), 400,
        "unknown, used or expired", "./");
  }

  @Test
  void aReplayedStateIs400AndTheFirstSignInStands() throws Exception {
    SignInStart start = rig.begin("idp");
    String callback = rig.callbackUrl(start);
    assertThat(rig.get(callback).statusCode()).isEqualTo(303);
    assertPage(rig.get(callback), 400, "unknown, used or expired", "./");
    assertThat(SignInRig.signedIn(start).user().id()).isNotBlank();
  }

  @Test
  void anExpiredStateIs400AndFailsTheSignInWithExpired() throws Exception {
    try (SignInRig quick = SignInRig.start(null, new JsonObject().put("idp",
        SignInRig.oidc(proxy.issuer("default"))), "oauth.stateTtlSeconds", 1)) {
      SignInStart start = quick.begin("idp");
      String callback = quick.callbackUrl(start);
      Thread.sleep(1_500);
      assertPage(quick.get(callback), 400, "has expired", quick.pageUrl());
      assertThat(SignInRig.failure(start).error()).isEqualTo("expired");
    }
  }

  @Test
  void theProvidersAccessDeniedIs403AndFailsTheSignInWithAccessDenied() throws Exception {
    SignInStart start = rig.begin("idp");
    String state = SignInRig.query(rig.providerUrl(start)).get("state");
    HttpResponse<Buffer> answer = rig.get(rig.server.url() + "oauth_callback?state=" + state
        + "&error=access_denied&error_description=The+user+said+no");
    assertPage(answer, 403, "refused at the provider (access_denied)", rig.pageUrl());
    assertThat(SignInRig.failure(start).error()).isEqualTo("access_denied");
  }

  @Test
  void anotherProviderErrorIs400AndACallbackWithoutCodeToo() throws Exception {
    SignInStart failed = rig.begin("idp");
    String state = SignInRig.query(rig.providerUrl(failed)).get("state");
    assertPage(rig.get(rig.server.url() + "oauth_callback?state=" + state
        + "&error=temporarily_unavailable%3Cb%3E"), 400,
        "The provider reported an error (temporarily_unavailableb)", rig.pageUrl());
    assertThat(SignInRig.failure(failed).error()).isEqualTo("temporarily_unavailableb");

    SignInStart empty = rig.begin("idp");
    String emptyState = SignInRig.query(rig.providerUrl(empty)).get("state");
    assertPage(rig.get(rig.server.url() + "oauth_callback?state=" + emptyState), 400,
        "sent no authorization code", rig.pageUrl());
    assertThat(SignInRig.failure(empty).error()).isEqualTo("no_code");
  }

  @Test
  void aCodeTheTokenEndpointRefusesIs400AndFailsWithTokenRefused() throws Exception {
    SignInStart start = rig.begin("idp");
    String callback = SignInRig.withParameter(rig.callbackUrl(start), "code", "not-a-code-it-issued");
    assertPage(rig.get(callback), 400, "did not accept the sign-in code", rig.pageUrl());
    SignInException why = SignInRig.failure(start);
    assertThat(why.error()).isEqualTo("token_refused");
    assertThat(why.getMessage()).contains("invalid_grant");
  }

  @Test
  void anIdTokenWithABadSignatureIs401() throws Exception {
    proxy.tokens = IssuerProxy::badSignature;
    assertRefusedIdToken(null, "signature does not verify");
  }

  @Test
  void anIdTokenForAnotherAudienceIs401() throws Exception {
    assertRefusedIdToken(Map.of("aud", "some-other-client"), "audience is not this app");
  }

  @Test
  void anIdTokenFromAnotherIssuerIs401() throws Exception {
    assertRefusedIdToken(Map.of("iss", "https://evil.example"), "issued by &quot;https://evil.example&quot;");
  }

  @Test
  void anIdTokenWithAnotherNonceIs401() throws Exception {
    assertRefusedIdToken(Map.of("nonce", "a-nonce-of-another-sign-in"), "nonce is not the one");
  }

  @Test
  void anExpiredIdTokenIs401() throws Exception {
    long anHourAgo = System.currentTimeMillis() / 1000 - 3_600;
    // the ID token has expired, while the token response says its access token lasts an hour
    proxy.tokens = response -> response.copy().put("expires_in", 3_600);
    assertRefusedIdToken(Map.of("exp", anHourAgo), "has expired");
  }

  private void assertRefusedIdToken(Map<String, Object> claims, String says) throws Exception {
    if (claims != null) {
      mock.enqueueCallback(new DefaultOAuth2TokenCallback("default", "mallory", "JWT", null, claims, 3600));
    }
    SignInStart start = rig.begin("idp");
    HttpResponse<Buffer> answer = rig.get(rig.callbackUrl(start));
    assertPage(answer, 401, says, rig.pageUrl());
    SignInException why = SignInRig.failure(start);
    assertThat(why.error()).isEqualTo("invalid_id_token");
  }

  private static void assertPage(HttpResponse<Buffer> answer, int status, String says, String back) {
    assertThat(answer.statusCode()).as(answer.bodyAsString()).isEqualTo(status);
    assertThat(answer.getHeader("Cache-Control")).isEqualTo("no-store");
    assertThat(answer.getHeader("Content-Type")).startsWith("text/html");
    // its own inline style, allowed by hash; no script, never framed
    assertThat(answer.getHeader("Content-Security-Policy")).startsWith("default-src 'none'; style-src 'sha256-")
        .doesNotContain("script-src").contains("frame-ancestors 'none'");
    assertThat(answer.bodyAsString()).contains(says)
        .contains("<a href=\"" + back.replace("&", "&amp;") + "\">Back to the app</a>");
  }
}
