package dev.weft.examples;

import dev.weft.ui.Control;
import dev.weft.ui.Page;
import dev.weft.ui.controls.DataCell;
import dev.weft.ui.controls.DataColumn;
import dev.weft.ui.controls.DataColumnSortHandler;
import dev.weft.ui.controls.DataRow;
import dev.weft.ui.controls.DataTable;
import dev.weft.ui.controls.Text;
import dev.weft.ui.controls.TextStyle;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The gallery's "Tables" section: twelve chemical elements, sortable by every column and
 * selectable (checkboxes, select all), with a line saying what is selected and how it is sorted;
 * then a hundred orders, ten a page, with an editable customer cell and placeholders.
 */
final class GalleryTables {

  private GalleryTables() {
  }

  private record Element(String name, String symbol, int number, double mass) {}

  private static final List<Element> ELEMENTS = List.of(
      new Element("Hydrogen", "H", 1, 1.008), new Element("Helium", "He", 2, 4.0026),
      new Element("Lithium", "Li", 3, 6.94), new Element("Beryllium", "Be", 4, 9.0122),
      new Element("Boron", "B", 5, 10.81), new Element("Carbon", "C", 6, 12.011),
      new Element("Nitrogen", "N", 7, 14.007), new Element("Oxygen", "O", 8, 15.999),
      new Element("Fluorine", "F", 9, 18.998), new Element("Neon", "Ne", 10, 20.180),
      new Element("Sodium", "Na", 11, 22.990), new Element("Magnesium", "Mg", 12, 24.305));

  private static final List<String> CUSTOMERS = List.of(
      "Ada Lovelace", "Alan Turing", "Grace Hopper", "Edsger Dijkstra", "Barbara Liskov",
      "Donald Knuth", "Margaret Hamilton");

  static Control<?>[] controls(Page page, Text status) {
    Text tableStatus = new Text("").key("table-status");
    return new Control<?>[] {
        elements(tableStatus), tableStatus,
        new Text("A hundred orders, ten a page: the browser turns the pages")
            .style(TextStyle.BODY_SMALL).color("onSurfaceVariant"),
        orders(status),
    };
  }

  /** The elements: sorting reorders the rows on the server; selecting says what is selected. */
  private static DataTable elements(Text status) {
    List<String> names = List.of("Name", "Symbol", "Number", "Atomic mass");
    Map<DataRow, Element> elementOf = new HashMap<>();
    List<Comparator<DataRow>> orders = List.of(
        Comparator.comparing(r -> elementOf.get(r).name()),
        Comparator.comparing(r -> elementOf.get(r).symbol()),
        Comparator.comparingInt(r -> elementOf.get(r).number()),
        Comparator.comparingDouble(r -> elementOf.get(r).mass()));

    DataTable table = new DataTable().label("Chemical elements").showCheckboxColumn(true)
        .sortColumnIndex(2).key("elements");
    Runnable describe = () -> {
      long selected = table.rows().stream().filter(DataRow::selected).count();
      int column = table.sortColumnIndex();
      status.value(selected + " of " + table.rows().size() + " selected · sorted by "
          + names.get(column) + (table.sortAscending() ? ", ascending" : ", descending"));
    };
    DataColumnSortHandler sort = e -> {
      Comparator<DataRow> order = orders.get(e.columnIndex());
      e.table().rows().sort(e.ascending() ? order : order.reversed());
      e.table().sortColumnIndex(e.columnIndex()).sortAscending(e.ascending());
      describe.run();
    };
    table.columns().add(new DataColumn("Name").onSort(sort));
    table.columns().add(new DataColumn("Symbol").onSort(sort));
    table.columns().add(new DataColumn("Number").numeric(true).tooltip("Protons in the nucleus").onSort(sort));
    table.columns().add(new DataColumn("Atomic mass").numeric(true).tooltip("In daltons").onSort(sort));
    for (Element element : ELEMENTS) {
      DataRow row = new DataRow(new DataCell(element.name()), new DataCell(element.symbol()),
          new DataCell(String.valueOf(element.number())),
          new DataCell(String.format(Locale.ROOT, "%.3f", element.mass())));
      row.onSelectChanged(e -> describe.run());
      elementOf.put(row, element);
      table.rows().add(row);
    }
    table.onSelectAll(e -> describe.run());
    describe.run();
    return table;
  }

  /** The orders: paged in the browser; the customer cells are tappable, unshipped orders greyed. */
  private static DataTable orders(Text status) {
    DataTable table = new DataTable(new DataColumn("Order"), new DataColumn("Customer"),
        new DataColumn("Items").numeric(true), new DataColumn("Total").numeric(true),
        new DataColumn("Shipped"))
        .label("Orders").rowsPerPage(10).key("orders");
    for (int i = 1; i <= 100; i++) {
      int order = 1000 + i;
      int items = i * 7 % 9 + 1;
      String customer = CUSTOMERS.get(i % CUSTOMERS.size());
      DataCell who = new DataCell(customer).showEditIcon(true)
          .onTap(e -> status.value("Edit the customer of order " + order));
      boolean shipped = i % 4 != 0;
      table.rows().add(new DataRow(new DataCell("#" + order), who, new DataCell(String.valueOf(items)),
          new DataCell(String.format(Locale.ROOT, "€%.2f", items * 12.5)),
          new DataCell(shipped ? "Dec " + (i % 28 + 1) : "Not yet").placeholder(!shipped)));
    }
    return table;
  }
}
