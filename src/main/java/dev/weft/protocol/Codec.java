package dev.weft.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns messages into JSON text frames and back, with Jackson.
 *
 * <p>Both directions are here, so the server, the test client and the benchmarks share one
 * definition. Decoding never throws anything but {@link ProtocolException}: whatever a client
 * sends, the answer is an error code and a sentence, never a stack trace. Thread-safe.
 */
public final class Codec {

  /** Nesting deeper than this is refused before it can exhaust a stack. */
  private static final int MAX_NESTING = 64;

  private final ObjectMapper mapper;

  public Codec() {
    mapper = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    mapper.getFactory().setStreamReadConstraints(
        StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build());
  }

  // ---------------------------------------------------------------- client → server

  /** Reads one client frame. */
  public ClientMessage decodeClient(String frame) throws ProtocolException {
    JsonNode json;
    try {
      json = mapper.readTree(frame);
    } catch (JsonProcessingException e) {
      throw new ProtocolException(ErrorCode.BAD_JSON, "the frame is not valid JSON: "
          + e.getOriginalMessage(), null);
    }
    if (json == null || !json.isObject()) {
      throw new ProtocolException(ErrorCode.BAD_MESSAGE, "a message must be a JSON object", null);
    }
    Long ref = json.path("seq").canConvertToLong() && json.path("seq").isIntegralNumber()
        ? json.get("seq").longValue() : null;
    JsonNode type = json.get("type");
    if (type == null || !type.isTextual()) {
      throw new ProtocolException(ErrorCode.BAD_MESSAGE, "the message has no \"type\" string", ref);
    }
    long seq = requirePositive(json, "seq", ref);
    switch (type.textValue()) {
      case Register.TYPE:
        return new Register(seq,
            optionalText(json, "session", ref),
            textOr(json, "route", "/", ref),
            intOr(json, "width", 0, ref),
            intOr(json, "height", 0, ref),
            boolOr(json, "dark", false, ref));
      case ClientEvent.TYPE:
        JsonNode target = json.get("target");
        if (target == null || !target.isInt()) {
          throw bad("event.target must be an integer control id", ref);
        }
        String name = optionalText(json, "name", ref);
        if (name == null) {
          throw bad("event.name must be a string", ref);
        }
        return new ClientEvent(seq, target.intValue(), name, scalar(json.get("data"), ref));
      default:
        throw new ProtocolException(ErrorCode.UNKNOWN_TYPE,
            "unknown message type \"" + abbreviate(type.textValue()) + "\"", ref);
    }
  }

  /** Writes a client message (the browser's side; used by the test client and benchmarks). */
  public String encode(ClientMessage message) {
    return write(g -> {
      g.writeStartObject();
      if (message instanceof Register r) {
        g.writeStringField("type", Register.TYPE);
        g.writeNumberField("seq", r.seq());
        g.writeStringField("session", r.session());
        g.writeStringField("route", r.route());
        g.writeNumberField("width", r.width());
        g.writeNumberField("height", r.height());
        g.writeBooleanField("dark", r.dark());
      } else if (message instanceof ClientEvent e) {
        g.writeStringField("type", ClientEvent.TYPE);
        g.writeNumberField("seq", e.seq());
        g.writeNumberField("target", e.target());
        g.writeStringField("name", e.name());
        g.writeFieldName("data");
        g.writeObject(e.data());
      }
      g.writeEndObject();
    });
  }

  // ---------------------------------------------------------------- server → client

  /** Writes one server frame. */
  public String encode(ServerMessage message) {
    return write(g -> {
      g.writeStartObject();
      if (message instanceof Patch p) {
        g.writeStringField("type", Patch.TYPE);
        g.writeNumberField("seq", p.seq());
        g.writeArrayFieldStart("ops");
        for (Op op : p.ops()) {
          writeOp(g, op);
        }
        g.writeEndArray();
      } else if (message instanceof Render r) {
        g.writeStringField("type", Render.TYPE);
        g.writeNumberField("seq", r.seq());
        g.writeStringField("session", r.session());
        g.writeFieldName("root");
        writeNode(g, r.root());
      } else if (message instanceof ProtocolError e) {
        g.writeStringField("type", ProtocolError.TYPE);
        g.writeNumberField("seq", e.seq());
        g.writeStringField("code", e.code());
        g.writeStringField("message", e.message());
        g.writeFieldName("ref");
        g.writeObject(e.ref());
      } else if (message instanceof AppError e) {
        g.writeStringField("type", AppError.TYPE);
        g.writeNumberField("seq", e.seq());
        g.writeStringField("message", e.message());
        g.writeFieldName("ref");
        g.writeObject(e.ref());
      }
      g.writeEndObject();
    });
  }

