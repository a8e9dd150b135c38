package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.protocol.ClientEvent;
import dev.weft.protocol.Op;
import dev.weft.protocol.Patch;
import dev.weft.ui.controls.TextField;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A value the browser reports while the app's own change to it is still unsent: the app's, newer,
 * wins and goes out. (A chat's submit handler clears its field; the change event that follows
 * Enter arrives while the handler runs, and used to put the old text back on the server, so the
 * field kept it: StorageKeysIT and ChatIT saw it in Chromium.)
 */
class AppValueWinsTest {

  private final RecordingSink sink = new RecordingSink();
  private final PageDriver driver = new PageDriver(sink, new ClientInfo("/", 0, 0, false, null,
      RequestHeaders.none()), sink);
  private final Page page = driver.page();

  /** The properties the last patch set on {@code id}, merged. */
  private Map<String, Object> lastSet(int id) {
    Map<String, Object> props = new HashMap<>();
    for (Op op : ((Patch) sink.last()).ops()) {
      if (op instanceof Op.Set set && set.id() == id) {
        props.putAll(set.props());
      }
    }
    return props;
  }

  @Test
  void aReportArrivingAfterTheAppsUnsentChangeLosesToIt() throws Exception {
    TextField field = new TextField("message");
    page.add(field);
    driver.dispatch(new ClientEvent(1, field.id(), "change", "hello")); // the user typed
    assertThat(field.value()).isEqualTo("hello");

    field.value(""); // a handler clears it; not sent yet
    driver.dispatch(new ClientEvent(2, field.id(), "change", "hello")); // the late report
    assertThat(field.value()).as("the app's value").isEmpty();
    page.update();
    assertThat(lastSet(field.id())).containsEntry("value", null);
  }

  @Test
  void withoutAPendingChangeTheBrowsersValueIsTakenSilently() throws Exception {
    TextField field = new TextField("message");
    page.add(field);
    field.value("draft");
    page.update();
    int sent = sink.messages.size();
    driver.dispatch(new ClientEvent(1, field.id(), "change", "draft, edited"));
    assertThat(field.value()).isEqualTo("draft, edited");
    page.update();
    assertThat(sink.messages).hasSize(sent); // the browser shows it already
  }
}
