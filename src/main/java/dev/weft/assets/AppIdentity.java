package dev.weft.assets;

/**
 * What an app says about itself to the browser: the index page's title, description and theme
 * colour, and the web app manifest that makes it installable.
 *
 * @param name the app's name: the tab's title until the app sets one, and the manifest's name
 * @param shortName the name under an installed app's icon
 * @param description one sentence about the app
 * @param themeColor the browser's UI colour for the app (a CSS colour)
 * @param backgroundColor the splash screen's colour while an installed app starts
 */
public record AppIdentity(String name, String shortName, String description, String themeColor,
                          String backgroundColor) {

  public static final String DEFAULT_NAME = "Weft";
  public static final String DEFAULT_DESCRIPTION = "A Weft app";
  public static final String DEFAULT_THEME_COLOR = "#6750a4";
  public static final String DEFAULT_BACKGROUND_COLOR = "#fffbfe";

  /** Weft's defaults. */
  public static AppIdentity defaults() {
    return named(DEFAULT_NAME);
  }

  /** The defaults with a name (which is also the short name). */
  public static AppIdentity named(String name) {
    return new AppIdentity(name, name, DEFAULT_DESCRIPTION, DEFAULT_THEME_COLOR,
        DEFAULT_BACKGROUND_COLOR);
  }
}
