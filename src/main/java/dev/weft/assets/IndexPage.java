package dev.weft.assets;

import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The client's {@code index.html}, a template rendered once per mount: {@code {{base}}} becomes
 * the mount path (so every relative URL in it, {@code favicon.png} included, resolves under the
 * mount) and {@code {{title}}} the app's title, both HTML-escaped.
 */
public final class IndexPage {

  static final String TEMPLATE = "web/index.html";

  private IndexPage() {
  }

  public static Buffer render(String base, String title) {
    String html = template()
        .replace("{{base}}", escape(base))
        .replace("{{title}}", escape(title));
    return Buffer.buffer(html);
  }

  private static String template() {
    try (InputStream in = IndexPage.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException(TEMPLATE + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
