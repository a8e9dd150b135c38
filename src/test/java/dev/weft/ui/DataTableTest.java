package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.protocol.ClientEvent;
import dev.weft.protocol.Node;
import dev.weft.protocol.Op;
import dev.weft.protocol.Patch;
import dev.weft.protocol.ProtocolException;
import dev.weft.ui.controls.DataCell;
import dev.weft.ui.controls.DataColumn;
import dev.weft.ui.controls.DataColumnSortEvent;
import dev.weft.ui.controls.DataRow;
import dev.weft.ui.controls.DataTable;
import dev.weft.ui.controls.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DataTable and its columns, rows and cells: what they hold, the wire, sorting, selection, taps. */
class DataTableTest {

  private final RecordingSink sink = new RecordingSink();
  private final PageDriver driver = RecordingSink.newDriver(sink);
  private final Page page = driver.page();
  private long seq;

  private Node wire(Control<?> control) {
    return ControlHarness.find(PageDriver.snapshot(page), control.id());
  }

  /** Dispatches an event as the browser would and runs its handler, if any. */
  private void send(Control<?> control, String event, Object data) throws Exception {
    PageDriver.Dispatch dispatch = driver.dispatch(new ClientEvent(++seq, control.id(), event, data));
    if (dispatch != null) {
      dispatch.runBlocking();
    }
  }

  private void refused(Control<?> control, String event, Object data, String why) {
    assertThatThrownBy(() -> driver.dispatch(new ClientEvent(++seq, control.id(), event, data)))
        .isInstanceOf(ProtocolException.class).hasMessageContaining(why);
  }

  private static DataRow row(String... texts) {
    DataRow row = new DataRow();
    for (String text : texts) {
      row.cells().add(new DataCell(text));
    }
    return row;
  }

  private static DataTable elements() {
    DataTable table = new DataTable(new DataColumn("Name"), new DataColumn(new Text("Number")).numeric(true));
    table.rows().add(row("Helium", "2"));
    table.rows().add(row("Hydrogen", "1"));
    table.rows().add(row("Lithium", "3"));
    return table;
  }

