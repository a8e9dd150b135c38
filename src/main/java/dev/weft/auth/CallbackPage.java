package dev.weft.auth;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Sends a {@link CallbackAnswer}: a 303 to the app, or a small HTML page with a title, one
 * sentence and a "Back to the app" link. Never cached ({@code no-store}): it answers a one-use
 * state, and its URL holds a code.
 *
 * <p>The page carries its own small stylesheet, in Weft's colours, inline: it must look like the
 * app without depending on the client bundle's versioned path. Its policy allows exactly that
 * style (by hash) and nothing else — no script, no frame around it.
 */
final class CallbackPage {

  private static final String STYLE = ":root{color-scheme:light dark;--bg:#fef7ff;--card:#ece6f0;"
      + "--fg:#1d1b20;--muted:#49454f;--primary:#6750a4;--on-primary:#fff}"
      + "@media (prefers-color-scheme:dark){:root{--bg:#141218;--card:#2b2930;--fg:#e6e0e9;"
      + "--muted:#cac4d0;--primary:#d0bcff;--on-primary:#381e72}}"
      + "body{margin:0;background:var(--bg);color:var(--fg);"
      + "font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif}"
      + "main{max-width:520px;margin:48px auto;padding:24px;background:var(--card);border-radius:16px}"
      + "h1{margin:0 0 8px;font-size:22px;font-weight:500}p{margin:0 0 20px;color:var(--muted)}"
      + "a{display:inline-block;padding:10px 24px;border-radius:20px;background:var(--primary);"
      + "color:var(--on-primary);text-decoration:none;font-weight:500}"
      + "p:last-child{margin:0}a:focus-visible{outline:3px solid var(--fg);outline-offset:2px}";
  private static final String POLICY = "default-src 'none'; style-src '" + sha256(STYLE)
      + "'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private CallbackPage() {
  }

  static void send(HttpServerResponse response, CallbackAnswer answer) {
    if (response.ended() || response.closed()) {
      return;
    }
    response.setStatusCode(answer.status())
        .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
        .putHeader("Referrer-Policy", "no-referrer"); // the callback URL holds the code
    if (answer.isRedirect()) {
      response.putHeader(HttpHeaders.LOCATION, answer.location()).end();
      return;
    }
    response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
        .putHeader("Content-Security-Policy", POLICY)
        .end(html(answer));
  }

  static String html(CallbackAnswer answer) {
    String title = Html.escape(answer.title());
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + title + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n<main>\n"
        + "<h1>" + title + "</h1>\n<p>"
        + Html.escape(answer.message()) + "</p>\n<p><a href=\"" + Html.escape(answer.back())
        + "\">Back to the app</a></p>\n</main>\n</body>\n</html>\n";
  }

  private static String sha256(String style) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(style.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
