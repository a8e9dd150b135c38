package dev.weft.protocol;

/**
 * The page asks the browser to save a file ({@code page.download}) without leaving the page.
 * Numbered like a patch, so a page cut off when it was sent gets it on its return (its URL works
 * once, within {@code download.urlTtlSeconds}).
 *
 * @param seq the server's sequence number
 * @param url the one-time URL to fetch it from, relative to the app's base ({@code download/<token>})
 * @param name the name to save it as, already made safe by the server
 * @param ack the highest client seq the server has accepted
 */
public record Download(long seq, String url, String name, long ack) implements ServerMessage {

  public static final String TYPE = "download";
}
