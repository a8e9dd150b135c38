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
 * @param home the upload home ({@link UploadHome}) of the instance the session lives in, which an
 *     endpoint on another instance streams the body to; empty when the endpoint that receives the
 *     body keeps it (one JVM, or a host using the endpoint on its own)
 */
public record UploadGrant(String scope, String session, String fileName, long maxSize,
                          long expiresAt, String home) {

  /** A grant kept by whichever endpoint receives it. */
  public UploadGrant(String scope, String session, String fileName, long maxSize, long expiresAt) {
    this(scope, session, fileName, maxSize, expiresAt, "");
  }
}
