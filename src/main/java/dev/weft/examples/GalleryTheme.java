package dev.weft.examples;

import dev.weft.ui.Page;
import dev.weft.ui.Theme;
import dev.weft.ui.ThemeMode;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.ButtonVariant;
import dev.weft.ui.controls.Column;
import dev.weft.ui.controls.Dropdown;
import dev.weft.ui.controls.Row;
import dev.weft.ui.controls.Switch;
import dev.weft.ui.controls.Text;
import java.util.Locale;

/** The gallery's theme section: seed colours and the light / dark / system switch, live. */
final class GalleryTheme {

  /** The seeds on offer: name → #rrggbb. */
  static final String[][] SEEDS = {
      {"Baseline", Theme.BASELINE_SEED},
      {"Teal", "#006a6a"},
      {"Green", "#386a20"},
      {"Orange", "#b3541e"},
      {"Blue", "#0061a4"},
  };

  private GalleryTheme() {
  }

  /** The controls of the section; the gallery's "Dark mode" switch follows the mode picked here. */
  static Column controls(Page page, Switch darkSwitch) {
    Text current = new Text("Seed " + Theme.BASELINE_SEED + ", mode system").key("theme-status");
    Dropdown mode = new Dropdown("Theme mode",
        new Dropdown.Option("system", "System"),
        new Dropdown.Option("light", "Light"),
        new Dropdown.Option("dark", "Dark")).value("system").key("theme-mode");
    mode.onChange(e -> {
      ThemeMode picked = ThemeMode.valueOf(mode.value().toUpperCase(Locale.ROOT));
      page.themeMode(picked);
      darkSwitch.value(picked == ThemeMode.DARK);
      current.value(describe(page));
    });
    darkSwitch.onChange(e -> { // replaces the gallery's handler: the same, and the dropdown follows
      page.themeMode(darkSwitch.value() ? ThemeMode.DARK : ThemeMode.LIGHT);
      mode.value(darkSwitch.value() ? "dark" : "light");
      current.value(describe(page));
    });
    Row seeds = new Row().wrap(true);
    for (String[] seed : SEEDS) {
      seeds.controls().add(new Button(seed[0], e -> {
        page.theme(Theme.seed(seed[1]));
        current.value(describe(page));
      }).variant(ButtonVariant.TONAL).key("seed-" + seed[0].toLowerCase(Locale.ROOT)));
    }
    return new Column(seeds, mode, current);
  }

  private static String describe(Page page) {
    Theme theme = page.theme();
    return "Seed " + (theme == null ? Theme.BASELINE_SEED : theme.colorSeed()) + ", mode "
        + page.themeMode().name().toLowerCase(Locale.ROOT);
  }
}
