package org.karma.core.schedule;

import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.karma.connector.api.Capability;
import org.karma.connector.api.Capability.ChangeFeed.ChangeListener;
import org.karma.connector.api.Capability.ChangeFeed.Subscription;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorFactory;
import org.karma.connector.api.RelPath;
import org.karma.core.connectors.ConnectorRegistry;
import org.karma.core.connectors.EndpointSpecs;
import org.karma.core.credentials.SecretSource;
import org.karma.core.credentials.SecretsUnavailableException;
import org.karma.model.EndpointUri;
import org.karma.model.profile.Endpoint;
import org.karma.model.profile.SyncProfile;

/**
 * The change feeds of endpoints through their connectors: a connection of its own per watched
 * endpoint, kept open while the subscription runs, with the endpoint's
 * {@link Capability.ChangeFeed} on its root (local folders: a recursive watch; FTP: its polling
 * feed, at the endpoint's {@code poll_interval}).
 */
public final class ConnectorFeeds implements Scheduler.Feeds {

	private final ConnectorRegistry connectors;
	private final SecretSource secrets;

	public ConnectorFeeds(ConnectorRegistry connectors, SecretSource secrets) {
		this.connectors = connectors;
		this.secrets = secrets;
	}

	@Override
	public Optional<Subscription> subscribe(SyncProfile profile, Endpoint endpoint, ChangeListener listener)
			throws ConnectorException {
		EndpointUri uri;
		try {
			uri = EndpointUri.parse(endpoint.getUri());
		} catch (EndpointUri.InvalidUriException e) {
			throw new ConnectorException(ConnectorException.Reason.FATAL, null, e.getMessage(), e);
		}
		Optional<ConnectorFactory> factory = connectors.factory(uri.scheme());
		if (factory.isEmpty()) {
			return Optional.empty();
		}
		Connection connection;
		try {
			connection = factory.get().connect(EndpointSpecs.of(uri, endpoint,
					secrets.forKey(factory.get().credentialKey(uri.withoutOptions()))), new NullProgressMonitor());
		} catch (SecretsUnavailableException e) {
			throw new ConnectorException(ConnectorException.Reason.FATAL, null, e.getMessage(), e);
		}
		try {
			Optional<Capability.ChangeFeed> feed = connection.capability(Capability.ChangeFeed.class);
			if (feed.isEmpty()) {
				connection.close();
				return Optional.empty();
			}
			Subscription watch = feed.get().watch(RelPath.ROOT, listener, new NullProgressMonitor());
			return Optional.of(() -> {
				try {
					watch.close();
				} finally {
					closeQuietly(connection);
				}
			});
		} catch (ConnectorException | RuntimeException e) {
			closeQuietly(connection);
			if (e instanceof ConnectorException c && c.reason() == ConnectorException.Reason.UNSUPPORTED) {
				return Optional.empty();
			}
			throw e;
		}
	}

	private static void closeQuietly(Connection connection) {
		try {
			connection.close();
		} catch (Exception e) {
			// nothing to lose when a watch connection closes badly
		}
	}
}
