package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.ui.controls.AlertDialog;
import dev.weft.ui.controls.AppBar;
import dev.weft.ui.controls.AutoComplete;
import dev.weft.ui.controls.Badge;
import dev.weft.ui.controls.Banner;
import dev.weft.ui.controls.BarChart;
import dev.weft.ui.controls.BarChartGroup;
import dev.weft.ui.controls.BarChartRod;
import dev.weft.ui.controls.BottomSheet;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Card;
import dev.weft.ui.controls.Checkbox;
import dev.weft.ui.controls.Chip;
import dev.weft.ui.controls.CircleAvatar;
import dev.weft.ui.controls.Column;
import dev.weft.ui.controls.Container;
import dev.weft.ui.controls.DataCell;
import dev.weft.ui.controls.DataColumn;
import dev.weft.ui.controls.DataRow;
import dev.weft.ui.controls.DataTable;
import dev.weft.ui.controls.DatePicker;
import dev.weft.ui.controls.Divider;
import dev.weft.ui.controls.DragTarget;
import dev.weft.ui.controls.Draggable;
import dev.weft.ui.controls.Dropdown;
import dev.weft.ui.controls.ExpansionPanel;
import dev.weft.ui.controls.ExpansionPanelList;
import dev.weft.ui.controls.ExpansionTile;
import dev.weft.ui.controls.FilePicker;
import dev.weft.ui.controls.FloatingActionButton;
import dev.weft.ui.controls.GestureDetector;
import dev.weft.ui.controls.GridView;
import dev.weft.ui.controls.Icon;
import dev.weft.ui.controls.IconButton;
import dev.weft.ui.controls.Image;
import dev.weft.ui.controls.LineChart;
import dev.weft.ui.controls.LineChartData;
import dev.weft.ui.controls.LineChartDataPoint;
import dev.weft.ui.controls.ListTile;
import dev.weft.ui.controls.ListView;
import dev.weft.ui.controls.Markdown;
import dev.weft.ui.controls.MenuBar;
import dev.weft.ui.controls.MenuItemButton;
import dev.weft.ui.controls.NavigationBar;
import dev.weft.ui.controls.NavigationDrawer;
import dev.weft.ui.controls.NavigationRail;
import dev.weft.ui.controls.PieChart;
import dev.weft.ui.controls.PieChartSection;
import dev.weft.ui.controls.Placeholder;
import dev.weft.ui.controls.PopupMenuButton;
import dev.weft.ui.controls.PopupMenuItem;
import dev.weft.ui.controls.ProgressBar;
import dev.weft.ui.controls.ProgressRing;
import dev.weft.ui.controls.Radio;
import dev.weft.ui.controls.RadioGroup;
import dev.weft.ui.controls.RangeSlider;
import dev.weft.ui.controls.ResponsiveRow;
import dev.weft.ui.controls.Row;
import dev.weft.ui.controls.SearchBar;
import dev.weft.ui.controls.Segment;
import dev.weft.ui.controls.SegmentedButton;
import dev.weft.ui.controls.Slider;
import dev.weft.ui.controls.SnackBar;
import dev.weft.ui.controls.Stack;
import dev.weft.ui.controls.SubmenuButton;
import dev.weft.ui.controls.Switch;
import dev.weft.ui.controls.Tab;
import dev.weft.ui.controls.Tabs;
import dev.weft.ui.controls.Text;
import dev.weft.ui.controls.TextField;
import dev.weft.ui.controls.TimePicker;
import dev.weft.ui.controls.VerticalDivider;
import dev.weft.ui.controls.View;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * docs/controls.md against the control classes: every documented type exists with a getter per
 * documented property, and no control has a property the document leaves out.
 */
class ControlsDocTest {

  private static final Pattern SECTION = Pattern.compile("^## `([A-Za-z]+)`");
  private static final Pattern ROW = Pattern.compile("^\\| `([A-Za-z]+)` \\|");
  /** Accessors for children, which docs/controls.md describes in prose, not as properties. */
  private static final Set<String> CHILD_ACCESSORS = Set.of("controls", "content");

