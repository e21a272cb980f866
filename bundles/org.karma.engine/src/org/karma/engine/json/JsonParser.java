package org.karma.engine.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON reader (RFC 8259) for files KARMA writes and reads back: objects become
 * {@link LinkedHashMap}s in document order, arrays {@link ArrayList}s, numbers {@link Long} when
 * integral and in range, else {@link BigDecimal}. Errors name the line and column.
 */
public final class JsonParser {

	/** The text is not JSON; the message says where and why. */
	public static final class JsonSyntaxException extends Exception {
		private static final long serialVersionUID = 1L;

		JsonSyntaxException(String message) {
			super(message);
		}
	}

	private static final int MAX_DEPTH = 200;

	private final String text;
	private int pos;
	private int depth;

	private JsonParser(String text) {
		this.text = text;
	}

	/** The value the whole text holds; anything but white space after it is an error. */
	public static Object parse(String text) throws JsonSyntaxException {
		JsonParser p = new JsonParser(text);
		p.skipWhitespace();
		Object value = p.value();
		p.skipWhitespace();
		if (p.pos < text.length()) {
			throw p.error("unexpected text after the end of the JSON value");
		}
		return value;
	}

	private Object value() throws JsonSyntaxException {
		if (pos >= text.length()) {
			throw error("unexpected end of the text");
		}
		char c = text.charAt(pos);
		switch (c) {
		case '{':
			return object();
		case '[':
			return array();
		case '"':
			return string();
		case 't':
			return literal("true", Boolean.TRUE);
		case 'f':
			return literal("false", Boolean.FALSE);
		case 'n':
			return literal("null", null);
		default:
			if (c == '-' || (c >= '0' && c <= '9')) {
				return number();
			}
			throw error("unexpected character '" + printable(c) + "'");
		}
	}

	private Map<String, Object> object() throws JsonSyntaxException {
		enter();
		pos++; // {
		Map<String, Object> map = new LinkedHashMap<>();
		skipWhitespace();
		if (peek() == '}') {
			pos++;
			depth--;
			return map;
		}
		while (true) {
			skipWhitespace();
			if (peek() != '"') {
				throw error("expected a member name in double quotes");
			}
			int at = pos;
			String key = string();
			if (map.containsKey(key)) {
				pos = at;
				throw error("member \"" + key + "\" appears twice");
			}
			skipWhitespace();
			expect(':');
			skipWhitespace();
			map.put(key, value());
			skipWhitespace();
			char c = peek();
			pos++;
			if (c == '}') {
				depth--;
				return map;
			}
			if (c != ',') {
				pos--;
				throw error("expected ',' or '}'");
			}
		}
	}

	private List<Object> array() throws JsonSyntaxException {
		enter();
		pos++; // [
		List<Object> list = new ArrayList<>();
		skipWhitespace();
		if (peek() == ']') {
			pos++;
			depth--;
			return list;
		}
		while (true) {
			skipWhitespace();
			list.add(value());
			skipWhitespace();
			char c = peek();
			pos++;
			if (c == ']') {
				depth--;
				return list;
			}
			if (c != ',') {
				pos--;
				throw error("expected ',' or ']'");
			}
		}
	}

	private String string() throws JsonSyntaxException {
		pos++; // "
		StringBuilder b = null;
		int start = pos;
		while (true) {
			if (pos >= text.length()) {
				throw error("unterminated string");
			}
			char c = text.charAt(pos);
			if (c == '"') {
				String s = b == null ? text.substring(start, pos) : b.append(text, start, pos).toString();
				pos++;
				return s;
			}
			if (c < 0x20) {
				throw error("control character in a string (escape it)");
			}
			if (c == '\\') {
				if (b == null) {
					b = new StringBuilder();
				}
				b.append(text, start, pos);
				pos++;
				if (pos >= text.length()) {
					throw error("unterminated string");
				}
				char e = text.charAt(pos++);
				switch (e) {
				case '"' -> b.append('"');
				case '\\' -> b.append('\\');
				case '/' -> b.append('/');
				case 'b' -> b.append('\b');
				case 'f' -> b.append('\f');
				case 'n' -> b.append('\n');
				case 'r' -> b.append('\r');
				case 't' -> b.append('\t');
				case 'u' -> {
					if (pos + 4 > text.length()) {
						throw error("incomplete \\u escape");
					}
					int code = 0;
					for (int i = 0; i < 4; i++) {
						int d = Character.digit(text.charAt(pos + i), 16);
						if (d < 0) {
							throw error("bad \\u escape");
						}
						code = code * 16 + d;
					}
					pos += 4;
					b.append((char) code);
				}
				default -> {
					pos--;
					throw error("unknown escape '\\" + printable(e) + "'");
				}
				}
				start = pos;
			} else {
				pos++;
			}
		}
	}

	private Object number() throws JsonSyntaxException {
		int start = pos;
		if (peek() == '-') {
			pos++;
		}
		if (peek() == '0') {
			pos++;
		} else if (isDigit(peek())) {
			while (isDigit(peek())) {
				pos++;
			}
		} else {
			throw error("bad number");
		}
		boolean integral = true;
		if (peek() == '.') {
			integral = false;
			pos++;
			if (!isDigit(peek())) {
				throw error("bad number: digits expected after '.'");
			}
			while (isDigit(peek())) {
				pos++;
			}
		}
		if (peek() == 'e' || peek() == 'E') {
			integral = false;
			pos++;
			if (peek() == '+' || peek() == '-') {
				pos++;
			}
			if (!isDigit(peek())) {
				throw error("bad number: digits expected in the exponent");
			}
			while (isDigit(peek())) {
				pos++;
			}
		}
		String n = text.substring(start, pos);
		if (integral && n.length() <= 18) {
			return Long.parseLong(n);
		}
		BigDecimal d = new BigDecimal(n);
		if (integral) {
			try {
				return d.longValueExact();
			} catch (ArithmeticException e) {
				return d;
			}
		}
		return d;
	}

	private Object literal(String word, Object value) throws JsonSyntaxException {
		if (!text.startsWith(word, pos)) {
			throw error("unexpected word (expected " + word + ")");
		}
		pos += word.length();
		return value;
	}

	private void enter() throws JsonSyntaxException {
		if (++depth > MAX_DEPTH) {
			throw error("nested deeper than " + MAX_DEPTH + " levels");
		}
	}

	private void expect(char c) throws JsonSyntaxException {
		if (peek() != c) {
			throw error("expected '" + c + "'");
		}
		pos++;
	}

	private char peek() {
		return pos < text.length() ? text.charAt(pos) : '\0';
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private void skipWhitespace() {
		while (pos < text.length()) {
			char c = text.charAt(pos);
			if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
				pos++;
			} else {
				return;
			}
		}
	}

	private static String printable(char c) {
		return c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c);
	}

	private JsonSyntaxException error(String what) {
		int line = 1;
		int column = 1;
		for (int i = 0; i < Math.min(pos, text.length()); i++) {
			if (text.charAt(i) == '\n') {
				line++;
				column = 1;
			} else {
				column++;
			}
		}
		return new JsonSyntaxException("line " + line + ", column " + column + ": " + what);
	}
}
