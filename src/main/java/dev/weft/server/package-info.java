/**
 * The HTTP side: configuration ({@link dev.weft.server.WeftConfig}), the launcher behind
 * {@code java -jar app-fat.jar}, the main verticle, the router and one class per endpoint of an
 * app mount — its WebSocket and static client files (uploads are in {@code dev.weft.upload}, the
 * OAuth callback in {@code dev.weft.auth}) — and what embeds Weft in another Vert.x application:
 * {@link dev.weft.server.WeftMountVerticle} and {@link dev.weft.server.WeftHandlers}.
 */
package dev.weft.server;
