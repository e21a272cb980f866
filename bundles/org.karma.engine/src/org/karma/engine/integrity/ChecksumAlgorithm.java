package org.karma.engine.integrity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;

/** The checksums a manifest may hold for each file. */
public enum ChecksumAlgorithm {
	SHA256("sha256", "SHA-256"), MD5("md5", "MD5");

	private final String key;
	private final String jdkName;

	ChecksumAlgorithm(String key, String jdkName) {
		this.key = key;
		this.jdkName = jdkName;
	}

	/** The name in manifests and on the command line: {@code sha256}, {@code md5}. */
	public String key() {
		return key;
	}

	/** A fresh digest (the JDK's, with its CPU intrinsics where the machine has them). */
	public MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance(jdkName);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(jdkName + " is missing from this Java runtime", e);
		}
	}

	public static Optional<ChecksumAlgorithm> byKey(String key) {
		String k = key.strip().toLowerCase(Locale.ROOT);
		for (ChecksumAlgorithm a : values()) {
			if (a.key.equals(k)) {
				return Optional.of(a);
			}
		}
		return Optional.empty();
	}
}
