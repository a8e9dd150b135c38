package dev.weft.ui.controls;

/** The mouse pointer's look over a control (Flet's {@code MouseCursor}), on the wire in camel case ({@code "click"}, {@code "resizeUpDown"}). */
public enum MouseCursor {
  BASIC,
  CLICK,
  MOVE,
  GRAB,
  GRABBING,
  PRECISE,
  TEXT,
  FORBIDDEN,
  WAIT,
  PROGRESS,
  HELP,
  CONTEXT_MENU,
  ZOOM_IN,
  ZOOM_OUT,
  RESIZE_LEFT_RIGHT,
  RESIZE_UP_DOWN,
  ALL_SCROLL,
  NONE
}
