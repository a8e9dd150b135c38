package dev.weft.bench.apps;

import dev.weft.App;
import dev.weft.ui.Page;
import dev.weft.ui.controls.Button;
import dev.weft.ui.controls.Text;
import java.nio.file.Files;
import java.time.Duration;

/**
 * A counter whose page also holds a text keyed {@code upload}: a signed upload URL (relative to
 * the app's base) for one file of at most 64 KiB. The soak's sessions read it from their render
 * and {@code PUT} a file to it, as a browser's file picker would. Everything is added in one
 * {@code page.add}, so the render carries it all (a second add would be a patch the driver does
 * not expect). The app deletes each file once it arrived (Weft keeps uploads until the app
 * decides), so a long soak does not fill the disk.
 */
public final class UploadCounter implements App {

  @Override
  public void main(Page page) {
    page.title("Upload counter");
    Text count = new Text("0").key("count");
    page.onUpload(file -> Files.deleteIfExists(file.path()));
    page.add(count,
        Button.async("+1", e -> {
          count.value(String.valueOf(Integer.parseInt(count.value()) + 1));
          return null;
        }).key("plus"),
        new Text(page.uploadUrl("soak.bin", 64 * 1024, Duration.ofMinutes(5))).key("upload"));
  }
}
