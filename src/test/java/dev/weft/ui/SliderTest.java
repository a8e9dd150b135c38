package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.protocol.ErrorCode;
import dev.weft.protocol.ProtocolException;
import dev.weft.ui.controls.RangeSlider;
import dev.weft.ui.controls.Slider;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Slider and RangeSlider without a browser: the wire format, values the user picked stored
 * without an echo, change and changeEnd handlers, and values no slider could produce refused.
 */
class SliderTest {

  private final ControlHarness h = new ControlHarness();

  @Test
  void aSlidersPropertiesGoOnTheWireAndDefaultsStayOff() {
    Slider plain = new Slider();
    Slider volume = new Slider(0, 100, 40).divisions(20).label("{value} %").round(1).semanticsLabel("Volume");
    h.page.add(plain, volume);
    assertThat(h.node(plain).type()).isEqualTo("slider");
    assertThat(h.node(plain).props()).doesNotContainKeys("min", "max", "value", "divisions", "label", "round");
    assertThat(plain.min()).isZero();
    assertThat(plain.max()).isEqualTo(1.0);
    assertThat(plain.value()).isZero();
    assertThat(h.node(volume).props()).containsEntry("max", 100.0).containsEntry("value", 40.0)
        .containsEntry("divisions", 20).containsEntry("label", "{value} %").containsEntry("round", 1)
        .containsEntry("semanticsLabel", "Volume").doesNotContainKey("min");
  }

  @Test
  void aDraggedValueIsStoredWithoutAnEchoAndRunsBothHandlers() throws Exception {
    List<String> seen = new ArrayList<>();
    Slider volume = new Slider(0, 100, 40).divisions(20);
    volume.onChange(e -> seen.add("change " + volume.value()));
    volume.onChangeEnd(e -> seen.add("end " + volume.value()));
    h.page.add(volume);
    int before = h.messages();
    h.act(volume, "change", 55L);
    h.act(volume, "change", 60.000000001); // the browser's floating point, on a division
    h.act(volume, "changeEnd", 60L);
    assertThat(seen).containsExactly("change 55.0", "change 60.0", "end 60.0");
    h.page.update();
    assertThat(h.messages()).as("the browser already shows it").isEqualTo(before);
  }

  @Test
  void withoutAHandlerChangeStillSyncsTheValue() throws Exception {
    Slider s = new Slider(0, 10, 0);
    h.page.add(s);
    assertThat(h.send(s, "change", 2.5)).isNull();
    assertThat(s.value()).isEqualTo(2.5);
    assertThatThrownBy(() -> h.send(s, "changeEnd", 3L)).isInstanceOf(ProtocolException.class)
        .hasMessageContaining("does not listen to changeEnd");
  }

  @Test
  void valuesNoSliderCouldProduceAreRefused() throws Exception {
    Slider s = new Slider(0, 100, 40).divisions(20);
    h.page.add(s);
    Object[][] bad = {
        {"40", "must be a number"},
        {null, "must be a number"},
        {101L, "outside the slider's range 0.0 to 100.0"},
        {-5L, "outside the slider's range"},
        {42L, "not one of the slider's 20 divisions"},
        {Double.NaN, "finite"},
    };
    for (Object[] b : bad) {
      assertThatThrownBy(() -> h.send(s, "change", b[0])).as("%s", b[0])
          .isInstanceOf(ProtocolException.class).hasMessageContaining((String) b[1])
          .satisfies(e -> assertThat(((ProtocolException) e).code()).isEqualTo(ErrorCode.BAD_MESSAGE));
    }
    assertThat(s.value()).as("nothing bad was kept").isEqualTo(40.0);
  }

  @Test
  void appValuesAreChecked() {
    assertThatThrownBy(() -> new Slider().divisions(0)).hasMessageContaining("at least 1");
    assertThatThrownBy(() -> new Slider().value(Double.POSITIVE_INFINITY)).hasMessageContaining("finite");
    assertThatThrownBy(() -> new Slider().round(-1)).hasMessageContaining("0 to 10");
  }

  @Test
  void aRangeTakesAJsonPairInOrderOnTheScale() throws Exception {
    List<String> seen = new ArrayList<>();
    RangeSlider price = new RangeSlider(100, 300).max(500).divisions(50).semanticsLabel("Price");
    price.onChangeEnd(e -> seen.add(price.startValue() + "-" + price.endValue()));
    h.page.add(price);
    assertThat(h.node(price).type()).isEqualTo("rangeSlider");
    assertThat(h.node(price).props()).containsEntry("startValue", 100.0).containsEntry("endValue", 300.0)
        .containsEntry("max", 500.0).containsEntry("divisions", 50);
    h.act(price, "change", "[110, 300]");
    h.act(price, "changeEnd", "[110,400]");
    assertThat(seen).containsExactly("110.0-400.0");
    assertThat(price.startValue()).isEqualTo(110.0);

    Object[][] bad = {
        {List.of(1, 2), "[start, end] in a JSON string"},
        {"[1]", "[start, end]"},
        {"not json", "[start, end]"},
        {"[300, 200]", "start 300.0 is above its end 200.0"},
        {"[0, 505]", "outside the slider's range"},
        {"[0, 15]", "not one of the slider's 50 divisions"},
        {"[\"a\", 20]", "must be a number"},
    };
    for (Object[] b : bad) {
      assertThatThrownBy(() -> h.send(price, "change", b[0])).as("%s", b[0])
          .isInstanceOf(ProtocolException.class).hasMessageContaining((String) b[1]);
    }
    assertThat(price.endValue()).isEqualTo(400.0);
  }
}
