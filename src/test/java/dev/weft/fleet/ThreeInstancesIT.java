package dev.weft.fleet;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import dev.weft.chaos.ChaosProxy;
import dev.weft.e2e.Browsers;
import dev.weft.upload.UploadStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 9's deployment, for real: three clustered fat-jar JVMs behind nginx with plain round robin
 * (docs/nginx/weft-cluster.conf), Chromium in front. The seed example works through it, and the
 * counter keeps an exact count while its connection is cut again and again, each reconnect going
 * to whichever instance nginx picks next: the test reads from the instances' gauges that the
 * socket really landed on an instance other than the session's home, both other instances, and
 * prints each re-attach. Two browsers whose sessions live on different instances chat through
 * {@code page.pubsub()} ({@code /chat/}). Files picked in {@code /files/} are PUT through nginx's
 * rotation, so some land on instances other than the session's home: nginx's access log says which
 * instance took each PUT, and the test checks that every file is kept, whole, in the home's upload
 * directory only, and counted in the home's {@code weft_upload_bytes_total}.
 */
// several clustered JVMs whose timings are checked: failsafe runs it alone (pom.xml, "serial")
@Tag("serial")
class ThreeInstancesIT {

  /** Re-attaches at least this many times, and more (up to {@link #MAX_CUTS}) until both other instances were seen. */
  private static final int MIN_CUTS = 4;
  private static final int MAX_CUTS = 10;
  private static final int BURST = 8;
  private static final Duration CAUGHT_UP = Duration.ofSeconds(20);
  /** The files of one pick, in bytes: a few hundred KB to a few MB, each its own PUT. */
  private static final int[] UPLOAD_SIZES = {300 * 1024, 1_200 * 1024, 3 * 1024 * 1024};
  /** Picks of {@link #UPLOAD_SIZES} made until a PUT lands on an instance other than the session's. */
  private static final int MAX_UPLOAD_ROUNDS = 3;
  /** How long a pick may take to show its hashes: three JVMs and chromium on two busy cores. */
  private static final Duration UPLOADED = Duration.ofSeconds(30);

  /** {@code [count, gapMs]} → clicks made on the counter's "+1". */
  private static final String CLICK = "async ([count, gapMs]) => {"
      + " let done = 0;"
      + " for (let i = 0; i < count; i++) {"
      + "   if (i > 0 && gapMs > 0) await new Promise(resolve => setTimeout(resolve, gapMs));"
      + "   const button = document.querySelector('[data-key=\"plus\"]');"
      + "   if (button && button.isConnected) { button.click(); done++; }"
      + " }"
      + " return done; }";

  static Fleet fleet;
  static Browsers.Launched launched;

  @BeforeAll
  static void startFleetAndBrowser() throws Exception {
    Browsers.assumeNotSkipped();
    fleet = Fleet.start("three");
    launched = Browsers.launch();
  }

  @AfterAll
  static void stopFleetAndBrowser() throws Exception {
    try {
      if (launched != null) {
        launched.close();
      }
    } finally {
      if (fleet != null) {
        fleet.close();
      }
    }
  }

  @Test
  void theSeedExampleWorksThroughTheBalancer() throws Exception {
    Map<Instance, Gauges> before = fleet.gauges();
    try (BrowserContext context = newContext()) {
      Page page = context.newPage();
      page.navigate(fleet.url("/"));
      button(page, "Call async handler").click();
      assertThat(page.getByText("Async handler clicked", new Page.GetByTextOptions().setExact(true))).isVisible();
      Map<Instance, Gauges> after = fleet.awaitSockets(1);
      Instance home = Fleet.newHome(before, after);
      System.out.printf("[fleet] seed example through nginx: page served by %s, session on %s, socket on %s%n",
          fleet.servedLast("GET / "), home, Fleet.socketHolder(after));
    }
    fleet.awaitSockets(0);
  }

