package org.karma.core.credentials;

import java.nio.file.Path;

import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorFactory;
import org.karma.core.KarmaHome;
import org.karma.core.connectors.ConnectorRegistry;
import org.karma.model.EndpointUri;

/** Where credentials live and which key a location's secrets are stored under. */
public final class Credentials {

	/** The secret name {@code karma credentials set} stores when no {@code --secret} is given. */
	public static final String DEFAULT_SECRET = "password";

	private Credentials() {
	}

	/** The secure storage file of a KARMA home: {@code $KARMA_HOME/secrets/secure_storage}. */
	public static Path storeFile(KarmaHome home) {
		return home.root().resolve("secrets").resolve("secure_storage");
	}

	/**
	 * The credential key of a location: what its connector's
	 * {@link ConnectorFactory#credentialKey(String)} makes of it (one key per server account, so
	 * {@code ftp://ann@host:2121/some/dir} is stored under {@code ftp://ann@host:2121}).
	 *
	 * @throws IllegalArgumentException when no installed connector handles the URI's scheme (the
	 *                                  message lists the schemes that are installed)
	 * @throws ConnectorException       when the connector finds the location malformed
	 */
	public static String key(ConnectorRegistry connectors, EndpointUri uri) throws ConnectorException {
		ConnectorFactory factory = connectors.factory(uri.scheme()).orElseThrow(() -> new IllegalArgumentException(
				"no connector for '" + uri.scheme() + "' in this build; known schemes: "
						+ String.join(", ", new java.util.TreeSet<>(connectors.schemes()))));
		return factory.credentialKey(uri.withoutOptions());
	}
}
