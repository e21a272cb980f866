package org.karma.core.versions;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorFactory;
import org.karma.connector.api.RelPath;
import org.karma.core.connectors.ConnectorRegistry;
import org.karma.core.connectors.EndpointSpecs;
import org.karma.core.credentials.SecretSource;
import org.karma.core.credentials.SecretsUnavailableException;
import org.karma.engine.versions.FileVersion;
import org.karma.engine.versions.VersionArchive;
import org.karma.model.EndpointUri;
import org.karma.model.profile.Endpoint;
import org.karma.model.profile.SyncProfile;

/**
 * Listing and restoring the versions KARMA keeps of replaced and deleted files
 * ({@code .karma-versions/} at each endpoint's root, see {@link VersionArchive}), on both
 * endpoints of a profile or on one endpoint. Connects the endpoints like a sync does. The command
 * line and the workbench both go through this operation.
 */
public final class VersionsOperation {

	/** Which endpoint a version lives on. */
	public enum Side {
		LEFT, RIGHT,
		/** The one endpoint given without a profile. */
		ENDPOINT;

		/** {@code left}, {@code right}, or {@code endpoint}. */
		public String label() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** An endpoint to look at, and which side of its profile it is. */
	public record Place(Side side, Endpoint endpoint) {
		public Place {
			Objects.requireNonNull(side, "side");
			Objects.requireNonNull(endpoint, "endpoint");
		}

		/** Both endpoints of a profile, left first. */
		public static List<Place> of(SyncProfile profile) {
			return List.of(new Place(Side.LEFT, profile.getLeft()), new Place(Side.RIGHT, profile.getRight()));
		}

		/** One endpoint on its own. */
		public static List<Place> of(Endpoint endpoint) {
			return List.of(new Place(Side.ENDPOINT, endpoint));
		}
	}

	/** A version and the side it lives on. */
	public record Listed(Side side, FileVersion version) {
	}

	/**
	 * What a restore did.
	 *
	 * @param side            where
	 * @param version         the version written back
	 * @param target          the path it was written to
	 * @param archivedCurrent the file that was at the target before, now kept as a version itself
	 */
	public record Restored(Side side, FileVersion version, RelPath target, Optional<FileVersion> archivedCurrent) {
	}

	/** Version names' time form, {@code yyyyMMdd-HHmmss} with optional {@code .SSS}, in UTC. */
	private static final Pattern STAMP = Pattern.compile("\\d{8}-\\d{6}(\\.\\d{3})?");
	private static final DateTimeFormatter STAMP_FORMAT = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss[.SSS]");

	private final ConnectorRegistry connectors;
	private final Clock clock;
	private final SecretSource secrets;

	/** @param clock names the versions made when a restore archives the file it replaces */
	public VersionsOperation(ConnectorRegistry connectors, Clock clock) {
		this(connectors, clock, SecretSource.NONE);
	}

	/**
	 * @param clock   names the versions made when a restore archives the file it replaces
	 * @param secrets gives each endpoint its secrets by credential key
	 */
	public VersionsOperation(ConnectorRegistry connectors, Clock clock, SecretSource secrets) {
		this.connectors = Objects.requireNonNull(connectors, "connectors");
		this.clock = Objects.requireNonNull(clock, "clock");
		this.secrets = Objects.requireNonNull(secrets, "secrets");
	}

	/**
	 * The versions on the given endpoints: side by side (in the order given), then by path, newest
	 * first.
	 *
	 * @param path only the versions of this file; null: all versions
	 */
	public List<Listed> list(List<Place> places, RelPath path, IProgressMonitor monitor) throws VersionsException {
		checkPath(path, "PATH");
		SubMonitor sub = SubMonitor.convert(monitor == null ? new NullProgressMonitor() : monitor, places.size() * 2);
		List<Listed> all = new ArrayList<>();
		for (Place place : places) {
			try (Connection connection = connect(place, sub.newChild(1))) {
				VersionArchive archive = new VersionArchive(connection, clock);
				List<FileVersion> versions = new ArrayList<>();
				if (path == null) {
					archive.listAll(versions::add, sub.newChild(1));
				} else {
					versions.addAll(archive.list(path, sub.newChild(1)));
				}
				versions.sort(Comparator.comparing(FileVersion::original).thenComparing(FileVersion.NEWEST_FIRST));
				versions.forEach(v -> all.add(new Listed(place.side(), v)));
			} catch (ConnectorException e) {
				throw failed(place, "cannot list the versions", e);
			}
		}
		return all;
	}

