package dev.weft.ui;

/** The page's colour scheme. */
public enum ThemeMode {
  /** Follow the browser's preference. */
  SYSTEM,
  LIGHT,
  DARK
}
