package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.protocol.ClientEvent;
import dev.weft.protocol.ErrorCode;
import dev.weft.protocol.Node;
import dev.weft.protocol.ProtocolException;
import dev.weft.ui.controls.Badge;
import dev.weft.ui.controls.CircleAvatar;
import dev.weft.ui.controls.Icon;
import dev.weft.ui.controls.IconButton;
import dev.weft.ui.controls.IconNames;
import dev.weft.ui.controls.Placeholder;
import dev.weft.ui.controls.ProgressRing;
import dev.weft.ui.controls.Text;
import dev.weft.ui.controls.VerticalDivider;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Icon, Badge, CircleAvatar, ProgressRing, VerticalDivider and Placeholder on the wire: only what
 * differs from the default is sent, children go in their slot, bad values are refused with a
 * clear error, and none of them takes events it does not listen to.
 */
class DisplayControlsTest {

  private final RecordingSink sink = new RecordingSink();
  private final PageDriver driver = RecordingSink.newDriver(sink);
  private final Page page = driver.page();

  private Node wire(Control<?> control) {
    page.add(control);
    for (Node child : PageDriver.snapshot(page).children()) {
      if (child.id() == control.id()) {
        return child;
      }
    }
    throw new AssertionError(control + " is not on the page");
  }

  @Test
  void iconNamesAreFletsWithTheirStyleSuffixes() {
    assertThat(IconNames.ligatures()).hasSizeGreaterThan(2_000).contains("home", "10k", "rocket_launch");
    assertThat(IconNames.exists("home")).isTrue();
    assertThat(IconNames.exists("home_outlined")).isTrue();
    assertThat(IconNames.exists("home_rounded")).isTrue();
    assertThat(IconNames.exists("home_sharp")).isTrue();
    assertThat(IconNames.exists("insert_chart_outlined")).isTrue(); // a ligature ending in a suffix
    assertThat(IconNames.exists("insert_chart_outlined_outlined")).isTrue();
    assertThat(IconNames.exists("ten_k")).isTrue(); // Flet's spelling of 10k
    assertThat(IconNames.ligature("ten_k")).isEqualTo("10k");
    assertThat(IconNames.ligature("threed_rotation")).isEqualTo("3d_rotation");
    assertThat(IconNames.ligature("twenty_one_mp")).isEqualTo("21mp");
    assertThat(IconNames.ligature("class_")).isEqualTo("class");
    assertThat(IconNames.exists("sixty_fps_select_rounded")).isTrue();
    assertThat(IconNames.ligature("no_such_icon")).isNull();
    assertThat(IconNames.exists("home_two_tone")).isFalse(); // the two-tone font is not shipped
    assertThat(IconNames.exists("no_such_icon")).isFalse();
    assertThat(IconNames.exists("_outlined")).isFalse();
    assertThat(IconNames.exists("")).isFalse();
    assertThat(IconNames.exists(null)).isFalse();
  }

