package dev.weft.bench;

/** Prints a free TCP port on this machine (for bench/browser.sh, which has no other way to find one). */
public final class FreePort {

  private FreePort() {
  }

  public static void main(String[] args) {
    System.out.println(Server.freePort());
  }
}
