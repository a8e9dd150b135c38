package dev.weft.testing;

import dev.weft.protocol.Node;
import dev.weft.protocol.Op;
import dev.weft.protocol.Patch;
import dev.weft.protocol.Render;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page as a client sees it: the tree a {@code render} builds and {@code patch}es change,
 * applied exactly as docs/protocol.md says (and as the browser client does). Strict: an operation
 * that does not fit the tree — an unknown id, a {@code before} that is not a child of the parent,
 * an insert of an id already present — throws, so tests catch a server that sends a wrong patch.
 *
 * <p>Not thread-safe; {@link WeftTestClient} changes it only inside its own calls, under its lock.
 */
public final class ClientTree {

  /** One control as the client holds it. */
  public static final class Entry {
    final int id;
    final String type;
    final Map<String, Object> props = new LinkedHashMap<>();
    final List<Entry> children = new ArrayList<>();
    Entry parent;

    Entry(int id, String type) {
      this.id = id;
      this.type = type;
    }

    public int id() {
      return id;
    }

    public String type() {
      return type;
    }

    /** A property's value, or null when it has its default. */
    public Object prop(String name) {
      return props.get(name);
    }

    public Map<String, Object> props() {
      return java.util.Collections.unmodifiableMap(props);
    }

    public List<Entry> children() {
      return java.util.Collections.unmodifiableList(children);
    }

    public Entry parent() {
      return parent;
    }

    @Override
    public String toString() {
      return type + "#" + id + props;
    }
  }

  private final Map<Integer, Entry> byId = new HashMap<>();
  private Entry root;
  private long seq;

  /** Applies a render: the tree is replaced. */
  public void apply(Render render) {
    byId.clear();
    root = build(render.root(), null);
    seq = render.seq();
  }

  /**
   * Applies a patch.
   *
   * @throws IllegalStateException when the patch skips a sequence number or does not fit the tree
   */
  public void apply(Patch patch) {
    if (root == null) {
      throw new IllegalStateException("a patch before any render");
    }
    if (patch.seq() != seq + 1) {
      throw new IllegalStateException("patch seq " + patch.seq() + " after " + seq);
    }
    for (Op op : patch.ops()) {
      apply(op);
    }
    seq = patch.seq();
  }

  /** Notes a message other than render or patch, which still counts in the sequence. */
  public void skip(long messageSeq) {
    if (root != null && messageSeq != seq + 1) {
      throw new IllegalStateException("message seq " + messageSeq + " after " + seq);
    }
    seq = messageSeq;
  }

  /** The last sequence number seen. */
  public long seq() {
    return seq;
  }

  /** The page, or null before the first render. */
  public Entry root() {
    return root;
  }

  public Entry get(int id) {
    return byId.get(id);
  }

  /** Every control, depth first from the page. */
  public List<Entry> all() {
    List<Entry> out = new ArrayList<>();
    if (root != null) {
      collect(root, out);
    }
    return out;
  }

  /** The tree as a protocol node, to compare with the server's. */
  public Node toNode() {
    return root == null ? null : toNode(root);
  }

  /** Records the value the user entered, as the browser would before sending the event. */
  public void userSet(int id, String prop, Object value) {
    Entry e = require(id, "user input");
    if (value == null) {
      e.props.remove(prop);
    } else {
      e.props.put(prop, value);
    }
  }

  // ------------------------------------------------------------------ operations

  private void apply(Op op) {
    if (op instanceof Op.Set set) {
      Entry e = require(set.id(), "set");
      set.props().forEach((k, v) -> {
        if (v == null) {
          e.props.remove(k);
        } else {
          e.props.put(k, v);
        }
      });
    } else if (op instanceof Op.Insert insert) {
      Entry parent = require(insert.parent(), "insert's parent");
      Entry child = build(insert.control(), null);
      place(parent, child, insert.before());
    } else if (op instanceof Op.Move move) {
      Entry parent = require(move.parent(), "move's parent");
      Entry child = require(move.id(), "move");
      for (Entry p = parent; p != null; p = p.parent) {
        if (p == child) {
          throw new IllegalStateException("move of " + child + " into its own subtree");
        }
      }
      detach(child);
      place(parent, child, move.before());
    } else if (op instanceof Op.Remove remove) {
      Entry e = require(remove.id(), "remove");
      if (e == root) {
        throw new IllegalStateException("remove of the page");
      }
      detach(e);
      forget(e);
    }
  }

  private Entry build(Node node, Entry parent) {
    if (node.isReference()) {
      Entry existing = require(node.id(), "reference");
      detach(existing);
      existing.parent = parent;
      return existing;
    }
    if (byId.containsKey(node.id())) {
      throw new IllegalStateException("insert of id " + node.id() + ", which is already present");
    }
    Entry e = new Entry(node.id(), node.type());
    e.parent = parent;
    e.props.putAll(node.props());
    byId.put(e.id, e);
    for (Node child : node.children()) {
      e.children.add(build(child, e));
    }
    return e;
  }

  private void place(Entry parent, Entry child, Integer before) {
    int index = parent.children.size();
    if (before != null) {
      Entry anchor = require(before, "before");
      index = parent.children.indexOf(anchor);
      if (index < 0) {
        throw new IllegalStateException("before " + before + " is not a child of " + parent);
      }
    }
    parent.children.add(index, child);
    child.parent = parent;
  }

  private void detach(Entry e) {
    if (e.parent != null) {
      e.parent.children.remove(e);
      e.parent = null;
    }
  }

  private void forget(Entry e) {
    byId.remove(e.id);
    for (Entry child : e.children) {
      forget(child);
    }
  }

  private Entry require(int id, String what) {
    Entry e = byId.get(id);
    if (e == null) {
      throw new IllegalStateException(what + ": no control " + id + " on the client");
    }
    return e;
  }

  private static void collect(Entry e, List<Entry> out) {
    out.add(e);
    for (Entry child : e.children) {
      collect(child, out);
    }
  }

  private static Node toNode(Entry e) {
    List<Node> kids = new ArrayList<>();
    for (Entry child : e.children) {
      kids.add(toNode(child));
    }
    return new Node(e.id, e.type, new LinkedHashMap<>(e.props), kids);
  }
}
