package dev.weft.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/protocol.md against the Java types: every message and operation the code knows is
 * documented with exactly the fields its record has, and the document names nothing the code
 * lacks. Edit one, and this test says what the other is missing.
 */
class ProtocolDocTest {

  private static final Pattern HEADING = Pattern.compile("^### `([A-Za-z]+)`\\s*$");
  private static final Pattern ROW = Pattern.compile("^\\| `([A-Za-z]+)` \\|");

  /** Each documented section (### `name`) with the field names of its table. */
  private static Map<String, Set<String>> sections() throws IOException {
    Map<String, Set<String>> sections = new LinkedHashMap<>();
    String current = null;
    boolean fieldTable = false; // a section may hold other tables too (the error codes)
    for (String line : Files.readAllLines(Path.of("docs/protocol.md"))) {
      Matcher h = HEADING.matcher(line);
      if (h.matches()) {
        current = h.group(1);
        sections.put(current, new LinkedHashSet<>());
        continue;
      }
      if (line.startsWith("## ")) {
        current = null;
      }
      if (!line.startsWith("|")) {
        fieldTable = false;
      } else if (line.startsWith("| field |")) {
        fieldTable = true;
      }
      Matcher row = ROW.matcher(line);
      if (current != null && fieldTable && row.find()) {
        sections.get(current).add(row.group(1));
      }
    }
    return sections;
  }

  private static Set<String> fields(Class<?> record, String discriminator) {
    Set<String> fields = new LinkedHashSet<>();
    fields.add(discriminator);
    for (RecordComponent c : record.getRecordComponents()) {
      fields.add(c.getName());
    }
    return fields;
  }

  private static String constant(Class<?> type, String name) {
    try {
      return (String) type.getField(name).get(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(type + " has no " + name, e);
    }
  }

  @Test
  void everyMessageIsDocumentedWithItsFields() throws IOException {
    Map<String, Set<String>> documented = sections();
    List<Class<?>> messages = new ArrayList<>();
    messages.addAll(Arrays.asList(ClientMessage.class.getPermittedSubclasses()));
    messages.addAll(Arrays.asList(ServerMessage.class.getPermittedSubclasses()));
    for (Class<?> type : messages) {
      String name = constant(type, "TYPE");
      assertThat(documented).as("docs/protocol.md section for %s", name).containsKey(name);
      assertThat(documented.get(name)).as("fields of %s", name)
          .containsExactlyInAnyOrderElementsOf(fields(type, "type"));
    }
  }

  @Test
  void everyOperationIsDocumentedWithItsFields() throws IOException {
    Map<String, Set<String>> documented = sections();
    for (Class<?> type : Op.class.getPermittedSubclasses()) {
      String name = constant(type, "OP");
      assertThat(documented).as("docs/protocol.md section for op %s", name).containsKey(name);
      assertThat(documented.get(name)).as("fields of op %s", name)
          .containsExactlyInAnyOrderElementsOf(fields(type, "op"));
    }
  }

  @Test
  void theDocumentNamesNothingTheCodeLacks() throws IOException {
    Set<String> known = new LinkedHashSet<>();
    for (Class<?> type : ClientMessage.class.getPermittedSubclasses()) {
      known.add(constant(type, "TYPE"));
    }
    for (Class<?> type : ServerMessage.class.getPermittedSubclasses()) {
      known.add(constant(type, "TYPE"));
    }
    for (Class<?> type : Op.class.getPermittedSubclasses()) {
      known.add(constant(type, "OP"));
    }
    assertThat(sections().keySet()).containsExactlyInAnyOrderElementsOf(known);
  }

  @Test
  void theControlTableMatchesTheNodeRecord() throws IOException {
    String doc = Files.readString(Path.of("docs/protocol.md"));
    String controls = doc.substring(doc.indexOf("## Controls"), doc.indexOf("## Operations"));
    Set<String> documented = new LinkedHashSet<>();
    for (String line : controls.split("\n")) {
      Matcher row = ROW.matcher(line);
      if (row.find()) {
        documented.add(row.group(1));
      }
    }
    Set<String> fields = new LinkedHashSet<>();
    for (RecordComponent c : Node.class.getRecordComponents()) {
      fields.add(c.getName());
    }
    assertThat(documented).containsExactlyInAnyOrderElementsOf(fields);
  }

  @Test
  void everyErrorCodeIsDocumented() throws IOException {
    String doc = Files.readString(Path.of("docs/protocol.md"));
    for (ErrorCode code : ErrorCode.values()) {
      assertThat(doc).as("error code %s", code.wire()).contains("`" + code.wire() + "`");
    }
  }
}
