package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.protocol.ClientEvent;
import dev.weft.protocol.ErrorCode;
import dev.weft.protocol.Op;
import dev.weft.protocol.Patch;
import dev.weft.protocol.ProtocolException;
import dev.weft.protocol.Render;
import dev.weft.protocol.ServerMessage;
import dev.weft.testing.ClientTree;
import dev.weft.ui.controls.AppBar;
import dev.weft.ui.controls.Text;
import dev.weft.ui.controls.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** page.go, the page's route event, the view stack and view pop. */
class RoutingTest {

  private final RecordingSink sink = new RecordingSink();
  private final PageDriver driver = new PageDriver(sink, new ClientInfo("/start?x=1", 0, 0, false, null,
      RequestHeaders.none()), sink);
  private final Page page = driver.page();
  private long seq;

  private PageDriver.Dispatch routeEvent(Object data) throws ProtocolException {
    return driver.dispatch(new ClientEvent(++seq, 0, "route", data));
  }

  @Test
  void theRouteStartsAsTheBrowsersAndIsRenderedWithoutAPush() {
    assertThat(page.route()).isEqualTo("/start?x=1");
    assertThat(page.path()).isEqualTo("/start");
    assertThat(page.queryParam("x")).isEqualTo("1");
    page.update();
    assertThat(PageDriver.snapshot(page).props()).containsEntry("route", "/start?x=1");
  }

  @Test
  void goRunsTheHandlerAndSendsTheRoute() {
    page.update();
    List<String> seen = new ArrayList<>();
    page.onRouteChange(e -> seen.add(e.data() + " " + e.page().route()));
    page.go("/orders/7?tab=2");
    assertThat(seen).containsExactly("/orders/7?tab=2 /orders/7?tab=2");
    assertThat(page.path()).isEqualTo("/orders/7");
    assertThat(sink.last()).isInstanceOfSatisfying(Patch.class, p -> assertThat(p.ops())
        .anySatisfy(op -> assertThat(op).isInstanceOfSatisfying(Op.Set.class, set -> {
          assertThat(set.id()).isZero();
          assertThat(set.props()).containsEntry("route", "/orders/7?tab=2");
        })));
    int sent = sink.messages.size();
    page.go("/orders/7?tab=2"); // there already
    assertThat(seen).hasSize(1);
    assertThat(sink.messages).hasSize(sent);
    assertThatThrownBy(() -> page.go("orders")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("starts with");
  }

  @Test
  void theBrowsersRouteEventUpdatesTheRouteAndRunsTheHandler() throws Exception {
    page.update();
    List<String> seen = new ArrayList<>();
    PageDriver.Dispatch unheard = routeEvent("/a");
    assertThat(unheard).isNull(); // taken without a handler: the route is still current
    assertThat(page.route()).isEqualTo("/a");
    page.onRouteChange(e -> seen.add((String) e.data()));
    routeEvent("/b").runBlocking();
    assertThat(seen).containsExactly("/b");
    assertThat(page.route()).isEqualTo("/b");
    int sent = sink.messages.size();
    page.update(); // the browser shows the route already: nothing to send
    assertThat(sink.messages.subList(sent, sink.messages.size()).stream()
        .flatMap(m -> ((Patch) m).ops().stream())
        .filter(op -> op instanceof Op.Set set && set.props().containsKey("route")).toList()).isEmpty();
  }

  @Test
  void badRoutePayloadsAreProtocolErrors() {
    page.update();
    for (Object bad : new Object[] {null, 7, "no-slash", "/" + "x".repeat(9000), Map.of("route", "/")}) {
      assertThatThrownBy(() -> routeEvent(bad)).as("%s", bad).isInstanceOfSatisfying(ProtocolException.class,
          e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_MESSAGE));
    }
    assertThat(page.route()).isEqualTo("/start?x=1");
  }

