package org.karma.connector.s3.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadJournalTest {

	@TempDir
	Path folder;

	private static UploadJournal.State state() {
		UploadJournal.Identity identity = new UploadJournal.Identity(12L << 20, "ab".repeat(32), 5 << 20,
				UploadJournal.metadataText(Map.of("mtime", "1.5", "karma-write", "x"), "karma-write"));
		return new UploadJournal.State("bucket", "docs/ä b=c.bin", "upload-1", identity, "token", new TreeMap<>())
				.with(new UploadJournal.Part(2, "\"e2\"", 5 << 20)).with(new UploadJournal.Part(1, "\"e1\"", 5 << 20));
	}

	private List<Path> files() throws Exception {
		try (Stream<Path> all = Files.list(folder)) {
			return all.toList();
		}
	}

	@Test
	void roundTripWithoutTemporaryFilesLeft() throws Exception {
		UploadJournal journal = new UploadJournal(folder.resolve("s3-uploads"), "http://127.0.0.1:9000");
		assertTrue(journal.save(state()));
		assertEquals(Optional.of(state()), journal.load("bucket", "docs/ä b=c.bin"));
		assertEquals("mtime=1.5;", state().identity().metadata());
		try (Stream<Path> all = Files.list(folder.resolve("s3-uploads"))) {
			assertEquals(1, all.count(), "only the journal, no temporary file");
		}
		journal.delete("bucket", "docs/ä b=c.bin");
		assertEquals(Optional.empty(), journal.load("bucket", "docs/ä b=c.bin"));
	}

	@Test
	void anotherEndpointOrKeyHasItsOwnJournal() {
		UploadJournal journal = new UploadJournal(folder, "http://127.0.0.1:9000");
		journal.save(state());
		assertEquals(Optional.empty(), new UploadJournal(folder, "aws:eu-central-1").load("bucket", "docs/ä b=c.bin"));
		assertEquals(Optional.empty(), journal.load("bucket", "docs/other.bin"));
	}

	@Test
	void anUnreadableJournalIsNone() throws Exception {
		UploadJournal journal = new UploadJournal(folder, "e");
		Files.writeString(journal.file("bucket", "k"), "bucket=bucket\nkey=k\nsize=twelve\n");
		assertEquals(Optional.empty(), journal.load("bucket", "k"));
	}

	@Test
	void aSecondWriteOfTheSameObjectInThisProcessGetsAnInertHandle() throws Exception {
		UploadJournal journal = new UploadJournal(folder, "e");
		journal.save(state());
		try (UploadJournal.Handle first = journal.open("bucket", "docs/ä b=c.bin");
				UploadJournal.Handle second = journal.open("bucket", "docs/ä b=c.bin")) {
			assertTrue(first.load().isPresent());
			assertFalse(second.load().isPresent());
			second.delete();
			assertEquals(1, files().size(), "the inert handle deleted nothing");
		}
		try (UploadJournal.Handle again = journal.open("bucket", "docs/ä b=c.bin")) {
			assertTrue(again.load().isPresent(), "released when the first write ended");
		}
	}

	@Test
	void journalsUntouchedForAWeekOfThisEndpointAndBucketAreStale() throws Exception {
		UploadJournal journal = new UploadJournal(folder, "e");
		journal.save(state());
		assertEquals(List.of(), journal.stale("bucket", Duration.ofDays(7)), "written just now");
		Files.setLastModifiedTime(journal.file("bucket", "docs/ä b=c.bin"),
				FileTime.from(Instant.now().minus(Duration.ofDays(8))));
		assertEquals(List.of(state()), journal.stale("bucket", Duration.ofDays(7)));
		assertEquals(List.of(), journal.stale("other-bucket", Duration.ofDays(7)));
		assertEquals(List.of(), new UploadJournal(folder, "other endpoint").stale("bucket", Duration.ofDays(7)));
		try (UploadJournal.Handle writing = journal.open("bucket", "docs/ä b=c.bin")) {
			assertEquals(List.of(), journal.stale("bucket", Duration.ofDays(7)), "in use by a write");
		}
		assertEquals(List.of(), new UploadJournal(folder.resolve("none"), "e").stale("bucket", Duration.ofDays(7)));
	}
}
