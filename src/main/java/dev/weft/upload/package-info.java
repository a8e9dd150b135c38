/**
 * Uploads: browsers stream files with {@code PUT <app base>upload?...} to URLs the server signed
 * for one file each ({@link dev.weft.upload.UploadUrls}); the body goes to a temporary file as it
 * arrives (never into memory) and is then moved into the owning session's folder
 * ({@link dev.weft.upload.UploadStore}), and whoever issued the URL learns of it through an
 * {@link dev.weft.upload.UploadListener}. {@link dev.weft.upload.UploadEndpoint} is the handler,
 * usable in any vertx-web router. In a cluster, a body {@code PUT} to an instance that does not
 * hold the session is streamed over the event bus ({@link dev.weft.upload.UploadRelay}) to the
 * session's {@link dev.weft.upload.UploadHome}, which keeps it as a local upload would be kept.
 */
package dev.weft.upload;
