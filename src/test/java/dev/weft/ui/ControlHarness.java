package dev.weft.ui;

import dev.weft.protocol.ClientEvent;
import dev.weft.protocol.Node;
import dev.weft.protocol.Op;
import dev.weft.protocol.Patch;
import dev.weft.protocol.ProtocolException;
import java.util.Map;

/**
 * A page without a browser for control tests: events sent as the browser would send them, the
 * control as a fresh client would get it, and the last property change sent.
 */
final class ControlHarness {

  final RecordingSink sink = new RecordingSink();
  final PageDriver driver = RecordingSink.newDriver(sink);
  final Page page = driver.page();
  private long seq;

  /** Dispatches an event; the handler to run, or null when it only synced a value. */
  PageDriver.Dispatch send(Control<?> control, String name, Object data) throws ProtocolException {
    return driver.dispatch(new ClientEvent(++seq, control.id(), name, data));
  }

  /** Dispatches an event and runs its handler, if any. */
  void act(Control<?> control, String name, Object data) throws Exception {
    PageDriver.Dispatch d = send(control, name, data);
    if (d != null) {
      d.runBlocking();
    }
  }

  Node node(Control<?> control) {
    return find(PageDriver.snapshot(page), control.id());
  }

  /** The node of control {@code id} in a snapshot ({@link PageDriver#snapshot}), or null. */
  static Node find(Node node, int id) {
    if (node.id() == id) {
      return node;
    }
    for (Node child : node.children()) {
      Node found = find(child, id);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** The props of the last set operation on {@code control}, or null. */
  Map<String, Object> lastSet(Control<?> control) {
    for (int i = sink.messages.size() - 1; i >= 0; i--) {
      if (sink.messages.get(i) instanceof Patch patch) {
        for (int j = patch.ops().size() - 1; j >= 0; j--) {
          if (patch.ops().get(j) instanceof Op.Set set && set.id() == control.id()) {
            return set.props();
          }
        }
      }
    }
    return null;
  }

  int messages() {
    return sink.messages.size();
  }
}
