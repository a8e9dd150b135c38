package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.protocol.ClientEvent;
import dev.weft.protocol.ErrorCode;
import dev.weft.protocol.Node;
import dev.weft.protocol.ProtocolException;
import dev.weft.ui.controls.DatePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The DatePicker without a browser: its properties on the wire, the range kept consistent, a
 * confirmed date from the browser taken (onChange sees it, the picker closed) and bad dates
 * refused with a clear error that changes nothing.
 */
class DatePickerTest {

  private static final LocalDate MARCH_12 = LocalDate.of(2026, 3, 12);

  private final RecordingSink sink = new RecordingSink();
  private final PageDriver driver = RecordingSink.newDriver(sink);
  private final Page page = driver.page();
  private final DatePicker picker = new DatePicker()
      .firstDate(LocalDate.of(2026, 3, 5))
      .lastDate(LocalDate.of(2026, 5, 20))
      .value(MARCH_12);
  private long seq = 1;

  private Map<String, Object> wireProps() {
    Node root = PageDriver.snapshot(page);
    return root.children().get(root.children().size() - 1).props();
  }

  private PageDriver.Dispatch send(String event, Object data) throws ProtocolException {
    return driver.dispatch(new ClientEvent(seq++, picker.id(), event, data));
  }

  @Test
  void propertiesGoOnTheWireAsIsoDatesAndDefaultsStayOff() {
    picker.currentDate(LocalDate.of(2026, 3, 10)).firstDayOfWeek(DayOfWeek.SUNDAY)
        .helpText("Departure").cancelText("Back").confirmText("Book");
    page.open(picker);
    assertThat(wireProps()).containsEntry("value", "2026-03-12")
        .containsEntry("firstDate", "2026-03-05")
        .containsEntry("lastDate", "2026-05-20")
        .containsEntry("currentDate", "2026-03-10")
        .containsEntry("firstDayOfWeek", 7)
        .containsEntry("helpText", "Departure")
        .containsEntry("cancelText", "Back")
        .containsEntry("confirmText", "Book")
        .containsEntry("open", true);
    assertThat(PageDriver.snapshot(page).children().get(0).type()).isEqualTo("datePicker");

    DatePicker plain = new DatePicker().firstDayOfWeek(DayOfWeek.MONDAY);
    assertThat(plain.firstDate()).isEqualTo(DatePicker.DEFAULT_FIRST_DATE);
    assertThat(plain.lastDate()).isEqualTo(DatePicker.DEFAULT_LAST_DATE);
    assertThat(plain.firstDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(plain.value()).isNull();
    assertThat(plain.currentDate()).as("the browser's today").isNull();
    page.open(plain);
    assertThat(PageDriver.snapshot(page).children().get(1).props())
        .doesNotContainKeys("value", "firstDate", "lastDate", "currentDate", "firstDayOfWeek");
  }

  @Test
  void theRangeAndTheValueStayConsistent() {
    assertThatThrownBy(() -> picker.value(LocalDate.of(2026, 3, 4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value 2026-03-04 is before firstDate 2026-03-05");
    assertThatThrownBy(() -> picker.value(LocalDate.of(2026, 5, 21)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value 2026-05-21 is after lastDate 2026-05-20");
    assertThatThrownBy(() -> picker.firstDate(LocalDate.of(2026, 6, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("firstDate 2026-06-01 is after lastDate 2026-05-20");
    assertThatThrownBy(() -> picker.firstDate(LocalDate.of(2026, 3, 13)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after the value 2026-03-12");
    assertThatThrownBy(() -> picker.lastDate(LocalDate.of(2026, 3, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lastDate 2026-03-01 is before firstDate 2026-03-05");
    assertThatThrownBy(() -> picker.lastDate(LocalDate.of(2026, 3, 11)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the value 2026-03-12");
    assertThatThrownBy(() -> new DatePicker().firstDate(LocalDate.of(-5, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("years 1 to 9999");
    assertThat(picker.value()).isEqualTo(MARCH_12);
    assertThat(picker.firstDate()).isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(picker.lastDate()).isEqualTo(LocalDate.of(2026, 5, 20));
  }

  @Test
  void aConfirmedDateRunsOnChangeWithTheParsedValueAndClosesThePicker() throws Exception {
    List<String> seen = new ArrayList<>();
    picker.onChange(e -> seen.add(e.control().value() + " open=" + e.control().open()));
    page.open(picker);
    send("change", "2026-04-17").runBlocking();
    assertThat(seen).containsExactly("2026-04-17 open=false");
    assertThat(picker.value()).isEqualTo(LocalDate.of(2026, 4, 17));
    // the bounds themselves are on offer
    send("change", "2026-03-05").runBlocking();
    send("change", "2026-05-20").runBlocking();
    assertThat(picker.value()).isEqualTo(LocalDate.of(2026, 5, 20));
  }

  @Test
  void aConfirmedDateIsTakenWithoutAHandler() throws Exception {
    page.open(picker);
    assertThat(send("change", "2026-04-01")).isNull();
    assertThat(picker.value()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(picker.open()).isFalse();
  }

  @Test
  void badDatesFromTheBrowserAreRefusedAndChangeNothing() throws Exception {
    List<LocalDate> seen = new ArrayList<>();
    picker.onChange(e -> seen.add(e.control().value()));
    page.open(picker);
    Object[][] bad = {
        {"2026-3-12", "must be a date as yyyy-MM-dd, not \"2026-3-12\""},
        {"2026-02-30", "must be a date as yyyy-MM-dd, not \"2026-02-30\""},
        {"12/03/2026", "must be a date as yyyy-MM-dd"},
        {"+2026-03-12", "must be a date as yyyy-MM-dd"},
        {"", "must be a date as yyyy-MM-dd"},
        {null, "not null"},
        {20260312L, "not the long 20260312"},
        {"2026-03-04", "the date 2026-03-04 picked on a datePicker is before firstDate 2026-03-05"},
        {"2026-05-21", "the date 2026-05-21 picked on a datePicker is after lastDate 2026-05-20"},
    };
    for (Object[] b : bad) {
      assertThatThrownBy(() -> send("change", b[0])).as("change %s", b[0])
          .isInstanceOf(ProtocolException.class)
          .hasMessageContaining((String) b[1])
          .satisfies(t -> assertThat(((ProtocolException) t).code()).isEqualTo(ErrorCode.BAD_MESSAGE));
    }
    assertThat(picker.value()).isEqualTo(MARCH_12);
    assertThat(picker.open()).as("still open").isTrue();
    assertThat(seen).isEmpty();
    send("change", "2026-03-13").runBlocking();
    assertThat(seen).as("the picker still works").containsExactly(LocalDate.of(2026, 3, 13));
  }

  @Test
  void aDismissalClosesItAndKeepsTheValue() throws Exception {
    List<String> seen = new ArrayList<>();
    picker.onDismiss(e -> seen.add("dismissed " + e.control().value()));
    page.open(picker);
    send(Overlay.DISMISS, null).runBlocking();
    assertThat(seen).containsExactly("dismissed 2026-03-12");
    assertThat(picker.open()).isFalse();
  }
}