  @Test
  void theCounterKeepsAnExactCountWhileReattachingThroughOtherInstances() throws Exception {
    Random random = new Random(Long.getLong("weft.chaos.seed", 9_2026L));
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    Map<Instance, Gauges> before = fleet.awaitSockets(0);
    try (BrowserContext context = newContext();
         ChaosProxy proxy = ChaosProxy.start(fleet.nginx.port())) {
      Page page = context.newPage();
      page.navigate(proxy.url("/counter/"));
      Locator count = page.locator("[data-key=\"count\"]");
      assertThat(count).hasText("0");
      Map<Instance, Gauges> opened = fleet.awaitSockets(1);
      Instance home = Fleet.newHome(before, opened);
      assertThat(Fleet.socketHolder(opened)).as("a new session lives where its socket landed").isEqualTo(home);
      int sessionsOpened = Fleet.sum(opened, Gauges::sessionsOpened);
      int eventsBefore = Fleet.sum(opened, Gauges::eventsHandled);

      int clicks = 0;
      Set<Instance> remoteSeen = new LinkedHashSet<>();
      List<Long> reattachMillis = new ArrayList<>();
      List<String> lines = new ArrayList<>();
      for (int cut = 1; cut <= MAX_CUTS && (cut <= MIN_CUTS || remoteSeen.size() < Fleet.SIZE - 1); cut++) {
        // clicks in flight when the link dies: the page must resend what the server did not ack
        long cutAfterMs = random.nextInt(60);
        long[] cutAt = new long[1];
        timer.schedule(() -> {
          cutAt[0] = System.nanoTime();
          proxy.cutAll(Duration.ofMillis(300), "a cut for a re-attach");
        }, cutAfterMs, TimeUnit.MILLISECONDS);
        clicks += ((Number) page.evaluate(CLICK, List.of(BURST, 15))).intValue();
        page.waitForTimeout(350); // the cut has happened and the proxy accepts again
        // more clicks after the cut: they can only count over the new socket
        clicks += ((Number) page.evaluate(CLICK, List.of(2, 0))).intValue();
        awaitCount(page, count, clicks);
        long millis = (System.nanoTime() - cutAt[0]) / 1_000_000;
        Map<Instance, Gauges> now = settledSockets();
        Instance socket = Fleet.socketHolder(now);
        boolean remote = socket != home;
        assertThat(now.get(socket).socketsRemote()).as("%s counts the socket as remote: %s", socket, now)
            .isEqualTo(remote ? 1 : 0);
        if (remote) {
          remoteSeen.add(socket);
        }
        reattachMillis.add(millis);
        String line = String.format("re-attach #%d: session home %s, socket on %s%s, count %d, %d ms from the cut"
            + " to the count shown (link down 300 ms)",
            cut, home, socket, remote ? " (remote: one cluster hop)" : " (local)", clicks, millis);
        lines.add(line);
        System.out.println("[fleet] " + line);
      }
      page.waitForTimeout(1_000); // anything doubled would still be arriving
      String shown = count.textContent();
      Map<Instance, Gauges> end = fleet.gauges();
      long remoteLandings = lines.stream().filter(l -> l.contains("(remote")).count();
      System.out.printf("[fleet] counter through nginx and cuts: %d re-attaches, %d landed on an instance other"
              + " than the session's (%s), %d clicks, page shows %s, events handled %d, ms from each cut to the count shown again %s%n",
          reattachMillis.size(), remoteLandings, remoteSeen, clicks, shown,
          Fleet.sum(end, Gauges::eventsHandled) - eventsBefore, reattachMillis);

      assertThat(remoteSeen).as("re-attaches landed on both instances that are not the session's home (%s)", home)
          .hasSize(Fleet.SIZE - 1);
      assertThat(shown).as("the count after %d clicks", clicks).isEqualTo(String.valueOf(clicks));
      assertThat(Fleet.sum(end, Gauges::sessionsOpened)).as("one session all along").isEqualTo(sessionsOpened);
      assertThat(Fleet.sum(end, Gauges::eventsHandled) - eventsBefore)
          .as("weft_events_handled_total moved by the clicks, resends not counted").isEqualTo(clicks);
    } finally {
      timer.shutdownNow();
    }
  }

  @Test
  void twoBrowsersWhoseSessionsLiveOnDifferentInstancesChatThroughPubSub() throws Exception {
    Map<Instance, Gauges> before = fleet.awaitSockets(0);
    try (BrowserContext adasContext = newContext()) {
      Page ada = adasContext.newPage();
      joinChat(ada, "Ada");
      Map<Instance, Gauges> withAda = fleet.awaitSockets(1);
      Instance adasHome = Fleet.newHome(before, withAda);
      Instance bobsHome = adasHome;
      BrowserContext bobsContext = null;
      Page bob = null;
      // a page load is several requests: the rotation may bring Bob's socket to Ada's instance
      for (int attempt = 0; attempt < 4 && bobsHome == adasHome; attempt++) {
        if (bobsContext != null) {
          bobsContext.close();
          fleet.awaitSockets(1);
          fleet.advance(1);
        }
        Map<Instance, Gauges> mid = fleet.gauges();
        bobsContext = newContext();
        bob = bobsContext.newPage();
        joinChat(bob, "Bob");
        bobsHome = Fleet.newHome(mid, fleet.awaitSockets(2));
      }
      try {
        assertThat(bobsHome).as("Bob's session lives on another instance than Ada's (%s)", adasHome)
            .isNotEqualTo(adasHome);
        // each attempt above that landed on Ada's instance joined once more: the last join is this Bob's
        assertThat(ada.getByText("Bob joined the chat", new Page.GetByTextOptions().setExact(true)).last())
            .isVisible();
        send(ada, "Hello Bob, from " + adasHome);
        assertThat(bob.getByText("Hello Bob, from " + adasHome, new Page.GetByTextOptions().setExact(true)))
            .isVisible();
        send(bob, "Hi Ada, from " + bobsHome);
        assertThat(ada.getByText("Hi Ada, from " + bobsHome, new Page.GetByTextOptions().setExact(true)))
            .isVisible();
        System.out.printf("[fleet] chat through nginx: Ada's session on %s, Bob's on %s; messages crossed both ways%n",
            adasHome, bobsHome);
      } finally {
        bobsContext.close();
      }
    }
    fleet.awaitSockets(0);
  }

