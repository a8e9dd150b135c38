package dev.weft.protocol;

/** A message the server sends. Every one carries the session's next sequence number. */
public sealed interface ServerMessage permits Render, Patch, ProtocolError, AppError {

  /** The server's sequence number: 1, 2, 3, … per session; 0 before a session exists. */
  long seq();
}
