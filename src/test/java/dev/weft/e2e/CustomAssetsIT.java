package dev.weft.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.WebSocketRoute;
import dev.weft.examples.SeedApp;
import dev.weft.testing.WeftTestServer;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An app whose assets directory brings its own favicon and loading animation: the browser shows
 * those, not Weft's. Screenshots (target/screenshots/custom-assets-*.png) show the loading screen
 * — held on screen by keeping the server's first frames back — the rendered app, and the favicon.
 */
class CustomAssetsIT extends BrowserBase {

  private static final int FAVICON_SIZE = 48;
  private static final int LOADING_SIZE = 120;

  @TempDir
  Path assets;

  @Test
  void theFaviconAndLoadingAnimationComeFromTheAssetsDirectory() throws Exception {
    byte[] favicon = png(drawFavicon());
    byte[] loading = png(drawLoading());
    Files.createDirectories(assets.resolve("icons"));
    Files.write(assets.resolve("favicon.png"), favicon);
    Files.write(assets.resolve("icons/loading-animation.png"), loading);

    try (WeftTestServer app = WeftTestServer.start(
        WeftTestServer.config("assetsDir", assets.toString()), Map.of("/", new SeedApp()))) {
      String base = "http://127.0.0.1:" + app.port() + "/";
      List<String> held = new ArrayList<>();
      WebSocketRoute[] pageSide = new WebSocketRoute[1];
      boolean[] released = {false};
      page.routeWebSocket(Pattern.compile(".*/ws$"), ws -> {
        pageSide[0] = ws;
        WebSocketRoute serverSide = ws.connectToServer();
        serverSide.onMessage(frame -> {
          if (released[0]) {
            ws.send(frame.text());
          } else {
            held.add(frame.text());
          }
        });
      });

      page.navigate(base);
      Locator loadingImage = page.locator("#weft-loading img.weft-loading-image");
      assertThat(page.locator("#weft-loading")).isVisible();
      Scripts.waitUntil(page, "img => img.complete && img.naturalWidth > 0", loadingImage.elementHandle());
      assertThat(((Number) loadingImage.evaluate("img => img.naturalWidth")).intValue()).isEqualTo(LOADING_SIZE);
      page.waitForTimeout(300);
      Path shots = E2eServer.screenshots();
      page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("custom-assets-loading.png")));
      assertThat(page.locator("#weft-root [data-weft-id]")).hasCount(0);

      released[0] = true;
      for (String frame : held) {
        pageSide[0].send(frame);
      }
      held.clear();
      assertThat(button(page, "Call handler")).isVisible();
      assertThat(page.locator("#weft-loading")).isHidden();
      page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("custom-assets-rendered.png")));

      // the page's icon link leads to the assets' favicon: the browser fetches exactly its bytes
      String href = (String) page.locator("link[rel=icon]").evaluate("link => link.href");
      assertThat(href).isEqualTo(base + "favicon.png");
      Response response = page.waitForResponse(r -> r.url().startsWith(href), () -> page.evaluate("href => new Promise((ok, fail) => {"
          + " const img = new Image(); img.onload = () => ok(img.naturalWidth); img.onerror = fail;"
          + " img.src = href + '?probe'; })", href));
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.body()).isEqualTo(favicon);
      assertThat(page.request().get(base + "icons/loading-animation.png").body()).isEqualTo(loading);
      watch.assertClean();

      Page icon = context.newPage();
      icon.setViewportSize(200, 120);
      icon.navigate(href);
      icon.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("custom-assets-favicon.png")));
    }
  }

  /** An orange disc with a dark ring and a white dot: nothing like Weft's purple tile. */
  private static BufferedImage drawFavicon() {
    BufferedImage image = new BufferedImage(FAVICON_SIZE, FAVICON_SIZE, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = smooth(image);
    g.setColor(new Color(0xf5, 0x7c, 0x00));
    g.fillOval(2, 2, FAVICON_SIZE - 4, FAVICON_SIZE - 4);
    g.setColor(new Color(0x3e, 0x27, 0x23));
    g.setStroke(new BasicStroke(4));
    g.drawOval(4, 4, FAVICON_SIZE - 8, FAVICON_SIZE - 8);
    g.setColor(Color.WHITE);
    g.fillOval(FAVICON_SIZE / 2 - 6, FAVICON_SIZE / 2 - 6, 12, 12);
    g.dispose();
    return image;
  }

  /** A teal rounded square with white diagonal stripes. */
  private static BufferedImage drawLoading() {
    BufferedImage image = new BufferedImage(LOADING_SIZE, LOADING_SIZE, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = smooth(image);
    g.setColor(new Color(0x00, 0x89, 0x7b));
    g.fillRoundRect(0, 0, LOADING_SIZE, LOADING_SIZE, 36, 36);
    g.setClip(new java.awt.geom.RoundRectangle2D.Float(0, 0, LOADING_SIZE, LOADING_SIZE, 36, 36));
    g.setColor(new Color(255, 255, 255, 200));
    g.setStroke(new BasicStroke(10));
    for (int x = -LOADING_SIZE; x < LOADING_SIZE * 2; x += 30) {
      g.drawLine(x, LOADING_SIZE, x + LOADING_SIZE, 0);
    }
    g.dispose();
    return image;
  }

  private static Graphics2D smooth(BufferedImage image) {
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    return g;
  }

  private static byte[] png(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
