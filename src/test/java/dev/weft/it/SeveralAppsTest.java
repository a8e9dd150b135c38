package dev.weft.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.App;
import dev.weft.testing.WeftTestClient;
import dev.weft.ui.controls.Text;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Several apps under one domain: the longest mount path wins whatever order the apps are listed
 * in, a mount's bare path redirects to it (never to the root app, as Flet does), and a path that
 * merely starts like a mount ({@code /sub-appx}) belongs to the root app.
 */
class SeveralAppsTest {

  private static final App ROOT = page -> page.add(new Text("root app"));
  private static final App SUB = page -> page.add(new Text("sub app"));
  private static final App DEEPER = page -> page.add(new Text("deeper app"));

  @Test
  void theLongestMountWinsListedShortestFirst() {
    Map<String, Object> apps = new LinkedHashMap<>();
    apps.put("/", ROOT);
    apps.put("/sub-app/", SUB);
    apps.put("/sub-app/deeper/", DEEPER);
    assertServed(apps);
  }

  @Test
  void theLongestMountWinsListedLongestFirst() {
    Map<String, Object> apps = new LinkedHashMap<>();
    apps.put("/sub-app/deeper/", DEEPER);
    apps.put("/sub-app/", SUB);
    apps.put("/", ROOT);
    assertServed(apps);
  }

  private static void assertServed(Map<String, Object> apps) {
    try (ItServer server = ItServer.start(apps)) {
      WebClient web = WebClient.create(server.vertx, new WebClientOptions().setFollowRedirects(false));
      try {
        assertApp(server, "/", "root app");
        assertApp(server, "/sub-app/", "sub app");
        assertApp(server, "/sub-app/deeper/", "deeper app");
        assertThat(base(web, server, "/sub-app/deeper/some/route")).isEqualTo("/sub-app/deeper/");
        assertThat(base(web, server, "/sub-app/some/route")).isEqualTo("/sub-app/");
        assertThat(base(web, server, "/sub-appx")).as("not the sub-app").isEqualTo("/");
        assertRedirect(web, server, "/sub-app", "/sub-app/");
        assertRedirect(web, server, "/sub-app/deeper", "/sub-app/deeper/");
        assertRedirect(web, server, "/sub-app/deeper?a=1", "/sub-app/deeper/?a=1");
      } finally {
        web.close();
      }
    }
  }

  private static void assertApp(ItServer server, String mount, String text) {
    try (WeftTestClient client = WeftTestClient.connect(server.url(mount))) {
      assertThat(client.find(text)).as(mount).isNotNull();
    }
  }

  private static String base(WebClient web, ItServer server, String path) {
    HttpResponse<Buffer> response = ItServer.await(web.getAbs(server.url(path)).send());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    String html = response.bodyAsString();
    int at = html.indexOf("<base href=\"") + "<base href=\"".length();
    return html.substring(at, html.indexOf('"', at));
  }

  private static void assertRedirect(WebClient web, ItServer server, String path, String location) {
    HttpResponse<Buffer> response = ItServer.await(web.getAbs(server.url(path)).send());
    assertThat(response.statusCode()).as(path).isEqualTo(302);
    assertThat(response.getHeader("Location")).as(path).isEqualTo(location);
  }
}
