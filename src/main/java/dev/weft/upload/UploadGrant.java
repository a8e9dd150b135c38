package dev.weft.upload;

/**
 * What one signed upload URL allows: one file, of at most {@code maxSize} bytes, into one
 * session's folder, until {@code expiresAt}. The signature covers every field, so none can be
 * changed in the URL.
 *
 * @param scope the app the URL belongs to (its mount path): a URL issued for one app is refused by
 *     another app's upload endpoint
 * @param session the session the file is for: the name of its folder
 * @param fileName the file's name, already made safe by {@link FileNames#safe}
 * @param maxSize the largest body accepted, in bytes
 * @param expiresAt when the URL stops working, in seconds since the epoch
 */
public record UploadGrant(String scope, String session, String fileName, long maxSize,
                          long expiresAt) {
}
