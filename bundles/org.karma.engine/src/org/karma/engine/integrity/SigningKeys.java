package org.karma.engine.integrity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Ed25519 keys for signing manifests, in the JDK's {@code java.security}, stored as PEM text
 * (PKCS#8 {@code PRIVATE KEY}, X.509 {@code PUBLIC KEY}) that OpenSSL reads as well.
 */
public final class SigningKeys {

	public static final String ALGORITHM = "Ed25519";

	private static final String PRIVATE = "PRIVATE KEY";
	private static final String PUBLIC = "PUBLIC KEY";

	private SigningKeys() {
	}

	public static KeyPair generate() {
		try {
			return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("this Java runtime has no Ed25519", e);
		}
	}

	/** {@code SHA256:} and the unpadded Base64 of the SHA-256 of the X.509 encoded key, as OpenSSH prints fingerprints. */
	public static String fingerprint(PublicKey key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
			return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	public static String privatePem(PrivateKey key) {
		return pem(PRIVATE, key.getEncoded());
	}

	public static String publicPem(PublicKey key) {
		return pem(PUBLIC, key.getEncoded());
	}

	/** @throws IllegalArgumentException with a message for people when the text is not an Ed25519 private key in PEM */
	public static PrivateKey readPrivate(String pem) {
		try {
			return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(unpem(PRIVATE, pem)));
		} catch (GeneralSecurityException e) {
			throw new IllegalArgumentException("not an Ed25519 private key: " + e.getMessage(), e);
		}
	}

	/** @throws IllegalArgumentException with a message for people when the text is not an Ed25519 public key in PEM */
	public static PublicKey readPublic(String pem) {
		return publicFromX509(unpem(PUBLIC, pem));
	}

	/** @throws IllegalArgumentException when the bytes are not an X.509 encoded Ed25519 public key */
	public static PublicKey publicFromX509(byte[] encoded) {
		try {
			return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(encoded));
		} catch (GeneralSecurityException e) {
			throw new IllegalArgumentException("not an Ed25519 public key: " + e.getMessage(), e);
		}
	}

	private static String pem(String type, byte[] der) {
		String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
		return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
	}

	private static byte[] unpem(String type, String pem) {
		String begin = "-----BEGIN " + type + "-----";
		String end = "-----END " + type + "-----";
		int b = pem.indexOf(begin);
		int e = pem.indexOf(end);
		if (b < 0 || e < b) {
			throw new IllegalArgumentException("no '" + begin + "' block");
		}
		try {
			return Base64.getMimeDecoder().decode(pem.substring(b + begin.length(), e).strip());
		} catch (IllegalArgumentException x) {
			throw new IllegalArgumentException("the '" + begin + "' block is not Base64: " + x.getMessage(), x);
		}
	}
}
