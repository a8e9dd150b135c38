package dev.weft.chaos;

/** Which way bytes travel through the proxy. */
public enum Direction {
  /** From the browser (or test client) to the server. */
  UPSTREAM("->"),
  /** From the server to the browser. */
  DOWNSTREAM("<-");

  final String arrow;

  Direction(String arrow) {
    this.arrow = arrow;
  }
}
