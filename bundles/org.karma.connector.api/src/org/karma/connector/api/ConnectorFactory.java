package org.karma.connector.api;

import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Connects to endpoints of one or more URI schemes. Registered as an OSGi service (declarative
 * services) and collected by the registry in {@code org.karma.core}; plain tests may hand a
 * factory to the registry directly.
 */
public interface ConnectorFactory {

	/** The URI schemes served, e.g. {@code file}; {@code ftp} and {@code ftps}. */
	Set<String> schemes();

	/** Name for users, e.g. "Local folder". */
	String displayName();

	/** The options this connector accepts (also those riding on URIs as query parameters). */
	List<ConnectorOption> options();

	/**
	 * The key secrets for this location are stored under (secure storage, {@code karma credentials}).
	 * The default is the location itself; connectors of servers answer with the account, e.g.
	 * {@code sftp://ann@host:2222}, so every folder of one account shares one password.
	 *
	 * @param location a location of one of {@link #schemes()}, canonical and without options
	 * @throws ConnectorException FATAL when the location is malformed for this scheme
	 */
	default String credentialKey(String location) throws ConnectorException {
		return location;
	}

	/**
	 * Opens a connection rooted at the spec's location. The root folder must exist unless the
	 * connector can create it (then it does so only when an option asks for it).
	 *
	 * @throws ConnectorException NOT_FOUND (root missing), WRONG_KIND (root is a file),
	 *                            AUTHENTICATION, PERMISSION_DENIED, TRANSIENT (server unreachable),
	 *                            FATAL (bad location for this scheme)
	 */
	Connection connect(ConnectionSpec spec, IProgressMonitor monitor) throws ConnectorException;
}
