package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.protocol.ClientEvent;
import dev.weft.protocol.ErrorCode;
import dev.weft.protocol.Node;
import dev.weft.protocol.Op;
import dev.weft.protocol.Patch;
import dev.weft.protocol.ProtocolException;
import dev.weft.ui.controls.BarChart;
import dev.weft.ui.controls.BarChartEvent;
import dev.weft.ui.controls.BarChartGroup;
import dev.weft.ui.controls.BarChartRod;
import dev.weft.ui.controls.ChartAxis;
import dev.weft.ui.controls.ChartAxisLabel;
import dev.weft.ui.controls.ChartEventType;
import dev.weft.ui.controls.ChartGridLines;
import dev.weft.ui.controls.LineChart;
import dev.weft.ui.controls.LineChartData;
import dev.weft.ui.controls.LineChartDataPoint;
import dev.weft.ui.controls.LineChartEvent;
import dev.weft.ui.controls.PieChart;
import dev.weft.ui.controls.PieChartEvent;
import dev.weft.ui.controls.PieChartSection;
import dev.weft.ui.controls.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The charts without a browser: data as child controls on the wire (so one moved point is one
 * small set), the value classes' getters and setters, bad numbers refused where the app sets them,
 * chart events reaching onChartEvent, and bad event data from the browser refused with a clear error.
 */
class ChartsTest {

  private final RecordingSink sink = new RecordingSink();
  private final PageDriver driver = RecordingSink.newDriver(sink);
  private final Page page = driver.page();
  private long seq = 1;

  private static LineChart temperatures() {
    return new LineChart(
        new LineChartData(new LineChartDataPoint(0, 4), new LineChartDataPoint(1, 6.5)).label("Oslo"),
        new LineChartData(new LineChartDataPoint(0, 15), new LineChartDataPoint(1, 17)).label("Lisbon"));
  }

  private PageDriver.Dispatch send(Control<?> target, Object data) throws ProtocolException {
    return driver.dispatch(new ClientEvent(seq++, target.id(), "chart", data));
  }

  @Test
  void aLineChartTravelsAsSeriesOfPointControls() {
    LineChart chart = temperatures()
        .leftAxis(new ChartAxis().title("°C").labelsSize(32))
        .bottomAxis(new ChartAxis().labels(new ChartAxisLabel(0, "Mon"), new ChartAxisLabel(1, "Tue")))
        .horizontalGridLines(new ChartGridLines().interval(5).dashPattern(4, 4))
        .minY(0).maxY(25).tooltipBgcolor("primary").label("Temperatures");
    chart.series().get(1).curved(true).color("tertiary").strokeWidth(3).belowLineColor("tertiary")
        .pointsVisible(false).dashPattern(2, 1);
    chart.series().get(0).points().get(0).tooltip("Cold Monday");
    page.add(chart);

    Node root = PageDriver.snapshot(page).children().get(0);
    assertThat(root.type()).isEqualTo("lineChart");
    assertThat(root.props()).containsEntry("minY", 0.0).containsEntry("maxY", 25.0)
        .containsEntry("tooltipBgcolor", "primary").containsEntry("label", "Temperatures")
        .containsEntry("leftAxis", Map.of("title", "°C", "labelsSize", 32.0))
        .containsEntry("bottomAxis", Map.of("labels", List.of(Map.of("value", 0.0, "label", "Mon"),
            Map.of("value", 1.0, "label", "Tue"))))
        .containsEntry("horizontalGridLines", Map.of("interval", 5.0, "dashPattern", List.of(4, 4)))
        .doesNotContainKeys("minX", "maxX", "verticalGridLines", "interactive");
    Node oslo = root.children().get(0);
    assertThat(oslo.type()).isEqualTo("lineChartData");
    assertThat(oslo.props()).isEqualTo(Map.of("label", "Oslo"));
    assertThat(oslo.children()).extracting(Node::type).containsExactly("lineChartDataPoint", "lineChartDataPoint");
    assertThat(oslo.children().get(0).props()).isEqualTo(Map.of("x", 0.0, "y", 4.0, "tip", "Cold Monday"));
    assertThat(oslo.children().get(1).props()).isEqualTo(Map.of("x", 1.0, "y", 6.5));
    assertThat(root.children().get(1).props()).containsEntry("curved", true).containsEntry("color", "tertiary")
        .containsEntry("strokeWidth", 3.0).containsEntry("belowLineColor", "tertiary")
        .containsEntry("pointsVisible", false).containsEntry("dashPattern", List.of(2, 1));
  }

