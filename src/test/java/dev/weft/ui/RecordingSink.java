package dev.weft.ui;

import dev.weft.protocol.Node;
import dev.weft.protocol.Op;
import dev.weft.protocol.Patch;
import dev.weft.protocol.Render;
import dev.weft.protocol.ServerMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** A page sink and host for unit tests: numbers messages like a session and keeps them. */
final class RecordingSink implements PageSink, PageHost {

  final List<ServerMessage> messages = new ArrayList<>();
  private long seq;

  static PageDriver newDriver(RecordingSink sink) {
    return new PageDriver(sink, ClientInfo.none(), sink);
  }

  @Override
  public void render(Node root) {
    messages.add(new Render(++seq, "test", root));
  }

  @Override
  public void patch(List<Op> ops) {
    messages.add(new Patch(++seq, ops));
  }

  ServerMessage last() {
    return messages.get(messages.size() - 1);
  }

  @Override
  public String sessionId() {
    return "test";
  }

  @Override
  public CompletionStage<Void> timer(Duration delay) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void close() {
  }
}
