package dev.weft.examples;

import dev.weft.App;
import dev.weft.Weft;
import dev.weft.ui.Page;
import dev.weft.ui.controls.Image;
import dev.weft.ui.controls.ImageFit;
import dev.weft.ui.controls.Text;
import dev.weft.ui.controls.TextStyle;

/**
 * An image from the app's assets: files in an {@code assets} directory (or in {@code assets/} on
 * the classpath, i.e. {@code src/main/resources/assets}) are served at the app's root, so
 * {@code assets/images/weft-sample.png} is {@code images/weft-sample.png}.
 */
public final class ImageFromAssets implements App {

  @Override
  public void main(Page page) {
    page.title("Image from assets");
    page.add(
        new Text("An image from the assets directory").style(TextStyle.TITLE_MEDIUM),
        new Image("images/weft-sample.png").alt("A sample picture").width(480).fit(ImageFit.CONTAIN)
            .borderRadius(12));
  }

  public static void main(String[] args) {
    Weft.run(new ImageFromAssets());
  }
}
