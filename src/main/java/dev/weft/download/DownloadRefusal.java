package dev.weft.download;

/**
 * Why a download URL serves nothing, as the status and plain text its browser gets: 404 for one
 * that is unknown, already used or for another app; 410 for one that expired; 500 for a source
 * that cannot be read; in a cluster 503 when the instance holding it is gone and 502 when it does
 * not answer. The text tells the user what to do; it never holds the token.
 */
final class DownloadRefusal extends Exception {

  private static final long serialVersionUID = 1L;
  private final int status;

  DownloadRefusal(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  static DownloadRefusal unknown() {
    return new DownloadRefusal(404, "This download link is unknown or was already used: each link "
        + "works once. Use the page's download button again.");
  }

  static DownloadRefusal expired() {
    return new DownloadRefusal(410, "This download link has expired. Use the page's download button again.");
  }

  static DownloadRefusal unreadable() {
    return new DownloadRefusal(500, "The file of this download cannot be read on the server.");
  }

  static DownloadRefusal homeGone() {
    return new DownloadRefusal(503, "The server instance holding this download is gone. Use the "
        + "page's download button again.");
  }

  static DownloadRefusal relayFailed() {
    return new DownloadRefusal(502, "The server instance holding this download did not answer in time.");
  }

  int status() {
    return status;
  }
}