  @Test
  void movingOnePointIsOneSetOfThatPointAlone() {
    LineChart chart = temperatures();
    page.add(chart);
    LineChartDataPoint point = chart.series().get(1).points().get(1);
    point.y(21);
    page.update();
    Patch patch = (Patch) sink.last();
    assertThat(patch.ops()).containsExactly(new Op.Set(point.id(), Map.of("y", 21.0)));
  }

  @Test
  void gettersGiveBackWhatWasSetAndTheDefaults() {
    LineChart chart = temperatures();
    assertThat(chart.minX()).isNull();
    assertThat(chart.leftAxis()).isNull();
    assertThat(chart.interactive()).isTrue();
    ChartAxis axis = new ChartAxis().title("x").labels(new ChartAxisLabel(2, "two")).labelsInterval(2)
        .labelsSize(20).showLabels(false);
    chart.bottomAxis(axis).minX(-1).maxX(9).interactive(false);
    assertThat(chart.bottomAxis()).isEqualTo(axis);
    assertThat(chart.bottomAxis().labels()).containsExactly(new ChartAxisLabel(2, "two"));
    assertThat(chart.bottomAxis().showLabels()).isFalse();
    assertThat(chart.bottomAxis().labelsInterval()).isEqualTo(2.0);
    assertThat(chart.minX()).isEqualTo(-1.0);
    assertThat(chart.maxX()).isEqualTo(9.0);
    assertThat(chart.interactive()).isFalse();
    ChartGridLines grid = new ChartGridLines().color("outline").width(0.5).dashPattern(3);
    chart.verticalGridLines(grid);
    assertThat(chart.verticalGridLines()).isEqualTo(grid);
    assertThat(chart.verticalGridLines().dashPattern()).containsExactly(3);

    LineChartData series = chart.series().get(0);
    assertThat(series.strokeWidth()).isEqualTo(2.0);
    assertThat(series.curved()).isFalse();
    assertThat(series.pointsVisible()).isTrue();
    assertThat(series.dashPattern()).isEmpty();
    LineChartDataPoint point = series.points().get(1);
    assertThat(point.x()).isEqualTo(1.0);
    assertThat(point.y()).isEqualTo(6.5);
    point.x(3).y(-2);
    assertThat(point.x()).isEqualTo(3.0);
    assertThat(point.y()).isEqualTo(-2.0);

    BarChartRod rod = new BarChartRod(7).fromY(2).borderRadius(3).tooltip("seven");
    rod.width(12);
    BarChartGroup group = new BarChartGroup(4, rod).barsSpace(6);
    BarChart bars = new BarChart(group).groupsSpace(20);
    assertThat(rod.fromY()).isEqualTo(2.0);
    assertThat(rod.toY()).isEqualTo(7.0);
    assertThat(rod.borderRadius()).isEqualTo(3.0);
    assertThat(rod.tooltip()).isEqualTo("seven");
    assertThat(group.x()).isEqualTo(4);
    assertThat(group.barsSpace()).isEqualTo(6.0);
    assertThat(bars.groupsSpace()).isEqualTo(20.0);
    assertThat(bars.groups()).containsExactly(group);
    assertThat(group.rods()).containsExactly(rod);

    PieChartSection section = new PieChartSection(3).title("Three").color("primary").radius(50);
    PieChart pie = new PieChart(section).centerSpaceRadius(40).sectionsSpace(2).startDegreeOffset(-90);
    assertThat(pie.centerSpaceRadius()).isEqualTo(40.0);
    assertThat(pie.sectionsSpace()).isEqualTo(2.0);
    assertThat(pie.startDegreeOffset()).isEqualTo(-90.0);
    assertThat(section.value()).isEqualTo(3.0);
    assertThat(section.radius()).isEqualTo(50.0);
    assertThat(pie.sections()).containsExactly(section);
  }

  @Test
  void badNumbersAndStrangeChildrenAreRefusedWhereTheAppSetsThem() {
    LineChart chart = temperatures();
    assertThatThrownBy(() -> new LineChartDataPoint(Double.NaN, 1))
        .hasMessage("a point's x must be a finite number, not NaN");
    assertThatThrownBy(() -> chart.series().get(0).points().get(0).y(Double.POSITIVE_INFINITY))
        .hasMessageContaining("a point's y must be a finite number");
    assertThatThrownBy(() -> chart.series().get(0).strokeWidth(-1)).hasMessageContaining("cannot be negative");
    assertThatThrownBy(() -> chart.minY(Double.NaN)).hasMessageContaining("minY must be a finite number");
    assertThatThrownBy(() -> new ChartAxis().labelsInterval(0)).hasMessageContaining("above 0");
    assertThatThrownBy(() -> new ChartAxisLabel(1, null)).hasMessageContaining("needs its text");
    assertThatThrownBy(() -> new PieChartSection(-1)).hasMessageContaining("0 or more");
    assertThatThrownBy(() -> new LineChartData().dashPattern(3, -1)).hasMessageContaining("cannot be negative");
    @SuppressWarnings({"unchecked", "rawtypes"})
    List<Control<?>> raw = (List) chart.series();
    assertThatThrownBy(() -> raw.add(new Text("not a series")))
        .hasMessageContaining("a LineChart can hold only LineChartData, not text");
  }

