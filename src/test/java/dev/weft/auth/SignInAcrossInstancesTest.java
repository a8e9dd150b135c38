package dev.weft.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.cluster.ClusterMembers;
import dev.weft.server.WeftVerticle;
import dev.weft.testing.WeftTestServer;
import dev.weft.ui.Auth;
import dev.weft.ui.LoginOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two clustered instances behind one public URL: a sign-in begun in a session on A whose callback
 * the load balancer sends to B. B hands the callback to A over the event bus, A exchanges the
 * code (its verifier and nonce never leave it), and B answers the browser with A's redirect.
 */
class SignInAcrossInstancesTest {

  private static MockOAuth2Server issuer;
  private static ClusterMembers members;
  private static WeftVerticle a;
  private static WeftVerticle b;
  private static WebClient browser;

  @BeforeAll
  static void start() throws Exception {
    issuer = new MockOAuth2Server();
    issuer.start();
    members = ClusterMembers.start(2);
    JsonObject providers = new JsonObject().put("idp", SignInRig.oidc(issuer.issuerUrl("default").toString()));
    a = deploy(0, providers);
    b = deploy(1, providers);
    browser = WebClient.create(members.get(1), new WebClientOptions().setFollowRedirects(false));
  }

  private static WeftVerticle deploy(int member, JsonObject providers) {
    WeftVerticle verticle = new WeftVerticle(WeftTestServer.config("oauth.providers", providers),
        Map.of("/", (App) page -> { }));
    SignInRig.await(members.get(member).deployVerticle(verticle));
    return verticle;
  }

  @AfterAll
  static void stop() throws Exception {
    browser.close();
    members.close();
    issuer.shutdown();
  }

  @Test
  void aCallbackOnTheOtherInstanceCompletesTheSignInWhereItBegan() throws Exception {
    String publicUrl = "http://127.0.0.1:" + a.actualPort() + "/";
    SignInStart start = a.weft().signIns().begin(new SignInRequest("idp", LoginOptions.defaults(),
        "session-on-a", publicUrl, "/"));
    HttpResponse<Buffer> login = SignInRig.await(browser.getAbs(start.authorizationUrl())
        .putHeader("Sec-Fetch-Site", "same-origin").send());
    assertThat(login.statusCode()).isEqualTo(303);
    String setCookie = login.getHeader("Set-Cookie");
    String cookie = setCookie.substring(0, setCookie.indexOf(';'));
    HttpResponse<Buffer> authorize = SignInRig.await(browser.getAbs(login.getHeader("Location")).send());
    String callback = authorize.getHeader("Location");
    assertThat(callback).startsWith(publicUrl + "oauth_callback?");

    String onB = callback.replace(publicUrl, "http://127.0.0.1:" + b.actualPort() + "/");
    HttpResponse<Buffer> answer = SignInRig.await(browser.getAbs(onB).putHeader("Cookie", cookie).send());
    assertThat(answer.statusCode()).as(answer.bodyAsString()).isEqualTo(303);
    assertThat(answer.getHeader("Location")).isEqualTo(publicUrl);
    Auth auth = SignInRig.signedIn(start);
    assertThat(auth.user().id()).isNotBlank();
    assertThat(a.weft().oauthStates().pending()).isZero();

    HttpResponse<Buffer> replay = SignInRig.await(browser.getAbs(callback).putHeader("Cookie", cookie).send());
    assertThat(replay.statusCode()).as("used up, on A too").isEqualTo(400);
  }
}
