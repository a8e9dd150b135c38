package dev.weft.assets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.testing.WeftTestServer;
import dev.weft.ui.controls.Text;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Caching over real HTTP: the client under its content-hashed prefix is immutable for a year; the
 * index page and the web app files are revalidated every time, cheaply, through ETags and
 * Last-Modified; content types are the right ones.
 */
class StaticCachingTest {

  private static final String IMMUTABLE = "public, max-age=31536000, immutable";

  private static WeftTestServer server;
  private static Http http;

  @BeforeAll
  static void start() {
    App app = page -> page.add(new Text("cached"));
    server = WeftTestServer.start(Map.of("/", app, "/sub-app/", app));
    http = new Http(server);
  }

  @AfterAll
  static void stop() {
    http.close();
    server.close();
  }

  @Test
  void theIndexPageLinksTheClientUnderItsHashedPrefixAndIsRevalidated() {
    HttpResponse<Buffer> index = http.get("/");
    assertThat(index.getHeader("Content-Type")).isEqualTo("text/html; charset=utf-8");
    assertThat(index.getHeader("Cache-Control")).isEqualTo("no-cache");
    assertThat(index.getHeader("ETag")).matches("\"[A-Za-z0-9_-]{16}\"");
    assertThat(index.getHeader("Last-Modified")).endsWith(" GMT");
    String prefix = http.clientPrefix("/");
    assertThat(prefix).matches("_weft/[A-Za-z0-9_-]{16}/");
    assertThat(index.bodyAsString()).contains("<script type=\"module\" src=\"" + prefix + "js/main.js\">");
    // one client for every app of the server
    assertThat(http.clientPrefix("/sub-app/")).isEqualTo(prefix);
  }

