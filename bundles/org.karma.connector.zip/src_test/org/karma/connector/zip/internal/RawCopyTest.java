package org.karma.connector.zip.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.X5455_ExtendedTimestamp;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.karma.connector.api.Capability;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectionSpec;
import org.karma.connector.api.RelPath;
import org.karma.connector.api.WriteOptions;

/** Unchanged entries are copied raw: their compressed bytes are the same after a rewrite. */
class RawCopyTest {

	private static final Instant NOW = Instant.parse("2026-03-04T05:06:07Z");

	@TempDir
	Path dir;

	@Test
	void unchangedEntriesKeepTheirCompressedBytes() throws Exception {
		Path zip = dir.resolve("a.zip");
		byte[] text = "All work and no play makes Jack a dull boy.\n".repeat(2000).getBytes(StandardCharsets.UTF_8);
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.setLevel(Deflater.BEST_COMPRESSION); // not our level: recompressing would change the bytes
			out.putNextEntry(new ZipEntry("keep/text.txt"));
			out.write(text);
			out.closeEntry();
			out.putNextEntry(new ZipEntry("renamed.txt"));
			out.write(text, 0, 5000);
			out.closeEntry();
			out.putNextEntry(new ZipEntry("changed.txt"));
			out.write("old".getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		byte[] keepRaw = raw(zip, "keep/text.txt");
		byte[] renamedRaw = raw(zip, "renamed.txt");
		ZipArchiveEntry keepBefore = entry(zip, "keep/text.txt");

		ZipConnectorFactory factory = new ZipConnectorFactory(Clock.fixed(NOW, ZoneOffset.UTC));
		try (Connection c = factory.connect(ConnectionSpec.of("zip:" + zip), null)) {
			c.write(RelPath.of("changed.txt"), new ByteArrayInputStream("new".getBytes(StandardCharsets.UTF_8)),
					WriteOptions.DEFAULT, null);
			c.mkdir(RelPath.of("moved"), null);
			c.capability(Capability.Rename.class).orElseThrow().rename(RelPath.of("renamed.txt"),
					RelPath.of("moved/there.txt"), false, null);
		}

		assertArrayEquals(keepRaw, raw(zip, "keep/text.txt"), "copied raw, not recompressed");
		ZipArchiveEntry keepAfter = entry(zip, "keep/text.txt");
		assertEquals(keepBefore.getCrc(), keepAfter.getCrc());
		assertEquals(keepBefore.getMethod(), keepAfter.getMethod());
		assertEquals(keepBefore.getTime(), keepAfter.getTime());
		assertArrayEquals(renamedRaw, raw(zip, "moved/there.txt"), "a rename copies the data raw as well");
		try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
			assertEquals(null, z.getEntry("renamed.txt"));
			ZipArchiveEntry changed = z.getEntry("changed.txt");
			try (InputStream in = z.getInputStream(changed)) {
				assertEquals("new", new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
			X5455_ExtendedTimestamp ts = (X5455_ExtendedTimestamp) changed.getExtraField(X5455_ExtendedTimestamp.HEADER_ID);
			assertNotNull(ts, "new entries carry the extended timestamp");
			assertEquals(NOW, ts.getModifyFileTime().toInstant());
			assertEquals(NOW.toEpochMilli(), changed.getTime());
		}
		try (java.util.zip.ZipFile jdk = new java.util.zip.ZipFile(zip.toFile())) {
			assertEquals("new", new String(jdk.getInputStream(jdk.getEntry("changed.txt")).readAllBytes(), StandardCharsets.UTF_8),
					"the JDK reads the rewritten archive");
			assertEquals(text.length, jdk.getInputStream(jdk.getEntry("keep/text.txt")).readAllBytes().length);
		}
		try (var files = Files.list(dir)) {
			assertEquals(1, files.count(), "no temporary file is left beside the archive");
		}
	}

	@Test
	void compressedTypesAreStored() throws Exception {
		Path zip = dir.resolve("b.zip");
		try (Connection c = new ZipConnectorFactory().connect(ConnectionSpec.of("zip:" + zip), null)) {
			byte[] data = new byte[10_000];
			c.write(RelPath.of("photo.JPG"), new ByteArrayInputStream(data), WriteOptions.DEFAULT, null);
			c.write(RelPath.of("text.txt"), new ByteArrayInputStream(data), WriteOptions.DEFAULT, null);
		}
		assertEquals(ZipEntry.STORED, entry(zip, "photo.JPG").getMethod());
		assertEquals(ZipEntry.DEFLATED, entry(zip, "text.txt").getMethod());
		assertTrue(ArchiveWriter.isCompressedType("x/a.tar.gz"));
		assertFalse(ArchiveWriter.isCompressedType("zip"));
	}

	private static byte[] raw(Path zip, String name) throws IOException {
		try (ZipFile z = ZipFile.builder().setPath(zip).get(); InputStream in = z.getRawInputStream(z.getEntry(name))) {
			return in.readAllBytes();
		}
	}

	private static ZipArchiveEntry entry(Path zip, String name) throws IOException {
		try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
			return z.getEntry(name);
		}
	}
}
