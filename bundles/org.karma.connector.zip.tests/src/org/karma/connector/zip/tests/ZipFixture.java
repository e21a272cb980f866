package org.karma.connector.zip.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.tck.ConnectorFixture;
import org.karma.connector.zip.internal.ZipConnectorFactory;

/**
 * A conformance fixture: a fresh archive path in a new temporary folder (the archive itself does
 * not exist until the first commit), optionally rooted at a folder inside it. On close it checks
 * that no temporary file is left beside the archive, then deletes the folder.
 */
final class ZipFixture implements ConnectorFixture {

	private final ZipConnectorFactory factory = new ZipConnectorFactory();
	private final Path folder;
	private final String location;
	private final Connection connection;
	private final List<Connection> others = new ArrayList<>();

	/**
	 * @param inner the folder inside the archive to root at, or null for the whole archive (then
	 *              the archive is created by the connection's first commit)
	 */
	ZipFixture(String inner) throws Exception {
		folder = Files.createTempDirectory("karma-zip-tck");
		Path archive = folder.resolve("a.zip");
		if (inner != null) {
			Seed.archive(archive, inner);
		}
		location = "zip:" + archive + (inner == null ? "" : "!/" + inner);
		connection = factory.connect(ConnectionSpec.of(location), null);
	}

	Path folder() {
		return folder;
	}

	@Override
	public Connection connection() {
		return connection;
	}

	@Override
	public Connection openAnother() throws ConnectorException {
		Connection other = factory.connect(ConnectionSpec.of(location), null);
		others.add(other);
		return other;
	}

	@Override
	public void close() throws Exception {
		for (Connection other : others) {
			other.close();
		}
		connection.close();
		try (Stream<Path> files = Files.list(folder)) {
			assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("a.zip")).toList(),
					"temporary files left beside the archive after close");
		}
		deleteTree(folder);
	}

	static void deleteTree(Path root) throws IOException {
		try (Stream<Path> all = Files.walk(root)) {
			for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}
}
