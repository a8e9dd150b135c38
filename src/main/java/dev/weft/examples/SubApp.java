package dev.weft.examples;

import dev.weft.App;
import dev.weft.ui.Page;
import dev.weft.ui.controls.Text;

/** The seed's sub-app, mounted at {@code /sub-app/} next to the main app. */
public final class SubApp implements App {

  @Override
  public void main(Page page) {
    page.title("Sub app");
    page.add(new Text("This is sub app!"));
  }
}
