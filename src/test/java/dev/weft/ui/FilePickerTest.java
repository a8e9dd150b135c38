package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.weft.protocol.ClientEvent;
import dev.weft.protocol.ErrorCode;
import dev.weft.protocol.Node;
import dev.weft.protocol.Op;
import dev.weft.protocol.ProtocolException;
import dev.weft.ui.controls.FilePicker;
import dev.weft.ui.controls.FilePickerFile;
import dev.weft.ui.controls.FilePickerResultEvent;
import dev.weft.ui.controls.FilePickerUploadEvent;
import dev.weft.ui.controls.FilePickerUploadFile;
import dev.weft.ui.controls.FileType;
import dev.weft.ui.controls.PickFilesOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/**
 * The FilePicker on a page without a browser: what its methods put in its {@code commands}
 * property, how the browser's events become typed events, and that bad event data is a
 * protocol error the page survives.
 */
class FilePickerTest {

  private final Host host = new Host();
  private final PageDriver driver = new PageDriver(host, ClientInfo.none(), host);
  private final Page page = driver.page();
  private final FilePicker picker = new FilePicker();
  private long seq = 1;

  FilePickerTest() {
    page.add(picker);
  }

  @Test
  void pickFilesSendsAPickCommandWithTheAcceptAttribute() {
    picker.pickFiles(PickFilesOptions.create().allowMultiple(true).fileType(FileType.IMAGE)
        .dialogTitle("ignored by browsers"));
    page.update();
    assertThat(lastCommands()).containsExactly(
        Map.of("op", "pick", "multiple", true, "accept", "image/*", "n", 1L));
  }

  @Test
  void optionsBecomeTheAcceptAttribute() {
    assertThat(accept(PickFilesOptions.create())).isEqualTo("");
    assertThat(accept(PickFilesOptions.create().fileType(FileType.MEDIA))).isEqualTo("image/*,video/*");
    assertThat(accept(PickFilesOptions.create().fileType(FileType.AUDIO))).isEqualTo("audio/*");
    assertThat(accept(PickFilesOptions.create().fileType(FileType.VIDEO))).isEqualTo("video/*");
    assertThat(accept(PickFilesOptions.create().fileType(FileType.CUSTOM).allowedExtensions("csv", ".TXT")))
        .isEqualTo(".csv,.TXT");
    assertThat(accept(PickFilesOptions.create().allowedExtensions("pdf"))).as("extensions make ANY custom")
        .isEqualTo(".pdf");
  }

