/**
 * Weft inside an existing Vert.x application, one runnable {@code main} each (they serve on
 * {@code http://localhost:8080/}): the whole of Weft mounted next to the host's own routes
 * ({@link dev.weft.examples.embedding.MountedInRouter}), deployed as a verticle
 * ({@link dev.weft.examples.embedding.DeployedAsVerticle}), and each of its four endpoints on its
 * own: static files ({@link dev.weft.examples.embedding.StaticFilesOnly}), the WebSocket
 * ({@link dev.weft.examples.embedding.WebSocketOnly}), uploads
 * ({@link dev.weft.examples.embedding.UploadOnly}) and the OAuth callback
 * ({@link dev.weft.examples.embedding.OAuthCallbackOnly}). docs/hosting.md walks through them.
 */
package dev.weft.examples.embedding;
