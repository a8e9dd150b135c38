package dev.weft.assets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.App;
import dev.weft.testing.WeftTestServer;
import dev.weft.ui.controls.Text;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every response carries the security headers — pages, scripts, images, errors, redirects — and
 * none carries a CORS wildcard. {@code http.frameAncestors} sets who may frame the app, and a
 * value that would break out of the policy is refused.
 */
class SecurityHeadersTest {

  static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data: blob: https:; connect-src 'self'; font-src 'self'; "
      + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

  private static final App APP = page -> page.add(new Text("secure"));

  @Test
  void everyKindOfResponseCarriesThem() {
    try (WeftTestServer server = WeftTestServer.start(Map.of("/", APP, "/sub-app/", APP));
         Http http = new Http(server)) {
      String prefix = http.clientPrefix("/");
      List<String> paths = List.of("/", "/deep/route", "/" + prefix + "js/main.js", "/favicon.png",
          "/manifest.json", "/missing.js", "/sub-app", "/ws", "/upload", "/..%2f..%2fetc/passwd",
          "/_weft/x/nothing.js");
      for (String path : paths) {
        HttpResponse<Buffer> response = http.get(path, "Origin", "https://elsewhere.example");
        assertThat(response.statusCode()).as(path).isLessThan(500);
        assertHeaders(response, path, POLICY);
      }
      HttpResponse<Buffer> post = http.send(HttpMethod.POST, "/favicon.png");
      assertThat(post.statusCode()).isEqualTo(405);
      assertHeaders(post, "POST /favicon.png", POLICY);
    }
  }

  @Test
  void frameAncestorsComeFromTheConfiguration() {
    try (WeftTestServer server = WeftTestServer.start(
        WeftTestServer.config("http.frameAncestors", "'self' https://portal.example.com"), Map.of("/", APP));
         Http http = new Http(server)) {
      assertHeaders(http.get("/"), "/", POLICY.replace("frame-ancestors 'self'",
          "frame-ancestors 'self' https://portal.example.com"));
    }
    try (WeftTestServer server = WeftTestServer.start(
        WeftTestServer.config("http.frameAncestors", "'none'"), Map.of("/", APP));
         Http http = new Http(server)) {
      assertThat(http.get("/favicon.png").getHeader("Content-Security-Policy")).endsWith("; frame-ancestors 'none'");
    }
  }

  @Test
  void aFrameAncestorsValueThatWouldEscapeThePolicyIsRefused() {
    for (String bad : List.of("'self'; script-src *", "https://a.example, https://b.example",
        "'none' https://a.example", "'unsafe-inline'", "https://a.example\r\nX-Evil: 1")) {
      assertThatThrownBy(() -> WeftTestServer.config("http.frameAncestors", bad))
          .as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("http.frameAncestors");
    }
    for (String good : List.of("'self'", "'none'", "https://a.example https://*.b.example:8443",
        "https:", "'self' portal.example.com")) {
      assertThat(ContentSecurityPolicy.checkFrameAncestors(good)).as(good).isNull();
    }
  }

  private static void assertHeaders(HttpResponse<Buffer> response, String what, String policy) {
    assertThat(response.getHeader("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
    assertThat(response.getHeader("Content-Security-Policy")).as(what).isEqualTo(policy);
    assertThat(response.getHeader("Referrer-Policy")).as(what).isEqualTo("strict-origin-when-cross-origin");
    assertThat(response.getHeader("Access-Control-Allow-Origin")).as(what).isNull();
  }
}
