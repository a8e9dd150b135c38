package dev.weft.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Login CSRF: a sign-in completes only in the browser whose page began it. Its way to the provider
 * ({@code oauth_login}) opens once, only from the app's own pages, and leaves an HttpOnly cookie
 * for the callback's path; a callback without it fails the sign-in.
 */
class BrowserBindingTest {

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
  void theWayToTheProviderSetsAnHttpOnlyLaxCookieForTheCallbackOnly() throws Exception {
    SignInStart start = rig.begin("idp");
    String providerUrl = rig.providerUrl(start);
    String state = SignInRig.query(providerUrl).get("state");
    assertThat(rig.lastSetCookie)
        .startsWith(BrowserBinding.cookieName(state) + "=")
        .contains("Path=/oauth_callback").contains("HTTPOnly").contains("SameSite=Lax")
        .contains("Max-Age=600").doesNotContain("Secure");
    HttpResponse<Buffer> again = rig.get(start.authorizationUrl());
    assertThat(again.statusCode()).as("only once").isEqualTo(400);
  }

  @Test
  void aCallbackInAnotherBrowserIs403AndFailsTheSignIn() throws Exception {
    // the attacker begins a sign-in in their session and sends the provider's link to a victim,
    // who signs in at the provider: the victim's browser has no binding cookie
    SignInStart attackers = rig.begin("idp");
    String callback = rig.callbackUrl(attackers);
    rig.clearCookies();
    HttpResponse<Buffer> answer = rig.get(callback);
    assertThat(answer.statusCode()).isEqualTo(403);
    assertThat(answer.bodyAsString()).contains("begun in another browser");
    assertThat(SignInRig.failure(attackers).error()).isEqualTo("browser_mismatch");
  }

  @Test
  void theWayToTheProviderOpensOnlyFromTheAppsOwnPages() throws Exception {
    SignInStart start = rig.begin("idp");
    for (String site : new String[] {"cross-site", "same-site", "none"}) {
      HttpResponse<Buffer> answer = SignInRig.await(rig.browser.getAbs(start.authorizationUrl())
          .putHeader("Sec-Fetch-Site", site).send());
      assertThat(answer.statusCode()).as(site).isEqualTo(403);
      assertThat(answer.bodyAsString()).contains("can only start from the app itself");
    }
    assertThat(rig.providerUrl(start)).as("still unused").startsWith(rig.issuer.baseUrl().toString());
    assertThat(rig.get(rig.server.url() + "oauth_login?state=" + "B".repeat(43)).statusCode()).isEqualTo(400);
  }
}