  @Test
  void contradictoryOptionsAreRefused() {
    assertThatThrownBy(() -> picker.pickFiles(PickFilesOptions.create().fileType(FileType.CUSTOM)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs allowedExtensions");
    assertThatThrownBy(() -> picker.pickFiles(PickFilesOptions.create().fileType(FileType.IMAGE)
        .allowedExtensions("png"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("go with FileType.CUSTOM");
    assertThatThrownBy(() -> PickFilesOptions.create().allowedExtensions("tar.gz/.."))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a file extension");
  }

  @Test
  void cancelNeedsAName() {
    assertThatThrownBy(() -> picker.cancelUpload(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPickerOffThePageCannotPick() {
    assertThatThrownBy(() -> new FilePicker().pickFiles())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("add the FilePicker to the page");
  }

  @Test
  void theResultReachesOnResultAndIsKeptForUpload() throws Exception {
    List<FilePickerResultEvent> seen = new ArrayList<>();
    picker.onResult(seen::add);
    send("result", "[{\"name\":\"a.csv\",\"size\":12},{\"name\":\"b.png\",\"size\":3145728}]").runBlocking();
    assertThat(seen).singleElement().satisfies(e -> {
      assertThat(e.picker()).isSameAs(picker);
      assertThat(e.cancelled()).isFalse();
      assertThat(e.files()).containsExactly(new FilePickerFile("a.csv", 12), new FilePickerFile("b.png", 3145728));
    });
    assertThat(picker.pickedFiles()).hasSize(2);
  }

  @Test
  void anEmptyResultIsACancelledDialog() throws Exception {
    List<FilePickerResultEvent> seen = new ArrayList<>();
    picker.onResult(seen::add);
    send("result", "[]").runBlocking();
    assertThat(seen).singleElement().satisfies(e -> assertThat(e.cancelled()).isTrue());
  }

  @Test
  void theResultIsTakenWithoutAHandler() throws Exception {
    assertThat(send("result", "[{\"name\":\"a.csv\",\"size\":1}]")).isNull();
    assertThat(picker.pickedFiles()).containsExactly(new FilePickerFile("a.csv", 1));
  }

  @Test
  void uploadGivesEachFileItsOwnUrlWithItsLimit() throws Exception {
    send("result", "[{\"name\":\"a.csv\",\"size\":12},{\"name\":\"b.png\",\"size\":30}]");
    picker.upload(List.of(FilePickerUploadFile.of(new FilePickerFile("a.csv", 12), 100),
        FilePickerUploadFile.of(new FilePickerFile("b.png", 30))));
    page.update();
    assertThat(lastCommands()).containsExactly(
        Map.of("op", "upload", "name", "a.csv", "url", "upload?f=a.csv&m=100", "n", 1L),
        Map.of("op", "upload", "name", "b.png", "url", "upload?f=b.png&m=-1", "n", 2L));
    picker.cancelUpload("b.png");
    page.update();
    assertThat(lastCommands()).hasSize(3).last()
        .isEqualTo(Map.of("op", "cancel", "name", "b.png", "n", 3L));
  }

  @Test
  void aNewPickStartsTheCommandListAfresh() throws Exception {
    send("result", "[{\"name\":\"a.csv\",\"size\":12}]");
    picker.uploadAll(picker.pickedFiles());
    picker.pickFiles();
    page.update();
    assertThat(lastCommands()).singleElement().satisfies(c -> assertThat(c).containsEntry("op", "pick")
        .containsEntry("n", 2L));
  }

  @Test
  void onlyPickedFilesCanBeUploaded() throws Exception {
    send("result", "[{\"name\":\"a.csv\",\"size\":12}]");
    assertThatThrownBy(() -> picker.upload(List.of(new FilePickerUploadFile("passwd", -1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("passwd is not among the picked files");
  }

  @Test
  void uploadEventsAreTyped() throws Exception {
    List<FilePickerUploadEvent> seen = new ArrayList<>();
    picker.onUpload(seen::add);
    send("upload", "{\"name\":\"a.csv\",\"kind\":\"progress\",\"progress\":0.25}").runBlocking();
    send("upload", "{\"name\":\"a.csv\",\"kind\":\"done\",\"progress\":1,\"file\":\"a.csv\"}").runBlocking();
    send("upload", "{\"name\":\"b.bin\",\"kind\":\"error\",\"progress\":0,\"status\":413,"
        + "\"error\":\"This upload URL allows at most 10 bytes.\"}").runBlocking();
    send("upload", "{\"name\":\"c.bin\",\"kind\":\"cancelled\",\"progress\":0.5}").runBlocking();
    assertThat(seen).extracting(FilePickerUploadEvent::kind).containsExactly(
        FilePickerUploadEvent.Kind.PROGRESS, FilePickerUploadEvent.Kind.DONE,
        FilePickerUploadEvent.Kind.ERROR, FilePickerUploadEvent.Kind.CANCELLED);
    assertThat(seen.get(0).progress()).isEqualTo(0.25);
    assertThat(seen.get(0).finished()).isFalse();
    assertThat(seen.get(1).storedName()).isEqualTo("a.csv");
    assertThat(seen.get(1).progress()).isEqualTo(1.0);
    assertThat(seen.get(2).status()).isEqualTo(413);
    assertThat(seen.get(2).error()).isEqualTo("This upload URL allows at most 10 bytes.");
    assertThat(seen.get(3).finished()).isTrue();
  }

  @Test
  void badEventDataIsAProtocolErrorAndThePageGoesOn() throws Exception {
    picker.onUpload(e -> { });
    for (Object[] bad : new Object[][] {
        {"result", null, "must be a JSON string"},
        {"result", 42L, "must be a JSON string"},
        {"result", "[{", "is not JSON"},
        {"result", "{}", "must be a list of files"},
        {"result", "[{\"name\":\"\",\"size\":1}]", "non-empty string"},
        {"result", "[{\"name\":\"a\",\"size\":-1}]", "whole number of bytes"},
        {"result", "[{\"name\":\"a\",\"size\":1.5}]", "whole number of bytes"},
        {"result", "[\"a\"]", "an object with name and size"},
        {"upload", "[]", "must be an object"},
        {"upload", "{\"name\":\"a\",\"kind\":\"exploded\",\"progress\":0}", "progress, done, error or cancelled"},
        {"upload", "{\"name\":\"a\",\"kind\":\"progress\",\"progress\":1.5}", "from 0 to 1"},
        {"upload", "{\"name\":\"a\",\"kind\":\"progress\"}", "from 0 to 1"},
        {"upload", "{\"name\":\"a\",\"kind\":\"done\",\"progress\":1}", "name the stored file"},
        {"upload", "{\"name\":\"a\",\"kind\":\"error\",\"progress\":0}", "say why"},
        {"upload", "{\"name\":\"a\",\"kind\":\"error\",\"progress\":0,\"status\":\"413\",\"error\":\"x\"}", "HTTP status"},
    }) {
      assertThatThrownBy(() -> send((String) bad[0], bad[1])).as("%s %s", bad[0], bad[1])
          .isInstanceOf(ProtocolException.class)
          .hasMessageContaining((String) bad[2])
          .satisfies(t -> assertThat(((ProtocolException) t).code()).isEqualTo(ErrorCode.BAD_MESSAGE));
    }
    assertThat(send("result", "[{\"name\":\"ok\",\"size\":1}]")).as("the picker still works").isNull();
  }

  @Test
  void uploadEventsWithoutAHandlerAreUnknown() {
    assertThatThrownBy(() -> send("upload", "{\"name\":\"a\",\"kind\":\"progress\",\"progress\":0}"))
        .isInstanceOf(ProtocolException.class)
        .satisfies(t -> assertThat(((ProtocolException) t).code()).isEqualTo(ErrorCode.UNKNOWN_EVENT));
  }

  private PageDriver.Dispatch send(String name, Object data) throws ProtocolException {
    return driver.dispatch(new ClientEvent(++seq, picker.id(), name, data));
  }

  private String accept(PickFilesOptions options) {
    picker.pickFiles(options);
    page.update();
    return (String) lastCommands().get(0).get("accept");
  }

  /** The picker's {@code commands} as last sent. */
  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> lastCommands() {
    for (int i = host.ops.size() - 1; i >= 0; i--) {
      if (host.ops.get(i) instanceof Op.Set set && set.id() == picker.id() && set.props().containsKey("commands")) {
        return (List<Map<String, Object>>) set.props().get("commands");
      }
    }
    throw new AssertionError("no commands sent");
  }

  /** A page host that issues fake upload URLs and keeps every operation sent. */
  private static final class Host implements PageSink, PageHost {

    final List<Op> ops = new ArrayList<>();

    @Override
    public void render(Node root) {
    }

    @Override
    public void patch(List<Op> sent) {
      ops.addAll(sent);
    }

    @Override
    public String uploadUrl(String fileName, long maxSize, Duration ttl) {
      return "upload?f=" + fileName + "&m=" + maxSize;
    }

    @Override
    public String sessionId() {
      return "test";
    }

    @Override
    public CompletionStage<Void> timer(Duration delay) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void close() {
    }
  }
}