	/**
	 * Restores the newest version of {@code path} (or the newest archived at or before {@code at})
	 * to its place or to {@code destination}. A file already there is archived first, so nothing
	 * is lost.
	 *
	 * @param side        which side, needed when both sides of a profile have a version; null: the
	 *                    only side that has one
	 * @param destination where to write it, relative to the endpoint's root; null: {@code path}
	 * @throws VersionsException BAD_INPUT when there is no such version, or both sides have one
	 *                           and no side was chosen
	 */
	public Restored restore(List<Place> places, RelPath path, Instant at, Side side, RelPath destination,
			IProgressMonitor monitor) throws VersionsException {
		Objects.requireNonNull(path, "path");
		checkPath(path, "PATH");
		checkPath(destination, "the destination");
		if (side != null && places.stream().noneMatch(p -> p.side() == side)) {
			throw new VersionsException(VersionsException.Kind.BAD_INPUT,
					"there is no " + side.label() + " side here" + (side == Side.ENDPOINT ? "" : " (a side is chosen only for a profile)"), null);
		}
		SubMonitor sub = SubMonitor.convert(monitor == null ? new NullProgressMonitor() : monitor, places.size() * 2 + 2);
		List<Connection> open = new ArrayList<>();
		try {
			List<Place> having = new ArrayList<>();
			List<FileVersion> chosen = new ArrayList<>();
			List<Connection> connections = new ArrayList<>();
			for (Place place : places) {
				if (side != null && place.side() != side) {
					continue;
				}
				Connection connection = connect(place, sub.newChild(1));
				open.add(connection);
				try {
					Optional<FileVersion> version = new VersionArchive(connection, clock)
							.list(path, sub.newChild(1)).stream().filter(v -> at == null || !v.timestamp().isAfter(at))
							.findFirst();
					if (version.isPresent()) {
						having.add(place);
						chosen.add(version.get());
						connections.add(connection);
					}
				} catch (ConnectorException e) {
					throw failed(place, "cannot list the versions of " + path, e);
				}
			}
			if (having.isEmpty()) {
				throw new VersionsException(VersionsException.Kind.BAD_INPUT, "no version of " + path
						+ (at == null ? "" : " archived at or before " + at)
						+ (side == null || side == Side.ENDPOINT ? "" : " on the " + side.label() + " side")
						+ " (see 'karma versions list')", null);
			}
			if (having.size() > 1) {
				throw new VersionsException(VersionsException.Kind.BAD_INPUT, path
						+ " has versions on both sides; choose one with --side left or --side right", null);
			}
			Place place = having.get(0);
			FileVersion version = chosen.get(0);
			try {
				VersionArchive.Restored restored = new VersionArchive(connections.get(0), clock)
						.restore(version, destination, sub.newChild(2));
				return new Restored(place.side(), version, destination == null ? version.original() : destination,
						restored.archivedCurrent());
			} catch (ConnectorException e) {
				if (e.reason() == ConnectorException.Reason.WRONG_KIND) {
					throw new VersionsException(VersionsException.Kind.BAD_INPUT, e.getMessage(), e);
				}
				throw failed(place, "restoring " + version.path() + " failed", e);
			}
		} finally {
			for (Connection connection : open) {
				try {
					connection.close();
				} catch (Exception e) {
					// nothing left to do with it
				}
			}
		}
	}

	/**
	 * Restores exactly {@code version} (one of {@link #list}) on its side, to its place or to
	 * {@code destination}; like {@link #restore(List, RelPath, Instant, Side, RelPath, IProgressMonitor)}
	 * a file already there is archived first. The workbench restores the row the user chose with it.
	 */
	public Restored restore(Place place, FileVersion version, RelPath destination, IProgressMonitor monitor)
			throws VersionsException {
		Objects.requireNonNull(version, "version");
		checkPath(destination, "the destination");
		SubMonitor sub = SubMonitor.convert(monitor == null ? new NullProgressMonitor() : monitor, 3);
		try (Connection connection = connect(place, sub.newChild(1))) {
			VersionArchive archive = new VersionArchive(connection, clock);
			if (!archive.list(version.original(), sub.newChild(1)).contains(version)) {
				throw new VersionsException(VersionsException.Kind.BAD_INPUT, "the version " + version.path()
						+ " is no longer kept (pruned or restored elsewhere?); list the versions again", null);
			}
			VersionArchive.Restored restored = archive.restore(version, destination, sub.newChild(1));
			return new Restored(place.side(), version, destination == null ? version.original() : destination,
					restored.archivedCurrent());
		} catch (ConnectorException e) {
			if (e.reason() == ConnectorException.Reason.WRONG_KIND) {
				throw new VersionsException(VersionsException.Kind.BAD_INPUT, e.getMessage(), e);
			}
			throw failed(place, "restoring " + version.path() + " failed", e);
		}
	}

