package org.karma.connector.s3.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.s3.internal.S3ConnectorFactory;
import org.karma.connector.tck.FactoryFixture;

/** A connection to a fresh prefix of the test bucket on a running S3Proxy. */
final class S3Fixture extends FactoryFixture {

	static final String BUCKET = "karma-test";
	/** Upload journals of the tests (never the user's KARMA home). */
	static final Path JOURNALS;
	private static final AtomicInteger NEXT = new AtomicInteger();

	static {
		try {
			JOURNALS = Files.createTempDirectory("karma-s3-journals");
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private S3Fixture(S3ConnectorFactory factory, ConnectionSpec spec) throws ConnectorException {
		super(factory, spec);
	}

	/** A factory keeping its upload journals in this folder, with a 100 ms first retry step. */
	static S3ConnectorFactory factory(Path journals) {
		return new S3ConnectorFactory(Duration.ofSeconds(60), Duration.ofMillis(100), journals);
	}

	/** Options of the test server (bucket created on first use); more options may be added. */
	static Map<String, String> options(S3ProxyServer server) {
		Map<String, String> options = new HashMap<>();
		options.put("endpoint", server.endpoint());
		options.put("path_style", "true");
		options.put("region", "us-east-1");
		options.put("create_bucket", "true");
		return options;
	}

	static ConnectionSpec.Secrets secrets() {
		return key -> key.equals("secret_key") ? Optional.of(S3ProxyServer.CREDENTIAL.toCharArray()) : Optional.empty();
	}

	static String location(String path) {
		return "s3://" + S3ProxyServer.IDENTITY + "@" + BUCKET + "/" + path;
	}

	/** A fresh prefix. */
	static S3Fixture create(S3ProxyServer server, Map<String, String> extra) throws ConnectorException {
		return create(server, "t" + NEXT.incrementAndGet(), extra, factory(JOURNALS));
	}

	/** This prefix (another connection to it sees what an earlier one left), through this factory. */
	static S3Fixture create(S3ProxyServer server, String prefix, Map<String, String> extra, S3ConnectorFactory factory)
			throws ConnectorException {
		Map<String, String> options = options(server);
		options.putAll(extra);
		return new S3Fixture(factory, new ConnectionSpec(location(prefix), options, secrets()));
	}

	/** A prefix no other fixture uses. */
	static String freshPrefix() {
		return "t" + NEXT.incrementAndGet();
	}
}
