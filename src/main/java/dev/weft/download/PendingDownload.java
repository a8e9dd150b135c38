package dev.weft.download;

import dev.weft.ui.DownloadSource;

/**
 * A download a page asked for, waiting for its browser to fetch it.
 *
 * @param scope the mount path of the app whose endpoint may serve it
 * @param session the session that asked, for the logs
 * @param source what to send
 * @param fileName the name to save it as, already made safe
 * @param contentType its checked media type
 * @param expiresAt when its URL stops working, in epoch milliseconds
 */
record PendingDownload(String scope, String session, DownloadSource source, String fileName,
                       String contentType, long expiresAt) {
}
