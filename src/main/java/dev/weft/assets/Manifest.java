package dev.weft.assets;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;

/**
 * The web app manifest an app gets unless its assets hold a {@code manifest.json}: what makes it
 * installable (name, start URL, standalone display, icons of 192 and 512 pixels, maskable ones
 * included) in the app's own words and colours. Every URL in it is relative, and resolves against
 * the manifest's own URL, so one manifest serves an app under any mount or proxy prefix.
 */
public final class Manifest {

  private Manifest() {
  }

  /** The manifest's JSON for an app. */
  public static JsonObject json(AppIdentity identity) {
    JsonArray icons = new JsonArray();
    for (WebAppFiles.Icon icon : WebAppFiles.ICONS) {
      icons.add(new JsonObject()
          .put("src", icon.path())
          .put("sizes", icon.size() + "x" + icon.size())
          .put("type", "image/png")
          .put("purpose", icon.purpose()));
    }
    return new JsonObject()
        .put("name", identity.name())
        .put("short_name", identity.shortName())
        .put("description", identity.description())
        .put("start_url", ".")
        .put("scope", ".")
        .put("display", "standalone")
        .put("theme_color", identity.themeColor())
        .put("background_color", identity.backgroundColor())
        .put("icons", icons);
  }

  /** The manifest as a file to serve, dated {@code lastModified}. */
  public static StaticFile render(AppIdentity identity, long lastModified) {
    byte[] bytes = json(identity).encodePrettily().getBytes(StandardCharsets.UTF_8);
    return StaticFile.typed(ContentTypes.MANIFEST, bytes, lastModified);
  }
}
