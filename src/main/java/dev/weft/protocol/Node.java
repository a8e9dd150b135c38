package dev.weft.protocol;

import java.util.List;
import java.util.Map;

/**
 * A control on the wire. Inside an inserted subtree a child may be a <em>reference</em>: a node
 * with only an id, meaning a control the client already has, moved here (see docs/protocol.md).
 *
 * @param id unique within the session; the page is 0
 * @param type the control's type, or null for a reference
 * @param props the properties that differ from their defaults
 * @param children the children in order
 */
public record Node(int id, String type, Map<String, Object> props, List<Node> children) {

  public Node {
    props = props == null ? Map.of() : props;
    children = children == null ? List.of() : children;
  }

  /** A reference to a control the client already has. */
  public static Node reference(int id) {
    return new Node(id, null, Map.of(), List.of());
  }

  public boolean isReference() {
    return type == null;
  }
}
