package dev.weft.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.Weft;
import dev.weft.auth.AuthorizationCode;
import dev.weft.auth.PendingSignIn;
import dev.weft.auth.SignInException;
import dev.weft.examples.embedding.EmbeddedApp;
import dev.weft.examples.embedding.MountedInRouter;
import dev.weft.testing.WeftTestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code <app base>oauth_callback} of Weft mounted in a host's router: a state from the instance's
 * store is honoured once and hands its code to whoever issued it; a provider's refusal is a 403,
 * every other bad callback a 400.
 */
class OAuthCallbackTest {

  @TempDir
  Path uploads;
  private Host host;
  private Weft weft;

  @BeforeEach
  void start() {
    host = new Host();
    weft = Weft.create(host.vertx, WeftTestServer.config("upload.dir", uploads.toString()),
        Map.of("/", new EmbeddedApp(false), "/sub-app/", new EmbeddedApp(false)));
    MountedInRouter.mountWeft(host.router, weft);
    host.listen();
  }

  @AfterEach
  void stop() {
    Host.await(weft.close());
    host.close();
  }

  @Test
  void aValidStateIsHonouredOnceAndItsSignInGetsTheCode() {
    PendingSignIn signIn = weft.oauthStates().issue();
    String callback = "/weft-app/oauth_callback?state=" + signIn.state() + "&code=abc&iss=https%3A%2F%2Fid.example";
    HttpResponse<Buffer> first = host.get(callback);
    assertThat(first.statusCode()).isEqualTo(200);
    AuthorizationCode code = Host.await(signIn.result());
    assertThat(code.code()).isEqualTo("abc");
    assertThat(code.parameters()).containsEntry("iss", "https://id.example");

    HttpResponse<Buffer> replay = host.get(callback);
    assertThat(replay.statusCode()).isEqualTo(400);
    assertThat(replay.bodyAsString()).contains("unknown, used or expired");
  }

  @Test
  void theSubAppsCallbackUsesTheSameStore() {
    PendingSignIn signIn = weft.oauthStates().issue();
    assertThat(host.get("/weft-app/sub-app/oauth_callback?state=" + signIn.state() + "&code=x")
        .statusCode()).isEqualTo(200);
  }

  @Test
  void aProviderErrorIs403AndAMissingCode400AndBothFailTheSignIn() {
    PendingSignIn denied = weft.oauthStates().issue();
    HttpResponse<Buffer> refused = host.get("/weft-app/oauth_callback?state=" + denied.state()
        + "&error=access_denied");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.getHeader("Cache-Control")).isEqualTo("no-store");
    assertThat(refused.bodyAsString()).contains("access_denied").contains("Back to the app");
    Throwable why = Host.await(denied.result().map(c -> (Throwable) null).otherwise(t -> t));
    assertThat(((SignInException) why).error()).isEqualTo("access_denied");

    PendingSignIn empty = weft.oauthStates().issue();
    assertThat(host.get("/weft-app/oauth_callback?state=" + empty.state()).statusCode()).isEqualTo(400);
    Throwable none = Host.await(empty.result().map(c -> (Throwable) null).otherwise(t -> t));
    assertThat(((SignInException) none).error()).isEqualTo("no_code");
    assertThat(weft.oauthStates().pending()).isZero();
  }

  @Test
  void aCallbackLandingOnAnotherInstanceCompletesTheSignInWhereItStarted() {
    // -instances N: each main verticle has a Weft of its own, and the provider's redirect may
    // reach any of them
    Weft sibling = Weft.create(host.vertx, WeftTestServer.config("upload.dir", uploads.toString()),
        Map.of("/", new EmbeddedApp(false)));
    host.router.route("/sibling/*").subRouter(sibling.router());
    try {
      PendingSignIn signIn = weft.oauthStates().issue();
      assertThat(host.get("/sibling/oauth_callback?state=" + signIn.state() + "&code=far")
          .statusCode()).isEqualTo(200);
      assertThat(Host.await(signIn.result()).code()).isEqualTo("far");
      assertThat(host.get("/weft-app/oauth_callback?state=" + signIn.state() + "&code=far")
          .statusCode()).as("still used up").isEqualTo(400);
    } finally {
      Host.await(sibling.close());
    }
  }

  @Test
  void badCallbacksAre400AndNever200Or5xx() {
    for (String query : new String[] {"", "?code=abc", "?state=&code=abc", "?state=forged&code=abc",
        "?state=%zz&code=abc", "?state=a&state=b&code=c"}) {
      HttpResponse<Buffer> response = host.get("/weft-app/oauth_callback" + query);
      assertThat(response.statusCode()).as(query).isEqualTo(400);
    }
    HttpResponse<Buffer> post = Host.await(host.web.requestAbs(HttpMethod.POST,
        host.url("/weft-app/oauth_callback?state=x")).send());
    assertThat(post.statusCode()).isEqualTo(405);
  }
}
