package dev.weft.protocol;

/**
 * A message the server sends. The numbered ones ({@link Render}, {@link Patch},
 * {@link ProtocolError}, {@link AppError}, {@link Navigate}, {@link Download}, {@link Storage}) carry the session's next sequence
 * number and the highest client seq accepted; the control messages ({@link Resume}, {@link Ack}, {@link Pong})
 * are outside the sequence.
 */
public sealed interface ServerMessage permits Render, Patch, ProtocolError, AppError, Navigate, Download, Storage, Resume, Ack, Pong {

  /**
   * The server's sequence number: 1, 2, 3, … per session; 0 for a control message and for an
   * error before a session exists.
   */
  long seq();

  /**
   * The highest client seq the server had accepted when it sent this; 0 for a message that
   * carries none ({@link Pong}, an error before a session exists).
   */
  long ack();
}
