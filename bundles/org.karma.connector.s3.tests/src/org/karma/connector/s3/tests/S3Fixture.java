package org.karma.connector.s3.tests;

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
	private static final AtomicInteger NEXT = new AtomicInteger();

	private S3Fixture(ConnectionSpec spec) throws ConnectorException {
		super(new S3ConnectorFactory(), spec);
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

	static S3Fixture create(S3ProxyServer server, Map<String, String> extra) throws ConnectorException {
		Map<String, String> options = options(server);
		options.putAll(extra);
		return new S3Fixture(new ConnectionSpec(location("t" + NEXT.incrementAndGet()), options, secrets()));
	}
}
