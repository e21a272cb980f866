package org.karma.connector.zip.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.tck.FactoryFixture;
import org.karma.connector.zip.internal.ZipConnectorFactory;

/**
 * A conformance fixture: a fresh archive path in a new temporary folder (the archive itself does
 * not exist until the first commit), optionally rooted at a folder inside it. On close it checks
 * that no temporary file is left beside the archive, then deletes the folder.
 */
final class ZipFixture extends FactoryFixture {

	private final Path folder;

	private ZipFixture(Path folder, String location) throws ConnectorException {
		super(new ZipConnectorFactory(), ConnectionSpec.of(location));
		this.folder = folder;
	}

	/**
	 * @param inner the folder inside the archive to root at, or null for the whole archive (then
	 *              the archive is created by the connection's first commit)
	 */
	static ZipFixture create(String inner) throws Exception {
		Path folder = Files.createTempDirectory("karma-zip-tck");
		Path archive = folder.resolve("a.zip");
		if (inner != null) {
			Seed.archive(archive, inner);
		}
		return new ZipFixture(folder, "zip:" + archive + (inner == null ? "" : "!/" + inner));
	}

	Path folder() {
		return folder;
	}

	@Override
	protected void cleanUp() throws Exception {
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
