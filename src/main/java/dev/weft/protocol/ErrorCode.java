package dev.weft.protocol;

/** The codes an {@code error} message can carry; their wire form is the lower-case name. */
public enum ErrorCode {
  /** The frame is not JSON. */
  BAD_JSON,
  /** The frame is JSON but not a valid message: a field is missing or has the wrong type. */
  BAD_MESSAGE,
  /** The message's type is not one the server knows. */
  UNKNOWN_TYPE,
  /** The event names a control that is not on the page (any more). */
  UNKNOWN_CONTROL,
  /** The control does not listen to that event. */
  UNKNOWN_EVENT,
  /** The frame is larger than {@code ws.maxFrameSize}. */
  FRAME_TOO_LARGE,
  /** A message other than register arrived before the session was registered. */
  NOT_REGISTERED,
  /** A second register arrived on the same connection. */
  ALREADY_REGISTERED,
  /** The message's seq is not above the last one accepted: a resend, ignored. */
  DUPLICATE_SEQ,
  /** Too many errors in a short time: the server closes the socket after this one. */
  TOO_MANY_ERRORS,
  /** The session's events came faster than {@code limits.eventsPerSecond}: this one was dropped. */
  RATE_LIMITED,
  /** The session already has {@code limits.pendingHandlers} blocking handlers running or queued:
   *  this event's handler was not run. */
  BUSY;

  /** The code as it appears on the wire. */
  public String wire() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
