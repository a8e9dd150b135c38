package dev.weft.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The claims checks Weft adds to Vert.x's signature check, one by one. */
class IdTokenCheckTest {

  private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");
  private static final String ISSUER = "https://id.example";

  private static JsonObject claims() {
    return new JsonObject().put("iss", ISSUER).put("aud", "client").put("sub", "u1")
        .put("exp", NOW.plusSeconds(300).getEpochSecond()).put("nonce", "n1");
  }

  private static String raw(JsonObject claims) {
    String payload = Base64.getUrlEncoder().withoutPadding()
        .encodeToString(claims.encode().getBytes(StandardCharsets.UTF_8));
    return "eyJhbGciOiJSUzI1NiJ9." + payload + ".c2ln";
  }

  private static String refusal(JsonObject verified, String raw, String issuer) {
    try {
      IdTokenCheck.check(verified, raw, issuer, "client", "n1", NOW);
      return null;
    } catch (SignInException e) {
      assertThat(e.error()).isEqualTo("invalid_id_token");
      return e.getMessage();
    }
  }

  @Test
  void aVerifiedTokenWithTheRightClaimsPasses() throws Exception {
    JsonObject good = claims();
    assertThat(IdTokenCheck.check(good, raw(good), ISSUER, "client", "n1", NOW)).isEqualTo(good);
    JsonObject manyAudiences = claims().put("aud", new JsonArray().add("other").add("client"));
    assertThat(refusal(manyAudiences, raw(manyAudiences), ISSUER)).isNull();
    JsonObject skewed = claims().put("exp", NOW.minusSeconds(30).getEpochSecond());
    assertThat(refusal(skewed, raw(skewed), ISSUER)).as("within the leeway").isNull();
  }

  @Test
  void eachWrongClaimIsNamed() {
    assertThat(refusal(claims().put("iss", "https://evil"), "x.y.z", ISSUER)).contains("issued by \"https://evil\"");
    assertThat(refusal(claims().put("aud", "other"), "x.y.z", ISSUER)).contains("audience");
    assertThat(refusal(claims().put("aud", new JsonArray().add("other")), "x.y.z", ISSUER)).contains("audience");
    assertThat(refusal(claims().put("exp", NOW.minusSeconds(61).getEpochSecond()), "x.y.z", ISSUER)).contains("expired");
    assertThat(refusal(claims().put("exp", "soon"), "x.y.z", ISSUER)).contains("no expiry");
    assertThat(refusal(claims().put("nonce", "n2"), "x.y.z", ISSUER)).contains("nonce");
    JsonObject noNonce = claims();
    noNonce.remove("nonce");
    assertThat(refusal(noNonce, "x.y.z", ISSUER)).contains("nonce");
    assertThat(refusal(claims().put("sub", ""), "x.y.z", ISSUER)).contains("subject");
    assertThat(refusal(claims(), null, ISSUER)).contains("no ID token");
  }

  @Test
  void anUnverifiedTokenIsRefusedAndItsClaimsOnlySayWhy() {
    JsonObject fine = claims();
    assertThat(refusal(null, raw(fine), ISSUER)).contains("signature does not verify");
    JsonObject forOthers = claims().put("aud", "other");
    assertThat(refusal(null, raw(forOthers), ISSUER)).contains("audience");
    assertThat(refusal(null, "not a jwt", ISSUER)).contains("signature does not verify");
  }

  @Test
  void googlesIssuerMayComeWithoutItsScheme() {
    String google = "https://accounts.google.com";
    JsonObject token = claims().put("iss", "accounts.google.com");
    assertThat(refusal(token, raw(token), google)).isNull();
    assertThat(refusal(token.copy().put("iss", google), raw(token), google)).isNull();
    assertThat(refusal(token, raw(token), ISSUER)).as("only for Google").contains("issued by");
  }

  @Test
  void microsoftsTenantPlaceholderStandsForTheTokensTenant() {
    String issuer = "https://login.microsoftonline.com/{tenantid}/v2.0";
    JsonObject token = claims().put("tid", "9188040d").put("iss", "https://login.microsoftonline.com/9188040d/v2.0");
    assertThat(refusal(token, raw(token), issuer)).isNull();
    JsonObject otherTenant = token.copy().put("tid", "aaaa");
    assertThat(refusal(otherTenant, raw(otherTenant), issuer)).contains("issued by");
  }
}
