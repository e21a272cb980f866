package org.karma.connector.local.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

import org.karma.connector.api.CaseSensitivity;
import org.karma.connector.api.ConnectionFacts;
import org.karma.connector.api.NameRules;

/**
 * Finds out the facts of the file system holding the root, by trying: a probe folder
 * {@code .karma-probe-<random>} in the root, a file in it whose modification time is set with
 * nanoseconds and read back (precision), and looked up with its name's case changed (case
 * sensitivity). Everything probed is removed again, also when probing fails.
 *
 * <p>Where the root cannot be written (a read-only mount), the facts are guessed from the file
 * store's type and the operating system instead.
 */
final class FactsProbe {

	private static final String PROBE_FILE = "Karma-Case-Probe";

	/** What the probe found. */
	record Probed(Duration precision, CaseSensitivity caseSensitivity, boolean probed) {
	}

	private FactsProbe() {
	}

	static ConnectionFacts facts(Path root, int maxConcurrency) {
		Probed p = probe(root);
		return new ConnectionFacts(p.precision(), true, Set.of(), p.caseSensitivity(), nameRules(), true, true,
				maxConcurrency);
	}

	static NameRules nameRules() {
		return isWindows() ? NameRules.WINDOWS : NameRules.POSIX;
	}

	static Probed probe(Path root) {
		Path dir = root.resolve(TempNames.forProbe());
		try {
			Files.createDirectory(dir);
		} catch (IOException e) {
			return guess(root);
		}
		try {
			Path file = dir.resolve(PROBE_FILE);
			Files.createFile(file);
			BasicFileAttributeView view = Files.getFileAttributeView(file, BasicFileAttributeView.class,
					LinkOption.NOFOLLOW_LINKS);
			view.setTimes(FileTime.from(Precision.PROBE_TIME), null, null);
			Instant got = view.readAttributes().lastModifiedTime().toInstant();
			Duration precision = Precision.recognise(Precision.PROBE_TIME, got);
			CaseSensitivity cs;
			if (!Files.exists(dir.resolve(PROBE_FILE.toUpperCase(Locale.ROOT)), LinkOption.NOFOLLOW_LINKS)) {
				cs = CaseSensitivity.SENSITIVE;
			} else {
				cs = storedName(dir).equals(PROBE_FILE) ? CaseSensitivity.INSENSITIVE_PRESERVING
						: CaseSensitivity.INSENSITIVE;
			}
			return new Probed(precision, cs, true);
		} catch (IOException e) {
			return guess(root);
		} finally {
			deleteQuietly(dir.resolve(PROBE_FILE));
			deleteQuietly(dir);
		}
	}

	private static String storedName(Path dir) throws IOException {
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
			for (Path p : entries) {
				return p.getFileName().toString();
			}
		}
		return "";
	}

	/** Facts for a root that cannot be probed, from the file store's type. */
	static Probed guess(Path root) {
		String type = "";
		try {
			FileStore store = Files.getFileStore(root);
			type = store.type().toLowerCase(Locale.ROOT);
		} catch (IOException e) {
			// keep the defaults below
		}
		Duration precision = switch (type) {
		case "ext4", "xfs", "btrfs", "tmpfs", "zfs", "f2fs", "apfs", "overlay", "nfs4" -> Duration.ZERO;
		case "ntfs", "ntfs3", "fuseblk" -> Duration.ofNanos(100);
		case "exfat" -> Duration.ofMillis(10);
		case "vfat", "msdos", "fat", "fat32" -> Duration.ofSeconds(2);
		default -> Duration.ofSeconds(1);
		};
		CaseSensitivity cs = switch (type) {
		case "vfat", "msdos", "fat", "fat32", "exfat", "ntfs", "ntfs3", "fuseblk", "cifs", "smb3", "apfs", "hfs" ->
			CaseSensitivity.INSENSITIVE_PRESERVING;
		default -> isWindows() || isMac() ? CaseSensitivity.INSENSITIVE_PRESERVING : CaseSensitivity.SENSITIVE;
		};
		return new Probed(precision, cs, false);
	}

	private static void deleteQuietly(Path p) {
		try {
			Files.deleteIfExists(p);
		} catch (IOException e) {
			// a leftover probe is hidden from listings; nothing else to do
		}
	}

	private static boolean isWindows() {
		return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
	}

	private static boolean isMac() {
		return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac");
	}
}