  @Test
  void anIconSendsOnlyWhatDiffersFromTheDefault() {
    assertThat(wire(new Icon("home")).props()).containsExactlyEntriesOf(Map.of("name", "home"));
    Icon icon = new Icon("home_outlined").color("primary").size(32).semanticsLabel("Home");
    assertThat(wire(icon).props()).containsEntry("name", "home_outlined").containsEntry("color", "primary")
        .containsEntry("size", 32).containsEntry("semanticsLabel", "Home");
    icon.size(24).semanticsLabel("").name(null);
    assertThat(icon.size()).isEqualTo(24);
    assertThat(icon.name()).isEmpty();
    assertThat(icon.semanticsLabel()).isNull();
    assertThat(wire(new Icon("no_such_icon")).props()).containsEntry("name", "no_such_icon"); // drawn as nothing
    assertThatThrownBy(() -> new Icon("home").size(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("icon size must be above 0, not 0");
    assertThatThrownBy(() -> new Icon("home").size(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aBadgeWrapsItsContentAndSendsLabelColoursOffsetAndName() {
    IconButton inbox = new IconButton("mail");
    Badge badge = new Badge(inbox).label("10").bgcolor("primary").textColor("onPrimary").offset(2, -3)
        .labelVisible(false).semanticsLabel("Inbox, 10 new");
    Node node = wire(badge);
    assertThat(node.type()).isEqualTo("badge");
    assertThat(node.props()).containsEntry("label", "10").containsEntry("bgcolor", "primary")
        .containsEntry("textColor", "onPrimary").containsEntry("offset", List.of(2, -3))
        .containsEntry("labelVisible", false).containsEntry("semanticsLabel", "Inbox, 10 new");
    assertThat(node.children()).extracting(Node::type).containsExactly("iconButton");
    assertThat(badge.content()).isSameAs(inbox);
    badge.offset(0, 0).labelVisible(true).label(null);
    assertThat(badge.offset()).isEqualTo(List.of(0, 0));
    assertThat(badge.labelVisible()).isTrue();
    assertThat(badge.label()).isNull();
    Text other = new Text("x");
    badge.content(other);
    assertThat(badge.content()).isSameAs(other);
    badge.content(null);
    assertThat(badge.content()).isNull();
    assertThatThrownBy(() -> badge.offset(null, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs x and y");
  }

  @Test
  void anAvatarHasInitialsPicturesAndARadius() {
    CircleAvatar avatar = new CircleAvatar("AL").alt("Ada Lovelace").foregroundImageSrc("ada.png")
        .backgroundImageSrc("bg.png").bgcolor("tertiaryContainer").color("onTertiaryContainer").radius(28);
    Node node = wire(avatar);
    assertThat(node.type()).isEqualTo("circleAvatar");
    assertThat(node.props()).containsEntry("alt", "Ada Lovelace").containsEntry("foregroundImageSrc", "ada.png")
        .containsEntry("backgroundImageSrc", "bg.png").containsEntry("radius", 28);
    assertThat(node.children()).extracting(Node::type).containsExactly("text");
    assertThat(((Text) avatar.content()).value()).isEqualTo("AL");
    avatar.radius(20).foregroundImageSrc("");
    assertThat(avatar.radius()).isEqualTo(20);
    assertThat(avatar.foregroundImageSrc()).isNull();
    assertThatThrownBy(() -> avatar.radius(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("avatar radius must be above 0, not -1");
  }

  @Test
  void aRingIsDeterminateOrNotAndRefusesValuesOutsideZeroToOne() {
    ProgressRing ring = new ProgressRing(0.5).strokeWidth(6).label("Upload");
    assertThat(wire(ring).props()).containsEntry("value", 0.5).containsEntry("strokeWidth", 6)
        .containsEntry("label", "Upload");
    assertThat(wire(new ProgressRing()).props()).doesNotContainKey("value");
    assertThatThrownBy(() -> ring.value(1.5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("progress must be between 0 and 1, not 1.5");
    assertThatThrownBy(() -> ring.value(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ring.strokeWidth(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stroke width must be above 0, not 0");
    ring.value(null).strokeWidth(null);
    assertThat(ring.value()).isNull();
    assertThat(ring.strokeWidth()).isEqualTo(4);
  }

  @Test
  void aVerticalDividerAndAPlaceholderSendTheirSizes() {
    assertThat(wire(new VerticalDivider()).props()).isEmpty();
    VerticalDivider divider = new VerticalDivider().thickness(2).color("primary").width(24);
    assertThat(wire(divider).props()).containsEntry("thickness", 2).containsEntry("color", "primary")
        .containsEntry("width", 24);
    assertThatThrownBy(() -> divider.thickness(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("thickness must be 0 or more, not -1");

    assertThat(wire(new Placeholder()).props()).isEmpty();
    Placeholder placeholder = new Placeholder().fallbackWidth(160).fallbackHeight(72).strokeWidth(1).color("outline");
    assertThat(wire(placeholder).props()).containsEntry("fallbackWidth", 160).containsEntry("fallbackHeight", 72)
        .containsEntry("strokeWidth", 1).containsEntry("color", "outline");
    assertThatThrownBy(() -> placeholder.fallbackWidth(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fallbackWidth must be above 0, not 0");
    placeholder.fallbackWidth(400);
    assertThat(placeholder.fallbackWidth()).isEqualTo(400);
  }

  @Test
  void displayControlsRefuseEventsTheyDoNotListenTo() {
    Icon icon = new Icon("home");
    ProgressRing ring = new ProgressRing();
    page.add(icon, ring);
    for (Control<?> control : List.of(icon, ring)) {
      assertThatThrownBy(() -> driver.dispatch(new ClientEvent(1, control.id(), "click", null)))
          .isInstanceOf(ProtocolException.class)
          .satisfies(t -> assertThat(((ProtocolException) t).code()).isEqualTo(ErrorCode.UNKNOWN_EVENT));
    }
  }
}
