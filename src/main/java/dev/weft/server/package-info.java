/**
 * The HTTP side: configuration ({@link dev.weft.server.WeftConfig}), the launcher behind
 * {@code java -jar app-fat.jar}, the main verticle, and one class per endpoint of an app mount —
 * its WebSocket, static client files, upload and OAuth callback.
 */
package dev.weft.server;
