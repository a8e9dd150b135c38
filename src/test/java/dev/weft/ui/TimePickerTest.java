package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.protocol.ClientEvent;
import dev.weft.protocol.ErrorCode;
import dev.weft.protocol.Node;
import dev.weft.protocol.ProtocolException;
import dev.weft.ui.controls.HourFormat;
import dev.weft.ui.controls.TimePicker;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The TimePicker without a browser: HH:mm on the wire at minutes precision, the hour format, a
 * confirmed time taken (onChange sees it, the picker closed), bad times refused with a clear
 * error that changes nothing.
 */
class TimePickerTest {

  private final RecordingSink sink = new RecordingSink();
  private final PageDriver driver = RecordingSink.newDriver(sink);
  private final Page page = driver.page();
  private final TimePicker picker = new TimePicker().value(LocalTime.of(9, 30));
  private long seq = 1;

  private Map<String, Object> wireProps() {
    Node root = PageDriver.snapshot(page);
    return root.children().get(0).props();
  }

  private PageDriver.Dispatch send(String event, Object data) throws ProtocolException {
    return driver.dispatch(new ClientEvent(seq++, picker.id(), event, data));
  }

  @Test
  void theValueTravelsAsHoursAndMinutes() {
    picker.value(LocalTime.of(7, 5, 59, 999)).hourFormat(HourFormat.H24).helpText("Alarm");
    page.open(picker);
    assertThat(picker.value()).as("seconds dropped").isEqualTo(LocalTime.of(7, 5));
    assertThat(wireProps()).containsEntry("value", "07:05").containsEntry("hourFormat", "h24")
        .containsEntry("helpText", "Alarm").containsEntry("open", true);
    assertThat(PageDriver.snapshot(page).children().get(0).type()).isEqualTo("timePicker");
    picker.hourFormat(HourFormat.H12);
    assertThat(wireProps()).containsEntry("hourFormat", "h12");
    picker.hourFormat(HourFormat.LOCALE);
    assertThat(wireProps()).doesNotContainKey("hourFormat");
    assertThat(picker.hourFormat()).isEqualTo(HourFormat.LOCALE);
    picker.value(null);
    assertThat(wireProps()).doesNotContainKey("value");
  }

  @Test
  void aConfirmedTimeRunsOnChangeWithTheParsedValueAndClosesThePicker() throws Exception {
    List<String> seen = new ArrayList<>();
    picker.onChange(e -> seen.add(e.control().value() + " open=" + e.control().open()));
    page.open(picker);
    send("change", "23:45").runBlocking();
    send("change", "00:00").runBlocking();
    assertThat(seen).containsExactly("23:45 open=false", "00:00 open=false");
    assertThat(picker.value()).isEqualTo(LocalTime.MIDNIGHT);
  }

  @Test
  void badTimesFromTheBrowserAreRefusedAndChangeNothing() throws Exception {
    List<LocalTime> seen = new ArrayList<>();
    picker.onChange(e -> seen.add(e.control().value()));
    page.open(picker);
    Object[][] bad = {
        {"24:00", "the time \"24:00\" picked on a timePicker is not a time of day (00:00 to 23:59)"},
        {"12:60", "is not a time of day"},
        {"9:30", "must be a time as HH:mm (24-hour), not \"9:30\""},
        {"09:30:00", "must be a time as HH:mm"},
        {"9.30 PM", "must be a time as HH:mm"},
        {null, "not null"},
        {930L, "not the long 930"},
    };
    for (Object[] b : bad) {
      assertThatThrownBy(() -> send("change", b[0])).as("change %s", b[0])
          .isInstanceOf(ProtocolException.class)
          .hasMessageContaining((String) b[1])
          .satisfies(t -> assertThat(((ProtocolException) t).code()).isEqualTo(ErrorCode.BAD_MESSAGE));
    }
    assertThat(picker.value()).isEqualTo(LocalTime.of(9, 30));
    assertThat(picker.open()).isTrue();
    assertThat(seen).isEmpty();
  }

  @Test
  void aDismissalClosesItAndKeepsTheValue() throws Exception {
    List<String> seen = new ArrayList<>();
    picker.onDismiss(e -> seen.add("dismissed " + e.control().value()));
    page.open(picker);
    send(Overlay.DISMISS, null).runBlocking();
    assertThat(seen).containsExactly("dismissed 09:30");
    assertThat(picker.open()).isFalse();
  }
}
