package dev.weft.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.ui.Auth;
import dev.weft.ui.AuthGroup;
import dev.weft.ui.LoginOptions;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sign-in with GitHub (plain OAuth 2.0, no ID token) against {@link FakeGitHub} at its own
 * {@code site} and {@code apiUrl}, as GitHub Enterprise is configured.
 */
class GitHubSignInTest {

  private Vertx vertx;
  private FakeGitHub github;
  private SignInRig rig;

  @BeforeEach
  void start() {
    vertx = Vertx.vertx();
    github = new FakeGitHub(vertx);
    rig = SignInRig.start(null, new JsonObject().put("gh", github.provider()));
  }

  @AfterEach
  void stop() {
    rig.close();
    github.close();
    SignInRig.await(vertx.close());
  }

  @Test
  void theAuthorizationUrlIsGitHubsWithPkceAndNoNonce() throws Exception {
    SignInStart start = rig.begin("gh");
    Map<String, String> query = SignInRig.query(rig.providerUrl(start));
    assertThat(rig.providerUrl(start)).startsWith(github.provider().getString("site")
        + "/login/oauth/authorize?");
    assertThat(query.get("scope")).isEqualTo("read:user user:email");
    assertThat(query.get("code_challenge_method")).isEqualTo("S256");
    assertThat(query).doesNotContainKey("nonce");
    assertThat(rig.signIns().unavailable("gh")).isNull();
  }

  @Test
  void aSignInGetsTheUserAndThePrimaryVerifiedEmail() throws Exception {
    SignInStart start = rig.begin("gh");
    HttpResponse<Buffer> answer = rig.get(rig.callbackUrl(start));
    assertThat(answer.statusCode()).isEqualTo(303);
    assertThat(answer.getHeader("Location")).isEqualTo(rig.pageUrl());
    Auth auth = SignInRig.signedIn(start);
    assertThat(auth.user().id()).isEqualTo("583231");
    assertThat(auth.user().name()).isEqualTo("The Octocat");
    assertThat(auth.user().email()).isEqualTo("octocat@example.com");
    assertThat(auth.user().picture()).isEqualTo("https://avatars.example/583231");
    assertThat(auth.user().claims()).containsEntry("login", "octocat");
    assertThat(auth.tokens().accessToken()).isEqualTo(FakeGitHub.ACCESS_TOKEN);
    assertThat(auth.tokens().idToken()).isNull();
    assertThat(auth.tokens().scopes()).containsExactly("read:user", "user:email");
    assertThat(auth.groups()).as("not asked for").isEmpty();
    assertThat(github.lastTokenRequest).containsEntry("redirect_uri", rig.server.url() + "oauth_callback")
        .containsKey("code_verifier");
  }

  @Test
  void groupsAreTheOrganisationsAndTeamsWhenAskedFor() throws Exception {
    SignInStart start = rig.begin("gh", new LoginOptions(List.of("read:org"), true));
    assertThat(SignInRig.query(rig.providerUrl(start)).get("scope"))
        .isEqualTo("read:user user:email read:org");
    assertThat(rig.get(rig.callbackUrl(start)).statusCode()).isEqualTo(303);
    assertThat(SignInRig.signedIn(start).groups()).containsExactly(
        new AuthGroup("github", null), new AuthGroup("github", "justice-league"));
    SignInStart implied = rig.begin("gh", new LoginOptions(List.of(), true));
    assertThat(SignInRig.query(rig.providerUrl(implied)).get("scope")).as("read:org comes with groups")
        .isEqualTo("read:user user:email read:org");
  }

  @Test
  void aUserApiThatFailsIs502AndFailsTheSignInWithUserInfoFailed() throws Exception {
    github.apiBroken = true;
    SignInStart start = rig.begin("gh");
    HttpResponse<Buffer> answer = rig.get(rig.callbackUrl(start));
    assertThat(answer.statusCode()).isEqualTo(502);
    assertThat(answer.bodyAsString()).contains("did not say who you are")
        .contains("<a href=\"" + rig.pageUrl().replace("&", "&amp;") + "\">Back to the app</a>");
    assertThat(SignInRig.failure(start).error()).isEqualTo("user_info_failed");
  }

  @Test
  void aCodeGitHubRefusesIs400() throws Exception {
    SignInStart start = rig.begin("gh");
    String callback = SignInRig.withParameter(rig.callbackUrl(start), "code", "stolen");
    HttpResponse<Buffer> answer = rig.get(callback);
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.bodyAsString()).contains("did not accept the sign-in code");
    assertThat(SignInRig.failure(start).error()).isEqualTo("token_refused");
  }
}