  @Test
  void theViewStackIsThePagesChildren() {
    View home = new View("/", new Text("home")).appBar(new AppBar("Home"));
    View settings = new View("/settings", new Text("s"));
    page.views().add(home);
    page.views().add(settings);
    page.update();
    assertThat(PageDriver.snapshot(page).children()).extracting(n -> n.type()).containsExactly("view", "view");
    assertThat(page.topView()).isSameAs(settings);
    page.views().remove(settings);
    page.update();
    assertThat(sink.last()).isInstanceOfSatisfying(Patch.class,
        p -> assertThat(p.ops()).containsExactly(new Op.Remove(settings.id())));
    page.controls().add(new Text("plain"));
    assertThatThrownBy(() -> page.views().get(1)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("either views or controls");
  }

  @Test
  void aViewKeepsItsAppBarFirstAndItsControlsAfter() {
    Text a = new Text("a");
    View view = new View("/", a);
    AppBar bar = new AppBar("T");
    view.appBar(bar);
    assertThat(view.controls()).containsExactly(a);
    view.controls().add(0, new Text("b"));
    assertThat(view.controls()).extracting(Object::toString).containsExactly("text", "text");
    assertThat(view.appBar()).isSameAs(bar);
    view.appBar(null);
    assertThat(view.controls()).hasSize(2);
    assertThatThrownBy(() -> view.controls().add(new AppBar())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new View("x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anAppBarsSlotsStayInOrder() {
    Text lead = new Text("lead");
    Text title = new Text("title");
    Text act = new Text("act");
    AppBar bar = new AppBar("x").actions(act).title(title).leading(lead);
    assertThat(bar.leading()).isSameAs(lead);
    assertThat(bar.titleControl()).isSameAs(title);
    assertThat(bar.title()).isNull();
    assertThat(bar.actions()).containsExactly(act);
    bar.title("plain").leading(null);
    assertThat(bar.titleControl()).isNull();
    assertThat(bar.leading()).isNull();
    assertThat(bar.actions()).containsExactly(act);
  }

  @Test
  void theBackButtonPopsTheViewAndGoesBelowByDefault() throws Exception {
    AppBar bar = new AppBar("Settings");
    View home = new View("/");
    View settings = new View("/settings").appBar(bar);
    page.views().addAll(List.of(home, settings));
    page.update();
    List<String> routes = new ArrayList<>();
    page.onRouteChange(e -> routes.add(page.route()));
    driver.dispatch(new ClientEvent(++seq, bar.id(), "back", null)).runBlocking();
    assertThat(page.views()).containsExactly(home);
    assertThat(routes).containsExactly("/");
    page.viewPop(home); // nothing below: the default keeps it
    page.viewPop(settings); // gone already
    assertThat(page.views()).containsExactly(home);
    assertThat(routes).containsExactly("/");
  }

  @Test
  void anOnViewPopHandlerReplacesTheDefault() throws Exception {
    AppBar bar = new AppBar("Settings");
    View settings = new View("/settings").appBar(bar);
    page.views().addAll(List.of(new View("/"), settings));
    page.update();
    List<View> popped = new ArrayList<>();
    page.onViewPop(e -> popped.add(e.view()));
    driver.dispatch(new ClientEvent(++seq, bar.id(), "back", null)).runBlocking();
    assertThat(popped).containsExactly(settings);
    assertThat(page.views()).hasSize(2); // the handler kept it
  }

  @Test
  void pushingPoppingAndReplacingViewsKeepsTheClientInStep() {
    ClientTree client = new ClientTree();
    int[] applied = {0};
    Runnable sync = () -> {
      page.update();
      for (; applied[0] < sink.messages.size(); applied[0]++) {
        ServerMessage m = sink.messages.get(applied[0]);
        if (m instanceof Render r) {
          client.apply(r);
        } else {
          client.apply((Patch) m);
        }
      }
      assertThat(client.toNode()).isEqualTo(PageDriver.snapshot(page));
    };
    View home = new View("/", new Text("home")).appBar(new AppBar("Home"));
    page.views().add(home);
    sync.run();
    View settings = new View("/settings", new Text("s")).appBar(new AppBar("Settings").actions(new Text("a")));
    page.views().add(settings);
    sync.run();
    settings.appBar().title("Settings!").leading(new Text("lead"));
    settings.controls().add(new Text("more"));
    sync.run();
    page.views().remove(settings);
    sync.run();
    page.views().set(0, new View("/other").appBar(new AppBar("Other")));
    sync.run();
    page.views().clear();
    page.views().addAll(List.of(home, new View("/x")));
    sync.run();
    assertThat(client.root().children()).extracting(e -> e.prop("route")).containsExactly("/", "/x");
  }
}