  @Test
  void filesPutThroughTheBalancerToOtherInstancesAreKeptByTheSessionsHome() throws Exception {
    Map<Instance, Gauges> before = fleet.awaitSockets(0);
    // the instances' upload dirs and nginx's access log outlive a run (target/): this run's files are named apart
    String run = Long.toString(System.currentTimeMillis(), 36);
    Path pickedDir = pickedDir();
    Map<Instance, Set<Path>> tempBefore = new LinkedHashMap<>();
    for (Instance instance : fleet.instances) {
      tempBefore.put(instance, Set.copyOf(allFiles(instance.uploadDir().resolve(UploadStore.TEMP_DIR))));
    }
    try (BrowserContext context = newContext()) {
      Page page = context.newPage();
      page.navigate(fleet.url("/files/"));
      assertThat(button(page, "Pick files")).isVisible();
      Map<Instance, Gauges> opened = fleet.awaitSockets(1);
      Instance home = Fleet.newHome(before, opened);
      Instance socket = Fleet.socketHolder(opened);

      // three PUTs in a row take three turns of nginx's rotation, so one round nearly always lands
      // on another instance than the session's; should other requests share the turns, pick again
      List<Path> files = new ArrayList<>();
      Map<String, ProxiedPut> puts = new LinkedHashMap<>();
      int rounds = 0;
      for (int round = 1; round <= MAX_UPLOAD_ROUNDS
          && puts.values().stream().allMatch(put -> put.acceptedBy() == home); round++) {
        rounds = round;
        List<Path> picked = new ArrayList<>();
        for (int i = 0; i < UPLOAD_SIZES.length; i++) {
          String name = "fleet-" + run + "-" + round + "-" + (i + 1) + ".bin";
          picked.add(writeRandom(pickedDir, name, UPLOAD_SIZES[i], round * 10L + i));
        }
        FileChooser chooser = page.waitForFileChooser(() -> button(page, "Pick files").click());
        chooser.setFiles(picked.toArray(Path[]::new));
        for (Path file : picked) {
          assertThat(page.locator("[data-key=\"status:" + file.getFileName() + "\"]"))
              .hasText("SHA-256 " + sha256(file), new LocatorAssertions.HasTextOptions().setTimeout(UPLOADED.toMillis()));
        }
        puts.putAll(ProxiedPut.await(fleet, "/files/", picked.stream().map(f -> f.getFileName().toString()).toList()));
        files.addAll(picked);
      }
      page.screenshot(new Page.ScreenshotOptions().setPath(screenshots().resolve("fleet-files.png")).setFullPage(true));

      // in the order of the files: smallest first in each pick
      List<Instance> acceptedBy = files.stream().map(f -> puts.get(f.getFileName().toString()).acceptedBy()).toList();
      long remote = acceptedBy.stream().filter(instance -> instance != home).count();
      assertThat(remote).as("PUTs accepted by an instance other than the session's home %s in %d rounds of %d"
          + " files: %s", home, MAX_UPLOAD_ROUNDS, UPLOAD_SIZES.length, puts.values()).isPositive();
      String session = puts.values().iterator().next().session();
      assertThat(puts.values()).as("every PUT answered 200, for the one session").allSatisfy(put -> {
        assertThat(put.status()).isEqualTo(200);
        assertThat(put.session()).isEqualTo(session);
      });

      long bytes = 0;
      for (Path file : files) {
        bytes += Files.size(file);
        Path stored = home.uploadDir().resolve(session).resolve(file.getFileName().toString());
        assertThat(stored).as("kept in the home's %s", home.uploadDir()).isRegularFile();
        assertThat(sha256(stored)).as("SHA-256 of %s", stored).isEqualTo(sha256(file));
      }
      for (Instance instance : fleet.instances) {
        List<Path> ours = allFiles(instance.uploadDir()).stream()
            .filter(p -> p.getFileName().toString().startsWith("fleet-" + run + "-")).toList();
        assertThat(ours).as("this run's files on %s", instance)
            .hasSize(instance == home ? files.size() : 0);
      }
      awaitNoNewTempFiles(tempBefore);
      long total = bytes;
      Map<Instance, Gauges> after = fleet.awaitGauges("weft_upload_bytes_total up by " + total + " on " + home + " alone",
          now -> now.keySet().stream().allMatch(instance -> now.get(instance).uploadBytes()
              - opened.get(instance).uploadBytes() == (instance == home ? total : 0)));

      System.out.printf("[fleet] upload through nginx: session home %s, socket on %s, PUTs accepted by %s (%d remote),"
              + " %d files in %d pick(s), %,d bytes, SHA-256 equal, stored only on %s, weft_upload_bytes_total +%,d there%n",
          home, socket, acceptedBy.stream().map(instance -> instance.name).toList(), remote, files.size(), rounds, total,
          home, after.get(home).uploadBytes() - opened.get(home).uploadBytes());
    }
    fleet.awaitSockets(0);
  }