  private static final List<Control<?>> ALL = List.of(
      RecordingSink.newDriver(new RecordingSink()).page(), new Text("t"), new Button("b"),
      new IconButton("add"), new TextField("f"), new Checkbox("c"), new Switch("s"),
      Dropdown.of("d", "x"), new Row(), new Column(), new Container(), new Image("i.png"),
      new Divider(), new ProgressBar(), new FilePicker(), new View("/"), new AppBar(),
      new DatePicker(), new TimePicker(),
      new NavigationBar(), new NavigationRail(), new Tabs(), new Tab("t"), new FloatingActionButton("add"),
      new PopupMenuButton(), new PopupMenuItem("i"), new MenuBar(), new SubmenuButton("s"),
      new MenuItemButton("m"), new ResponsiveRow(),
      new AlertDialog(), new BottomSheet(), new SnackBar(), new Banner(), new NavigationDrawer(),
      new LineChart(), new LineChartData(), new LineChartDataPoint(0, 0), new BarChart(), new BarChartGroup(0),
      new BarChartRod(0), new PieChart(), new PieChartSection(0),
      new Icon("home"), new Badge(), new CircleAvatar(), new ProgressRing(), new Markdown(),
      new VerticalDivider(), new Placeholder(),
      new Stack(), new ExpansionTile("t"), new ExpansionPanelList(), new ExpansionPanel(),
      new GestureDetector(), new Draggable(new Text("d")), new DragTarget(),
      new ListView(), new GridView(), new ListTile(), new Card(),
      new Slider(), new RangeSlider(0, 1), new Radio("r", "R"), new RadioGroup(new Column()),
      new SegmentedButton(new Segment("s", "S")), new Chip("c"), new SearchBar(), new AutoComplete(),
      new DataTable(), new DataColumn("c"), new DataRow(), new DataCell("d"));

  private static Map<String, Set<String>> documented() throws IOException {
    Map<String, Set<String>> sections = new LinkedHashMap<>();
    String current = "common";
    sections.put(current, new LinkedHashSet<>());
    for (String line : Files.readAllLines(Path.of("docs/controls.md"))) {
      Matcher s = SECTION.matcher(line);
      if (s.find()) {
        current = s.group(1);
        sections.put(current, new LinkedHashSet<>());
      } else if (line.startsWith("## ")) {
        current = line.contains("every control") ? "common" : "other";
        sections.computeIfAbsent(current, k -> new LinkedHashSet<>());
      }
      Matcher row = ROW.matcher(line);
      if (row.find()) {
        sections.get(current).add(row.group(1));
      }
    }
    return sections;
  }

  private static Set<String> getters(Class<?> type, Class<?> stopAt) {
    Set<String> names = new LinkedHashSet<>();
    for (Class<?> c = type; c != stopAt; c = c.getSuperclass()) {
      for (Method m : c.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
            && m.getParameterCount() == 0 && !m.getName().equals("toString")) {
          names.add(m.getName());
        }
      }
    }
    return names;
  }

  @Test
  void everyControlTypeIsDocumented() throws IOException {
    Map<String, Set<String>> doc = documented();
    for (Control<?> control : ALL) {
      assertThat(doc).as("a section for %s in docs/controls.md", control.type()).containsKey(control.type());
    }
    Set<String> types = new LinkedHashSet<>(doc.keySet());
    types.removeAll(List.of("common", "other"));
    assertThat(types).containsExactlyInAnyOrderElementsOf(ALL.stream().map(Control::type).toList());
  }

  @Test
  void everyDocumentedPropertyHasAGetterAndNoGetterIsUndocumented() throws IOException {
    Map<String, Set<String>> doc = documented();
    Set<String> common = new LinkedHashSet<>(doc.get("common"));
    common.remove("events"); // derived from the handlers set
    assertThat(getters(Control.class, Object.class))
        .as("Control's getters").containsAll(common);
    for (Control<?> control : ALL) {
      Set<String> expected = doc.get(control.type());
      Set<String> actual = getters(control.getClass(), Control.class);
      actual.removeAll(CHILD_ACCESSORS);
      if (control instanceof Page) {
        actual.removeAll(List.of("sessionId", "client", "route", "path", "query", "update", "clean",
            "close", "attributes", "pubsub", "auth", "logout", "loginProviders", "sessionStore",
            "clientStorage")); // the session's API, not properties
        expected = new LinkedHashSet<>(expected);
        expected.remove("scrollTo"); // a method with an argument on Page
      }
      if (control instanceof Page) {
        actual.removeAll(List.of("views", "topView", "overlay")); // the view stack (docs/routing.md), the overlays
      }
      if (control instanceof Page) {
        actual.remove("overlay"); // page.overlay(): the overlays' live list, not a property
      }
      if (control instanceof View || control instanceof AppBar) {
        actual.removeAll(List.of("appBar", "actions")); // children, described in prose
      }
      if (control instanceof PopupMenuButton) {
        actual.remove("items"); // children, described in prose
      }
      if (control instanceof FilePicker) {
        actual.removeAll(List.of("pickFiles", "pickedFiles")); // methods in a table of their own
      }
      if (control instanceof Tabs) {
        actual.remove("tabs"); // children, described in prose
      }
      if (control instanceof GestureDetector) {
        actual.remove("inOrder"); // how its handlers run on the server, described in prose
      }
      if (control instanceof AlertDialog || control instanceof Banner) {
        actual.remove("actions"); // children, described in prose
      }
      if (control instanceof DataTable || control instanceof DataColumn || control instanceof DataRow) {
        actual.removeAll(List.of("columns", "rows", "label", "cells")); // children, described in prose
        if (control instanceof DataTable) {
          actual.add("label"); // the table's name: a property
        }
      }
      assertThat(actual).as("properties of %s", control.type())
          .containsExactlyInAnyOrderElementsOf(expected);
    }
  }
}
