package dev.weft.examples;

import dev.weft.App;
import dev.weft.Weft;
import dev.weft.ui.Page;
import dev.weft.ui.controls.Text;

/** The smallest app. Run it from an IDE: {@code main} serves it and opens a browser. */
public final class HelloWorld implements App {

  @Override
  public void main(Page page) {
    page.add(new Text("Hello, world!"));
  }

  public static void main(String[] args) {
    Weft.run(new HelloWorld());
  }
}
