package dev.weft.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionStoreTest {

  @Test
  void setGetRemoveKeysClear() {
    SessionStore store = new SessionStore();
    store.set("user", "ada").set("count", 3);
    assertEquals("ada", store.get("user"));
    assertEquals(3, store.get("count", Integer.class, 0));
    assertEquals(7, store.get("missing", Integer.class, 7));
    assertEquals(Set.of("user", "count"), store.keys());
    assertTrue(store.containsKey("user"));
    assertEquals("ada", store.remove("user"));
    assertFalse(store.containsKey("user"));
    store.set("count", null);
    assertNull(store.get("count"));
    store.set("a", 1);
    store.clear();
    assertEquals(0, store.size());
  }

  @Test
  void typedGetNamesBothTypesOnMismatch() {
    SessionStore store = new SessionStore();
    store.set("n", "text");
    ClassCastException e = assertThrows(ClassCastException.class,
        () -> store.get("n", Integer.class, 0));
    assertTrue(e.getMessage().contains("java.lang.String"), e.getMessage());
    assertTrue(e.getMessage().contains("java.lang.Integer"), e.getMessage());
  }

  @Test
  void badKeysAreRefused() {
    SessionStore store = new SessionStore();
    assertThrows(IllegalArgumentException.class, () -> store.set("", 1));
    assertThrows(IllegalArgumentException.class, () -> store.get(null));
  }

  @Test
  void concurrentWritersLoseNothing() throws Exception {
    SessionStore store = new SessionStore();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int base = t * 1000;
      Thread thread = new Thread(() -> {
        for (int i = 0; i < 1000; i++) {
          store.set("k" + (base + i), i);
        }
      });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertEquals(4000, store.size());
  }

  @Test
  void thePageHasOneStorePerSession() {
    Page page = RecordingSink.newDriver(new RecordingSink()).page();
    page.sessionStore().set("x", 1);
    assertEquals(1, page.sessionStore().get("x"));
  }
}
