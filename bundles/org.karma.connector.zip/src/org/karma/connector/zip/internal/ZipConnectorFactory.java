package org.karma.connector.zip.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.ConnectorFactory;
import org.karma.connector.api.ConnectorOption;

/**
 * The ZIP archive connector: scheme {@code zip}, locations {@code zip:/abs/path/a.zip} and
 * {@code zip:/abs/path/a.zip!/inner/folder}; see {@link ZipConnection} for the behaviour and
 * {@code docs/connectors/zip.md} for users. Registered as a declarative services component
 * ({@code OSGI-INF/org.karma.connector.zip.xml}).
 */
public final class ZipConnectorFactory implements ConnectorFactory {

	/** Deflate level for new and changed entries. */
	public static final ConnectorOption COMPRESSION_LEVEL = ConnectorOption.integer("compression_level", "6",
			"Deflate level 0-9 for new and changed entries (0 stores them uncompressed; 9 is smallest and slowest).");

	private final Clock clock;

	public ZipConnectorFactory() {
		this(Clock.systemUTC());
	}

	/** A factory whose connections take "now" from this clock (tests). */
	public ZipConnectorFactory(Clock clock) {
		this.clock = clock;
	}

	@Override
	public Set<String> schemes() {
		return Set.of(ZipLocation.SCHEME);
	}

	@Override
	public String displayName() {
		return "ZIP archive";
	}

	@Override
	public List<ConnectorOption> options() {
		return List.of(COMPRESSION_LEVEL);
	}

	@Override
	public Connection connect(ConnectionSpec spec, IProgressMonitor monitor) throws ConnectorException {
		ZipLocation location = ZipLocation.parse(spec.location());
		return ZipConnection.open(location, compressionLevel(spec), clock, monitor);
	}

	static int compressionLevel(ConnectionSpec spec) throws ConnectorException {
		String text = spec.option(COMPRESSION_LEVEL);
		int level;
		try {
			level = Integer.parseInt(text.trim());
		} catch (NumberFormatException e) {
			level = -1;
		}
		if (level < 0 || level > 9) {
			throw new ConnectorException(Reason.FATAL, null,
					"compression_level must be a whole number from 0 to 9, not '" + text + "'");
		}
		return level;
	}
}
