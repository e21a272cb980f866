package org.karma.connector.api;

/** Content hashes a connection may know without reading the content (see {@link ConnectionFacts#cheapHashes()}). */
public enum HashKind {
	MD5("MD5"), SHA1("SHA-1"), SHA256("SHA-256"),
	/** Dropbox's content_hash: SHA-256 over the SHA-256 of each 4 MiB block. */
	DROPBOX("dropbox-content-hash");

	private final String label;

	HashKind(String label) {
		this.label = label;
	}

	/** Name for users and manifests, e.g. {@code SHA-256}. */
	public String label() {
		return label;
	}
}
