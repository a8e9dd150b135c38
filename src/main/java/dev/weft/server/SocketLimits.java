package dev.weft.server;

import java.time.Duration;

/**
 * What one browser connection may cost the server: the largest frame it may send, the most bytes
 * that may wait to be written to it, and how often it must show it is alive.
 *
 * @param maxFrameSize {@code ws.maxFrameSize}: larger frames get {@code frame_too_large}
 * @param maxQueuedBytes {@code ws.maxQueuedBytes}: past this the socket closes with 4003
 * @param pingInterval {@code ws.pingIntervalSeconds}: two silent intervals close it with 4004
 */
record SocketLimits(int maxFrameSize, long maxQueuedBytes, Duration pingInterval) {

  static SocketLimits of(WeftConfig config) {
    return new SocketLimits(config.maxFrameSize(), config.maxQueuedBytes(), config.pingInterval());
  }
}
