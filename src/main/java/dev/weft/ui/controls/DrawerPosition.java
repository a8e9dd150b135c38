package dev.weft.ui.controls;

/**
 * The side a {@link NavigationDrawer} slides in from: Flet's {@code page.drawer} (START) and
 * {@code page.end_drawer} (END). START is the left in a left-to-right page.
 */
public enum DrawerPosition {
  START,
  END
}
