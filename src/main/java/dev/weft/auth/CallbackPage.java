package dev.weft.auth;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;

/**
 * Sends a {@link CallbackAnswer}: a 303 to the app, or a small HTML page with a title, one
 * sentence and a "Back to the app" link. Never cached ({@code no-store}): it answers a one-use
 * state, and its URL holds a code.
 */
final class CallbackPage {

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
    response.putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8").end(html(answer));
  }

  static String html(CallbackAnswer answer) {
    String title = Html.escape(answer.title());
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + title + "</title>\n</head>\n<body>\n<main>\n<h1>" + title + "</h1>\n<p>"
        + Html.escape(answer.message()) + "</p>\n<p><a href=\"" + Html.escape(answer.back())
        + "\">Back to the app</a></p>\n</main>\n</body>\n</html>\n";
  }
}