	/**
	 * Reads a file of an endpoint whole (the current file, or a version's stored file), for a
	 * comparison: empty when there is no file at {@code path}.
	 *
	 * @throws VersionsException FAILED when the file is larger than {@code maxBytes} or cannot be read
	 */
	public Optional<byte[]> read(Place place, RelPath path, long maxBytes, IProgressMonitor monitor)
			throws VersionsException {
		Objects.requireNonNull(path, "path");
		SubMonitor sub = SubMonitor.convert(monitor == null ? new NullProgressMonitor() : monitor, 3);
		try (Connection connection = connect(place, sub.newChild(1))) {
			Optional<org.karma.connector.api.Entry> entry = connection.stat(path, sub.newChild(1));
			if (entry.isEmpty() || !entry.get().isFile()) {
				return Optional.empty();
			}
			if (entry.get().size() > maxBytes) {
				throw new VersionsException(VersionsException.Kind.FAILED, path + " is too large to compare ("
						+ entry.get().size() + " bytes; at most " + maxBytes + ")", null);
			}
			try (java.io.InputStream in = connection.read(path, sub.newChild(1))) {
				byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
				if (bytes.length > maxBytes) {
					throw new VersionsException(VersionsException.Kind.FAILED, path + " grew too large to compare (more than "
							+ maxBytes + " bytes)", null);
				}
				return Optional.of(bytes);
			} catch (java.io.IOException e) {
				throw new VersionsException(VersionsException.Kind.FAILED, sideLabel(place) + "reading " + path + " failed: "
						+ e.getMessage(), e);
			}
		} catch (ConnectorException e) {
			if (e.reason() == ConnectorException.Reason.NOT_FOUND) {
				return Optional.empty();
			}
			throw failed(place, "cannot read " + path, e);
		}
	}

	/**
	 * A kept version that holds the content {@code path} had when it was last synced, if there is
	 * one: the base state records only metadata (size, modification time, a hash when the profile
	 * compares checksums, a version token), never the content. A version matches a side's base
	 * state by its hash when the base has one (MD5 or SHA-256, by length), otherwise by size and
	 * modification time within the endpoint's precision — the same test a sync uses to decide a
	 * file did not change (versions keep the file's modification time). Never guesses otherwise.
	 *
	 * @param base the path's base entry from the plan (null: never synced, so no base)
	 */
	public Optional<Listed> baseCopy(List<Place> places, RelPath path, org.karma.engine.BaseEntry base,
			IProgressMonitor monitor) throws VersionsException {
		Objects.requireNonNull(path, "path");
		if (base == null) {
			return Optional.empty();
		}
		SubMonitor sub = SubMonitor.convert(monitor == null ? new NullProgressMonitor() : monitor, places.size() * 2);
		for (Place place : places) {
			if (place.side() == Side.ENDPOINT) {
				sub.worked(2);
				continue;
			}
			org.karma.engine.FileState state = base.side(place.side() == Side.LEFT ? org.karma.engine.Side.LEFT
					: org.karma.engine.Side.RIGHT);
			if (state == null || !state.isFile()) {
				sub.worked(2);
				continue;
			}
			try (Connection connection = connect(place, sub.newChild(1))) {
				for (FileVersion version : new VersionArchive(connection, clock).list(path, sub.newChild(1))) {
					if (version.size() == state.size() && holdsBase(connection, version, state)) {
						return Optional.of(new Listed(place.side(), version));
					}
				}
			} catch (ConnectorException e) {
				throw failed(place, "cannot list the versions of " + path, e);
			}
		}
		return Optional.empty();
	}

	private static boolean holdsBase(Connection connection, FileVersion version, org.karma.engine.FileState state)
			throws ConnectorException {
		if (state.hash() != null) {
			String algorithm = switch (state.hash().length()) {
			case 32 -> "MD5";
			case 64 -> "SHA-256";
			default -> null;
			};
			if (algorithm == null) {
				return false;
			}
			try (java.io.InputStream in = connection.read(version.path(), null)) {
				java.security.MessageDigest digest = java.security.MessageDigest.getInstance(algorithm);
				byte[] buffer = new byte[65536];
				for (int n; (n = in.read(buffer)) > 0;) {
					digest.update(buffer, 0, n);
				}
				return java.util.HexFormat.of().formatHex(digest.digest()).equalsIgnoreCase(state.hash());
			} catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
				return false;
			}
		}
		Optional<org.karma.connector.api.Entry> stored = connection.stat(version.path(), null);
		if (stored.isEmpty() || stored.get().mtime() == null || state.mtime() == null) {
			return false;
		}
		Duration precision = connection.facts().mtimePrecision();
		return Duration.between(stored.get().mtime(), state.mtime()).abs().compareTo(precision) <= 0;
	}

