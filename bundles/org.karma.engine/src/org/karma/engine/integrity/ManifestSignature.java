package org.karma.engine.integrity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.karma.engine.json.Json;
import org.karma.engine.json.JsonParser;

/**
 * The signature file kept beside a manifest ({@code MANIFEST.sig}): an Ed25519 signature over the
 * manifest's exact bytes, the signer's public key and its fingerprint, and the SHA3-512 digest of
 * the same bytes. The digest alone proves the manifest unchanged; the signature also proves who
 * made it, once the verifier trusts the public key (never the copy inside this file).
 *
 * @param publicKey   the signer's public key (X.509, Base64)
 * @param fingerprint {@link SigningKeys#fingerprint} of that key
 * @param sha3_512    lower-case hex SHA3-512 of the manifest bytes
 * @param signature   Base64 Ed25519 signature of the manifest bytes
 */
public record ManifestSignature(String publicKey, String fingerprint, String sha3_512, String signature) {

	public static final String FORMAT = "karma-manifest-signature";
	public static final int FORMAT_VERSION = 1;
	/** The file name suffix of a signature file. */
	public static final String SUFFIX = ".sig";

	public ManifestSignature {
		Objects.requireNonNull(publicKey);
		Objects.requireNonNull(fingerprint);
		Objects.requireNonNull(sha3_512);
		Objects.requireNonNull(signature);
	}

	public static ManifestSignature sign(byte[] manifest, KeyPair keys) {
		try {
			Signature s = Signature.getInstance(SigningKeys.ALGORITHM);
			s.initSign(keys.getPrivate());
			s.update(manifest);
			byte[] signature = s.sign();
			return new ManifestSignature(Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()),
					SigningKeys.fingerprint(keys.getPublic()), sha3(manifest), Base64.getEncoder().encodeToString(signature));
		} catch (GeneralSecurityException e) {
			throw new IllegalArgumentException("cannot sign with this key: " + e.getMessage(), e);
		}
	}

	/** Lower-case hex SHA3-512 of the bytes. */
	public static String sha3(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA3-512").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("this Java runtime has no SHA3-512", e);
		}
	}

	/**
	 * Checks that these bytes are what the trusted key signed.
	 *
	 * @throws SignatureCheckException TAMPERED when the bytes changed, WRONG_KEY when another key signed
	 */
	public void verify(byte[] manifest, PublicKey trusted) throws SignatureCheckException {
		String trustedPrint = SigningKeys.fingerprint(trusted);
		if (!trustedPrint.equals(fingerprint)) {
			throw new SignatureCheckException(SignatureCheckException.Kind.WRONG_KEY,
					"the manifest was signed by the key " + fingerprint + ", not by the trusted key " + trustedPrint);
		}
		if (!MessageDigest.isEqual(sha3(manifest).getBytes(StandardCharsets.US_ASCII),
				sha3_512.getBytes(StandardCharsets.US_ASCII))) {
			throw new SignatureCheckException(SignatureCheckException.Kind.TAMPERED,
					"the manifest was changed after it was signed (its SHA3-512 digest differs from the signed one)");
		}
		boolean valid;
		try {
			Signature s = Signature.getInstance(SigningKeys.ALGORITHM);
			s.initVerify(trusted);
			s.update(manifest);
			valid = s.verify(Base64.getDecoder().decode(signature));
		} catch (GeneralSecurityException | IllegalArgumentException e) {
			throw new SignatureCheckException(SignatureCheckException.Kind.MALFORMED, "the signature cannot be checked: " + e.getMessage());
		}
		if (!valid) {
			throw new SignatureCheckException(SignatureCheckException.Kind.TAMPERED,
					"the signature does not match the manifest: the manifest or its signature file was changed after signing");
		}
	}

	/** The signature file's text. */
	public byte[] toJson() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("format", FORMAT);
		map.put("formatVersion", FORMAT_VERSION);
		map.put("algorithm", SigningKeys.ALGORITHM);
		map.put("publicKey", publicKey);
		map.put("keyFingerprint", fingerprint);
		map.put("sha3-512", sha3_512);
		map.put("signature", signature);
		return (Json.pretty(map) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	/** @throws SignatureCheckException MALFORMED when the text is not a signature file this KARMA reads */
	public static ManifestSignature read(byte[] bytes) throws SignatureCheckException {
		Object parsed;
		try {
			parsed = JsonParser.parse(new String(bytes, StandardCharsets.UTF_8));
		} catch (JsonParser.JsonSyntaxException e) {
			throw malformed("not valid JSON: " + e.getMessage());
		}
		if (!(parsed instanceof Map<?, ?> map) || !FORMAT.equals(map.get("format"))) {
			throw malformed("not a KARMA manifest signature (\"format\" is not \"" + FORMAT + "\")");
		}
		if (!Long.valueOf(FORMAT_VERSION).equals(map.get("formatVersion"))) {
			throw malformed("signature format version " + map.get("formatVersion") + " is not supported (this KARMA reads "
					+ FORMAT_VERSION + ")");
		}
		if (!SigningKeys.ALGORITHM.equals(map.get("algorithm"))) {
			throw malformed("unsupported signature algorithm " + Json.write(map.get("algorithm")) + " (only Ed25519)");
		}
		String[] values = new String[4];
		String[] names = { "publicKey", "keyFingerprint", "sha3-512", "signature" };
		for (int i = 0; i < names.length; i++) {
			if (!(map.get(names[i]) instanceof String s)) {
				throw malformed("\"" + names[i] + "\" is missing or not a string");
			}
			values[i] = s;
		}
		return new ManifestSignature(values[0], values[1], values[2], values[3]);
	}

	private static SignatureCheckException malformed(String message) {
		return new SignatureCheckException(SignatureCheckException.Kind.MALFORMED, "unreadable signature file: " + message);
	}
}
