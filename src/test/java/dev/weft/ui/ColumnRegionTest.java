package dev.weft.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.weft.protocol.Op;
import dev.weft.protocol.Patch;
import dev.weft.ui.controls.Column;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Column.region: a named region landmark on the wire; null or blank takes it away. */
class ColumnRegionTest {

  private final RecordingSink sink = new RecordingSink();
  private final Page page = RecordingSink.newDriver(sink).page();

  @Test
  void aRegionNameIsSentAndBlankOrNullRemovesIt() {
    Column section = new Column();
    assertThat(section.region()).isNull();
    page.add(section);

    section.region("Buttons");
    page.update();
    assertThat(section.region()).isEqualTo("Buttons");
    assertThat(((Patch) sink.last()).ops()).containsExactly(new Op.Set(section.id(), Map.of("region", "Buttons")));

    section.region("  ");
    page.update();
    assertThat(section.region()).isNull();
    Map<String, Object> reset = new HashMap<>();
    reset.put("region", null);
    assertThat(((Patch) sink.last()).ops()).containsExactly(new Op.Set(section.id(), reset));
  }
}
