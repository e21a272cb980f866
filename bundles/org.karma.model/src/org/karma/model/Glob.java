package org.karma.model;

import java.util.regex.Pattern;

/**
 * KARMA's path globs, compiled to a regular expression over slash-separated relative paths.
 * <ul>
 * <li>{@code *} any characters within one segment, {@code **} any characters across segments
 * ({@code a/**}{@code /b} also matches {@code a/b}), {@code ?} one character other than {@code /}</li>
 * <li>{@code [abc]}, {@code [a-z]}, {@code [!abc]} character sets; {@code {jpg,png}} alternatives
 * (not nested); {@code \} escapes the next character</li>
 * <li>a glob without {@code /} matches the name at any depth; a glob starting with {@code /} is
 * anchored at the endpoint root; other globs match from the root</li>
 * </ul>
 */
public final class Glob {

	private final String text;
	private final Pattern pattern;

	private Glob(String text, Pattern pattern) {
		this.text = text;
		this.pattern = pattern;
	}

	/** Thrown for a malformed glob; the message says where and what is wrong. */
	public static final class GlobSyntaxException extends Exception {
		private static final long serialVersionUID = 1L;

		GlobSyntaxException(String glob, int index, String problem) {
			super("invalid glob '" + glob + "': " + problem + " at position " + (index + 1));
		}
	}

	public static Glob compile(String glob) throws GlobSyntaxException {
		if (glob == null || glob.isEmpty()) {
			throw new GlobSyntaxException(String.valueOf(glob), 0, "empty glob");
		}
		String body = glob;
		StringBuilder regex = new StringBuilder();
		if (body.startsWith("/")) {
			body = body.substring(1);
		} else if (body.indexOf('/') < 0 || (body.endsWith("/") && body.indexOf('/') == body.length() - 1)) {
			regex.append("(?:.*/)?");
		}
		if (body.endsWith("/")) {
			body = body.substring(0, body.length() - 1); // "build/" = the folder build
		}
		if (body.isEmpty()) {
			throw new GlobSyntaxException(glob, 0, "matches nothing");
		}
		int offset = glob.length() - body.length() - (glob.endsWith("/") ? 1 : 0);
		boolean inAlternatives = false;
		for (int i = 0; i < body.length(); i++) {
			char c = body.charAt(i);
			switch (c) {
			case '\\':
				if (i + 1 >= body.length()) {
					throw new GlobSyntaxException(glob, offset + i, "'\\' at the end escapes nothing");
				}
				regex.append(Pattern.quote(String.valueOf(body.charAt(++i))));
				break;
			case '*':
				if (i + 1 < body.length() && body.charAt(i + 1) == '*') {
					i++;
					if (i + 1 < body.length() && body.charAt(i + 1) == '/') {
						i++;
						regex.append("(?:.*/)?"); // "**/" also matches zero folders
					} else {
						regex.append(".*");
					}
				} else {
					regex.append("[^/]*");
				}
				break;
			case '?':
				regex.append("[^/]");
				break;
			case '[':
				int close = body.indexOf(']', i + 2);
				if (close < 0) {
					throw new GlobSyntaxException(glob, offset + i, "'[' is never closed");
				}
				String set = body.substring(i + 1, close);
				boolean negate = set.startsWith("!") || set.startsWith("^");
				if (negate) {
					set = set.substring(1);
				}
				if (set.isEmpty()) {
					throw new GlobSyntaxException(glob, offset + i, "empty character set");
				}
				if (set.contains("/")) {
					throw new GlobSyntaxException(glob, offset + i, "'/' cannot be in a character set");
				}
				regex.append('[').append(negate ? "^/" : "");
				for (int k = 0; k < set.length(); k++) {
					char s = set.charAt(k);
					if (s == '-' && k > 0 && k < set.length() - 1) {
						if (set.charAt(k - 1) > set.charAt(k + 1)) {
							throw new GlobSyntaxException(glob, offset + i + 1 + k, "range '" + set.charAt(k - 1) + "-"
									+ set.charAt(k + 1) + "' is backwards");
						}
						regex.append('-');
					} else if (Character.isLetterOrDigit(s)) {
						regex.append(s);
					} else {
						regex.append('\\').append(s);
					}
				}
				regex.append(']');
				i = close;
				break;
			case '{':
				if (inAlternatives) {
					throw new GlobSyntaxException(glob, offset + i, "'{' cannot be nested");
				}
				if (body.indexOf('}', i) < 0) {
					throw new GlobSyntaxException(glob, offset + i, "'{' is never closed");
				}
				inAlternatives = true;
				regex.append("(?:");
				break;
			case '}':
				if (!inAlternatives) {
					throw new GlobSyntaxException(glob, offset + i, "'}' without '{'");
				}
				inAlternatives = false;
				regex.append(')');
				break;
			case ',':
				regex.append(inAlternatives ? "|" : ",");
				break;
			case ']':
				throw new GlobSyntaxException(glob, offset + i, "']' without '['");
			default:
				regex.append(Pattern.quote(String.valueOf(c)));
			}
		}
		return new Glob(glob, Pattern.compile(regex.toString()));
	}

	/** Whether a relative path ({@code a/b/c.txt}, no leading slash) matches. */
	public boolean matches(String relativePath) {
		return pattern.matcher(relativePath).matches();
	}

	@Override
	public String toString() {
		return text;
	}
}