  /** Writes one control subtree as JSON (for comparing trees in tests). */
  public String encode(Node node) {
    return write(g -> writeNode(g, node));
  }

  /**
   * Reads one server frame (the browser's side; used by the test client and benchmarks).
   *
   * @throws ProtocolException when the frame is not a valid server message
   */
  public ServerMessage decodeServer(String frame) throws ProtocolException {
    JsonNode json;
    try {
      json = mapper.readTree(frame);
    } catch (JsonProcessingException e) {
      throw new ProtocolException(ErrorCode.BAD_JSON, e.getOriginalMessage(), null);
    }
    if (json == null || !json.isObject()) {
      throw bad("a message must be a JSON object", null);
    }
    long seq = json.path("seq").asLong(-1);
    String type = json.path("type").asText("");
    switch (type) {
      case Render.TYPE:
        return new Render(seq, json.path("session").asText(null), readNode(json.get("root")));
      case Patch.TYPE:
        List<Op> ops = new ArrayList<>();
        for (JsonNode op : json.path("ops")) {
          ops.add(readOp(op));
        }
        return new Patch(seq, ops);
      case ProtocolError.TYPE:
        return new ProtocolError(seq, json.path("code").asText(), json.path("message").asText(),
            json.path("ref").isNumber() ? json.get("ref").longValue() : null);
      case AppError.TYPE:
        return new AppError(seq, json.path("message").asText(),
            json.path("ref").isNumber() ? json.get("ref").longValue() : null);
      default:
        throw new ProtocolException(ErrorCode.UNKNOWN_TYPE, "unknown message type " + type, null);
    }
  }

  // ---------------------------------------------------------------- nodes and ops

  private void writeOp(JsonGenerator g, Op op) throws IOException {
    g.writeStartObject();
    if (op instanceof Op.Set s) {
      g.writeStringField("op", Op.Set.OP);
      g.writeNumberField("id", s.id());
      g.writeFieldName("props");
      writeProps(g, s.props());
    } else if (op instanceof Op.Insert i) {
      g.writeStringField("op", Op.Insert.OP);
      g.writeNumberField("parent", i.parent());
      g.writeFieldName("before");
      g.writeObject(i.before());
      g.writeFieldName("control");
      writeNode(g, i.control());
    } else if (op instanceof Op.Move m) {
      g.writeStringField("op", Op.Move.OP);
      g.writeNumberField("parent", m.parent());
      g.writeNumberField("id", m.id());
      g.writeFieldName("before");
      g.writeObject(m.before());
    } else if (op instanceof Op.Remove r) {
      g.writeStringField("op", Op.Remove.OP);
      g.writeNumberField("id", r.id());
    }
    g.writeEndObject();
  }

  private void writeNode(JsonGenerator g, Node node) throws IOException {
    g.writeStartObject();
    g.writeNumberField("id", node.id());
    if (!node.isReference()) {
      g.writeStringField("type", node.type());
      if (!node.props().isEmpty()) {
        g.writeFieldName("props");
        writeProps(g, node.props());
      }
      if (!node.children().isEmpty()) {
        g.writeArrayFieldStart("children");
        for (Node child : node.children()) {
          writeNode(g, child);
        }
        g.writeEndArray();
      }
    }
    g.writeEndObject();
  }