  @Test
  void theClientUnderTheCurrentHashIsImmutableWithTheRightTypes() {
    String prefix = http.clientPrefix("/");
    HttpResponse<Buffer> script = http.get("/" + prefix + "js/main.js");
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.getHeader("Content-Type")).isEqualTo("text/javascript; charset=utf-8");
    assertThat(script.getHeader("Cache-Control")).isEqualTo(IMMUTABLE);
    assertThat(script.bodyAsString()).contains("new Session(");
    HttpResponse<Buffer> css = http.get("/sub-app/" + prefix + "weft.css");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.getHeader("Content-Type")).isEqualTo("text/css; charset=utf-8");
    assertThat(css.getHeader("Cache-Control")).isEqualTo(IMMUTABLE);
  }

  @Test
  void anOldOrUnknownHashStillGetsTheFileButRevalidated() {
    String prefix = http.clientPrefix("/");
    HttpResponse<Buffer> old = http.get("/_weft/an-older-version/js/main.js");
    assertThat(old.statusCode()).isEqualTo(200);
    assertThat(old.getHeader("Cache-Control")).isEqualTo("no-cache");
    assertThat(old.bodyAsString()).isEqualTo(http.get("/" + prefix + "js/main.js").bodyAsString());
    assertThat(http.get("/" + prefix + "js/missing.js").statusCode()).isEqualTo(404);
    assertThat(http.get("/_weft/" + prefix.split("/")[1]).statusCode()).isEqualTo(404);
  }

  @Test
  void everyModuleTheClientImportsResolvesUnderThePrefix() {
    String prefix = http.clientPrefix("/");
    Pattern imports = Pattern.compile("(?m)^\\s*import\\s[^;]*?from\\s+'([^']+)'");
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(Set.of("js/main.js"));
    while (!todo.isEmpty()) {
      String module = todo.pop();
      if (!seen.add(module)) {
        continue;
      }
      HttpResponse<Buffer> response = http.get("/" + prefix + module);
      assertThat(response.statusCode()).as(module).isEqualTo(200);
      assertThat(response.getHeader("Content-Type")).as(module).startsWith("text/javascript");
      Matcher m = imports.matcher(response.bodyAsString());
      while (m.find()) {
        todo.push(java.net.URI.create("http://x/" + module).resolve(m.group(1)).getPath().substring(1));
      }
    }
    assertThat(seen).contains("js/session.js", "js/controls/registry.js", "js/controls/button.js")
        .hasSizeGreaterThan(20);
  }

  @Test
  void theClientIsNotServedOutsideItsPrefix() {
    assertThat(http.get("/js/main.js").statusCode()).isEqualTo(404);
    assertThat(http.get("/weft.css").statusCode()).isEqualTo(404);
  }

  @Test
  void webAppFilesAreRevalidatedWithTheirTypes() {
    Map<String, String> types = Map.of(
        "/favicon.png", "image/png",
        "/icons/loading-animation.png", "image/png",
        "/icons/icon-512.png", "image/png",
        "/manifest.json", "application/manifest+json");
    types.forEach((path, type) -> {
      HttpResponse<Buffer> response = http.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.getHeader("Content-Type")).as(path).isEqualTo(type);
      assertThat(response.getHeader("Cache-Control")).as(path).isEqualTo("no-cache");
      assertThat(response.getHeader("ETag")).as(path).isNotBlank();
    });
  }

  @Test
  void aMatchingIfNoneMatchGetsA304WithoutBody() {
    String prefix = http.clientPrefix("/");
    for (String path : new String[] {"/", "/favicon.png", "/manifest.json", "/" + prefix + "weft.css"}) {
      HttpResponse<Buffer> first = http.get(path);
      String etag = first.getHeader("ETag");
      HttpResponse<Buffer> again = http.get(path, "If-None-Match", etag);
      assertThat(again.statusCode()).as(path).isEqualTo(304);
      assertThat(again.body()).as(path).satisfiesAnyOf(b -> assertThat(b).isNull(),
          b -> assertThat(b.length()).isZero());
      assertThat(again.getHeader("ETag")).as(path).isEqualTo(etag);
      // a list holding it, or its weak form, matches too; another tag does not
      assertThat(http.get(path, "If-None-Match", "\"other\", W/" + etag).statusCode()).isEqualTo(304);
      assertThat(http.get(path, "If-None-Match", "\"other\"").statusCode()).as(path).isEqualTo(200);
    }
  }

  @Test
  void ifModifiedSinceGetsA304UnlessTheFileIsNewer() {
    HttpResponse<Buffer> first = http.get("/favicon.png");
    String lastModified = first.getHeader("Last-Modified");
    assertThat(http.get("/favicon.png", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
    assertThat(http.get("/favicon.png", "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").statusCode())
        .isEqualTo(200);
    assertThat(http.get("/favicon.png", "If-Modified-Since", "not a date").statusCode()).isEqualTo(200);
    // If-None-Match wins over If-Modified-Since
    assertThat(http.get("/favicon.png", "If-None-Match", "\"other\"", "If-Modified-Since", lastModified)
        .statusCode()).isEqualTo(200);
  }

  @Test
  void theETagFollowsTheContent() {
    assertThat(http.get("/favicon.png").getHeader("ETag"))
        .isEqualTo(http.get("/sub-app/favicon.png").getHeader("ETag"))
        .isNotEqualTo(http.get("/icons/icon-192.png").getHeader("ETag"));
  }

  @Test
  void headAnswersTheHeadersWithoutTheBody() {
    HttpResponse<Buffer> get = http.get("/icons/icon-192.png");
    HttpResponse<Buffer> head = http.head("/icons/icon-192.png");
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.getHeader("Content-Type")).isEqualTo("image/png");
    assertThat(head.getHeader("Content-Length")).isEqualTo(String.valueOf(get.body().length()));
    assertThat(head.getHeader("ETag")).isEqualTo(get.getHeader("ETag"));
    assertThat(head.body()).satisfiesAnyOf(b -> assertThat(b).isNull(), b -> assertThat(b.length()).isZero());
  }
}
