package org.karma.engine.integrity;

import java.util.Objects;

import org.karma.connector.api.RelPath;

/**
 * A file or folder that could not be read while the manifest was made; the run went on without it.
 *
 * @param root    index into the manifest's roots
 * @param path    path below that root (the root itself for a root that could not be listed)
 * @param reason  the connector's reason ({@code ACCESS_DENIED}, {@code IO}, ...) or {@code CHANGED}
 *                for a file that changed while it was read
 * @param message what went wrong, for people
 */
public record ManifestError(int root, RelPath path, String reason, String message) {

	public ManifestError {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(message, "message");
	}
}
