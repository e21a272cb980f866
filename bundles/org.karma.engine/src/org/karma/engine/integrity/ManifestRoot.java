package org.karma.engine.integrity;

import java.util.Objects;

/**
 * One tree of a manifest.
 *
 * @param uri    the endpoint as the user gave it, options included but never a secret
 * @param files  files listed with checksums
 * @param bytes  their total size
 * @param errors files or folders that could not be read
 */
public record ManifestRoot(String uri, long files, long bytes, long errors) {

	public ManifestRoot {
		Objects.requireNonNull(uri, "uri");
	}
}