  /** Every file under {@code dir} (none when it does not exist). */
  private static List<Path> allFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }

  /**
   * No instance holds a temporary upload file it did not hold before the test: a relayed body
   * never touches the accepting instance's disk, and the home moves its temporary file into place
   * (the browser may hear of the end a moment before that is done).
   */
  private static void awaitNoNewTempFiles(Map<Instance, Set<Path>> before) throws Exception {
    long deadline = System.nanoTime() + UPLOADED.toNanos();
    while (true) {
      Map<Instance, Object> left = new LinkedHashMap<>();
      for (Instance instance : fleet.instances) {
        try {
          List<Path> now = allFiles(instance.uploadDir().resolve(UploadStore.TEMP_DIR)).stream()
              .filter(p -> !before.get(instance).contains(p)).toList();
          if (!now.isEmpty()) {
            left.put(instance, now);
          }
        } catch (UncheckedIOException | IOException movedWhileListed) {
          left.put(instance, movedWhileListed);
        }
      }
      if (left.isEmpty()) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("temporary upload files left after " + UPLOADED + ": " + left);
      }
      Thread.sleep(50);
    }
  }

  /** The files the browser picks, written by the test: the last run's only. */
  private static Path pickedDir() throws IOException {
    Path dir = Path.of(System.getProperty("weft.buildDir", "target"), "fleet-picked");
    for (Path earlier : allFiles(dir)) {
      Files.delete(earlier);
    }
    return Files.createDirectories(dir);
  }

  private static Path writeRandom(Path dir, String name, int size, long seed) throws IOException {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return Files.write(dir.resolve(name), bytes);
  }

  private static String sha256(Path file) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Where the browser tests' screenshots go (as E2eServer's): target/screenshots of the project. */
  private static Path screenshots() throws IOException {
    return Files.createDirectories(Path.of(System.getProperty("basedir", "."), "target", "screenshots"));
  }

  private static void joinChat(Page page, String name) {
    page.navigate(fleet.url("/chat/"));
    Locator field = page.getByLabel("Your name");
    field.fill(name);
    field.press("Enter");
    assertThat(page.getByText("You are " + name + ". Say hello!", new Page.GetByTextOptions().setExact(true)))
        .isVisible();
  }

  private static void send(Page page, String text) {
    Locator field = page.locator("[data-key=\"message\"] input");
    field.fill(text);
    field.press("Enter");
  }

  /** One socket in the fleet, the same holder in two scrapes in a row (the old socket's close is counted). */
  private static Map<Instance, Gauges> settledSockets() throws InterruptedException {
    Map<Instance, Gauges> previous = fleet.awaitSockets(1);
    for (int i = 0; i < 100; i++) {
      Thread.sleep(50);
      Map<Instance, Gauges> now = fleet.awaitSockets(1);
      if (Fleet.socketHolder(now) == Fleet.socketHolder(previous)) {
        return now;
      }
      previous = now;
    }
    throw new AssertionError("the socket's instance never settled: " + previous);
  }

  private static void awaitCount(Page page, Locator count, int expected) {
    long deadline = System.nanoTime() + CAUGHT_UP.toNanos();
    String shown = count.textContent();
    while (!String.valueOf(expected).equals(shown) && System.nanoTime() < deadline) {
      page.waitForTimeout(20);
      shown = count.textContent();
    }
    org.assertj.core.api.Assertions.assertThat(shown).as("the count after the re-attach").isEqualTo(String.valueOf(expected));
  }

  private static BrowserContext newContext() {
    BrowserContext context = launched.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
    context.setDefaultTimeout(15_000);
    return context;
  }

  private static Locator button(Page page, String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }
}
