/**
 * Uploads: browsers stream files with {@code PUT <app base>upload?...} to URLs the server signed
 * for one file each ({@link dev.weft.upload.UploadUrls}); the body goes to a temporary file as it
 * arrives (never into memory) and is then moved into the owning session's folder
 * ({@link dev.weft.upload.UploadStore}), and whoever issued the URL learns of it through an
 * {@link dev.weft.upload.UploadListener}. {@link dev.weft.upload.UploadEndpoint} is the handler,
 * usable in any vertx-web router.
 */
package dev.weft.upload;
