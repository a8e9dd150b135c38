/**
 * The wire protocol between the browser client and the server: one record per message and per
 * patch operation, and the {@link dev.weft.protocol.Codec} that turns them into JSON text frames
 * and back. docs/protocol.md documents every field; a test keeps the two in step.
 *
 * <p>Plain Java: nothing here depends on Vert.x, so the protocol can be tested and reused
 * without a server.
 */
package dev.weft.protocol;
