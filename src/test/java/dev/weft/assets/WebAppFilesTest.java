package dev.weft.assets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.testing.WeftTestServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The files that make an app a web app, as each app of a configuration gets them: an index page
 * and a manifest in the app's own name, description and colours, and real icons of the sizes the
 * manifest promises — maskable ones opaque to the edge, the others with see-through corners.
 */
class WebAppFilesTest {

  private static WeftTestServer server;
  private static Http http;

  @BeforeAll
  static void start() {
    JsonObject apps = new JsonObject()
        .put("/", "dev.weft.examples.HelloWorld")
        .put("/shop/", new JsonObject()
            .put("class", "dev.weft.examples.Counter")
            .put("title", "Tom & Jerry's <Shop>")
            .put("shortName", "Shop")
            .put("description", "Cheese, \"fresh\" daily")
            .put("themeColor", "#006a60")
            .put("backgroundColor", "#f4fbf8"));
    server = WeftTestServer.start(WeftTestServer.config("apps", apps), null);
    http = new Http(server);
  }

  @AfterAll
  static void stop() {
    http.close();
    server.close();
  }

  @Test
  void theIndexPageCarriesTheAppsIdentityEscaped() {
    String html = http.get("/shop/").bodyAsString();
    assertThat(html)
        .contains("<base href=\"/shop/\">")
        .contains("<title>Tom &amp; Jerry&#39;s &lt;Shop&gt;</title>")
        .contains("<meta name=\"description\" content=\"Cheese, &quot;fresh&quot; daily\">")
        .contains("<meta name=\"theme-color\" content=\"#006a60\">")
        .contains("<link rel=\"manifest\" href=\"manifest.json\">")
        .contains("<link rel=\"icon\" type=\"image/png\" href=\"favicon.png\">")
        .contains("<link rel=\"apple-touch-icon\" href=\"icons/apple-touch-icon-192.png\">")
        .contains("src=\"icons/loading-animation.png\"")
        .doesNotContain("{{");
    assertThat(http.get("/").bodyAsString())
        .contains("<title>Weft</title>")
        .contains("<meta name=\"description\" content=\"A Weft app\">")
        .contains("<meta name=\"theme-color\" content=\"#6750a4\">");
  }

  @Test
  void theManifestIsMadeFromTheAppsIdentity() {
    HttpResponse<Buffer> response = http.get("/shop/manifest.json");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.getHeader("Content-Type")).isEqualTo("application/manifest+json");
    JsonObject manifest = response.bodyAsJsonObject();
    assertThat(manifest.getString("name")).isEqualTo("Tom & Jerry's <Shop>");
    assertThat(manifest.getString("short_name")).isEqualTo("Shop");
    assertThat(manifest.getString("description")).isEqualTo("Cheese, \"fresh\" daily");
    assertThat(manifest.getString("theme_color")).isEqualTo("#006a60");
    assertThat(manifest.getString("background_color")).isEqualTo("#f4fbf8");
    assertThat(manifest.getString("start_url")).isEqualTo(".");
    assertThat(manifest.getString("scope")).isEqualTo(".");
    assertThat(manifest.getString("display")).isEqualTo("standalone");
    JsonObject defaults = http.get("/manifest.json").bodyAsJsonObject();
    assertThat(defaults.getString("name")).isEqualTo("Weft");
    assertThat(defaults.getString("theme_color")).isEqualTo("#6750a4");
  }

  @Test
  void everyIconTheManifestListsIsARealPngOfItsSize() {
    JsonArray icons = http.get("/shop/manifest.json").bodyAsJsonObject().getJsonArray("icons");
    assertThat(icons).hasSize(4);
    int maskable = 0;
    for (Object entry : icons) {
      JsonObject icon = (JsonObject) entry;
      // relative to the manifest's URL, so under the app's mount
      HttpResponse<Buffer> response = http.get("/shop/" + icon.getString("src"));
      assertThat(response.statusCode()).as(icon.encode()).isEqualTo(200);
      assertThat(response.getHeader("Content-Type")).isEqualTo(icon.getString("type")).isEqualTo("image/png");
      BufferedImage image = Pngs.decode(response.body().getBytes());
      String size = image.getWidth() + "x" + image.getHeight();
      assertThat(size).as(icon.getString("src")).isEqualTo(icon.getString("sizes"));
      int cornerAlpha = image.getRGB(0, 0) >>> 24;
      int centreAlpha = image.getRGB(image.getWidth() / 2, image.getHeight() / 2) >>> 24;
      assertThat(centreAlpha).isEqualTo(255);
      if (icon.getString("purpose").equals("maskable")) {
        maskable++;
        assertThat(cornerAlpha).as("a maskable icon fills its square").isEqualTo(255);
        assertThat(safeZoneHoldsTheDesign(image)).as(icon.getString("src")).isTrue();
      } else {
        assertThat(icon.getString("purpose")).isEqualTo("any");
        assertThat(cornerAlpha).as("an 'any' icon has rounded corners").isZero();
      }
    }
    assertThat(maskable).isEqualTo(2);
  }

  @Test
  void theOtherWebAppImagesAreRealPngs() {
    assertThat(Pngs.size(http.get("/favicon.png").body().getBytes())).containsExactly(64, 64);
    assertThat(Pngs.size(http.get("/icons/loading-animation.png").body().getBytes())).containsExactly(192, 192);
    BufferedImage apple = Pngs.decode(http.get("/icons/apple-touch-icon-192.png").body().getBytes());
    assertThat(apple.getWidth()).isEqualTo(192);
    // iOS shows transparency as black: the touch icon must be opaque everywhere
    assertThat(apple.getRGB(0, 0) >>> 24).isEqualTo(255);
  }

  /**
   * Whether everything that is not background lies within the safe zone, the centred circle of
   * 80% of the width: the white of the W is the design's brightest colour.
   */
  private static boolean safeZoneHoldsTheDesign(BufferedImage image) {
    double centre = image.getWidth() / 2.0;
    double radius = image.getWidth() * 0.4;
    boolean sawWhite = false;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        boolean white = ((rgb >> 16) & 0xff) > 230 && ((rgb >> 8) & 0xff) > 230 && (rgb & 0xff) > 230;
        if (white) {
          sawWhite = true;
          if (Math.hypot(x + 0.5 - centre, y + 0.5 - centre) > radius) {
            return false;
          }
        }
      }
    }
    return sawWhite;
  }
}
