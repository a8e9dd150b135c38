package dev.weft.examples;

import dev.weft.ui.Control;
import dev.weft.ui.CrossAxisAlignment;
import dev.weft.ui.Page;
import dev.weft.ui.controls.BarChart;
import dev.weft.ui.controls.BarChartGroup;
import dev.weft.ui.controls.BarChartRod;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.ButtonVariant;
import dev.weft.ui.controls.ChartAxis;
import dev.weft.ui.controls.ChartAxisLabel;
import dev.weft.ui.controls.ChartEventType;
import dev.weft.ui.controls.ChartGridLines;
import dev.weft.ui.controls.Container;
import dev.weft.ui.controls.LineChart;
import dev.weft.ui.controls.LineChartData;
import dev.weft.ui.controls.LineChartDataPoint;
import dev.weft.ui.controls.PieChart;
import dev.weft.ui.controls.PieChartSection;
import dev.weft.ui.controls.Row;
import dev.weft.ui.controls.Text;
import dev.weft.ui.controls.TextStyle;
import java.util.Random;

/**
 * The gallery's "Charts" section: a week of temperatures in two cities as a line chart, with a
 * button that moves one random point (one small {@code set} on the wire, the line gliding to it);
 * a bar chart of quarterly sales; a donut of where time goes, with a legend. Hovering, tapping or
 * focusing a point, bar or section shows it in the status line below (onChartEvent).
 */
final class GalleryCharts {

  private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  private static final double[] OSLO = {4, 6, 5, 8, 7, 9, 6};
  private static final double[] LISBON = {15, 17, 16, 18, 21, 20, 19};

  private GalleryCharts() {
  }

  static Control<?>[] controls(Page page, Text status) {
    Text chartStatus = new Text("Hover, tap or focus a chart").key("chart-status")
        .style(TextStyle.BODY_SMALL).color("onSurfaceVariant");

    LineChartData oslo = series("Oslo", OSLO).key("oslo");
    LineChartData lisbon = series("Lisbon", LISBON).key("lisbon").belowLineColor("tertiary");
    LineChart temperatures = new LineChart(oslo, lisbon)
        .label("Temperatures this week")
        .leftAxis(new ChartAxis().title("°C"))
        .bottomAxis(new ChartAxis().labels(days()))
        .horizontalGridLines(new ChartGridLines().dashPattern(4, 4))
        .minY(0).maxY(25)
        .height(240).key("temperatures");
    temperatures.onChartEvent(e -> {
      if (e.type() != ChartEventType.EXIT) {
        LineChartData s = temperatures.series().get(e.seriesIndex());
        LineChartDataPoint p = s.points().get(e.pointIndex());
        chartStatus.value(word(e.type()) + " " + s.label() + ", " + DAYS[(int) p.x()] + ": "
            + Math.round(p.y()) + " °C");
      }
    });
    Random random = new Random(13);
    Button randomise = new Button("Randomise a point", e -> {
      LineChartDataPoint p = oslo.points().get(random.nextInt(oslo.points().size()));
      double y;
      do {
        y = 1 + random.nextInt(12);
      } while (y == p.y()); // always a move, so the line visibly changes
      p.y(y);
      status.value("Oslo, " + DAYS[(int) p.x()] + " is now " + Math.round(p.y()) + " °C");
    }).variant(ButtonVariant.TONAL).icon("shuffle");

    BarChart sales = new BarChart(
        quarter(0, 8, 11), quarter(1, 10, 12), quarter(2, 14, 9), quarter(3, 12, 15))
        .label("Sales per quarter, 2025 and 2026")
        .leftAxis(new ChartAxis().title("k€").labelsInterval(5))
        .bottomAxis(new ChartAxis().labels(new ChartAxisLabel(0, "Q1"), new ChartAxisLabel(1, "Q2"),
            new ChartAxisLabel(2, "Q3"), new ChartAxisLabel(3, "Q4")))
        .horizontalGridLines(new ChartGridLines().interval(5))
        .height(220).key("sales");
    sales.onChartEvent(e -> {
      if (e.type() != ChartEventType.EXIT) {
        BarChartRod rod = sales.groups().get(e.groupIndex()).rods().get(e.rodIndex());
        chartStatus.value(word(e.type()) + " Q" + (e.groupIndex() + 1) + " " + (2025 + e.rodIndex())
            + ": " + Math.round(rod.toY()) + " k€");
      }
    });

    String[][] parts = {{"Work", "primary"}, {"Sleep", "tertiary"}, {"Play", "secondary"},
        {"Chores", "error"}};
    double[] hours = {8, 8, 5, 3};
    PieChart day = new PieChart().centerSpaceRadius(44).sectionsSpace(3)
        .label("Where a day goes").height(220).key("day");
    Row legend = new Row().wrap(true).key("legend");
    for (int i = 0; i < parts.length; i++) {
      day.sections().add(new PieChartSection(hours[i]).title(Math.round(hours[i]) + " h").color(parts[i][1])
          .tooltip(parts[i][0] + ": " + Math.round(hours[i]) + " hours"));
      legend.controls().add(swatch(parts[i][1], parts[i][0]));
    }
    day.onChartEvent(e -> {
      if (e.type() != ChartEventType.EXIT) {
        chartStatus.value(word(e.type()) + " " + parts[e.sectionIndex()][0]);
      }
    });

    return new Control<?>[] {
        new Text("Temperatures this week").style(TextStyle.TITLE_SMALL),
        temperatures,
        new Row(randomise, chartStatus).verticalAlignment(CrossAxisAlignment.CENTER),
        new Text("Sales per quarter (2025, 2026)").style(TextStyle.TITLE_SMALL),
        sales,
        new Row(swatch("tertiary", "2025"), swatch("primary", "2026")).key("sales-legend"),
        new Text("Where a day goes").style(TextStyle.TITLE_SMALL),
        day,
        legend,
    };
  }

  private static LineChartData series(String name, double[] values) {
    LineChartData data = new LineChartData().label(name).curved(true);
    for (int i = 0; i < values.length; i++) {
      data.points().add(new LineChartDataPoint(i, values[i]));
    }
    return data;
  }

  private static ChartAxisLabel[] days() {
    ChartAxisLabel[] labels = new ChartAxisLabel[DAYS.length];
    for (int i = 0; i < DAYS.length; i++) {
      labels[i] = new ChartAxisLabel(i, DAYS[i]);
    }
    return labels;
  }

  private static BarChartGroup quarter(int x, double last, double now) {
    return new BarChartGroup(x, new BarChartRod(last).width(16).color("tertiary"),
        new BarChartRod(now).width(16).color("primary"));
  }

  /** A legend entry: a dot in the colour, and its name. */
  private static Row swatch(String color, String name) {
    return new Row(new Container().width(12).height(12).borderRadius(6).bgcolor(color),
        new Text(name).style(TextStyle.BODY_MEDIUM)).spacing(6).verticalAlignment(CrossAxisAlignment.CENTER);
  }

  private static String word(ChartEventType type) {
    return type == ChartEventType.TAP ? "Tapped" : "Hovering";
  }
}
