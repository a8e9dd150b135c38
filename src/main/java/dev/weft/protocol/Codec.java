package dev.weft.protocol;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns messages into JSON text frames and back, with Jackson's streaming API.
 *
 * <p>Both directions are here, so the server, the test client and the benchmarks share one
 * definition. A client frame is read in one pass, field by field, without building a tree; a
 * server frame is written field by field. Decoding never throws anything but
 * {@link ProtocolException}: whatever a client sends, the answer is an error code and a sentence,
 * never a stack trace. Thread-safe.
 */
public final class Codec {

  public Codec() {
  }

  // ---------------------------------------------------------------- client → server

  /** Reads one client frame. */
  public ClientMessage decodeClient(String frame) throws ProtocolException {
    ClientFields f = new ClientFields();
    try (JsonParser p = Json.factory().createParser(frame)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new ProtocolException(ErrorCode.BAD_JSON, "the frame is empty", null);
      }
      if (first != JsonToken.START_OBJECT) {
        p.skipChildren();
        throw new ProtocolException(ErrorCode.BAD_MESSAGE, "a message must be a JSON object", null);
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        f.read(name, p);
      }
      // One frame, one object: `{…}garbage` was taken as the object alone, so a frame cut or
      // glued wrongly could pass as a valid event (the fuzzer found a truncated frame clicking).
      if (p.nextToken() != null) {
        throw new ProtocolException(ErrorCode.BAD_JSON, "the frame has more after its JSON object",
            null);
      }
    } catch (JsonProcessingException e) {
      throw new ProtocolException(ErrorCode.BAD_JSON, "the frame is not valid JSON: "
          + e.getOriginalMessage(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // reading a String does no I/O
    }
    return f.message();
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
        g.writeNumberField("ack", r.ack());
      } else if (message instanceof ClientEvent e) {
        g.writeStringField("type", ClientEvent.TYPE);
        g.writeNumberField("seq", e.seq());
        if (e.ack() > 0) {
          g.writeNumberField("ack", e.ack());
        }
        g.writeNumberField("target", e.target());
        g.writeStringField("name", e.name());
        g.writeFieldName("data");
        Json.write(g, e.data());
      } else if (message instanceof Ack a) {
        g.writeStringField("type", Ack.TYPE);
        g.writeNumberField("ack", a.ack());
      } else if (message instanceof Ping) {
        g.writeStringField("type", Ping.TYPE);
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
        g.writeNumberField("ack", p.ack());
        g.writeArrayFieldStart("ops");
        for (Op op : p.ops()) {
          writeOp(g, op);
        }
        g.writeEndArray();
      } else if (message instanceof Render r) {
        g.writeStringField("type", Render.TYPE);
        g.writeNumberField("seq", r.seq());
        g.writeNumberField("ack", r.ack());
        g.writeStringField("session", r.session());
        g.writeNumberField("heartbeat", r.heartbeat());
        g.writeFieldName("root");
        writeNode(g, r.root());
      } else if (message instanceof ProtocolError e) {
        g.writeStringField("type", ProtocolError.TYPE);
        g.writeNumberField("seq", e.seq());
        g.writeNumberField("ack", e.ack());
        g.writeStringField("code", e.code());
        g.writeStringField("message", e.message());
        writeOptionalLong(g, "ref", e.ref());
      } else if (message instanceof AppError e) {
        g.writeStringField("type", AppError.TYPE);
        g.writeNumberField("seq", e.seq());
        g.writeNumberField("ack", e.ack());
        g.writeStringField("message", e.message());
        writeOptionalLong(g, "ref", e.ref());
      } else if (message instanceof Navigate n) {
        g.writeStringField("type", Navigate.TYPE);
        g.writeNumberField("seq", n.seq());
        g.writeNumberField("ack", n.ack());
        g.writeStringField("url", n.url());
        g.writeBooleanField("newTab", n.newTab());
      } else if (message instanceof Download d) {
        g.writeStringField("type", Download.TYPE);
        g.writeNumberField("seq", d.seq());
        g.writeNumberField("ack", d.ack());
        g.writeStringField("url", d.url());
        g.writeStringField("name", d.name());
      } else if (message instanceof Storage st) {
        g.writeStringField("type", Storage.TYPE);
        g.writeNumberField("seq", st.seq());
        g.writeNumberField("ack", st.ack());
        g.writeNumberField("id", st.id());
        g.writeStringField("op", st.op());
        if (st.key() != null) {
          g.writeStringField("key", st.key());
        }
        if (Storage.SET.equals(st.op())) {
          g.writeFieldName("value");
          Json.write(g, st.value());
        }
      } else if (message instanceof Resume r) {
        g.writeStringField("type", Resume.TYPE);
        g.writeStringField("session", r.session());
        g.writeNumberField("ack", r.ack());
        g.writeNumberField("heartbeat", r.heartbeat());
      } else if (message instanceof Ack a) {
        g.writeStringField("type", Ack.TYPE);
        g.writeNumberField("ack", a.ack());
      } else if (message instanceof Pong) {
        g.writeStringField("type", Pong.TYPE);
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
    Object parsed;
    try (JsonParser p = Json.factory().createParser(frame)) {
      if (p.nextToken() == null) {
        throw new ProtocolException(ErrorCode.BAD_JSON, "the frame is empty", null);
      }
      parsed = Json.read(p);
    } catch (JsonProcessingException e) {
      throw new ProtocolException(ErrorCode.BAD_JSON, e.getOriginalMessage(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!(parsed instanceof Map<?, ?> json)) {
      throw bad("a message must be a JSON object", null);
    }
    long seq = json.get("seq") instanceof Number n ? n.longValue() : -1;
    long ack = json.get("ack") instanceof Number n ? n.longValue() : 0;
    int heartbeat = json.get("heartbeat") instanceof Number n ? n.intValue() : 0;
    String type = json.get("type") instanceof String t ? t : "";
    switch (type) {
      case Render.TYPE:
        return new Render(seq, (String) json.get("session"), readNode(json.get("root")), ack,
            heartbeat);
      case Patch.TYPE:
        List<Op> ops = new ArrayList<>();
        if (json.get("ops") instanceof List<?> list) {
          for (Object op : list) {
            ops.add(readOp(op));
          }
        }
        return new Patch(seq, ops, ack);
      case ProtocolError.TYPE:
        return new ProtocolError(seq, String.valueOf(json.get("code")),
            String.valueOf(json.get("message")), optionalLong(json.get("ref")), ack);
      case AppError.TYPE:
        return new AppError(seq, String.valueOf(json.get("message")), optionalLong(json.get("ref")),
            ack);
      case Navigate.TYPE:
        return new Navigate(seq, String.valueOf(json.get("url")),
            Boolean.TRUE.equals(json.get("newTab")), ack);
      case Download.TYPE:
        return new Download(seq, String.valueOf(json.get("url")), String.valueOf(json.get("name")),
            ack);
      case Storage.TYPE:
        return new Storage(seq, json.get("id") instanceof Number n ? n.longValue() : -1,
            String.valueOf(json.get("op")), json.get("key") instanceof String k ? k : null,
            json.get("value"), ack);
      case Resume.TYPE:
        return new Resume((String) json.get("session"), ack, heartbeat);
      case Ack.TYPE:
        return new Ack(ack);
      case Pong.TYPE:
        return new Pong();
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
      writeOptionalLong(g, "before", i.before() == null ? null : (long) i.before());
      g.writeFieldName("control");
      writeNode(g, i.control());
    } else if (op instanceof Op.Move m) {
      g.writeStringField("op", Op.Move.OP);
      g.writeNumberField("parent", m.parent());
      g.writeNumberField("id", m.id());
      writeOptionalLong(g, "before", m.before() == null ? null : (long) m.before());
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
    Json.write(g, props);
  }

  private Node readNode(Object value) throws ProtocolException {
    if (!(value instanceof Map<?, ?> json) || !(json.get("id") instanceof Integer id)) {
      throw bad("a control must be an object with an integer id", null);
    }
    if (!json.containsKey("type")) {
      return Node.reference(id);
    }
    List<Node> children = new ArrayList<>();
    if (json.get("children") instanceof List<?> list) {
      for (Object child : list) {
        children.add(readNode(child));
      }
    }
    return new Node(id, String.valueOf(json.get("type")), readProps(json.get("props")), children);
  }

  private Op readOp(Object value) throws ProtocolException {
    if (!(value instanceof Map<?, ?> json)) {
      throw bad("an operation must be an object", null);
    }
    String op = json.get("op") instanceof String s ? s : "";
    switch (op) {
      case Op.Set.OP:
        return new Op.Set(intOf(json.get("id")), readProps(json.get("props")));
      case Op.Insert.OP:
        return new Op.Insert(intOf(json.get("parent")), optionalInt(json.get("before")),
            readNode(json.get("control")));
      case Op.Move.OP:
        return new Op.Move(intOf(json.get("parent")), intOf(json.get("id")),
            optionalInt(json.get("before")));
      case Op.Remove.OP:
        return new Op.Remove(intOf(json.get("id")));
      default:
        throw bad("unknown op " + op, null);
    }
  }

  private static Map<String, Object> readProps(Object value) {
    Map<String, Object> props = new LinkedHashMap<>();
    if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> props.put((String) k, v));
    }
    return props;
  }

  // ---------------------------------------------------------------- helpers

  private interface Writing {
    void write(JsonGenerator g) throws IOException;
  }

  /**
   * Writes into Jackson's own recycled buffers ({@link SegmentedStringWriter}, as its
   * {@code writeValueAsString} does): a {@code StringWriter} would grow a synchronized
   * {@code StringBuffer} and copy it out again, for every patch of every click.
   */
  private String write(Writing writing) {
    BufferRecycler recycler = Json.factory()._getBufferRecycler();
    try (SegmentedStringWriter out = new SegmentedStringWriter(recycler)) {
      try (JsonGenerator g = Json.factory().createGenerator(out)) {
        writing.write(g);
      }
      return out.getAndClear();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode a message", e);
    } finally {
      recycler.releaseToPool();
    }
  }

  private static void writeOptionalLong(JsonGenerator g, String field, Long value) throws IOException {
    g.writeFieldName(field);
    if (value == null) {
      g.writeNull();
    } else {
      g.writeNumber(value);
    }
  }

  private static Integer optionalInt(Object value) {
    return value instanceof Number n ? n.intValue() : null;
  }

  private static Long optionalLong(Object value) {
    return value instanceof Number n ? n.longValue() : null;
  }

  private static int intOf(Object value) throws ProtocolException {
    if (!(value instanceof Number n)) {
      throw bad("expected an integer, not " + value, null);
    }
    return n.intValue();
  }

  private static ProtocolException bad(String message, Long ref) {
    return new ProtocolException(ErrorCode.BAD_MESSAGE, message, ref);
  }

}