  @Test
  void aTableHoldsColumnsThenRowsAndEachListTakesOnlyItsKind() {
    DataTable table = elements();
    assertThat(table.columns()).hasSize(2);
    assertThat(table.rows()).hasSize(3);
    assertThat(table.rows().get(0).cells().get(0).content()).isInstanceOf(Text.class);
    // a column added later still goes before the rows
    table.columns().add(new DataColumn("Mass"));
    assertThat(table.columns()).hasSize(3);
    assertThat(table.rows()).hasSize(3);
    assertThat(table.columns().get(2).label()).isInstanceOf(Text.class);

    @SuppressWarnings({"unchecked", "rawtypes"})
    List<Control<?>> untypedRows = (List) table.rows();
    assertThatThrownBy(() -> untypedRows.add(new Text("no")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a DataTable's rows can hold only DataRow");
    @SuppressWarnings({"unchecked", "rawtypes"})
    List<Control<?>> untypedColumns = (List) table.columns();
    assertThatThrownBy(() -> untypedColumns.add(row("x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a DataTable's columns can hold only DataColumn");
    assertThatThrownBy(() -> table.rows().get(3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> new DataCell((Control<?>) null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DataColumn((Control<?>) null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void settersRefuseValuesThatMeanNothing() {
    DataTable table = new DataTable();
    assertThatThrownBy(() -> table.rowsPerPage(0)).hasMessageContaining("rows per page must be 1 or more");
    assertThatThrownBy(() -> table.sortColumnIndex(-1)).hasMessageContaining("cannot be negative");
    assertThatThrownBy(() -> table.dataRowMinHeight(-4)).hasMessageContaining("dataRowMinHeight must be 0 or more");
    assertThatThrownBy(() -> table.columnSpacing(Double.NaN)).hasMessageContaining("columnSpacing");
  }

  @Test
  void theTableGoesOnTheWireWithOnlyItsNonDefaultProperties() {
    DataTable table = elements();
    page.add(table);
    Node node = wire(table);
    assertThat(node.type()).isEqualTo("dataTable");
    assertThat(node.props()).isEmpty();
    assertThat(node.children()).extracting(Node::type)
        .containsExactly("dataColumn", "dataColumn", "dataRow", "dataRow", "dataRow");
    assertThat(node.children().get(1).props()).containsEntry("numeric", true);
    Node firstRow = node.children().get(2);
    assertThat(firstRow.children()).extracting(Node::type).containsExactly("dataCell", "dataCell");
    assertThat(firstRow.children().get(0).children().get(0).props()).containsEntry("value", "Helium");

    table.sortColumnIndex(1).sortAscending(false).showCheckboxColumn(true).rowsPerPage(10).label("Elements")
        .headingRowColor("surfaceContainer").dataRowMinHeight(40).dataRowMaxHeight(80).columnSpacing(24)
        .dividerThickness(0).horizontalLines("1px solid outline").verticalLines("1px solid outlineVariant")
        .border("1px solid outlineVariant");
    assertThat(wire(table).props()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
        Map.entry("sortColumnIndex", 1), Map.entry("sortAscending", false), Map.entry("showCheckboxColumn", true),
        Map.entry("rowsPerPage", 10), Map.entry("label", "Elements"), Map.entry("headingRowColor", "surfaceContainer"),
        Map.entry("dataRowMinHeight", 40), Map.entry("dataRowMaxHeight", 80), Map.entry("columnSpacing", 24),
        Map.entry("dividerThickness", 0), Map.entry("horizontalLines", "1px solid outline"),
        Map.entry("verticalLines", "1px solid outlineVariant"), Map.entry("border", "1px solid outlineVariant")));
    table.sortColumnIndex(null).sortAscending(true).showCheckboxColumn(false).rowsPerPage(null);
    assertThat(wire(table).props()).doesNotContainKeys("sortColumnIndex", "sortAscending", "showCheckboxColumn",
        "rowsPerPage");
    assertThat(table.sortAscending()).isTrue();

    DataRow row = table.rows().get(0).selected(true).color("errorContainer");
    DataCell cell = row.cells().get(1).showEditIcon(true).placeholder(true);
    assertThat(wire(row).props()).containsEntry("selected", true).containsEntry("color", "errorContainer");
    assertThat(wire(cell).props()).containsEntry("showEditIcon", true).containsEntry("placeholder", true);
    row.onSelectChanged(e -> { });
    cell.onTap(e -> { });
    table.columns().get(0).onSort(e -> { });
    assertThat(wire(row).props()).containsEntry("events", List.of("select"));
    assertThat(wire(cell).props()).containsEntry("events", List.of("tap"));
    assertThat(wire(table.columns().get(0)).props()).containsEntry("events", List.of("sort"));
  }

  @Test
  void aSortReachesTheHandlerWithTheColumnAndDirectionAndTheAppReordersByMoves() throws Exception {
    DataTable table = elements();
    List<DataColumnSortEvent> seen = new ArrayList<>();
    DataColumn number = table.columns().get(1);
    number.onSort(e -> {
      seen.add(e);
      Comparator<DataRow> byNumber = Comparator.comparing(r -> ((Text) r.cells().get(1).content()).value());
      e.table().rows().sort(e.ascending() ? byNumber : byNumber.reversed());
      e.table().sortColumnIndex(e.columnIndex()).sortAscending(e.ascending());
    });
    page.add(table);
    List<DataRow> before = List.copyOf(table.rows());
    int messages = sink.messages.size();

    send(number, "sort", "{\"columnIndex\": 1, \"ascending\": false}");
    assertThat(seen).hasSize(1);
    assertThat(seen.get(0).column()).isSameAs(number);
    assertThat(seen.get(0).columnIndex()).isEqualTo(1);
    assertThat(seen.get(0).ascending()).isFalse();
    assertThat(seen.get(0).page()).isSameAs(page);
    page.update();
    assertThat(table.rows()).extracting(r -> ((Text) r.cells().get(0).content()).value())
        .containsExactly("Lithium", "Helium", "Hydrogen");
    assertThat(wire(table).props()).containsEntry("sortColumnIndex", 1).containsEntry("sortAscending", false);
    // the rows the browser has are moved, never removed and sent again
    List<Op> ops = ((Patch) sink.messages.get(messages)).ops();
    assertThat(ops).noneMatch(op -> op instanceof Op.Insert || op instanceof Op.Remove);
    assertThat(ops).anyMatch(op -> op instanceof Op.Move);
    assertThat(table.rows()).containsExactlyInAnyOrderElementsOf(before);
  }

  @Test
  void sortDataThatIsNotTheColumnsOwnIsRefused() {
    DataTable table = elements();
    DataColumn name = table.columns().get(0).onSort(e -> { });
    DataColumn loose = new DataColumn("Alone").onSort(e -> { });
    page.add(table, loose);
    refused(name, "sort", null, "must be a JSON string");
    refused(name, "sort", true, "must be a JSON string");
    refused(name, "sort", "{not json", "is not JSON");
    refused(name, "sort", "[0, true]", "must be an object {columnIndex, ascending}");
    refused(name, "sort", "{\"ascending\": true}", "columnIndex must be a whole number");
    refused(name, "sort", "{\"columnIndex\": 0.5, \"ascending\": true}", "columnIndex must be a whole number");
    refused(name, "sort", "{\"columnIndex\": 0, \"ascending\": \"yes\"}", "ascending must be true or false");
    refused(name, "sort", "{\"columnIndex\": 1, \"ascending\": true}", "names column 1, but it is column 0");
    refused(loose, "sort", "{\"columnIndex\": 0, \"ascending\": true}", "is in no DataTable");
    refused(table.columns().get(1), "sort", "{\"columnIndex\": 1, \"ascending\": true}", "does not listen to sort");
  }

  @Test
  void aRowTakesTheSelectionTheBrowserReportsBeforeItsHandlerRuns() throws Exception {
    DataTable table = elements();
    DataRow row = table.rows().get(0);
    List<Object> seen = new ArrayList<>();
    row.onSelectChanged(e -> seen.add(e.data() + " " + e.control().selected()));
    page.add(table);
    int messages = sink.messages.size();

    send(row, "select", true);
    assertThat(row.selected()).isTrue();
    assertThat(seen).containsExactly("true true");
    page.update();
    assertThat(sink.messages).as("the browser shows it already: nothing to send").hasSize(messages);
    send(row, "select", false);
    assertThat(row.selected()).isFalse();
    assertThat(seen).containsExactly("true true", "false false");

    refused(row, "select", "true", "the data of select on a dataRow must be a boolean");
    refused(row, "select", null, "must be a boolean");
    refused(row, "select", 1, "must be a boolean");
    refused(table.rows().get(1), "select", true, "does not listen to select");
    assertThat(row.selected()).isFalse();
  }

  @Test
  void selectAllSelectsEverySelectableRowAndOnlyWithACheckboxColumn() throws Exception {
    DataTable table = elements();
    DataRow a = table.rows().get(0).onSelectChanged(e -> { });
    DataRow b = table.rows().get(1).onSelectChanged(e -> { });
    DataRow plain = table.rows().get(2);
    b.disabled(true);
    List<Object> seen = new ArrayList<>();
    page.add(table);

    refused(table, "selectAll", true, "which shows no checkbox column");
    table.showCheckboxColumn(true);
    page.update();
    send(table, "selectAll", true); // accepted without a handler
    assertThat(a.selected()).isTrue();
    assertThat(b.selected()).as("a disabled row is left alone").isFalse();
    assertThat(plain.selected()).as("a row without a select handler is not selectable").isFalse();

    table.onSelectAll(e -> seen.add(e.data()));
    send(table, "selectAll", false);
    assertThat(a.selected()).isFalse();
    assertThat(seen).containsExactly(false);
    refused(table, "selectAll", "false", "the data of selectAll on a dataTable must be a boolean");
    refused(table, "selectAll", null, "must be a boolean");
  }

  @Test
  void aCellWithATapHandlerTakesTaps() throws Exception {
    DataTable table = elements();
    DataCell cell = table.rows().get(0).cells().get(0);
    List<String> seen = new ArrayList<>();
    cell.onTap(e -> seen.add("tapped " + ((Text) e.control().content()).value()));
    page.add(table);
    send(cell, "tap", null);
    assertThat(seen).containsExactly("tapped Helium");
    refused(table.rows().get(1).cells().get(0), "tap", null, "does not listen to tap");
  }
}