	private static String sideLabel(Place place) {
		return place.side() == Side.ENDPOINT ? "" : place.side().label() + ": ";
	}

	/**
	 * Reads a {@code --at} time: an ISO-8601 instant or date-time with offset
	 * ({@code 2026-11-21T10:15:30Z}, {@code 2026-11-21T11:15:30+01:00}) or the form in version
	 * names ({@code 20261121-101530}, UTC, optionally {@code .SSS}). A time given to the second
	 * covers that whole second, so the time a list shows picks that version.
	 *
	 * @throws IllegalArgumentException with a one-line message naming the accepted forms
	 */
	public static Instant parseTime(String text) {
		String t = text == null ? "" : text.strip();
		try {
			if (STAMP.matcher(t).matches()) {
				Instant instant = LocalDateTime.parse(t, STAMP_FORMAT).toInstant(ZoneOffset.UTC);
				return t.contains(".") ? instant : instant.plus(Duration.ofMillis(999));
			}
			Instant instant = OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
			return t.contains(".") ? instant : instant.plus(Duration.ofMillis(999));
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("'" + text + "' is not a time; use an ISO-8601 instant such as"
					+ " 2026-11-21T10:15:30Z (or with an offset, +01:00) or the form in version names, 20261121-101530");
		} catch (DateTimeException e) {
			throw new IllegalArgumentException("'" + text + "' is not a valid time: " + e.getMessage());
		}
	}

	private static void checkPath(RelPath path, String what) throws VersionsException {
		if (path != null && (path.isRoot() || VersionArchive.isVersionsPath(path))) {
			throw new VersionsException(VersionsException.Kind.BAD_INPUT, what + " must be a file path outside "
					+ VersionArchive.DEFAULT_FOLDER_NAME + "/, not '" + path + "'", null);
		}
	}

	private Connection connect(Place place, IProgressMonitor monitor) throws VersionsException {
		String side = place.side() == Side.ENDPOINT ? "" : place.side().label() + ": ";
		EndpointUri uri;
		try {
			uri = EndpointUri.parse(place.endpoint().getUri());
		} catch (EndpointUri.InvalidUriException e) {
			throw new VersionsException(VersionsException.Kind.BAD_INPUT, side + e.getMessage(), e);
		}
		Optional<ConnectorFactory> factory = connectors.factory(uri.scheme());
		if (factory.isEmpty()) {
			throw new VersionsException(VersionsException.Kind.BAD_INPUT,
					side + "no connector for '" + uri.scheme() + "' in this build (see 'karma connectors')", null);
		}
		try {
			return factory.get().connect(EndpointSpecs.of(uri, place.endpoint(),
					secrets.forKey(factory.get().credentialKey(uri.withoutOptions()))), monitor);
		} catch (SecretsUnavailableException e) {
			throw new VersionsException(VersionsException.Kind.CANNOT_CONNECT, side + "cannot read the stored credentials for "
					+ uri.withoutOptions() + ": " + e.getMessage(), e);
		} catch (ConnectorException e) {
			if (e.reason() == ConnectorException.Reason.CANCELLED) {
				throw new VersionsException(VersionsException.Kind.FAILED, side + "cancelled", e);
			}
			throw new VersionsException(VersionsException.Kind.CANNOT_CONNECT,
					side + "cannot connect to " + uri.withoutOptions() + ": " + e.getMessage(), e);
		} catch (RuntimeException e) {
			throw new VersionsException(VersionsException.Kind.INTERNAL, side + "connecting to " + uri.withoutOptions()
					+ " failed: " + e, e);
		}
	}

	private static VersionsException failed(Place place, String what, ConnectorException e) {
		String side = place.side() == Side.ENDPOINT ? "" : place.side().label() + ": ";
		VersionsException.Kind kind = switch (e.reason()) {
		case AUTHENTICATION, TRANSIENT -> VersionsException.Kind.CANNOT_CONNECT;
		default -> VersionsException.Kind.FAILED;
		};
		return new VersionsException(kind, side + what + ": " + e.getMessage(), e);
	}
}
