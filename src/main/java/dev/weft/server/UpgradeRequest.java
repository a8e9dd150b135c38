package dev.weft.server;

import dev.weft.protocol.Register;
import dev.weft.ui.ClientInfo;
import dev.weft.ui.RequestHeaders;

/**
 * What the WebSocket upgrade request tells about the browser, captured before the upgrade: its
 * address (a trusted proxy's word for it, see {@link BrowserRequest#clientIp}) and its headers, with
 * the cookies in them, and the app's public URL. With the viewport and route the browser sends in
 * {@code register} it makes the page's {@link ClientInfo}.
 *
 * @param clientIp the browser's IP address, or null
 * @param headers the upgrade request's headers
 * @param appUrl the app's public base URL ({@link AppUrl}), or null when unknown
 */
record UpgradeRequest(String clientIp, RequestHeaders headers, String appUrl) {

  /**
   * @param mountPath the app's mount path
   * @param publicUrl {@code http.publicUrl}, or empty to derive the app's URL from the request
   */
  static UpgradeRequest of(BrowserRequest browser, String mountPath, String publicUrl) {
    return new UpgradeRequest(browser.clientIp(), RequestHeaders.view(browser.request().headers()),
        AppUrl.of(browser, mountPath, publicUrl));
  }

  /** The page's view of its browser once it has registered. */
  ClientInfo clientInfo(Register register) {
    return new ClientInfo(register.route(), register.width(), register.height(), register.dark(),
        clientIp, headers, appUrl);
  }
}
