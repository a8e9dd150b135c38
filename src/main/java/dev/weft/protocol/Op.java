package dev.weft.protocol;

/** One change inside a {@link Patch}. */
public sealed interface Op permits Op.Set, Op.Insert, Op.Move, Op.Remove {

  /**
   * Change some properties of a control; a null value resets a property to its default.
   *
   * @param id the control
   * @param props the new values
   */
  record Set(int id, java.util.Map<String, Object> props) implements Op {
    public static final String OP = "set";
  }

  /**
   * Add a new control, with its descendants, to a parent.
   *
   * @param parent the parent's id
   * @param before the sibling to insert before, or null to append
   * @param control the new control
   */
  record Insert(int parent, Integer before, Node control) implements Op {
    public static final String OP = "insert";
  }

  /**
   * Move a control the client already has, within its parent or to another one.
   *
   * @param parent the new parent's id
   * @param id the control
   * @param before the sibling to place it before, or null to append
   */
  record Move(int parent, int id, Integer before) implements Op {
    public static final String OP = "move";
  }

  /**
   * Remove a control and its descendants.
   *
   * @param id the control
   */
  record Remove(int id) implements Op {
    public static final String OP = "remove";
  }
}
