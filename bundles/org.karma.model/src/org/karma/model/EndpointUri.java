package org.karma.model;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed endpoint location. Accepted forms:
 * <ul>
 * <li>{@code /abs/path}, {@code file:/abs/path}, {@code file:///abs/path} (local folder)</li>
 * <li>{@code zip:/abs/path/a.zip} and {@code zip:/abs/path/a.zip!/inner/folder}</li>
 * <li>{@code ftp://[user@]host[:port]/path}, {@code ftps://…}, {@code sftp://…},
 * {@code smb://[user@]host[:port]/share/path}, {@code peer://host[:port]/path}</li>
 * <li>{@code s3://bucket/prefix}</li>
 * <li>{@code dropbox:/path}, {@code gdrive:/path} (also {@code dropbox:} for the root)</li>
 * </ul>
 * Connector options may follow as query parameters ({@code ?region=eu-west-1&path_style=true}).
 * A password in the user part is never accepted: {@link #parse} rejects it with advice to use
 * {@code karma credentials}, and messages only ever show the URI {@linkplain #redact redacted}.
 *
 * <p>Paths are kept as segments: no empty, {@code .} or {@code ..} segments survive, so two URIs
 * can be compared for equality and nesting ({@link #overlaps}).
 */
public final class EndpointUri {

	/** Every scheme KARMA has a connector for, in the order shown to users. */
	public static final List<String> SCHEMES = List.of("file", "zip", "ftp", "ftps", "sftp", "smb", "s3", "dropbox",
			"gdrive", "peer");

	private static final Set<String> NETWORK = Set.of("ftp", "ftps", "sftp", "smb", "peer");
	/** Schemes whose locations are a path right after the colon, without a host part. */
	private static final Set<String> PATH_ONLY = Set.of("file", "zip", "dropbox", "gdrive");
	private static final Map<String, Integer> DEFAULT_PORTS = Map.of("ftp", 21, "ftps", 21, "sftp", 22, "smb", 445,
			"peer", 7447);
	private static final Pattern NETWORK_URI = Pattern
			.compile("(?<scheme>[a-z0-9]+)://(?:(?<user>[^@/?]*)@)?(?<host>\\[[0-9A-Fa-f:.]+\\]|[^:/?\\[\\]@]*)(?::(?<port>[^/?]*))?(?<path>/[^?]*)?(?:\\?(?<query>.*))?");
	private static final Pattern HOST_NAME = Pattern
			.compile("(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
	private static final Pattern S3_BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");

	private final String scheme;
	private final String user;
	private final String host;
	private final int port;
	private final String archive;
	private final List<String> segments;
	private final Map<String, String> query;

	private EndpointUri(String scheme, String user, String host, int port, String archive, List<String> segments,
			Map<String, String> query) {
		this.scheme = scheme;
		this.user = user;
		this.host = host;
		this.port = port;
		this.archive = archive;
		this.segments = List.copyOf(segments);
		this.query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
	}

	/** Thrown for a URI that cannot be used; the message names the problem and what is allowed. */
	public static final class InvalidUriException extends Exception {
		private static final long serialVersionUID = 1L;

		InvalidUriException(String message) {
			super(message);
		}
	}

	/**
	 * Parses a URI as typed by a user or stored in a profile.
	 *
	 * @throws InvalidUriException with a one-line, user-facing message
	 */
	public static EndpointUri parse(String text) throws InvalidUriException {
		if (text == null || text.isBlank()) {
			throw new InvalidUriException("is empty; give a folder such as /data/photos or a URI such as sftp://me@host/data");
		}
		String uri = text.strip();
		if (uri.startsWith("/")) {
			return local("file", uri, Map.of(), text);
		}
		int colon = uri.indexOf(':');
		if (colon <= 0 || !uri.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
			throw new InvalidUriException("'" + redact(text) + "' is neither an absolute path nor a URI with a scheme ("
					+ String.join(", ", SCHEMES) + ")");
		}
		String scheme = uri.substring(0, colon).toLowerCase(Locale.ROOT);
		if (!SCHEMES.contains(scheme)) {
			throw new InvalidUriException("unknown scheme '" + scheme + "' in '" + redact(text) + "'; known schemes: "
					+ String.join(", ", SCHEMES));
		}
		String rest = uri.substring(colon + 1);
		String queryText = null;
		int question = rest.indexOf('?');
		if (question >= 0) {
			queryText = rest.substring(question + 1);
			rest = rest.substring(0, question);
		}
		Map<String, String> query = parseQuery(queryText, text);
		switch (scheme) {
		case "file":
			String path = rest.startsWith("///") ? rest.substring(2) : rest;
			if (path.startsWith("//")) {
				throw new InvalidUriException("'" + redact(text) + "': file URIs take no host; use file:/path or /path");
			}
			return local("file", path, query, text);
		case "zip":
			return zip(rest, query, text);
		case "dropbox", "gdrive":
			if (rest.startsWith("//")) {
				throw new InvalidUriException("'" + redact(text) + "': write " + scheme + ":/path (no host part)");
			}
			String cloudPath = rest.isEmpty() ? "/" : rest;
			if (!cloudPath.startsWith("/")) {
				throw new InvalidUriException("'" + redact(text) + "': the path must start with /, e.g. " + scheme + ":/Photos");
			}
			return new EndpointUri(scheme, null, null, -1, null, segments(cloudPath, text), query);
		default:
			return network(scheme, uri, query, text);
		}
	}

	private static EndpointUri local(String scheme, String path, Map<String, String> query, String text)
			throws InvalidUriException {
		if (!path.startsWith("/")) {
			throw new InvalidUriException("'" + redact(text) + "': a local path must be absolute");
		}
		return new EndpointUri(scheme, null, null, -1, null, segments(path, text), query);
	}

	private static EndpointUri zip(String rest, Map<String, String> query, String text) throws InvalidUriException {
		String archivePath = rest;
		String inner = "/";
		int bang = rest.indexOf('!');
		if (bang >= 0) {
			archivePath = rest.substring(0, bang);
			inner = rest.substring(bang + 1);
			if (!inner.startsWith("/")) {
				throw new InvalidUriException("'" + redact(text) + "': the folder inside the archive starts with /, e.g. zip:/backup/a.zip!/docs");
			}
		}
		if (!archivePath.startsWith("/")) {
			throw new InvalidUriException("'" + redact(text) + "': the archive path must be absolute, e.g. zip:/backup/a.zip");
		}
		List<String> archiveSegments = segments(archivePath, text);
		if (archiveSegments.isEmpty()) {
			throw new InvalidUriException("'" + redact(text) + "': names no archive file");
		}
		return new EndpointUri("zip", null, null, -1, "/" + String.join("/", archiveSegments), segments(inner, text), query);
	}

	private static EndpointUri network(String scheme, String uri, Map<String, String> query, String text)
			throws InvalidUriException {
		Matcher m = NETWORK_URI.matcher(uri);
		if (!m.matches()) {
			throw new InvalidUriException("'" + redact(text) + "' is not a valid " + scheme + " URI; expected " + example(scheme));
		}
		String user = m.group("user");
		if (user != null && user.contains(":")) {
			throw new InvalidUriException("'" + redact(text) + "' contains a password: profiles never store secrets; "
					+ "remove it from the URI and store it with 'karma credentials set " + redact(text).replace(":***@", "@") + "'");
		}
		if (user != null && user.isEmpty()) {
			throw new InvalidUriException("'" + redact(text) + "': empty user name before '@'");
		}
		String host = m.group("host");
		if (host.isEmpty()) {
			throw new InvalidUriException("'" + redact(text) + "' names no " + (scheme.equals("s3") ? "bucket" : "host")
					+ "; expected " + example(scheme));
		}
		int port = -1;
		if (m.group("port") != null) {
			if (scheme.equals("s3")) {
				throw new InvalidUriException("'" + redact(text) + "': an S3 URI names a bucket, not a host:port; give the server with ?endpoint=http://host:port");
			}
			try {
				port = Integer.parseInt(m.group("port"));
			} catch (NumberFormatException e) {
				port = 0;
			}
			if (port < 1 || port > 65535) {
				throw new InvalidUriException("'" + redact(text) + "': port must be a number from 1 to 65535");
			}
		}
		List<String> path = segments(m.group("path") == null ? "/" : m.group("path"), text);
		if (scheme.equals("s3")) {
			if (user != null) {
				throw new InvalidUriException("'" + redact(text) + "': S3 URIs take no user; store the access key with 'karma credentials set s3://" + host + "'");
			}
			if (!S3_BUCKET.matcher(host).matches() || host.contains("..")) {
				throw new InvalidUriException("'" + redact(text) + "': '" + host + "' is not a valid bucket name (3 to 63 lowercase letters, digits, '.' and '-')");
			}
			return new EndpointUri(scheme, null, host, -1, null, path, query);
		}
		if (!host.startsWith("[") && !HOST_NAME.matcher(host).matches()) {
			throw new InvalidUriException("'" + redact(text) + "': '" + host + "' is not a valid host name");
		}
		if (scheme.equals("smb") && path.isEmpty()) {
			throw new InvalidUriException("'" + redact(text) + "' names no share; expected " + example(scheme));
		}
		return new EndpointUri(scheme, user, host.toLowerCase(Locale.ROOT), port, null, path, query);
	}

	private static String example(String scheme) {
		return switch (scheme) {
		case "smb" -> "smb://[user@]host[:port]/share/folder";
		case "s3" -> "s3://bucket/prefix";
		case "peer" -> "peer://host[:port]/folder";
		default -> scheme + "://[user@]host[:port]/folder";
		};
	}

	private static List<String> segments(String path, String text) throws InvalidUriException {
		List<String> result = new ArrayList<>();
		for (String segment : path.split("/")) {
			if (segment.isEmpty() || segment.equals(".")) {
				continue;
			}
			if (segment.equals("..")) {
				throw new InvalidUriException("'" + redact(text) + "': '..' is not allowed in a path; give the folder itself");
			}
			if (segment.indexOf('\0') >= 0) {
				throw new InvalidUriException("'" + redact(text) + "': the path contains a NUL character");
			}
			result.add(segment);
		}
		return result;
	}

	private static Map<String, String> parseQuery(String queryText, String text) throws InvalidUriException {
		Map<String, String> query = new LinkedHashMap<>();
		if (queryText == null || queryText.isEmpty()) {
			return query;
		}
		for (String pair : queryText.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String key = decode(eq < 0 ? pair : pair.substring(0, eq), text).toLowerCase(Locale.ROOT);
			String value = eq < 0 ? "true" : decode(pair.substring(eq + 1), text);
			if (key.isEmpty()) {
				throw new InvalidUriException("'" + redact(text) + "': an option has no name");
			}
			if (query.put(key, value) != null) {
				throw new InvalidUriException("'" + redact(text) + "': option '" + key + "' is given twice");
			}
		}
		return query;
	}

	private static String decode(String s, String text) throws InvalidUriException {
		try {
			// '+' stays a plus: option values are not form-encoded
			return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
		} catch (IllegalArgumentException e) {
			throw new InvalidUriException("'" + redact(text) + "': bad %-escape in option '" + s + "'");
		}
	}

	/** The text with any password in the user part replaced by {@code ***}; safe to show and log. */
	public static String redact(String text) {
		if (text == null) {
			return "";
		}
		return text.replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://[^:/?@]*):[^@/?]*@", "$1:***@");
	}

	public String scheme() {
		return scheme;
	}

	/** The user name, or null. */
	public String user() {
		return user;
	}

	/** Host (lower case) or S3 bucket; null for local and cloud-drive URIs. */
	public String host() {
		return host;
	}

	/** The port given, or -1. */
	public int port() {
		return port;
	}

	/** The port given, or the scheme's default, or -1 where ports do not apply. */
	public int effectivePort() {
		return port > 0 ? port : DEFAULT_PORTS.getOrDefault(scheme, -1);
	}

	/** For zip: the absolute local path of the archive file; otherwise null. */
	public String archive() {
		return archive;
	}

	/** Path segments (inside the archive for zip, inside the bucket for s3, inside the share and path for smb). */
	public List<String> segments() {
		return segments;
	}

	/** Connector options given as query parameters, keys in lower case, in the order given. */
	public Map<String, String> options() {
		return query;
	}

	public boolean isLocal() {
		return scheme.equals("file");
	}

	public boolean isNetwork() {
		return NETWORK.contains(scheme);
	}

	/**
	 * Whether locations of a scheme name a host (or bucket) after {@code scheme://}: false for
	 * {@code file}, {@code zip}, {@code dropbox} and {@code gdrive}, whose locations are a path
	 * after {@code scheme:}.
	 */
	public static boolean takesHost(String scheme) {
		return !PATH_ONLY.contains(scheme);
	}

	/** This URI without its options, in canonical form (what a profile stores). */
	public String withoutOptions() {
		StringBuilder b = new StringBuilder();
		String path = "/" + String.join("/", segments);
		switch (scheme) {
		case "file":
			return path;
		case "zip":
			b.append("zip:").append(archive);
			if (!segments.isEmpty()) {
				b.append('!').append(path);
			}
			return b.toString();
		case "dropbox", "gdrive":
			return scheme + ":" + path;
		default:
			b.append(scheme).append("://");
			if (user != null) {
				b.append(user).append('@');
			}
			b.append(host);
			if (port > 0) {
				b.append(':').append(port);
			}
			if (!segments.isEmpty()) {
				b.append(path);
			}
			return b.toString();
		}
	}

	/**
	 * Whether the two locations are the same folder or one lies inside the other: syncing them
	 * would make a sync copy into its own source. A zip archive counts as a file at its local path;
	 * user names are ignored (two accounts may reach the same folder); SMB compares case-insensitively.
	 */
	public boolean overlaps(EndpointUri other) {
		List<String> mine = location();
		List<String> theirs = other.location();
		if (mine == null || theirs == null) {
			return false;
		}
		boolean ignoreCase = scheme.equals("smb") || other.scheme.equals("smb");
		int common = Math.min(mine.size(), theirs.size());
		for (int i = 0; i < common; i++) {
			if (ignoreCase ? !mine.get(i).equalsIgnoreCase(theirs.get(i)) : !mine.get(i).equals(theirs.get(i))) {
				return false;
			}
		}
		return true;
	}

	/** A comparable location: a root key followed by path segments; zip counts as its archive's local file plus inner path. */
	private List<String> location() {
		List<String> key = new ArrayList<>();
		switch (scheme) {
		case "file":
			key.add("local");
			key.addAll(segments);
			return key;
		case "zip":
			key.add("local");
			key.addAll(archive.substring(1).isEmpty() ? List.of() : List.of(archive.substring(1).split("/")));
			key.addAll(segments);
			return key;
		case "dropbox", "gdrive":
			key.add(scheme);
			key.addAll(segments);
			return key;
		case "s3":
			key.add("s3://" + host);
			key.addAll(segments);
			return key;
		default:
			key.add((scheme.equals("ftps") ? "ftp" : scheme) + "://" + host + ":" + effectivePort());
			key.addAll(segments);
			return key;
		}
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof EndpointUri u && u.scheme.equals(scheme) && Objects.equals(u.user, user)
				&& Objects.equals(u.host, host) && u.port == port && Objects.equals(u.archive, archive)
				&& u.segments.equals(segments) && u.query.equals(query);
	}

	@Override
	public int hashCode() {
		return Objects.hash(scheme, user, host, port, archive, segments, query);
	}

	@Override
	public String toString() {
		return withoutOptions();
	}
}
