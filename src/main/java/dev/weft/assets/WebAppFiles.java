package dev.weft.assets;

import java.util.List;

/**
 * The names of the files that make an app a web app — its favicon, loading image, install icons
 * and manifest — which Weft ships defaults for and an app's assets may replace one by one, and
 * of the one directory an app's assets can never shadow: the client's.
 */
public final class WebAppFiles {

  /** The directory the client is served under, {@code <mount>_weft/<hash>/}. */
  public static final String CLIENT_DIR = "_weft";
  public static final String FAVICON = "favicon.png";
  public static final String MANIFEST = "manifest.json";
  public static final String LOADING_ANIMATION = "icons/loading-animation.png";
  public static final String APPLE_TOUCH_ICON = "icons/apple-touch-icon-192.png";

  /**
   * The install icons the manifest lists.
   *
   * @param path below the app's base
   * @param size the width (and height) in pixels
   * @param purpose {@code any}, or {@code maskable} for icons whose design keeps to the central
   *     80% circle, so a platform may crop them to any shape
   */
  public record Icon(String path, int size, String purpose) {
  }

  public static final List<Icon> ICONS = List.of(
      new Icon("icons/icon-192.png", 192, "any"),
      new Icon("icons/icon-512.png", 512, "any"),
      new Icon("icons/icon-maskable-192.png", 192, "maskable"),
      new Icon("icons/icon-maskable-512.png", 512, "maskable"));

  private WebAppFiles() {
  }

  /** Whether a path of Weft's bundled {@code web/} is a replaceable web app file. */
  static boolean isWebAppFile(String path) {
    return path.equals(FAVICON) || path.equals(MANIFEST) || path.startsWith("icons/");
  }
}
