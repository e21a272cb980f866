package org.karma.connector.zip.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.TreeMap;

import org.karma.connector.api.Capability;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;
import org.karma.connector.zip.internal.ZipConnectorFactory;

/**
 * The child process of {@link ZipKillTest} (plain Java, no OSGi): commits to an archive in an
 * endless loop until it is killed. Commit {@code k} writes {@code big-(k mod 3).bin} (generated
 * content of commit {@code k}) and {@code commit.txt} = {@code k} in one batch, then prints
 * {@code COMMITTED k}. So the archive after commit {@code k} holds exactly {@link #expected(int, int)}.
 *
 * <p>Arguments: archive path, size of the big entries in MiB.
 */
public final class KillTestWriter {

	private KillTestWriter() {
	}

	public static void main(String[] args) throws Exception {
		Path archive = Path.of(args[0]);
		int mib = Integer.parseInt(args[1]);
		try (Connection c = new ZipConnectorFactory().connect(ConnectionSpec.of("zip:" + archive), null)) {
			int k = lastCommit(c);
			Capability.Batch batch = c.capability(Capability.Batch.class).orElseThrow();
			for (;;) {
				k++;
				batch.begin(null);
				c.write(RelPath.of(bigName(k)), new Content(size(mib), k), WriteOptions.DEFAULT.withSize(size(mib)), null);
				c.write(RelPath.of("commit.txt"), new java.io.ByteArrayInputStream(Integer.toString(k).getBytes(StandardCharsets.UTF_8)),
						WriteOptions.DEFAULT, null);
				batch.commit(null);
				System.out.println("COMMITTED " + k);
				System.out.flush();
			}
		}
	}

	static long size(int mib) {
		return (long) mib << 20;
	}

	static String bigName(int commit) {
		return "big-" + commit % 3 + ".bin";
	}

	/** The commit the archive holds, 0 for none. */
	static int lastCommit(Connection c) throws ConnectorException, IOException {
		if (c.stat(RelPath.of("commit.txt"), null).isEmpty()) {
			return 0;
		}
		try (InputStream in = c.read(RelPath.of("commit.txt"), null)) {
			return Integer.parseInt(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	/** Entry name to SHA-256 (hex) of the archive's content after commit {@code k}. */
	static Map<String, String> expected(int k, int mib) throws IOException {
		Map<String, String> files = new TreeMap<>();
		files.put("commit.txt", sha256(new java.io.ByteArrayInputStream(Integer.toString(k).getBytes(StandardCharsets.UTF_8))));
		for (int j = k; j > Math.max(0, k - 3); j--) {
			files.put(bigName(j), sha256(new Content(size(mib), j)));
		}
		return files;
	}

	static String sha256(InputStream in) throws IOException {
		try {
			MessageDigest d = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[1 << 16];
			for (int n; (n = in.read(buffer)) > 0;) {
				d.update(buffer, 0, n);
			}
			return java.util.HexFormat.of().formatHex(d.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Deterministic, poorly compressible content of one commit, generated as it is read. */
	static final class Content extends InputStream {
		private final long length;
		private final long seed;
		private long position;
		private long state;

		Content(long length, int commit) {
			this.length = length;
			this.seed = commit * 0x9E3779B97F4A7C15L + 1;
			this.state = seed;
		}

		@Override
		public int read() {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (position >= length) {
				return -1;
			}
			int n = (int) Math.min(len, length - position);
			for (int i = 0; i < n; i++) {
				state ^= state << 13;
				state ^= state >>> 7;
				state ^= state << 17;
				// half the bits random: deflate has work to do and the archive grows steadily
				b[off + i] = (byte) ((state & 0x0f) | 0x40);
			}
			position += n;
			return n;
		}
	}
}
