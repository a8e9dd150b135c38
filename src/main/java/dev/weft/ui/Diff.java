package dev.weft.ui;

import dev.weft.protocol.Node;
import dev.weft.protocol.Op;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a page's marked changes into patch operations. Runs with the page lock held.
 *
 * <p>Only what was marked is visited: controls whose properties changed, and containers whose
 * child lists changed (each with a snapshot of the children the client has). A property change
 * on a page of 10,000 rows therefore costs one {@code set} operation, not a walk of the page.
 *
 * <p>Operations come in three phases, the order docs/protocol.md promises: property changes;
 * insertions and moves, each container's children placed from last to first so every
 * {@code before} names a sibling already in its final place, and only children outside the
 * longest run that kept its order are moved; then removals, last, so a control can first leave a
 * parent that is about to go.
 */
final class Diff {

  private Diff() {
  }

  /** The operations for everything marked since the last call; clears the marks. */
  static List<Op> changes(Page page) {
    List<Op> ops = new ArrayList<>();
    ArrayList<Control<?>> marked = page.dirtyProps;
    page.dirtyProps = null; // an idle page holds no list; a busy one makes a small one cheaply
    for (Control<?> c : marked == null ? List.<Control<?>>of() : marked) {
      c.setPropsQueued(false);
      if (c.isAttached() && c.isSent()) {
        Map<String, Object> changed = c.takeDirtyProps();
        if (!changed.isEmpty()) {
          ops.add(new Op.Set(c.id, changed));
        }
      } else {
        c.clearDirtyProps(); // not on the client: a full node will carry its properties
      }
    }

    ArrayList<Control<?>> containers = page.dirtyChildren;
    if (containers == null) {
      return ops;
    }
    page.dirtyChildren = null;
    for (Control<?> c : containers) {
      if (c.isAttached() && c.isSent()) {
        placeChildren(c, ops);
      }
    }
    for (Control<?> c : containers) {
      if (c.isAttached() && c.isSent()) {
        for (Control<?> old : c.snapshot) {
          if (!old.isAttached() && old.isSent()) {
            ops.add(new Op.Remove(old.id));
            forget(old);
          }
        }
      }
    }
    for (Control<?> c : containers) {
      c.setChildrenQueued(false);
      c.snapshot = null;
    }
    return ops;
  }

  /** The whole subtree as full nodes, marking it sent (for a render). */
  static Node full(Control<?> control) {
    control.setSent(true);
    control.clearDirtyProps();
    List<Node> kids = List.of();
    if (control.children != null && control.children.count() > 0) {
      kids = new ArrayList<>(control.children.count());
      for (int i = 0; i < control.children.count(); i++) {
        kids.add(full(control.children.at(i)));
      }
    }
    return new Node(control.id, control.type(), control.propsMap(), kids);
  }

  /** The subtree as full nodes, touching no bookkeeping (what the client should now show). */
  static Node snapshot(Control<?> control) {
    List<Node> kids = new ArrayList<>();
    if (control.children != null) {
      for (int i = 0; i < control.children.count(); i++) {
        kids.add(snapshot(control.children.at(i)));
      }
    }
    return new Node(control.id, control.type(), control.propsMap(), kids);
  }

  /** A new subtree for an insert: children the client already has become references. */
  private static Node inserted(Control<?> control) {
    if (control.isSent()) {
      return Node.reference(control.id);
    }
    control.setSent(true);
    control.clearDirtyProps();
    List<Node> kids = List.of();
    if (control.children != null && control.children.count() > 0) {
      kids = new ArrayList<>(control.children.count());
      for (int i = 0; i < control.children.count(); i++) {
        kids.add(inserted(control.children.at(i)));
      }
    }
    return new Node(control.id, control.type(), control.propsMap(), kids);
  }

  private static void placeChildren(Control<?> parent, List<Op> ops) {
    Control<?>[] old = parent.snapshot;
    ControlList now = parent.children; // the lock is held: read without it
    for (int i = 0; i < old.length; i++) {
      old[i].scratch = i + 1;
    }
    int n = now.count();
    int[] oldIndex = new int[n];
    for (int j = 0; j < n; j++) {
      Control<?> c = now.at(j);
      oldIndex[j] = c.isSent() && c.scratch > 0 ? c.scratch - 1 : -1;
    }
    for (Control<?> c : old) {
      c.scratch = 0;
    }
    boolean[] stays = longestIncreasingRun(oldIndex);
    for (int j = n - 1; j >= 0; j--) {
      Control<?> c = now.at(j);
      Integer before = j + 1 < n ? now.at(j + 1).id : null;
      if (!c.isSent()) {
        ops.add(new Op.Insert(parent.id, before, inserted(c)));
      } else if (!stays[j]) {
        ops.add(new Op.Move(parent.id, c.id, before));
      }
    }
  }

  /**
   * Marks which positions belong to a longest strictly increasing subsequence of the
   * non-negative values (negative ones never do): the children that keep their order.
   */
  static boolean[] longestIncreasingRun(int[] values) {
    int n = values.length;
    int[] tails = new int[n];   // tails[k]: position ending the best run of length k+1
    int[] prev = new int[n];
    int length = 0;
    for (int i = 0; i < n; i++) {
      int v = values[i];
      if (v < 0) {
        continue;
      }
      int lo = 0;
      int hi = length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (values[tails[mid]] < v) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      prev[i] = lo > 0 ? tails[lo - 1] : -1;
      tails[lo] = i;
      if (lo == length) {
        length++;
      }
    }
    boolean[] in = new boolean[n];
    for (int i = length == 0 ? -1 : tails[length - 1]; i >= 0; i = prev[i]) {
      in[i] = true;
    }
    return in;
  }

  /**
   * After a remove, the client has dropped the control and what it held: mark them unsent, except
   * those now elsewhere on the page, which an insert or move already took out of it.
   */
  private static void forget(Control<?> control) {
    control.setSent(false);
    for (Control<?> child : control.clientChildren()) {
      if (!child.isAttached() && child.isSent()) {
        forget(child);
      }
    }
  }
}
