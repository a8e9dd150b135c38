package dev.weft.ui;

import dev.weft.protocol.Node;
import dev.weft.protocol.Op;
import java.util.List;

/**
 * Where a page's renders and patches go: the session runtime implements it, numbering and
 * sending the messages. Called with the page lock held, so calls arrive in change order.
 */
public interface PageSink {

  /** A full render of the page. */
  void render(Node root);

  /** The changes since the previous message; never empty. */
  void patch(List<Op> ops);
}
