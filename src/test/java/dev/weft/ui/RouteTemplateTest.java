package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTemplateTest {

  @Test
  void namedPartsAreTakenFromAFittingRoute() {
    RouteTemplate t = RouteTemplate.of("/orders/:id/items/:item");
    assertThat(t.match("/orders/7/items/a%20b?tab=2")).contains(Map.of("id", "7", "item", "a b"));
    assertThat(t.match("/orders/7/items/x/")).contains(Map.of("id", "7", "item", "x"));
    assertThat(RouteTemplate.of("/files/:name").match("/files/a+b")).contains(Map.of("name", "a+b"));
  }

  @Test
  void routesThatDoNotFitAreEmpty() {
    RouteTemplate t = RouteTemplate.of("/orders/:id");
    assertThat(t.match("/orders")).isEmpty();
    assertThat(t.match("/orders/7/more")).isEmpty();
    assertThat(t.match("/order/7")).isEmpty();
    assertThat(t.match(null)).isEmpty();
    assertThat(t.matches("/orders/7")).isTrue();
  }

  @Test
  void theRootAndLiteralTemplatesMatchExactly() {
    assertThat(RouteTemplate.of("/").match("/")).contains(Map.of());
    assertThat(RouteTemplate.of("/").match("/?q=1")).contains(Map.of());
    assertThat(RouteTemplate.of("/").matches("/x")).isFalse();
    assertThat(RouteTemplate.of("/settings").matches("/settings")).isTrue();
  }

  @Test
  void badTemplatesAreRefused() {
    assertThatThrownBy(() -> RouteTemplate.of("orders/:id")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("starts with");
    assertThatThrownBy(() -> RouteTemplate.of("/orders/:")).hasMessageContaining("without a name");
    assertThatThrownBy(() -> RouteTemplate.of("/:id/:id")).hasMessageContaining("twice");
    assertThatThrownBy(() -> RouteTemplate.of(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
