package dev.weft.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.ui.LoginOptions;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.time.Duration;
import java.util.List;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.Test;

/**
 * A token endpoint that does not answer within the sign-in's deadline: the callback answers 504
 * and the sign-in fails with {@code provider_timeout}. (The deadline is shortened to 1 s here; it
 * is {@link SignInFlow#DEADLINE} in a Weft.)
 */
class ProviderTimeoutTest {

  @Test
  void aTokenEndpointThatDoesNotAnswerInTimeIs504() throws Exception {
    MockOAuth2Server mock = new MockOAuth2Server();
    mock.start();
    Vertx vertx = Vertx.vertx();
    IssuerProxy proxy = IssuerProxy.start(vertx, mock.baseUrl().port());
    OAuthStates states = OAuthStates.create(vertx, Duration.ofMinutes(1));
    OAuthSignIns signIns = OAuthSignIns.create(vertx, List.of(ProviderSettings.of("idp",
        SignInRig.oidc(proxy.issuer("default")))), states, Duration.ofSeconds(10), Duration.ofSeconds(1));
    Router router = Router.router(vertx);
    router.get("/oauth_login").handler(OAuthLoginEndpoint.create(states));
    router.get("/oauth_callback").handler(OAuthCallbackEndpoint.create(states));
    HttpServer server = SignInRig.await(vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1"));
    WebClient browser = WebClient.create(vertx, new WebClientOptions().setFollowRedirects(false));
    try {
      SignInRig.await(signIns.start());
      String app = "http://127.0.0.1:" + server.actualPort() + "/";
      SignInStart start = signIns.begin(new SignInRequest("idp", LoginOptions.defaults(), "s", app, "/"));
      HttpResponse<Buffer> login = SignInRig.await(browser.getAbs(start.authorizationUrl()).send());
      String setCookie = login.getHeader("Set-Cookie");
      String callback = SignInRig.await(browser.getAbs(login.getHeader("Location")).send()).getHeader("Location");
      proxy.tokenDelayMs = 3_000;
      HttpResponse<Buffer> answer = SignInRig.await(browser.getAbs(callback)
          .putHeader("Cookie", setCookie.substring(0, setCookie.indexOf(';'))).send());
      assertThat(answer.statusCode()).isEqualTo(504);
      assertThat(answer.bodyAsString()).contains("did not answer in time").contains("href=\"" + app + "\"");
      assertThat(SignInRig.failure(start).error()).isEqualTo("provider_timeout");
    } finally {
      browser.close();
      states.close();
      signIns.close();
      proxy.close();
      SignInRig.await(vertx.close());
      mock.shutdown();
    }
  }
}
