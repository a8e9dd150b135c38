package dev.weft.ui.color;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ColorRolesTest {

  private static final int BASELINE = 0x6750A4;

  @Test
  void theBaselineSeedGivesMaterialsBaselinePrimaryAtToneForty() {
    Map<String, String> light = ColorRoles.of(BASELINE, false);
    Map<String, String> dark = ColorRoles.of(BASELINE, true);
    // material-color-utilities: TonalPalette of #6750A4's hue and chroma, tones 40, 100, 80, 20
    assertThat(light).containsEntry("primary", "#6750a4").containsEntry("on-primary", "#ffffff")
        .containsEntry("secondary", "#625b71").containsEntry("on-surface", "#1d1b20");
    assertThat(dark).containsEntry("primary", "#cfbcff").containsEntry("on-primary", "#381e72")
        .containsEntry("inverse-primary", "#6750a4");
  }

  @Test
  void theBaselineSeedReproducesEveryColourRoleOfWeftCss() throws IOException {
    String css;
    try (InputStream in = getClass().getResourceAsStream("/web/weft.css")) {
      css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int darkStart = css.indexOf(":root.weft-dark {");
    Map<String, String> cssLight = roles(css.substring(0, darkStart));
    Map<String, String> cssDark = roles(css.substring(darkStart, css.indexOf("}", darkStart)));
    Map<String, String> light = ColorRoles.of(BASELINE, false);
    Map<String, String> dark = ColorRoles.of(BASELINE, true);
    assertThat(light.keySet()).isSubsetOf(cssLight.keySet());
    // The published baseline was rounded by older versions of the solver (off by up to three in a
    // channel here and there) and its error roles were tuned by hand: close, not equal.
    light.forEach((role, value) -> assertClose("light " + role, value, cssLight.get(role)));
    dark.forEach((role, value) -> assertClose("dark " + role, value, cssDark.get(role)));
  }

  @Test
  void aSeedKeepsItsHueInPrimaryAndTonesFollowTheScheme() {
    Map<String, String> green = ColorRoles.of(0x00AA44, false);
    Hct primary = Hct.fromInt(0xFF000000 | Integer.parseInt(green.get("primary").substring(1), 16));
    Hct seed = Hct.fromInt(0xFF00AA44);
    assertThat(primary.getHue()).isCloseTo(seed.getHue(), org.assertj.core.data.Offset.offset(2.0));
    assertThat(primary.getTone()).isCloseTo(40.0, org.assertj.core.data.Offset.offset(0.5));
    assertThat(ColorRoles.of(0x00AA44, true).get("primary")).isNotEqualTo(green.get("primary"));
    assertThat(green.get("on-primary")).isEqualTo("#ffffff");
  }

  private static void assertClose(String what, String actual, String expected) {
    if (what.contains("error")) {
      return; // weft.css has M3's hand-picked error roles; the error palette is hue 25, chroma 84
    }
    int tolerance = 3;
    int a = Integer.parseInt(actual.substring(1), 16);
    int e = Integer.parseInt(expected.substring(1), 16);
    for (int shift = 0; shift <= 16; shift += 8) {
      assertThat(Math.abs((a >> shift & 0xFF) - (e >> shift & 0xFF)))
          .as(what + ": " + actual + " vs weft.css " + expected).isLessThanOrEqualTo(tolerance);
    }
  }

  private static Map<String, String> roles(String block) {
    Map<String, String> roles = new LinkedHashMap<>();
    Matcher m = Pattern.compile("--weft-([a-z-]+):\\s*(#[0-9a-f]{6});").matcher(block);
    while (m.find()) {
      roles.put(m.group(1), m.group(2));
    }
    return roles;
  }
}
