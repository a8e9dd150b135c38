package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.protocol.Node;
import dev.weft.ui.controls.ResponsiveRow;
import dev.weft.ui.controls.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ResponsiveRow's properties and a control's {@code col} spans per breakpoint. */
class ResponsiveRowTest {

  private final Page page = RecordingSink.newDriver(new RecordingSink()).page();

  @Test
  void defaultsStayOffTheWireAndBadValuesAreRefused() {
    ResponsiveRow row = new ResponsiveRow(new Text("a"));
    assertThat(row.columns()).isEqualTo(12);
    assertThat(row.spacing()).isEqualTo(10);
    assertThat(row.runSpacing()).isEqualTo(10);
    page.add(row.columns(24).spacing(0).runSpacing(16));
    Node node = PageDriver.snapshot(page).children().get(0);
    assertThat(node.type()).isEqualTo("responsiveRow");
    assertThat(node.props()).containsEntry("columns", 24).containsEntry("spacing", 0).containsEntry("runSpacing", 16);
    row.columns(12).spacing(10).runSpacing(10);
    assertThat(PageDriver.snapshot(page).children().get(0).props()).doesNotContainKeys("columns", "spacing", "runSpacing");

    assertThatThrownBy(() -> row.columns(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("columns must be 1 or more, not 0");
    assertThatThrownBy(() -> row.spacing(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("spacing must be 0 or more, not -1");
    assertThatThrownBy(() -> row.runSpacing(-2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("runSpacing must be 0 or more, not -2");
  }

  @Test
  void colIsSpansPerBreakpointInBreakpointOrder() {
    Map<String, Integer> given = new LinkedHashMap<>();
    given.put("lg", 3);
    given.put("xs", 12);
    given.put("sm", 6);
    Text cell = new Text("cell").col(given);
    assertThat(new ArrayList<>(cell.col().keySet())).containsExactly("xs", "sm", "lg");
    assertThat(cell.col()).containsEntry("lg", 3);
    page.add(new ResponsiveRow(cell));
    Node node = PageDriver.snapshot(page).children().get(0).children().get(0);
    assertThat(node.props().get("col")).isEqualTo(Map.of("xs", 12, "sm", 6, "lg", 3));

    cell.col(4);
    assertThat(cell.col()).isEqualTo(Map.of("xs", 4));
    cell.col(Map.of());
    assertThat(cell.col()).isEmpty();
    assertThat(PageDriver.snapshot(page).children().get(0).children().get(0).props()).doesNotContainKey("col");
    cell.col(6);
    cell.col((Map<String, Integer>) null);
    assertThat(cell.col()).isEmpty();
  }

  @Test
  void anUnknownBreakpointOrASpanBelowOneIsAnError() {
    Text cell = new Text("x");
    assertThatThrownBy(() -> cell.col(Map.of("md", 6, "huge", 2))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no breakpoint \"huge\": use xs, sm, md, lg, xl or xxl");
    assertThatThrownBy(() -> cell.col(Map.of("md", 0))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("col md must be 1 or more, not 0");
    assertThatThrownBy(() -> cell.col(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(cell.col()).as("a refused col leaves the old one").isEmpty();
  }

  @Test
  void breakpointsAreBootstrapsAndFlets() {
    assertThat(List.of(Breakpoint.values())).extracting(Breakpoint::key)
        .containsExactly("xs", "sm", "md", "lg", "xl", "xxl");
    assertThat(List.of(Breakpoint.values())).extracting(Breakpoint::minWidth)
        .containsExactly(0, 576, 768, 992, 1200, 1400);
    assertThat(Breakpoint.of("md")).isSameAs(Breakpoint.MD);
  }
}
