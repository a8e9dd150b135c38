package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.protocol.Op;
import dev.weft.protocol.Patch;
import dev.weft.ui.color.ColorRoles;
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
}
