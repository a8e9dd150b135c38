package dev.weft.server;

import dev.weft.protocol.ClientMessage;
import dev.weft.protocol.Codec;
import dev.weft.protocol.ErrorCode;
import dev.weft.protocol.ProtocolException;
import dev.weft.protocol.Register;
import dev.weft.session.Addresses;
import dev.weft.session.SessionNotice;
import dev.weft.session.Sessions;
import dev.weft.ui.ClientInfo;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The socket side of one browser connection. It registers {@code weft.conn.<id>} and writes
 * whatever arrives there to the WebSocket; it turns the first frame, {@code register}, into a
 * session (new or re-attached) and forwards every later frame to that session's address. It never
 * calls the session directly: they may live in different verticles, or JVMs.
 */
final class Connection {

  private static final System.Logger LOG = System.getLogger(Connection.class.getName());

  private final ServerWebSocket socket;
  private final AppMount mount;
  private final Sessions sessions;
  private final Codec codec;
  private final EventBus eventBus;
  private final int maxFrameSize;
  private final UpgradeRequest upgrade;
  private final String address = Addresses.newConnection();
  private MessageConsumer<Object> consumer;
  private String session;       // the session's address once registered
  private boolean registering;
  private boolean closed;
  private int errorsBeforeRegister;
  /** Frames that arrived while the session was being opened, forwarded once it is. */
  private final List<String> early = new ArrayList<>();
  private static final int MAX_EARLY = 64;

  Connection(ServerWebSocket socket, AppMount mount, Sessions sessions, Codec codec,
             EventBus eventBus, int maxFrameSize, UpgradeRequest upgrade) {
    this.socket = socket;
    this.mount = mount;
    this.sessions = sessions;
    this.codec = codec;
    this.eventBus = eventBus;
    this.maxFrameSize = maxFrameSize;
    this.upgrade = upgrade;
  }

  void start() {
    consumer = eventBus.consumer(address, this::fromSession);
    socket.textMessageHandler(this::fromBrowser);
    socket.binaryMessageHandler(this::binary);
    socket.exceptionHandler(this::failed);
    socket.closeHandler(v -> closed());
  }

  private void fromSession(Message<Object> message) {
    Object body = message.body();
    if (body instanceof String frame) {
      if (!socket.isClosed()) {
        socket.writeTextMessage(frame);
      }
    } else if (body instanceof JsonObject notice) {
      socket.close(SessionNotice.closeCode(notice), SessionNotice.closeReason(notice));
    }
  }

  private void fromBrowser(String frame) {
    int size = utf8Length(frame);
    if (size > maxFrameSize) {
      refuse(new ProtocolException(ErrorCode.FRAME_TOO_LARGE, "a frame of " + size
          + " bytes is larger than ws.maxFrameSize (" + maxFrameSize + ")", null));
      return;
    }
    if (session != null) {
      eventBus.send(session, frame);
      return;
    }
    if (registering) {
      // The session may have sent its render before its deployment completed here (an async
      // main renders at once): keep the browser's next frames for it instead of losing them.
      if (early.size() < MAX_EARLY) {
        early.add(frame);
      } else {
        reject(new ProtocolException(ErrorCode.NOT_REGISTERED,
            "wait for the render before sending events", null));
      }
      return;
    }
    ClientMessage message;
    try {
      message = codec.decodeClient(frame);
    } catch (ProtocolException e) {
      reject(e);
      return;
    }
    if (!(message instanceof Register register)) {
      reject(new ProtocolException(ErrorCode.NOT_REGISTERED,
          "the first message must be register", message.seq()));
      return;
    }
    registering = true;
    ClientInfo client = upgrade.clientInfo(register);
    sessions.open(mount.path(), mount.main(), register, client, address).onComplete(ar -> {
      registering = false;
      if (ar.failed()) {
        LOG.log(System.Logger.Level.ERROR, "cannot open a session", ar.cause());
        socket.close((short) 1011, "cannot open a session");
      } else if (closed) {
        eventBus.send(Addresses.session(ar.result()), SessionNotice.detach(address));
      } else {
        session = Addresses.session(ar.result());
        early.forEach(f -> eventBus.send(session, f));
      }
      early.clear();
    });
  }

  private void binary(Buffer buffer) {
    refuse(new ProtocolException(ErrorCode.BAD_MESSAGE,
        "binary frames are not part of the protocol: send JSON text frames", null));
  }

  /** A frame refused here: the session answers it (it owns the seq and the error count). */
  private void refuse(ProtocolException e) {
    if (session != null) {
      eventBus.send(session, SessionNotice.refused(address, e));
    } else {
      reject(e);
    }
  }

  /** Answers a bad frame before a session exists (seq 0); closes after repeated abuse. */
  private void reject(ProtocolException e) {
    if (socket.isClosed()) {
      return;
    }
    socket.writeTextMessage(codec.encode(e.toError(0)));
    if (++errorsBeforeRegister >= 5) {
      socket.close((short) 1008, "too many protocol errors");
    }
  }

  /**
   * A frame over the hard limit (or otherwise corrupt) arrives as an exception; left alone, Vert.x
   * closes with 1000. Close with the decoder's status instead: 1009 for a frame too large.
   */
  private void failed(Throwable t) {
    if (t instanceof CorruptedWebSocketFrameException corrupt && !socket.isClosed()) {
      socket.close((short) corrupt.closeStatus().code(), corrupt.closeStatus().reasonText());
      return;
    }
    LOG.log(System.Logger.Level.DEBUG, "WebSocket failure", t);
  }

  private void closed() {
    closed = true;
    consumer.unregister();
    if (session != null) {
      eventBus.send(session, SessionNotice.detach(address));
    }
  }

  /** The frame's length in UTF-8 bytes, counted only when it could be over the limit. */
  private int utf8Length(String frame) {
    if ((long) frame.length() * 3 <= maxFrameSize) {
      return frame.length(); // under the limit whatever the characters
    }
    return frame.getBytes(StandardCharsets.UTF_8).length;
  }
}
