package org.karma.connector.ftp.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Checks the server's certificate for FTPS: against a CA bundle (PEM or DER certificates in one
 * file, option {@code ca_file}) or by trust on first use: the SHA-256 fingerprint of the server's
 * certificate is stored per {@code host:port} in the known-certificates file
 * ({@code $KARMA_HOME/state/known-certs}) the first time, and a different certificate later is
 * refused with both fingerprints in the message.
 */
final class CertificateTrust {

	private CertificateTrust() {
	}

	/** A refusal whose message is meant for users. */
	static final class Refused extends CertificateException {
		private static final long serialVersionUID = 1L;

		Refused(String message) {
			super(message);
		}
	}

	static TrustManager caBundle(Path file) throws IOException, GeneralSecurityException {
		KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
		store.load(null, null);
		try (InputStream in = Files.newInputStream(file)) {
			int i = 0;
			for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
				store.setCertificateEntry("ca" + i++, certificate);
			}
			if (i == 0) {
				throw new IOException("no certificate in " + file);
			}
		}
		TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		factory.init(store);
		for (TrustManager manager : factory.getTrustManagers()) {
			if (manager instanceof X509TrustManager) {
				return manager;
			}
		}
		throw new GeneralSecurityException("no X.509 trust manager");
	}

	static String fingerprint(X509Certificate certificate) throws CertificateException {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
			StringBuilder text = new StringBuilder("SHA256:");
			String hex = HexFormat.of().withUpperCase().formatHex(digest);
			for (int i = 0; i < hex.length(); i += 2) {
				text.append(i == 0 ? "" : ":").append(hex, i, i + 2);
			}
			return text.toString();
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new CertificateException(e);
		}
	}

	/** Trust on first use, remembered in {@code knownCerts}. */
	static X509TrustManager onFirstUse(Path knownCerts, String hostAndPort, boolean acceptNew) {
		return new X509TrustManager() {
			@Override
			public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
				if (chain == null || chain.length == 0) {
					throw new Refused("the server " + hostAndPort + " sent no certificate");
				}
				String seen = fingerprint(chain[0]);
				synchronized (CertificateTrust.class) {
					String known = lookup(knownCerts, hostAndPort);
					if (known == null) {
						if (!acceptNew) {
							throw new Refused("unknown certificate of " + hostAndPort + " (" + seen
									+ "); trust_on_first_use is off: add it to " + knownCerts + " or give ca_file");
						}
						remember(knownCerts, hostAndPort, seen);
					} else if (!known.equals(seen)) {
						throw new Refused("the certificate of " + hostAndPort + " changed: it is now " + seen + ", known was "
								+ known + " (" + knownCerts + "); refused");
					}
				}
			}

			@Override
			public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
				throw new CertificateException("not a server");
			}

			@Override
			public X509Certificate[] getAcceptedIssuers() {
				return new X509Certificate[0];
			}
		};
	}

	/** The fingerprint stored for a host:port, or null. Lines: {@code host:port fingerprint}. */
	static String lookup(Path knownCerts, String hostAndPort) throws CertificateException {
		if (!Files.isRegularFile(knownCerts)) {
			return null;
		}
		try {
			for (String line : Files.readAllLines(knownCerts, StandardCharsets.UTF_8)) {
				String[] parts = line.trim().split("\\s+");
				if (parts.length == 2 && parts[0].equals(hostAndPort)) {
					return parts[1];
				}
			}
			return null;
		} catch (IOException e) {
			throw new Refused("cannot read " + knownCerts + ": " + e.getMessage());
		}
	}

	private static void remember(Path knownCerts, String hostAndPort, String fingerprint) throws CertificateException {
		try {
			Files.createDirectories(knownCerts.toAbsolutePath().getParent());
			List<String> lines = new ArrayList<>(
					Files.isRegularFile(knownCerts) ? Files.readAllLines(knownCerts, StandardCharsets.UTF_8) : List.of());
			lines.add(hostAndPort + " " + fingerprint);
			Path tmp = knownCerts.resolveSibling(knownCerts.getFileName() + ".tmp");
			Files.write(tmp, lines, StandardCharsets.UTF_8);
			Files.move(tmp, knownCerts, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new Refused("cannot store the certificate of " + hostAndPort + " in " + knownCerts + ": " + e.getMessage());
		}
	}
}
