package org.karma.connector.sftp.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.RelPath;

/**
 * Where to connect: {@code sftp://[user@]host[:port][/path]}. The path is absolute on the server
 * ({@code sftp://ann@host:2222/home/ann/data} is {@code /home/ann/data}); without a path the
 * connection is rooted at the login folder. Without a user the local user name is used, as
 * OpenSSH does.
 *
 * @param user the login name
 * @param host host name or address (IPv6 without brackets)
 * @param port the port (22 when none is given)
 * @param path the absolute root path without a trailing slash, or null for the login folder
 */
record SftpLocation(String user, String host, int port, String path) {

	static final int DEFAULT_PORT = 22;

	static SftpLocation parse(String location) throws ConnectorException {
		URI uri;
		try {
			uri = new URI(location);
		} catch (URISyntaxException e) {
			throw bad(location, e.getReason());
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("sftp")) {
			throw bad(location, "the scheme must be sftp");
		}
		if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw bad(location, "options belong in the options, not in the location");
		}
		String host = uri.getHost();
		if (host == null || host.isEmpty()) {
			throw bad(location, "no host");
		}
		if (host.startsWith("[") && host.endsWith("]")) {
			host = host.substring(1, host.length() - 1);
		}
		String user = uri.getUserInfo();
		if (user != null && user.contains(":")) {
			throw bad(location, "a password never goes into the URI (see docs/connectors/sftp.md, credentials)");
		}
		if (user == null || user.isEmpty()) {
			user = System.getProperty("user.name");
		}
		String path = uri.getPath();
		if (path != null && path.isEmpty()) {
			path = null;
		}
		if (path != null && !path.equals("/")) {
			while (path.length() > 1 && path.endsWith("/")) {
				path = path.substring(0, path.length() - 1);
			}
			for (String segment : path.substring(1).split("/", -1)) {
				if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
					throw bad(location, "the path has an empty, '.' or '..' segment");
				}
			}
		}
		return new SftpLocation(user, host, uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), path);
	}

	/** host:port as in messages ({@code [::1]:22} for IPv6). */
	String hostAndPort() {
		return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
	}

	/** The account: {@code sftp://user@host:port}, the key secrets are stored under. */
	String account() {
		return "sftp://" + user + "@" + hostAndPort();
	}

	private static ConnectorException bad(String location, String why) {
		// a password someone put into the URI is never repeated in a message
		String shown = location.replaceFirst("//([^/@:]*):[^/@]*@", "//$1:***@");
		return new ConnectorException(Reason.FATAL, RelPath.ROOT, "'" + shown + "' is not an SFTP location: " + why);
	}
}
