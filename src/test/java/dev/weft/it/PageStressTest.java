package dev.weft.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.weft.App;
import dev.weft.protocol.Codec;
import dev.weft.protocol.Patch;
import dev.weft.protocol.ServerMessage;
import dev.weft.testing.ClientTree;
import dev.weft.testing.WeftTestClient;
import dev.weft.ui.Control;
import dev.weft.ui.Page;
import dev.weft.ui.PageDriver;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Column;
import dev.weft.ui.controls.Container;
import dev.weft.ui.controls.Row;
import dev.weft.ui.controls.Text;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Sixteen handlers — eight blocking, eight async — mutate one page at the same time for about
 * three seconds: adding, removing and moving controls between rows, columns and containers,
 * re-adding removed ones, clearing, setting properties. Afterwards the tree the client built from
 * the patches equals the server's, and no patch was refused, skipped or out of place.
 */
@Tag("handlers")
class PageStressTest {

  private static final int BLOCKING = 8;
  private static final int ASYNC = 8;
  private static final Duration RUN = Duration.ofSeconds(3);
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final int MAX_CREATED = 300;

  private final Map<Long, Run> runs = new ConcurrentHashMap<>();
  private final ObjectMapper json = new ObjectMapper();
  private final Codec codec = new Codec();

  @Test
  void concurrentHandlersMutatingOnePageLeaveTheClientTreeEqualToTheServers() throws Exception {
    try (ItServer server = ItServer.start(Map.of("/", app()))) {
      for (long seed : new long[] {1, 2, 3}) {
        runOnce(server, seed);
      }
    }
  }

  private void runOnce(ItServer server, long seed) throws Exception {
    try (WeftTestClient client = WeftTestClient.connect(server.url(), "/?seed=" + seed)) {
      for (ClientTree.Entry button : client.findAll("button")) {
        client.click(button);
      }
      Run run = runs.get(seed);
      assertThat(run.done.await(WAIT.toSeconds(), TimeUnit.SECONDS))
          .as("seed %d: every handler finished", seed).isTrue();

      JsonNode expected = tree(PageDriver.snapshot(run.page));
      try {
        client.awaitTree(t -> expected.equals(tree(t.toNode())), WAIT);
      } catch (AssertionError e) {
        assertThat(tree(client.tree().toNode()).toPrettyString())
            .as("seed %d: the client's tree", seed).isEqualTo(expected.toPrettyString());
      }

      assertThat(client.appErrors()).as("seed %d: handler failures", seed).isEmpty();
      assertThat(client.protocolErrors()).as("seed %d: protocol errors", seed).isEmpty();
      client.assertNoFailures();
      List<ServerMessage> messages = client.messages();
      for (int i = 0; i < messages.size(); i++) {
        assertThat(messages.get(i).seq()).as("seed %d: seq of message %d", seed, i).isEqualTo(i + 1L);
      }
      long patches = messages.stream().filter(m -> m instanceof Patch).count();
      int applied = run.applied.get();
      int skipped = run.skipped.get();
      System.out.printf("seed %d: %d mutations applied, %d skipped as races, %d patches, "
          + "%d controls at the end%n", seed, applied, skipped, patches, client.tree().all().size());
      assertThat(patches).as("seed %d: the run really patched the page", seed).isGreaterThan(100);
      assertThat(applied).as("seed %d: mutations applied (%d skipped as races)", seed, skipped)
          .isGreaterThan(500)
          .isGreaterThan(skipped);
      assertThat(client.tree().all().size()).as("seed %d: controls on the page", seed).isGreaterThan(20);
    }
  }

