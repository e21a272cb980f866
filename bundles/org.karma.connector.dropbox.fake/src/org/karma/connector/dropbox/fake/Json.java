package org.karma.connector.dropbox.fake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Just enough JSON for the fake Dropbox: objects as maps, arrays as lists, numbers as Long/Double. */
final class Json {

	private final String text;
	private int at;

	private Json(String text) {
		this.text = text;
	}

	static Object parse(String text) {
		Json p = new Json(text);
		p.space();
		Object value = p.value();
		p.space();
		if (p.at != text.length()) {
			throw new IllegalArgumentException("trailing text in JSON at " + p.at);
		}
		return value;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> object(String text) {
		Object o = parse(text);
		if (!(o instanceof Map)) {
			throw new IllegalArgumentException("not a JSON object: " + text);
		}
		return (Map<String, Object>) o;
	}

	private Object value() {
		char c = text.charAt(at);
		switch (c) {
		case '{': {
			at++;
			Map<String, Object> map = new LinkedHashMap<>();
			space();
			if (text.charAt(at) == '}') {
				at++;
				return map;
			}
			while (true) {
				space();
				String key = string();
				space();
				expect(':');
				space();
				map.put(key, value());
				space();
				if (text.charAt(at) == ',') {
					at++;
					continue;
				}
				expect('}');
				return map;
			}
		}
		case '[': {
			at++;
			List<Object> list = new ArrayList<>();
			space();
			if (text.charAt(at) == ']') {
				at++;
				return list;
			}
			while (true) {
				space();
				list.add(value());
				space();
				if (text.charAt(at) == ',') {
					at++;
					continue;
				}
				expect(']');
				return list;
			}
		}
		case '"':
			return string();
		case 't':
			at += 4;
			return Boolean.TRUE;
		case 'f':
			at += 5;
			return Boolean.FALSE;
		case 'n':
			at += 4;
			return null;
		default: {
			int start = at;
			while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
				at++;
			}
			String n = text.substring(start, at);
			return n.contains(".") || n.contains("e") || n.contains("E") ? (Object) Double.valueOf(n) : (Object) Long.valueOf(n);
		}
		}
	}

	private String string() {
		expect('"');
		StringBuilder sb = new StringBuilder();
		while (true) {
			char c = text.charAt(at++);
			if (c == '"') {
				return sb.toString();
			}
			if (c == '\\') {
				char e = text.charAt(at++);
				switch (e) {
				case 'n' -> sb.append('\n');
				case 't' -> sb.append('\t');
				case 'r' -> sb.append('\r');
				case 'b' -> sb.append('\b');
				case 'f' -> sb.append('\f');
				case 'u' -> {
					sb.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
					at += 4;
				}
				default -> sb.append(e);
				}
			} else {
				sb.append(c);
			}
		}
	}

	private void expect(char c) {
		if (text.charAt(at) != c) {
			throw new IllegalArgumentException("expected '" + c + "' at " + at + " in " + text);
		}
		at++;
	}

	private void space() {
		while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
			at++;
		}
	}

	/** JSON text of maps, lists, strings, numbers, booleans and null; everything outside ASCII escaped (fit for headers). */
	static String write(Object value) {
		StringBuilder sb = new StringBuilder();
		write(sb, value);
		return sb.toString();
	}

	@SuppressWarnings("unchecked")
	private static void write(StringBuilder sb, Object value) {
		if (value == null) {
			sb.append("null");
		} else if (value instanceof String s) {
			sb.append('"');
			for (char c : s.toCharArray()) {
				if (c == '"' || c == '\\') {
					sb.append('\\').append(c);
				} else if (c < 0x20 || c > 0x7e) {
					sb.append(String.format("\\u%04x", (int) c));
				} else {
					sb.append(c);
				}
			}
			sb.append('"');
		} else if (value instanceof Map<?, ?> map) {
			sb.append('{');
			boolean first = true;
			for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
				if (!first) {
					sb.append(',');
				}
				first = false;
				write(sb, e.getKey());
				sb.append(':');
				write(sb, e.getValue());
			}
			sb.append('}');
		} else if (value instanceof List<?> list) {
			sb.append('[');
			for (int i = 0; i < list.size(); i++) {
				if (i > 0) {
					sb.append(',');
				}
				write(sb, list.get(i));
			}
			sb.append(']');
		} else {
			sb.append(value);
		}
	}

	/** A map from alternating keys and values (values may be null), in order. */
	static Map<String, Object> obj(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	/** A union value {@code {".tag": tag, ...}}. */
	static Map<String, Object> tag(String tag, Object... more) {
		Map<String, Object> map = obj(".tag", tag);
		map.putAll(obj(more));
		return map;
	}
}
