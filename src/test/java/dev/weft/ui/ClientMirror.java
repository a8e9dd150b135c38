package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weft.protocol.Codec;
import dev.weft.protocol.Node;
import dev.weft.protocol.Patch;
import dev.weft.protocol.Render;
import dev.weft.protocol.ServerMessage;
import dev.weft.testing.ClientTree;

/**
 * The browser's copy of a page, built from the messages a {@link RecordingSink} saw, as the
 * browser builds it: after each {@link #sync} it must equal the server's tree, which is what
 * proves a diff (or a refused change) left the two alike.
 */
final class ClientMirror {

  private static final Codec CODEC = new Codec();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Page page;
  private final RecordingSink sink;
  private final ClientTree client = new ClientTree();
  private int applied;

  ClientMirror(Page page, RecordingSink sink) {
    this.page = page;
    this.sink = sink;
  }

  /** Sends what changed, applies every new message to the mirror and checks it equals the server's tree. */
  void sync() {
    page.update();
    for (; applied < sink.messages.size(); applied++) {
      ServerMessage m = sink.messages.get(applied);
      if (m instanceof Render r) {
        client.apply(r);
      } else {
        client.apply((Patch) m);
      }
    }
    assertThat(json(client.toNode())).isEqualTo(json(PageDriver.snapshot(page)));
  }

  /** The mirror's tree. */
  ClientTree tree() {
    return client;
  }

  /** A node as JSON, for comparing trees whatever their classes. */
  static JsonNode json(Node node) {
    try {
      return JSON.readTree(CODEC.encode(node));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
