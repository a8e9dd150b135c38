package dev.weft.hardening;

import java.lang.management.ManagementFactory;

/** The heap in use after full collections: what the JVM still holds, not what it has yet to sweep. */
final class Heap {

  private Heap() {
  }

  /** Bytes of heap in use after three full GCs (one may leave finalizable or soft garbage). */
  static long usedAfterGc() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
