package dev.weft.ui.controls;

/** Which Markdown syntax a {@link Markdown} understands beyond CommonMark (Flet's names). */
public enum MarkdownExtensionSet {
  /** CommonMark only. */
  NONE,
  /** CommonMark only (Flet's name for the same set). */
  COMMON_MARK,
  /** CommonMark with GitHub's tables. */
  GITHUB_WEB,
  /** CommonMark with GitHub's tables (Flet's name for GitHub's set). */
  GITHUB_FLAVORED;

  /** Whether pipe tables are parsed. */
  boolean tables() {
    return this == GITHUB_WEB || this == GITHUB_FLAVORED;
  }
}
