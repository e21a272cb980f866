package org.karma.connector.local.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.karma.connector.api.ConnectionFacts;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.ConnectorFactory;
import org.karma.connector.api.ConnectorOption;
import org.karma.connector.api.RelPath;

/**
 * Local folders (scheme {@code file}), on Java NIO. Registered as a declarative services
 * component ({@code OSGI-INF/org.karma.connector.local.xml}).
 *
 * <p>Location: an absolute path ({@code /home/ann/docs}) or a {@code file:} URI
 * ({@code file:/home/ann/docs}, {@code file:///home/ann/docs}, {@code file://localhost/…}; URIs
 * are percent-decoded, plain paths are taken as they are). The folder must exist: a missing one is
 * NOT_FOUND, a file is WRONG_KIND, anything else that is not an absolute local path is FATAL. A
 * root given through a link is resolved once, at connect, to its real path.
 */
public final class LocalConnectorFactory implements ConnectorFactory {

	/** Follow symbolic links when reading and listing (never when writing or deleting). */
	public static final ConnectorOption FOLLOW_SYMLINKS = ConnectorOption.bool("follow_symlinks", "false",
			"Read and list through symbolic links (also to targets outside the folder); writes and deletes never go through a link.");

	/** Operations that may run at the same time on one connection. */
	public static final ConnectorOption CONCURRENCY = ConnectorOption.integer("concurrency", "8",
			"How many files KARMA reads or writes at the same time in this folder.");

	@Override
	public Set<String> schemes() {
		return Set.of("file");
	}

	@Override
	public String displayName() {
		return "Local folder";
	}

	@Override
	public List<ConnectorOption> options() {
		return List.of(FOLLOW_SYMLINKS, CONCURRENCY);
	}

	@Override
	public LocalConnection connect(ConnectionSpec spec, IProgressMonitor monitor) throws ConnectorException {
		ConnectorException.checkCancelled(monitor, RelPath.ROOT);
		Path root = parseLocation(spec.location());
		boolean follow = parseBoolean(spec, FOLLOW_SYMLINKS);
		int concurrency = parseConcurrency(spec);
		BasicFileAttributes attributes;
		Path real;
		try {
			attributes = Files.readAttributes(root, BasicFileAttributes.class);
			if (!attributes.isDirectory()) {
				throw new ConnectorException(Reason.WRONG_KIND, RelPath.ROOT,
						"'" + root + "' is " + (attributes.isRegularFile() ? "a file, not a folder" : "not a folder"));
			}
			real = root.toRealPath();
		} catch (NoSuchFileException e) {
			throw new ConnectorException(Reason.NOT_FOUND, RelPath.ROOT, "folder '" + root + "' does not exist", e);
		} catch (AccessDeniedException e) {
			throw new ConnectorException(Reason.PERMISSION_DENIED, RelPath.ROOT, "folder '" + root + "' cannot be accessed",
					e);
		} catch (IOException e) {
			throw new ConnectorException(Reason.FATAL, RelPath.ROOT,
					"folder '" + root + "' cannot be opened: " + IoErrors.reasonText(e), e);
		}
		ConnectionFacts facts = FactsProbe.facts(real, concurrency);
		return new LocalConnection(real, follow, facts);
	}

	/**
	 * The absolute path a location names.
	 *
	 * @throws ConnectorException FATAL for anything but an absolute local path or {@code file:} URI
	 */
	static Path parseLocation(String location) throws ConnectorException {
		String text = location.trim().isEmpty() ? "" : location;
		try {
			Path path;
			if (text.regionMatches(true, 0, "file:", 0, 5)) {
				path = fromUri(text);
			} else {
				path = Path.of(text);
			}
			if (!path.isAbsolute()) {
				throw bad(location, "not an absolute path");
			}
			return path.normalize();
		} catch (InvalidPathException e) {
			throw bad(location, e.getReason());
		}
	}

	private static Path fromUri(String text) throws ConnectorException {
		URI uri;
		try {
			uri = new URI(text);
		} catch (URISyntaxException e) {
			// not a valid URI (a raw space, say): take the rest as a plain path
			String rest = text.substring(5);
			if (rest.startsWith("//")) {
				int slash = rest.indexOf('/', 2);
				String host = slash < 0 ? rest.substring(2) : rest.substring(2, slash);
				checkHost(text, host);
				rest = slash < 0 ? "/" : rest.substring(slash);
			}
			return Path.of(rest);
		}
		if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw bad(text, "options belong in the options, not in the location");
		}
		checkHost(text, uri.getAuthority());
		String path = uri.getPath();
		if (path == null || path.isEmpty()) {
			throw bad(text, "no path");
		}
		return Path.of(path);
	}

	private static void checkHost(String location, String host) throws ConnectorException {
		if (host != null && !host.isEmpty() && !host.toLowerCase(Locale.ROOT).equals("localhost")) {
			throw bad(location, "folders on other hosts ('" + host + "') are not local; use their own scheme");
		}
	}

	private static ConnectorException bad(String location, String why) {
		return new ConnectorException(Reason.FATAL, RelPath.ROOT, "'" + location + "' is not a local folder: " + why);
	}

	private static boolean parseBoolean(ConnectionSpec spec, ConnectorOption option) throws ConnectorException {
		String value = spec.option(option).trim().toLowerCase(Locale.ROOT);
		if (value.equals("true") || value.equals("false")) {
			return Boolean.parseBoolean(value);
		}
		throw new ConnectorException(Reason.FATAL, RelPath.ROOT,
				"option " + option.key() + " must be true or false, not '" + spec.option(option) + "'");
	}

	private static int parseConcurrency(ConnectionSpec spec) throws ConnectorException {
		String value = spec.option(CONCURRENCY).trim();
		try {
			int n = Integer.parseInt(value);
			if (n >= 1) {
				return n;
			}
		} catch (NumberFormatException e) {
			// below
		}
		throw new ConnectorException(Reason.FATAL, RelPath.ROOT,
				"option " + CONCURRENCY.key() + " must be a whole number of at least 1, not '" + value + "'");
	}
}
