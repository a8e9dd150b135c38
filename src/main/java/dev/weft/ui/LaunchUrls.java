package dev.weft.ui;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which URLs a page may send its browser to ({@link Page#launchUrl}): web pages, mail and phone
 * links, and URLs relative to the app. Never {@code javascript:} or {@code data:}: a URL that runs
 * script in the page's origin would turn any URL an app echoes into cross-site scripting.
 *
 * <p>The scheme is read the way a browser's URL parser reads it, not with {@link java.net.URI},
 * which refuses much that browsers open (spaces, {@code |}): leading spaces and control
 * characters are skipped and tabs and line breaks anywhere dropped, so {@code " java\nscript:"}
 * is {@code javascript:} here as there. The browser client checks the scheme again.
 */
final class LaunchUrls {

  private static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "tel");
  private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):");

  private LaunchUrls() {
  }

  /** Why {@code url} may not be opened, or null when it may. */
  static String problem(String url) {
    if (url == null || url.isBlank()) {
      return "launchUrl needs a URL";
    }
    String parsed = url.replaceAll("[\\t\\n\\r]", "").replaceFirst("^[\\x00-\\x20]+", "");
    Matcher m = SCHEME.matcher(parsed);
    if (m.lookingAt() && !SCHEMES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
      return "launchUrl opens http, https, mailto and tel URLs and relative ones, not "
          + m.group(1) + ":";
    }
    return null;
  }
}
