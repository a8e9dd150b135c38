package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.protocol.Op;
import dev.weft.protocol.Patch;
import dev.weft.ui.color.ColorRoles;
import dev.weft.ui.controls.FontWeight;
import dev.weft.ui.controls.TextStyle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThemeTest {

  private final RecordingSink sink = new RecordingSink();
  private final Page page = RecordingSink.newDriver(sink).page();

  @Test
  void aThemeSendsTheLightRolesAndItsSeedsDarkRoles() {
    page.update();
    page.theme(Theme.seed("#006A6A").fontFamily("Brand Sans")).update();
    assertThat(((Patch) sink.last()).ops()).containsExactly(new Op.Set(0, Map.of(
        "theme", Map.of("colors", ColorRoles.of(0x006a6a, false), "fontFamily", "Brand Sans"),
        "darkTheme", Map.of("colors", ColorRoles.of(0x006a6a, true), "fontFamily", "Brand Sans"))));
    assertThat(page.theme().colorSeed()).isEqualTo("#006a6a");
    assertThat(page.darkTheme()).isNull();
  }

  @Test
  void aDarkThemeReplacesOnlyTheDarkRolesAndNullGoesBackToTheBaseline() {
    page.theme(Theme.seed("#006a6a")).darkTheme(Theme.seed("#b3541e")).update();
    page.theme(Theme.seed("#386a20")).update();
    assertThat(((Patch) sink.last()).ops()).containsExactly(new Op.Set(0, Map.of(
        "theme", Map.of("colors", ColorRoles.of(0x386a20, false)))));
    page.darkTheme(null).update();
    assertThat(((Patch) sink.last()).ops()).containsExactly(new Op.Set(0, Map.of(
        "darkTheme", Map.of("colors", ColorRoles.of(0x386a20, true)))));
    page.theme(null).update();
    Map<String, Object> reset = new HashMap<>();
    reset.put("theme", null);
    reset.put("darkTheme", null);
    assertThat(((Patch) sink.last()).ops()).containsExactly(new Op.Set(0, reset));
  }

  @Test
  void fontsAreSentByNameAndBadNamesOrPathsAreRefused() {
    page.fonts(Map.of("Inter", "fonts/Inter-Regular.woff2")).update();
    assertThat(page.fonts()).containsExactly(Map.entry("Inter", "fonts/Inter-Regular.woff2"));
    for (String path : new String[] {"../secret.ttf", "/fonts/a.ttf", "fonts/../a.ttf", "https://x.org/a.woff2",
        "fonts/a.css", "fonts/.hidden.ttf", ""}) {
      assertThatThrownBy(() -> page.fonts(Map.of("Inter", path)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("relative to the assets directory");
    }
    assertThatThrownBy(() -> page.fonts(Map.of("Inter\"; x", "a.ttf")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("font family");
    page.fonts(Map.of()).update();
    assertThat(page.fonts()).isEmpty();
  }

  @Test
  void seedsAndFamiliesAreChecked() {
    for (String seed : new String[] {null, "006a6a", "#06a", "#00zz00", "red"}) {
      assertThatThrownBy(() -> Theme.seed(seed)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("#rrggbb");
    }
    assertThatThrownBy(() -> Theme.baseline().fontFamily("a,b")).isInstanceOf(IllegalArgumentException.class);
    assertThat(Theme.baseline().fontFamily("Inter").fontFamily(null).fontFamily()).isNull();
    assertThat(Theme.seed("#ABCDEF")).isEqualTo(Theme.seed("#abcdef"));
  }

  @Test
  void aTextThemeSendsSizeProportionalLineHeightAndWeightPerRole() {
    Theme theme = Theme.baseline().textStyle(TextStyle.TITLE_LARGE, 33, FontWeight.BOLD)
        .textStyle(TextStyle.BODY_SMALL, 15, null);
    page.update();
    page.theme(theme).update();
    Map<?, ?> wire = (Map<?, ?>) ((Patch) sink.last()).ops().stream()
        .map(op -> ((Op.Set) op).props().get("theme")).findFirst().orElseThrow();
    assertThat(wire.get("textTheme")).isEqualTo(Map.of(
        "title-large", Map.of("size", 33, "lineHeight", 42, "weight", 700), // 22/28 scaled
        "body-small", Map.of("size", 15, "lineHeight", 20)));               // 12/16 scaled
    assertThat(theme.textSize(TextStyle.TITLE_LARGE)).isEqualTo(33);
    assertThat(theme.textSize(TextStyle.DISPLAY_LARGE)).isEqualTo(57);
    assertThatThrownBy(() -> Theme.baseline().textStyle(TextStyle.BODY_LARGE, 2, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("6 to 200");
  }

  @Test
  void theTypeScaleIsWeftCss() throws IOException {
    String css;
    try (InputStream in = getClass().getResourceAsStream("/web/weft.css")) {
      css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (TextStyle role : TextStyle.values()) {
      String name = Theme.cssName(role);
      int[] scale = Theme.TYPE_SCALE[role.ordinal()];
      assertThat(css).as(name)
          .contains(".weft-type-" + name + " { font-size: var(--weft-type-" + name + "-size, " + scale[0] + "px); "
              + "line-height: var(--weft-type-" + name + "-line-height, " + scale[1] + "px);");
    }
  }
}
