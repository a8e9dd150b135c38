package dev.weft.examples;

import dev.weft.ui.Control;
import dev.weft.ui.Page;
import dev.weft.ui.controls.Badge;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.ButtonVariant;
import dev.weft.ui.controls.CircleAvatar;
import dev.weft.ui.controls.Icon;
import dev.weft.ui.controls.IconButton;
import dev.weft.ui.controls.Markdown;
import dev.weft.ui.controls.MarkdownExtensionSet;
import dev.weft.ui.controls.Placeholder;
import dev.weft.ui.controls.ProgressRing;
import dev.weft.ui.controls.Row;
import dev.weft.ui.controls.Text;
import dev.weft.ui.controls.VerticalDivider;
import java.util.List;

/**
 * The gallery's "Display" section: Material icons in the four styles, badges, avatars (one whose
 * picture fails, showing its initials), progress rings, a vertical divider, a placeholder, a
 * Markdown text whose links reach the app, and a hostile Markdown sample that must stay inert.
 */
final class GalleryDisplay {

  /** Markdown that tries everything a page must not run; shown to prove it comes out as text. */
  static final String HOSTILE = """
      Hostile sample, shown as text: <script>document.title='pwned'</script> \
      <img src=x onerror="document.title='pwned'"> <!-- a comment --> \
      <a href="javascript:alert(1)" onclick="alert(1)">raw anchor</a> <iframe src="https://example.com"></iframe>

      Links and images with unsafe URLs lose them: [a javascript: link](javascript:document.title='pwned'), \
      [an entity trick](jav&#x09;ascript:alert(1)), [a data: link](data:text/html,hi) and \
      ![a data: image](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=).
      """;

  private GalleryDisplay() {
  }

  static Control<?>[] controls(Page page, Text status) {
    Row icons = new Row(
        new Icon("home").semanticsLabel("Home").key("icon-home"),
        new Icon("home_outlined").semanticsLabel("Home, outlined").key("icon-home-outlined"),
        new Icon("home_rounded").color("primary"),
        new Icon("home_sharp").color("tertiary"),
        new Icon("favorite").color("error").size(32),
        new Icon("rocket_launch").color("primary").size(40).semanticsLabel("Rocket"),
        new Icon("ten_k").color("secondary").key("icon-ten-k"), // Flet's spelling of the 10k icon
        new Icon("no_such_icon_name").key("icon-unknown"))
        .spacing(16);

    IconButton inbox = new IconButton("mail", e -> status.value("Inbox opened")).tooltip("Inbox");
    Row badges = new Row(
        new Badge(inbox).label("10").semanticsLabel("Inbox, 10 new").key("badge-inbox"),
        new Badge(new Icon("notifications").semanticsLabel("Notifications")).key("badge-dot"),
        new Badge(new Icon("shopping_cart").semanticsLabel("Cart")).label("3").bgcolor("primary")
            .textColor("onPrimary"),
        new VerticalDivider().key("vdivider"),
        new CircleAvatar("AL").alt("Ada Lovelace").key("avatar-initials"),
        new CircleAvatar("GH").alt("Grace Hopper").bgcolor("tertiaryContainer").color("onTertiaryContainer")
            .foregroundImageSrc("data:image/png;base64,AAAA").key("avatar-fallback"),
        new CircleAvatar(new Icon("person")).alt("Unknown person").radius(28),
        new VerticalDivider().thickness(2).color("primary"),
        new ProgressRing(0.7).label("Upload").key("ring"),
        new ProgressRing().label("Loading").strokeWidth(3))
        .spacing(16);

    Markdown doc = new Markdown("""
        ## Markdown
        Rendered on the **server**, shown *safely*: see the [Flet docs](https://flet.dev/docs/) or \
        the [Weft gallery](./).

        - lists and `code`
        - tables, below

        > Quotes, too.

        | Control | Kind |
        |:--|--:|
        | Icon | display |
        | Markdown | display |
        """).extensionSet(MarkdownExtensionSet.GITHUB_WEB).selectable(true).key("markdown");
    doc.onTapLink(e -> status.value("Link tapped: " + e.data()));

    Markdown hostile = new Markdown(HOSTILE).key("markdown-hostile");

    Button refill = new Button("Shuffle icons", e -> {
      List<String> names = List.of("star", "star_outlined", "bolt_rounded", "eco_sharp");
      Icon fourth = (Icon) icons.controls().get(3);
      String next = names.get((names.indexOf(fourth.name()) + 1) % names.size()); // home_sharp: -1, so star
      fourth.name(next);
      status.value("Icon: " + next);
    }).variant(ButtonVariant.TONAL);

    return new Control<?>[] {
        icons, badges, doc, hostile,
        new Row(new Placeholder().fallbackWidth(160).fallbackHeight(72).key("placeholder"), refill),
    };
  }
}
