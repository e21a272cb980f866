package org.karma.engine;

import java.util.Objects;

import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.RelPath;

/**
 * A path the scan could not read (a folder it could not list, a file it could not hash). What lies
 * below an unreadable folder is unknown, never "deleted".
 *
 * @param reason  the connector's reason
 * @param message one line for users
 */
public record ScanProblem(RelPath path, ConnectorException.Reason reason, String message) {

	public ScanProblem {
		Objects.requireNonNull(path);
		Objects.requireNonNull(reason);
		message = message == null ? "" : message;
	}

	static ScanProblem of(RelPath path, ConnectorException e) {
		return new ScanProblem(path, e.reason(), e.getMessage());
	}
}
