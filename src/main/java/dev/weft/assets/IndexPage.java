package dev.weft.assets;

import java.nio.charset.StandardCharsets;

/**
 * An app's {@code index.html}, rendered from the client's template. Its placeholders, each
 * HTML-escaped:
 *
 * <ul>
 *   <li>{@code {{base}}} — the app's base path as the browser sees it (the {@code <base href>}),
 *       so every relative URL in the page and the client resolves under the app;</li>
 *   <li>{@code {{client}}} — the client's hashed prefix, {@code _weft/<hash>/};</li>
 *   <li>{@code {{title}}}, {@code {{description}}}, {@code {{themeColor}}} — from the app's
 *       {@link AppIdentity}.</li>
 * </ul>
 */
public final class IndexPage {

  private IndexPage() {
  }

  /** The page's HTML. */
  public static String html(String template, String base, String clientPrefix, AppIdentity identity) {
    return template
        .replace("{{base}}", escape(base))
        .replace("{{client}}", escape(clientPrefix))
        .replace("{{title}}", escape(identity.name()))
        .replace("{{description}}", escape(identity.description()))
        .replace("{{themeColor}}", escape(identity.themeColor()));
  }

  /** The page as a file to serve, for one base path. */
  public static StaticFile render(ClientBundle bundle, String base, AppIdentity identity) {
    byte[] bytes = html(bundle.template(), base, bundle.prefix(), identity).getBytes(StandardCharsets.UTF_8);
    return StaticFile.typed(ContentTypes.HTML, bytes, bundle.loadedAt());
  }

  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
