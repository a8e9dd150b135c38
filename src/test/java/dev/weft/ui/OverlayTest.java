package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.protocol.ClientEvent;
import dev.weft.protocol.Node;
import dev.weft.ui.controls.Text;
import dev.weft.ui.controls.View;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** page.overlay(), page.open and page.close, and a dismissal from the browser. */
class OverlayTest {

  /** The smallest overlay: a box of children. */
  static final class Box extends Overlay<Box> {
    Box() {
      super(Integer.MAX_VALUE);
    }

    @Override
    protected String type() {
      return "box";
    }
  }

  private final RecordingSink sink = new RecordingSink();
  private final PageDriver driver = new PageDriver(sink, new ClientInfo("/", 0, 0, false, null,
      RequestHeaders.none()), sink);
  private final Page page = driver.page();

  private List<String> wireChildren() {
    List<String> types = new ArrayList<>();
    for (Node child : PageDriver.snapshot(page).children()) {
      types.add(child.type() + (Boolean.TRUE.equals(child.props().get("open")) ? "(open)" : ""));
    }
    return types;
  }

  @Test
  void openPutsTheOverlayAfterTheContentAndTheContentStaysApart() {
    Text a = new Text("a");
    page.add(a);
    Box dialog = new Box();
    page.open(dialog);
    assertThat(dialog.open()).isTrue();
    assertThat(page.overlay()).containsExactly(dialog);
    assertThat(page.controls()).containsExactly(a);

    Text b = new Text("b");
    page.add(b); // content goes before the overlays
    page.controls().add(0, new Text("first"));
    assertThat(page.controls()).hasSize(3).endsWith(b);
    assertThat(wireChildren()).containsExactly("text", "text", "text", "box(open)");

    page.close(dialog);
    assertThat(dialog.open()).isFalse();
    assertThat(page.overlay()).containsExactly(dialog); // ready to open again
    page.open(dialog);
    assertThat(page.overlay()).containsExactly(dialog);

    page.clean(); // the content only
    assertThat(page.controls()).isEmpty();
    assertThat(wireChildren()).containsExactly("box(open)");
    page.overlay().remove(dialog);
    assertThat(page.overlay()).isEmpty();
  }

  @Test
  void viewsAndOverlaysShareThePage() {
    page.views().add(new View("/"));
    Box sheet = new Box();
    page.open(sheet);
    page.views().add(new View("/two"));
    assertThat(page.views()).hasSize(2);
    assertThat(page.topView().route()).isEqualTo("/two");
    assertThat(wireChildren()).containsExactly("view", "view", "box(open)");
    page.views().remove(1);
    assertThat(page.views()).hasSize(1);
    assertThat(page.overlay()).containsExactly(sheet);
  }

  @Test
  void anOverlayElsewhereInTheTreeOpensInPlace() {
    Box dialog = new Box();
    View view = new View("/");
    view.controls().add(dialog);
    page.views().add(view);
    page.open(dialog);
    assertThat(page.overlay()).isEmpty();
    assertThat(dialog.parent()).isSameAs(view);
  }

  @Test
  void aDismissalFromTheBrowserClosesItAndRunsTheHandler() throws Exception {
    Box dialog = new Box();
    page.open(dialog);
    PageDriver.Dispatch unheard = driver.dispatch(new ClientEvent(1, dialog.id(), Overlay.DISMISS, null));
    assertThat(unheard).isNull(); // taken without a handler
    assertThat(dialog.open()).isFalse();

    List<String> seen = new ArrayList<>();
    dialog.onDismiss(e -> seen.add("dismissed, open=" + e.control().open()));
    page.open(dialog);
    driver.dispatch(new ClientEvent(2, dialog.id(), Overlay.DISMISS, null)).runBlocking();
    assertThat(seen).containsExactly("dismissed, open=false");
  }
}
