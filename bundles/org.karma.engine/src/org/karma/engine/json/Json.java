package org.karma.engine.json;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A small JSON writer (the command line's {@code --json} output, manifests): maps (in their order), lists,
 * strings, numbers, booleans and null.
 */
public final class Json {

	private Json() {
	}

	/** Compact JSON on one line. */
	public static String write(Object value) {
		StringBuilder b = new StringBuilder();
		write(b, value, -1, 0);
		return b.toString();
	}

	/** Indented JSON (two spaces), for people. */
	public static String pretty(Object value) {
		StringBuilder b = new StringBuilder();
		write(b, value, 2, 0);
		return b.toString();
	}

	private static void write(StringBuilder b, Object value, int indent, int depth) {
		if (value == null) {
			b.append("null");
		} else if (value instanceof String s) {
			string(b, s);
		} else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
			b.append(value);
		} else if (value instanceof Number n) {
			double d = n.doubleValue();
			b.append(Double.isFinite(d) ? n.toString() : "null");
		} else if (value instanceof Map<?, ?> map) {
			b.append('{');
			Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
			while (it.hasNext()) {
				Map.Entry<?, ?> e = it.next();
				newline(b, indent, depth + 1);
				string(b, String.valueOf(e.getKey()));
				b.append(indent >= 0 ? ": " : ":");
				write(b, e.getValue(), indent, depth + 1);
				if (it.hasNext()) {
					b.append(',');
				}
			}
			if (!map.isEmpty()) {
				newline(b, indent, depth);
			}
			b.append('}');
		} else if (value instanceof List<?> list) {
			b.append('[');
			for (int i = 0; i < list.size(); i++) {
				newline(b, indent, depth + 1);
				write(b, list.get(i), indent, depth + 1);
				if (i + 1 < list.size()) {
					b.append(',');
				}
			}
			if (!list.isEmpty()) {
				newline(b, indent, depth);
			}
			b.append(']');
		} else {
			string(b, value.toString());
		}
	}

	private static void newline(StringBuilder b, int indent, int depth) {
		if (indent >= 0) {
			b.append('\n').append(" ".repeat(indent * depth));
		}
	}

	/** Appends {@code s} as a JSON string literal (quoted and escaped): for writers that build large documents by hand. */
	public static void appendString(StringBuilder b, String s) {
		string(b, s);
	}

	private static void string(StringBuilder b, String s) {
		b.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> b.append("\\\"");
			case '\\' -> b.append("\\\\");
			case '\n' -> b.append("\\n");
			case '\r' -> b.append("\\r");
			case '\t' -> b.append("\\t");
			default -> {
				if (c < 0x20 || c == 0x2028 || c == 0x2029) {
					b.append(String.format("\\u%04x", (int) c));
				} else {
					b.append(c);
				}
			}
			}
		}
		b.append('"');
	}

}