  @Test
  void chartEventsReachOnChartEventWithTheirIndices() throws Exception {
    LineChart line = temperatures();
    List<LineChartEvent> lines = new ArrayList<>();
    line.onChartEvent(lines::add);
    BarChart bars = new BarChart(new BarChartGroup(0, new BarChartRod(1), new BarChartRod(2)));
    List<BarChartEvent> barEvents = new ArrayList<>();
    bars.onChartEvent(barEvents::add);
    PieChart pie = new PieChart(new PieChartSection(1), new PieChartSection(2));
    List<PieChartEvent> pieEvents = new ArrayList<>();
    pie.onChartEvent(pieEvents::add);
    page.add(line, bars, pie);

    send(line, "{\"type\":\"hover\",\"series\":1,\"point\":0}").runBlocking();
    send(line, "{\"type\":\"tap\",\"series\":0,\"point\":1}").runBlocking();
    send(line, "{\"type\":\"exit\"}").runBlocking();
    assertThat(lines).extracting(e -> e.type() + " " + e.seriesIndex() + " " + e.pointIndex())
        .containsExactly("HOVER 1 0", "TAP 0 1", "EXIT -1 -1");
    assertThat(lines.get(0).chart()).isSameAs(line);
    send(bars, "{\"type\":\"tap\",\"group\":0,\"rod\":1}").runBlocking();
    assertThat(barEvents).containsExactly(new BarChartEvent(bars, ChartEventType.TAP, 0, 1));
    send(pie, "{\"type\":\"hover\",\"section\":1}").runBlocking();
    assertThat(pieEvents).containsExactly(new PieChartEvent(pie, ChartEventType.HOVER, 1));
  }

  @Test
  void badChartEventDataIsRefusedWithAClearError() {
    LineChart line = temperatures();
    List<LineChartEvent> seen = new ArrayList<>();
    line.onChartEvent(seen::add);
    PieChart pie = new PieChart(new PieChartSection(1));
    pie.onChartEvent(e -> { });
    page.add(line, pie);
    Object[][] bad = {
        {null, "must be a JSON object in a string, not null"},
        {42L, "not Long 42"},
        {"not json", "is not JSON"},
        {"[1,2]", "must be a JSON object"},
        {"{\"type\":\"wiggle\",\"series\":0,\"point\":0}", "type must be hover, tap or exit, not String wiggle"},
        {"{\"series\":0,\"point\":0}", "type must be hover, tap or exit, not null"},
        {"{\"type\":\"tap\",\"series\":2,\"point\":0}", "series 2 is out of range: the line chart has 2"},
        {"{\"type\":\"tap\",\"series\":0,\"point\":2}", "point 2 is out of range: the line chart's series 0 has 2"},
        {"{\"type\":\"tap\",\"series\":-1,\"point\":0}", "series -1 is out of range"},
        {"{\"type\":\"tap\",\"series\":0.5,\"point\":0}", "the series of a chart event must be a whole number"},
        {"{\"type\":\"tap\",\"series\":0}", "the point of a chart event must be a whole number, not null"},
        {"{\"type\":\"tap\",\"series\":0,\"point\":0,\"x\":1}", "has no field \"x\""},
        {"{\"type\":\"exit\",\"series\":0}", "has no field \"series\""},
    };
    for (Object[] b : bad) {
      assertThatThrownBy(() -> send(line, b[0])).as("chart %s", b[0])
          .isInstanceOf(ProtocolException.class)
          .hasMessageContaining((String) b[1])
          .satisfies(t -> assertThat(((ProtocolException) t).code()).isEqualTo(ErrorCode.BAD_MESSAGE));
    }
    assertThatThrownBy(() -> send(pie, "{\"type\":\"tap\",\"section\":1}"))
        .hasMessageContaining("section 1 is out of range: the pie chart has 1");
    assertThat(seen).isEmpty();
  }

  @Test
  void aChartWithoutAHandlerRefusesChartEvents() {
    LineChart line = temperatures();
    page.add(line);
    assertThatThrownBy(() -> send(line, "{\"type\":\"exit\"}"))
        .isInstanceOf(ProtocolException.class).hasMessageContaining("does not listen to chart");
  }
}
