package dev.weft.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.ui.controls.Text;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the router answers over real HTTP: the index page without redirects, the SPA fallback
 * (for routes, never for missing files), static files per mount, and the upload and OAuth
 * endpoints refusing cleanly — never a 200 where there is nothing, never a 5xx.
 */
class HttpRoutesTest {

  private ItServer server;
  private WebClient web;

  @BeforeEach
  void start() {
    App main = page -> page.add(new Text("main"));
    App sub = page -> page.add(new Text("sub"));
    server = ItServer.start(Map.of("/", main, "/sub-app/", sub));
    web = WebClient.create(server.vertx, new WebClientOptions().setFollowRedirects(false));
  }

  @AfterEach
  void stop() {
    web.close();
    server.close();
  }

  @Test
  void theRootIsTheIndexPageDirectly() {
    HttpResponse<Buffer> response = get("/");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.getHeader("Content-Type")).startsWith("text/html");
    assertThat(response.bodyAsString()).contains("<base href=\"/\">");
  }

  @Test
  void aClientSideRouteGetsTheIndexPage() {
    HttpResponse<Buffer> response = get("/deep/route");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.getHeader("Content-Type")).startsWith("text/html");
    assertThat(response.bodyAsString()).isEqualTo(get("/").bodyAsString());
  }

  @Test
  void aMissingFileIsA404AndNotTheIndexPage() {
    HttpResponse<Buffer> response = get("/missing.js");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.bodyAsString()).doesNotContain("<base href");
    assertThat(get("/sub-app/missing.css").statusCode()).isEqualTo(404);
  }

  @Test
  void theFaviconIsAPng() {
    HttpResponse<Buffer> response = get("/favicon.png");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.getHeader("Content-Type")).startsWith("image/png");
    assertPng(response.body());
  }

  @Test
  void theSubAppHasItsOwnIndexWithItsBase() {
    HttpResponse<Buffer> response = get("/sub-app/");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.getHeader("Content-Type")).startsWith("text/html");
    assertThat(response.bodyAsString()).contains("<base href=\"/sub-app/\">");
    assertThat(get("/sub-app/some/route").bodyAsString()).contains("<base href=\"/sub-app/\">");
  }

  @Test
  void theSubAppWithoutTrailingSlashRedirectsToIt() {
    HttpResponse<Buffer> response = get("/sub-app");
    assertThat(response.statusCode()).isBetween(301, 308);
    assertThat(response.getHeader("Location")).isEqualTo("/sub-app/");
    HttpResponse<Buffer> withQuery = get("/sub-app?x=1");
    assertThat(withQuery.getHeader("Location")).isEqualTo("/sub-app/?x=1");
  }

  @Test
  void theSubAppServesTheFaviconToo() {
    HttpResponse<Buffer> response = get("/sub-app/favicon.png");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.getHeader("Content-Type")).startsWith("image/png");
    assertPng(response.body());
  }

  @Test
  void anUnsignedUploadIsRefusedWith403Json() {
    HttpResponse<Buffer> response = ItServer.await(web.requestAbs(HttpMethod.PUT, server.url("/upload"))
        .sendBuffer(Buffer.buffer("some file content")));
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.getHeader("Content-Type")).startsWith("application/json");
    JsonObject body = response.bodyAsJsonObject();
    assertThat(body.getString("error")).isEqualTo("upload_forbidden");
    assertThat(body.getString("message")).isNotBlank();
  }

  @Test
  void getOnTheUploadUrlIsMethodNotAllowed() {
    HttpResponse<Buffer> response = get("/upload");
    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.getHeader("Allow")).contains("PUT");
  }

  @Test
  void anOAuthCallbackWithoutStateIsABadRequest() {
    HttpResponse<Buffer> response = get("/oauth_callback?code=abc");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(get("/oauth_callback").statusCode()).isEqualTo(400);
  }

  @Test
  void anOAuthCallbackWithAnUnknownStateIsABadRequest() {
    HttpResponse<Buffer> response = get("/oauth_callback?code=abc&state=forged");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.bodyAsString()).doesNotContain("<base href");
  }

  private HttpResponse<Buffer> get(String path) {
    HttpResponse<Buffer> response = ItServer.await(web.getAbs(server.url(path)).send());
    assertThat(response.statusCode()).as("GET %s", path).isLessThan(500);
    return response;
  }

  private static void assertPng(Buffer body) {
    assertThat(body.length()).isGreaterThan(8);
    assertThat(body.getBytes(0, 4)).containsExactly(0x89, 'P', 'N', 'G');
  }
}
