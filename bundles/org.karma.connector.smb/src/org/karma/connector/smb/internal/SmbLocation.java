package org.karma.connector.smb.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.RelPath;

/**
 * Where to connect: {@code smb://[user@]host[:port]/share[/path]}. The first path segment is the
 * share, the rest a folder inside it.
 *
 * @param user   the login name, or null for a guest login
 * @param host   host name or address
 * @param port   the port given, or -1 for the default (445)
 * @param share  the share name
 * @param folder the folder inside the share as segments (empty: the share's root)
 */
record SmbLocation(String user, String host, int port, String share, List<String> folder) {

	static final int DEFAULT_PORT = 445;

	SmbLocation {
		folder = List.copyOf(folder);
	}

	static SmbLocation parse(String location) throws ConnectorException {
		URI uri;
		try {
			uri = new URI(location);
		} catch (URISyntaxException e) {
			throw bad(location, e.getReason());
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("smb")) {
			throw bad(location, "the scheme must be smb");
		}
		if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw bad(location, "options belong in the options, not in the location");
		}
		if (uri.getHost() == null || uri.getHost().isEmpty()) {
			throw bad(location, "no host");
		}
		String user = uri.getUserInfo();
		if (user != null && user.contains(":")) {
			throw bad(location, "a password never goes into the URI (see docs/connectors/smb.md, credentials)");
		}
		if (user != null && user.contains(";")) {
			throw bad(location, "give the domain as the option domain, not as DOMAIN;user in the URI");
		}
		String path = uri.getPath() == null ? "" : uri.getPath();
		List<String> segments = new ArrayList<>();
		for (String segment : path.split("/")) {
			if (segment.isEmpty()) {
				continue;
			}
			if (segment.equals(".") || segment.equals("..")) {
				throw bad(location, "the path has a '.' or '..' segment");
			}
			segments.add(segment);
		}
		if (segments.isEmpty()) {
			throw bad(location, "no share: smb://[user@]host[:port]/share[/folder]");
		}
		return new SmbLocation(user == null || user.isEmpty() ? null : user, uri.getHost(), uri.getPort(), segments.get(0),
				segments.subList(1, segments.size()));
	}

	int portOrDefault() {
		return port < 0 ? DEFAULT_PORT : port;
	}

	/** host:port as used in messages. */
	String hostAndPort() {
		return (host.contains(":") ? "[" + host + "]" : host) + ":" + portOrDefault();
	}

	/** The account secrets are stored under: {@code smb://user@host:port} (no share, no folder). */
	String account() {
		return "smb://" + (user == null ? "" : user + "@") + hostAndPort();
	}

	private static ConnectorException bad(String location, String why) {
		// a password someone put into the URI is not repeated in the message
		String shown = location.replaceAll("(//[^/@:]*):[^/@]*@", "$1:***@");
		return new ConnectorException(Reason.FATAL, RelPath.ROOT, "'" + shown + "' is not an SMB location: " + why);
	}
}
