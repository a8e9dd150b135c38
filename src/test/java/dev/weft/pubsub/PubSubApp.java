package dev.weft.pubsub;

import dev.weft.App;
import dev.weft.ui.EventHandler;
import dev.weft.ui.Page;
import dev.weft.ui.PubSub;
import dev.weft.ui.PubSubMessage;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Column;
import dev.weft.ui.controls.Text;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test app with one button per pubsub operation. Each session is named by its route
 * ({@code /ada} is "ada"); it sends {@code <name>-<n>}, and shows what it receives in the column
 * keyed {@code log} as {@code all:<message>} or {@code <topic>:<message>}. A received message
 * {@code boom} makes the handler throw. Every button's handler ends by setting the text keyed
 * {@code done} to {@code done <n>}, the session's count of handled clicks, so a test can wait
 * for a click to have taken effect (a session's handlers may otherwise run at the same time).
 */
final class PubSubApp implements App {

  static final String TOPIC = "news";
  static final int BURST = 100;

  @Override
  public void main(Page page) {
    String name = page.path().substring(1);
    AtomicInteger sent = new AtomicInteger();
    Column log = new Column().key("log");
    Text done = new Text("done 0").key("done");
    AtomicInteger clicks = new AtomicInteger();
    PubSub pubsub = page.pubsub();
    page.add(log, done,
        button(done, clicks, "sub", e -> pubsub.subscribe(m -> show(log, m))),
        button(done, clicks, "subAsync", e -> pubsub.subscribeAsync(m -> {
          show(log, m);
          return CompletableFuture.completedFuture(null);
        })),
        button(done, clicks, "subTopic", e -> pubsub.subscribeTopic(TOPIC, m -> show(log, m))),
        button(done, clicks, "unsub", e -> pubsub.unsubscribe()),
        button(done, clicks, "unsubTopic", e -> pubsub.unsubscribeTopic(TOPIC)),
        button(done, clicks, "unsubAll", e -> pubsub.unsubscribeAll()),
        button(done, clicks, "all", e -> pubsub.sendAll(name + "-" + sent.incrementAndGet())),
        button(done, clicks, "others", e -> pubsub.sendOthers(name + "-" + sent.incrementAndGet())),
        button(done, clicks, "allNews", e -> pubsub.sendAllOnTopic(TOPIC, name + "-" + sent.incrementAndGet())),
        button(done, clicks, "othersNews", e -> pubsub.sendOthersOnTopic(TOPIC, name + "-" + sent.incrementAndGet())),
        button(done, clicks, "burst", e -> {
          for (int i = 1; i <= BURST; i++) {
            pubsub.sendAll(name + "-burst-" + i);
          }
        }),
        button(done, clicks, "boom", e -> pubsub.sendAll("boom")),
        button(done, clicks, "notJson", e -> pubsub.sendAll(new Object())),
        button(done, clicks, "close", e -> page.close()));
  }

  /** A button whose handler, once it has run, counts itself in {@code done}. */
  private static Button button(Text done, AtomicInteger clicks, String text,
                               EventHandler<Button> handler) {
    return new Button(text, e -> {
      try {
        handler.handle(e);
      } finally {
        done.value("done " + clicks.incrementAndGet());
      }
    });
  }

  private static void show(Column log, PubSubMessage m) {
    String text = m.as(String.class);
    if (text.equals("boom")) {
      throw new IllegalStateException("the handler went boom");
    }
    log.controls().add(new Text((m.topic() == null ? "all" : m.topic()) + ":" + text));
  }
}