  private void writeProps(JsonGenerator g, Map<String, Object> props) throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, Object> e : props.entrySet()) {
      g.writeFieldName(e.getKey());
      Object v = e.getValue();
      if (v == null) {
        g.writeNull();
      } else if (v instanceof String s) {
        g.writeString(s);
      } else if (v instanceof Boolean b) {
        g.writeBoolean(b);
      } else if (v instanceof Integer i) {
        g.writeNumber(i);
      } else {
        g.writeObject(v); // lists, doubles, records: Jackson's databind
      }
    }
    g.writeEndObject();
  }

  private Node readNode(JsonNode json) throws ProtocolException {
    if (json == null || !json.isObject() || !json.path("id").isInt()) {
      throw bad("a control must be an object with an integer id", null);
    }
    int id = json.get("id").intValue();
    if (!json.has("type")) {
      return Node.reference(id);
    }
    List<Node> children = new ArrayList<>();
    for (JsonNode child : json.path("children")) {
      children.add(readNode(child));
    }
    return new Node(id, json.get("type").asText(), readProps(json.get("props")), children);
  }

  private Op readOp(JsonNode json) throws ProtocolException {
    String op = json.path("op").asText("");
    switch (op) {
      case Op.Set.OP:
        return new Op.Set(json.path("id").asInt(), readProps(json.get("props")));
      case Op.Insert.OP:
        return new Op.Insert(json.path("parent").asInt(), optionalInt(json.get("before")),
            readNode(json.get("control")));
      case Op.Move.OP:
        return new Op.Move(json.path("parent").asInt(), json.path("id").asInt(),
            optionalInt(json.get("before")));
      case Op.Remove.OP:
        return new Op.Remove(json.path("id").asInt());
      default:
        throw bad("unknown op " + op, null);
    }
  }

  private Map<String, Object> readProps(JsonNode json) {
    Map<String, Object> props = new LinkedHashMap<>();
    if (json != null && json.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = json.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        props.put(f.getKey(), mapper.convertValue(f.getValue(), Object.class));
      }
    }
    return props;
  }

  // ---------------------------------------------------------------- helpers

  private interface Writing {
    void write(JsonGenerator g) throws IOException;
  }

  private String write(Writing writing) {
    StringWriter out = new StringWriter(128);
    try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
      g.setCodec(mapper);
      writing.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode a message", e);
    }
    return out.toString();
  }

  private static Integer optionalInt(JsonNode node) {
    return node == null || node.isNull() ? null : node.intValue();
  }

  private static long requirePositive(JsonNode json, String field, Long ref) throws ProtocolException {
    JsonNode node = json.get(field);
    if (node == null || !node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() < 1) {
      throw bad("\"" + field + "\" must be a positive integer", ref);
    }
    return node.longValue();
  }

  private static String optionalText(JsonNode json, String field, Long ref) throws ProtocolException {
    JsonNode node = json.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw bad("\"" + field + "\" must be a string", ref);
    }
    return node.textValue();
  }

  private static String textOr(JsonNode json, String field, String fallback, Long ref)
      throws ProtocolException {
    String text = optionalText(json, field, ref);
    return text == null ? fallback : text;
  }

  private static int intOr(JsonNode json, String field, int fallback, Long ref)
      throws ProtocolException {
    JsonNode node = json.get(field);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isInt()) {
      throw bad("\"" + field + "\" must be an integer", ref);
    }
    return node.intValue();
  }

  private static boolean boolOr(JsonNode json, String field, boolean fallback, Long ref)
      throws ProtocolException {
    JsonNode node = json.get(field);
    if (node == null || node.isNull()) {
      return fallback;
    }
    if (!node.isBoolean()) {
      throw bad("\"" + field + "\" must be a boolean", ref);
    }
    return node.booleanValue();
  }

  /** Event data is a scalar: a string, boolean, number or null. */
  private static Object scalar(JsonNode node, Long ref) throws ProtocolException {
    if (node == null || node.isNull()) {
      return null;
    }
    JsonNodeType type = node.getNodeType();
    switch (type) {
      case STRING:
        return node.textValue();
      case BOOLEAN:
        return node.booleanValue();
      case NUMBER:
        return node.isIntegralNumber() && node.canConvertToLong() ? (Object) node.longValue()
            : (Object) node.doubleValue();
      default:
        throw bad("event.data must be a string, number, boolean or null", ref);
    }
  }

  private static ProtocolException bad(String message, Long ref) {
    return new ProtocolException(ErrorCode.BAD_MESSAGE, message, ref);
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
