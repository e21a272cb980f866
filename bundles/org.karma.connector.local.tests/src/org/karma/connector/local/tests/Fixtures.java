package org.karma.connector.local.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.Entry;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.local.internal.LocalConnection;
import org.karma.connector.local.internal.LocalConnectorFactory;

/** Shared helpers: temporary roots, connections, small writes, raw listings. */
final class Fixtures {

	private Fixtures() {
	}

	/** A step that may throw. */
	@FunctionalInterface
	interface Action {
		void run() throws Exception;
	}

	static Path newRoot(String prefix) throws IOException {
		return Files.createTempDirectory("karma-local-" + prefix).toRealPath();
	}

	static LocalConnection connect(Path root) throws ConnectorException {
		return connect(root, Map.of());
	}

	static LocalConnection connect(Path root, Map<String, String> options) throws ConnectorException {
		return new LocalConnectorFactory().connect(new ConnectionSpec(root.toString(), options, ConnectionSpec.Secrets.NONE),
				new NullProgressMonitor());
	}

	static Entry write(LocalConnection c, String path, String content) throws ConnectorException {
		byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
		return c.write(RelPath.of(path), new ByteArrayInputStream(bytes),
				WriteOptions.DEFAULT.withSize(bytes.length).withCreateParents(true), new NullProgressMonitor());
	}

	/** Every name in a folder, hidden temporary files included (straight from the file system). */
	static List<String> rawNames(Path dir) throws IOException {
		try (Stream<Path> s = Files.list(dir)) {
			return s.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	static void deleteTree(Path root) throws IOException {
		if (root == null || !Files.exists(root)) {
			return;
		}
		try (Stream<Path> all = Files.walk(root)) {
			for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}
}
