package dev.weft.bench.apps;

import dev.weft.App;
import dev.weft.ui.Page;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.LineChart;
import dev.weft.ui.controls.LineChartData;
import dev.weft.ui.controls.LineChartDataPoint;

/**
 * A line chart of 1,000 points in one series (bench/browser.sh). The button "point" moves one
 * point (a different one each click) to a new height inside the data's range, so the patch is one
 * {@code set} of one point's {@code y}.
 */
public final class BigChart implements App {

  public static final int POINTS = 1_000;

  @Override
  public void main(Page page) {
    LineChartDataPoint[] points = new LineChartDataPoint[POINTS];
    for (int i = 0; i < POINTS; i++) {
      points[i] = new LineChartDataPoint(i, 50 + 40 * Math.sin(i / 40.0));
    }
    LineChart chart = new LineChart(new LineChartData(points)).height(400);
    int[] clicks = {0};
    page.title("Big chart");
    page.add(Button.async("move a point", e -> {
      int n = ++clicks[0];
      points[(int) ((n * 7919L) % POINTS)].y(10 + (n * 13) % 80);
      return null;
    }).key("point"), chart);
  }
}
