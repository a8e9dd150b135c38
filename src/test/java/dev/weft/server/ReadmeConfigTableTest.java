package dev.weft.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The README's configuration table lists every key, with its variable and default. */
class ReadmeConfigTableTest {

  @Test
  void everyKeyHasARowWithItsVariableAndDefault() throws Exception {
    String[] lines = Files.readString(Path.of("README.md")).split("\n");
    for (ConfigKey key : ConfigKeys.ALL) {
      Optional<String> row = Arrays.stream(lines)
          .filter(l -> l.startsWith("| `" + key.path() + "` |")).findFirst();
      assertThat(row).as("README row for %s", key.path()).isPresent();
      assertThat(row.get()).as("variable of %s", key.path()).contains("`" + key.envVar() + "`");
      if (key.alias() != null) {
        assertThat(row.get()).contains("`" + key.alias() + "`");
      }
      if (key.type() != ConfigKey.Type.APPS) {
        assertThat(row.get()).as("default of %s", key.path())
            .contains("| `" + key.defaultValue() + "`" + (key.type() == ConfigKey.Type.OPTIONAL_STRING ? " (empty) |" : " |"));
      }
    }
    long rows = Arrays.stream(lines).filter(l -> l.matches("^\\| `[a-zA-Z.]+` \\| `WEFT_.*")).count();
    assertThat(rows).as("rows for keys that do not exist").isEqualTo(ConfigKeys.ALL.size());
  }
}
