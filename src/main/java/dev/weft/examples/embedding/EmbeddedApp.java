package dev.weft.examples.embedding;

import dev.weft.App;
import dev.weft.ui.Page;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Text;

/**
 * The app the embedding examples serve: a greeting for the user a before-main hook may have put
 * into the page, a counter, and — where the host takes uploads — an upload URL and a line for
 * every file that arrives.
 */
public final class EmbeddedApp implements App {

  /** The page attribute a before-main hook sets to the signed-in user's name. */
  public static final String USER = "user";

  private final boolean uploads;

  /** @param uploads whether to hand out an upload URL (the host must take uploads) */
  public EmbeddedApp(boolean uploads) {
    this.uploads = uploads;
  }

  @Override
  public void main(Page page) {
    page.title("Embedded Weft");
    Object user = page.attributes().getOrDefault(USER, "guest");
    Text count = new Text("0").key("count");
    page.add(new Text("Hello, " + user + "!").key("greeting"), count,
        Button.async("+1", e -> { // on the event loop: two quick clicks never read the same count
          count.value(String.valueOf(Integer.parseInt(count.value()) + 1));
          return null;
        }));
    if (uploads) {
      // PUT a file to this URL (relative to the page): curl -T notes.txt '<app url><upload url>'
      page.add(new Text(page.uploadUrl("notes.txt")).key("upload-url"));
      page.onUpload(file -> page.add(new Text("Received " + file.name() + " (" + file.size()
          + " bytes)")));
    }
  }
}
