package dev.weft.ui;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Which URLs a page may send its browser to ({@link Page#launchUrl}): web pages, mail and phone
 * links, and URLs relative to the app. Never {@code javascript:} or {@code data:}: a URL that runs
 * script in the page's origin would turn any URL an app echoes into cross-site scripting.
 */
final class LaunchUrls {

  private static final Set<String> SCHEMES = Set.of("http", "https", "mailto", "tel");

  private LaunchUrls() {
  }

  /** Why {@code url} may not be opened, or null when it may. */
  static String problem(String url) {
    if (url == null || url.isBlank()) {
      return "launchUrl needs a URL";
    }
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      return "not a URL: " + e.getMessage();
    }
    String scheme = uri.getScheme();
    if (scheme != null && !SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))) {
      return "launchUrl opens http, https, mailto and tel URLs and relative ones, not " + scheme + ":";
    }
    return null;
  }
}