  private JsonNode tree(dev.weft.protocol.Node node) {
    try {
      return json.readTree(codec.encode(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  // ------------------------------------------------------------------ the app

  /** One session's run: its page, and what its handlers did. */
  static final class Run {
    final Page page;
    final CountDownLatch done = new CountDownLatch(BLOCKING + ASYNC);
    final AtomicInteger applied = new AtomicInteger();
    final AtomicInteger skipped = new AtomicInteger();
    final List<Control<?>> areas = new ArrayList<>();          // rows and columns, never moved
    final List<Container> boxes = new ArrayList<>();           // containers, never moved
    final List<Control<?>> created = new CopyOnWriteArrayList<>(); // texts and groups, moved freely
    final List<Control<?>> groups = new CopyOnWriteArrayList<>();  // rows/columns holding texts only
    final AtomicInteger names = new AtomicInteger();

    Run(Page page) {
      this.page = page;
    }
  }

  private App app() {
    return page -> {
      long seed = Long.parseLong(page.route().substring(page.route().indexOf('=') + 1));
      Run run = new Run(page);
      Column colA = new Column(new Text("a0"), new Text("a1")).key("colA");
      Column colB = new Column().key("colB");
      Row rowA = new Row(new Text("r0")).key("rowA");
      Row rowB = new Row().key("rowB");
      Container boxA = new Container(new Text("in box")).key("boxA");
      Container boxB = new Container().key("boxB");
      run.areas.addAll(List.of(colA, colB, rowA, rowB));
      run.boxes.addAll(List.of(boxA, boxB));
      for (Control<?> area : run.areas) {
        run.created.addAll(children(area));
      }
      run.created.add(boxA.content());
      Row buttons = new Row().key("buttons");
      for (int i = 0; i < BLOCKING; i++) {
        Random random = new Random(seed * 1_000 + i);
        buttons.controls().add(new Button("blocking " + i, e -> blockingHandler(run, random)));
      }
      for (int i = 0; i < ASYNC; i++) {
        Random random = new Random(seed * 1_000 + 500 + i);
        buttons.controls().add(Button.async("async " + i, e -> asyncHandler(run, random)));
      }
      runs.put(seed, run); // before add: add sends the render, and the test reads the run then
      page.add(buttons, new Column(colA, colB, rowA, boxA).key("left"),
          new Row(rowB, boxB).key("right"));
    };
  }

  private static void blockingHandler(Run run, Random random) throws InterruptedException {
    long deadline = System.nanoTime() + RUN.toNanos();
    try {
      while (System.nanoTime() < deadline) {
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
          mutate(run, random);
        }
        if (random.nextInt(3) > 0) {
          run.page.update();
        }
        Thread.sleep(1 + random.nextInt(6));
      }
    } finally {
      run.done.countDown();
    }
  }

  private static CompletableFuture<Void> asyncHandler(Run run, Random random) {
    CompletableFuture<Void> finished = new CompletableFuture<>();
    tick(run, random, System.nanoTime() + RUN.toNanos(), finished);
    return finished;
  }

  /** One step of an async handler, on the session's event loop, then the next after a timer. */
  private static void tick(Run run, Random random, long deadline, CompletableFuture<Void> finished) {
    run.page.timer(Duration.ofMillis(1 + random.nextInt(6))).thenRun(() -> {
      try {
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
          mutate(run, random);
        }
        if (random.nextBoolean()) {
          run.page.update();
        }
        if (System.nanoTime() < deadline) {
          tick(run, random, deadline, finished);
          return;
        }
        run.done.countDown();
        finished.complete(null);
      } catch (Throwable t) {
        run.done.countDown();
        finished.completeExceptionally(t);
      }
    });
  }

  /**
   * One random change. Another handler may change the same list between reading its size and
   * using an index: such races throw {@link IndexOutOfBoundsException} (or a container refusing a
   * second child) and are counted as skipped; anything else fails the handler, and the test.
   */
  private static void mutate(Run run, Random random) {
    try {
      apply(run, random);
      run.applied.incrementAndGet();
    } catch (IndexOutOfBoundsException e) {
      run.skipped.incrementAndGet();
    } catch (IllegalStateException e) {
      if (e.getMessage() == null || !e.getMessage().contains("holds at most")) {
        throw e;
      }
      run.skipped.incrementAndGet();
    }
  }

  private static void apply(Run run, Random random) {
    Page page = run.page;
    switch (random.nextInt(14)) {
      case 0, 1 -> { // a new text in an area
        if (run.created.size() < MAX_CREATED) {
          Text text = new Text("t" + run.names.incrementAndGet());
          run.created.add(text);
          List<Control<?>> area = children(pick(run.areas, random));
          area.add(random.nextInt(area.size() + 1), text);
        } else {
          move(run, random);
        }
      }
      case 2 -> { // a new group of texts in an area
        if (run.created.size() < MAX_CREATED) {
          Control<?> group = random.nextBoolean()
              ? new Row(new Text("g" + run.names.incrementAndGet()), new Text("h" + run.names.incrementAndGet()))
              : new Column(new Text("c" + run.names.incrementAndGet()));
          // its children are listed before other handlers can see the group (case 6 adds to
          // groups in run.groups: listing them after would race with that, a test-only race)
          run.created.addAll(children(group));
          run.created.add(group);
          run.groups.add(group);
          List<Control<?>> area = children(pick(run.areas, random));
          area.add(random.nextInt(area.size() + 1), group);
        }
      }
      case 3, 4, 5 -> move(run, random);
      case 6 -> { // a text into a group (even one that is off the page)
        Control<?> text = pick(run.created, random);
        if (text instanceof Text && !run.groups.isEmpty()) {
          List<Control<?>> group = children(pick(run.groups, random));
          group.add(random.nextInt(group.size() + 1), text);
        }
      }
      case 7 -> { // remove a control from wherever it is
        Control<?> victim = pick(run.created, random);
        Control<?> parent = victim.parent();
        if (random.nextBoolean() || parent == null || parent == page) {
          page.remove(victim);
        } else if (parent instanceof Container box) {
          box.content(null);
        } else {
          children(parent).remove(victim);
        }
      }
      case 8 -> { // reorder inside an area
        List<Control<?>> area = children(pick(run.areas, random));
        int size = area.size();
        if (size > 1) {
          area.add(random.nextInt(size), area.get(random.nextInt(size)));
        }
      }
      case 9 -> { // fill or empty a box
        Container box = pick(run.boxes, random);
        int choice = random.nextInt(3);
        if (choice == 0) {
          box.content(null);
        } else {
          box.content(pick(run.created, random));
        }
      }
      case 10 -> { // properties
        Control<?> c = pick(run.created, random);
        if (c instanceof Text text) {
          switch (random.nextInt(4)) {
            case 0 -> text.value("v" + random.nextInt(1000));
            case 1 -> text.size(random.nextBoolean() ? null : 10 + random.nextInt(20));
            case 2 -> text.visible(random.nextBoolean());
            default -> text.color(random.nextBoolean() ? null : "primary");
          }
        } else if (c instanceof Row row) {
          row.spacing(random.nextInt(20));
        } else if (c instanceof Column column) {
          column.spacing(random.nextInt(20));
        }
        if (random.nextInt(10) == 0) {
          pick(run.boxes, random).bgcolor(random.nextBoolean() ? null : "surfaceVariant");
        }
      }
      case 11 -> { // clear an area (rarely)
        if (random.nextInt(8) == 0) {
          children(pick(run.areas, random)).clear();
        }
      }
      case 12 -> { // the page itself: a control added at, or removed from, its end
        List<Control<?>> top = page.controls();
        int size = top.size(); // read once: other handlers change it meanwhile
        if (random.nextBoolean() || size <= 3) {
          page.add(pick(run.created, random));
        } else {
          page.remove(top.get(3 + random.nextInt(size - 3)));
        }
      }
      default -> { // set and reset within one update: nothing, or the latest value, is sent
        Control<?> c = pick(run.created, random);
        if (c instanceof Text text) {
          String old = text.value();
          text.value("temp");
          text.value(random.nextBoolean() ? old : "final" + random.nextInt(10));
        }
        page.title(random.nextBoolean() ? "Stress" : "Weft");
      }
    }
  }

  /** A control anywhere (or nowhere) on the page into an area, at a random place. */
  private static void move(Run run, Random random) {
    Control<?> c = pick(run.created, random);
    List<Control<?>> area = children(pick(run.areas, random));
    area.add(random.nextInt(area.size() + 1), c);
  }

  private static <T> T pick(List<T> list, Random random) {
    return list.get(random.nextInt(list.size()));
  }

  /** The live child list of a row, column or container. */
  private static List<Control<?>> children(Control<?> control) {
    if (control instanceof Row row) {
      return row.controls();
    }
    if (control instanceof Column column) {
      return column.controls();
    }
    if (control instanceof Container box) {
      Control<?> content = box.content();
      return content == null ? List.of() : List.of(content);
    }
    throw new IllegalArgumentException(String.valueOf(control));
  }
}
