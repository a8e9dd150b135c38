package dev.weft.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Sorting a list of children by moving them. {@code List}'s own sort sets each index from a sorted
 * copy; in a child list, setting a control that is already there moves it out of the place the
 * sort reads next, and the children come out scrambled. Moving each out-of-place child up instead
 * gives the right order, and the browser gets moves, never a removal and a new copy.
 */
public final class Reorder {

  private Reorder() {
  }

  /**
   * Sorts {@code children}, whose {@code add(i, c)} of a child already in it moves that child
   * (every child list of a control does: see {@link Control#childList()}).
   */
  public static <T> void byMoves(List<T> children, Comparator<? super T> order) {
    List<T> sorted = new ArrayList<>(children);
    sorted.sort(order);
    for (int i = 0; i < sorted.size(); i++) {
      if (children.get(i) != sorted.get(i)) {
        children.add(i, sorted.get(i)); // moves it up from its later place
      }
    }
  }
}
