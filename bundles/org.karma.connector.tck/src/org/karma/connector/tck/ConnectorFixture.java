package org.karma.connector.tck;

import java.nio.file.Path;

import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.RelPath;

/**
 * What a connector's conformance test supplies: a connection rooted at a fresh, empty endpoint
 * (a temporary folder, a new bucket prefix, …) for one test, and a few hooks the kit uses where
 * the connector's world allows them.
 */
public interface ConnectorFixture extends AutoCloseable {

	/** The connection under test, rooted at an empty endpoint. */
	Connection connection();

	/** A second, independent connection to the same root (for races between two clients). */
	Connection openAnother() throws ConnectorException;

	/**
	 * Makes a path unreadable and unwritable for the connection (e.g. chmod 000), so that the kit
	 * can check that PERMISSION_DENIED is reported. Return false when this cannot be arranged (the
	 * test is then skipped, e.g. when running as root).
	 */
	default boolean makeInaccessible(RelPath path) throws Exception {
		return false;
	}

	/**
	 * Creates a symbolic link at {@code link} (inside the root) pointing to {@code outside}, a
	 * folder outside the root. Return false when the endpoint has no links (the path-safety tests
	 * through links are then skipped).
	 */
	default boolean linkOutsideRoot(RelPath link, Path outside) throws Exception {
		return false;
	}

	/** Closes the connections and removes everything the test left. */
	@Override
	void close() throws Exception;
}
