package dev.weft.protocol;

/**
 * The page asks the browser to open a URL: in this window (a sign-in going to its provider, or
 * {@code page.launchUrl(url)}) or in a new one. Numbered like a patch, so a page cut off when it
 * was sent gets it on its return.
 *
 * @param seq the server's sequence number
 * @param url an absolute URL, or one relative to the app's base
 * @param newTab true to open it in a new tab (a popup blocker may refuse), false to leave the page
 * @param ack the highest client seq the server has accepted
 */
public record Navigate(long seq, String url, boolean newTab, long ack) implements ServerMessage {

  public static final String TYPE = "navigate";
}
