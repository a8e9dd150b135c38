package dev.weft.ui;

/**
 * What the server knows of the browser showing a page.
 *
 * @param route the page's route below the app's base, with its query
 * @param width the viewport's width in CSS pixels
 * @param height the viewport's height in CSS pixels
 * @param dark whether the browser prefers a dark colour scheme
 * @param clientIp the address the WebSocket came from
 * @param userAgent the browser's User-Agent header, or null
 */
public record ClientInfo(String route, int width, int height, boolean dark, String clientIp,
                         String userAgent) {

  /** For pages that are not shown anywhere yet (tests). */
  public static ClientInfo none() {
    return new ClientInfo("/", 0, 0, false, null, null);
  }
}
