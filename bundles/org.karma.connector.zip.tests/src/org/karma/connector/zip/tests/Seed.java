package org.karma.connector.zip.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.zip.internal.ZipConnectorFactory;

/** Test archives made through the connector. */
final class Seed {

	/** Content of {@code outside.txt}, next to the inner root, which no test may touch. */
	static final String OUTSIDE = "beside the inner root";

	private Seed() {
	}

	/** An archive with an empty folder {@code inner} and a file {@code outside.txt} next to it. */
	static void archive(Path archive, String inner) throws ConnectorException {
		try (Connection c = new ZipConnectorFactory().connect(ConnectionSpec.of("zip:" + archive), null)) {
			c.mkdir(RelPath.of(inner), null);
			write(c, "outside.txt", OUTSIDE);
		}
	}

	static void write(Connection c, String path, String content) throws ConnectorException {
		c.write(RelPath.of(path), stream(content), WriteOptions.DEFAULT.withCreateParents(true), null);
	}

	static org.karma.connector.api.Entry writeEntry(Connection c, String path, String content) throws ConnectorException {
		return c.write(RelPath.of(path), stream(content), WriteOptions.DEFAULT.withCreateParents(true), null);
	}

	static InputStream stream(String content) {
		return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
	}

	static String read(Connection c, String path) throws ConnectorException, IOException {
		try (InputStream in = c.read(RelPath.of(path), null)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
