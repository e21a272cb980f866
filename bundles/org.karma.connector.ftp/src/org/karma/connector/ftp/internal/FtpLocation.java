package org.karma.connector.ftp.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.RelPath;

/**
 * Where to connect: {@code ftp://[user@]host[:port][/path]} or {@code ftps://…}. The path is
 * absolute on the server ({@code ftp://ann@host/srv/data} is {@code /srv/data}); without a path the
 * connection is rooted at the login directory.
 *
 * @param secure whether the scheme is {@code ftps}
 * @param user   the login name, or null for anonymous
 * @param host   host name or address
 * @param port   the port given, or -1 for the default
 * @param path   the absolute root path without a trailing slash, or null for the login directory
 */
record FtpLocation(boolean secure, String user, String host, int port, String path) {

	static FtpLocation parse(String location) throws ConnectorException {
		URI uri;
		try {
			uri = new URI(location);
		} catch (URISyntaxException e) {
			throw bad(location, e.getReason());
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("ftp") && !scheme.equals("ftps")) {
			throw bad(location, "the scheme must be ftp or ftps");
		}
		if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw bad(location, "options belong in the options, not in the location");
		}
		if (uri.getHost() == null || uri.getHost().isEmpty()) {
			throw bad(location, "no host");
		}
		String user = uri.getUserInfo();
		if (user != null && user.contains(":")) {
			throw bad(location, "a password never goes into the URI (see docs/connectors/ftp.md, credentials)");
		}
		String path = uri.getPath();
		if (path == null || path.isEmpty() || path.equals("/")) {
			path = null;
		} else {
			while (path.length() > 1 && path.endsWith("/")) {
				path = path.substring(0, path.length() - 1);
			}
			for (String segment : path.substring(1).split("/", -1)) {
				if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
					throw bad(location, "the path has an empty, '.' or '..' segment");
				}
			}
		}
		return new FtpLocation(scheme.equals("ftps"), user == null || user.isEmpty() ? null : user, uri.getHost(),
				uri.getPort(), path);
	}

	/** host:port as used in messages and in the known-certificates file. */
	String hostAndPort(int defaultPort) {
		return (host.contains(":") ? "[" + host + "]" : host) + ":" + (port < 0 ? defaultPort : port);
	}

	private static ConnectorException bad(String location, String why) {
		return new ConnectorException(Reason.FATAL, RelPath.ROOT, "'" + location + "' is not an FTP location: " + why);
	}
}
