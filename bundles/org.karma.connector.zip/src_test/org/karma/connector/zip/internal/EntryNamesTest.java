package org.karma.connector.zip.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.ConnectorException.Reason;
import org.karma.connector.api.RelPath;

class EntryNamesTest {

	@Test
	void unsafeNamesAreRecognized() {
		Map<String, String> bad = Map.ofEntries(Map.entry("../evil.txt", "'..' segment"),
				Map.entry("a/../../evil.txt", "'..' segment"), Map.entry("a/..", "'..' segment"),
				Map.entry("../", "'..' segment"), Map.entry("/etc/passwd", "absolute path"),
				Map.entry("/", "absolute path"), Map.entry("a\\..\\evil.txt", "backslash"),
				Map.entry("dir\\file", "backslash"), Map.entry("C:/Windows/evil.dll", "drive letter"),
				Map.entry("c:evil", "drive letter"), Map.entry("a\0b", "NUL character"), Map.entry("", "empty name"),
				Map.entry("a//b", "empty or '.' segment"), Map.entry("./a", "empty or '.' segment"),
				Map.entry("a/./b", "empty or '.' segment"));
		bad.forEach((name, why) -> assertEquals(why, EntryNames.unsafe(name).orElse(null), name));
	}

	@Test
	void plainNamesAreSafe() {
		for (String good : List.of("a.txt", "a/", "a/b/c.txt", "..a", "a..", "...", "a/..b/c", "dir/", "xy:z",
				"ab:c", "1:/x", "ü/日本.txt", "a b/c d", ".hidden", "a/.b/")) {
			assertTrue(EntryNames.unsafe(good).isEmpty(), good);
		}
	}

	@Test
	void writableNames() {
		assertTrue(EntryNames.unwritable("a/b/c.txt", false).isEmpty());
		assertTrue(EntryNames.unwritable("x/c:d", false).isEmpty(), "a drive letter below the top is harmless");
		assertTrue(EntryNames.unwritable("colon:name", false).isEmpty());
		assertTrue(EntryNames.unwritable("a/b\\c", false).orElseThrow().contains("'\\'"));
		assertTrue(EntryNames.unwritable("c:", false).orElseThrow().contains("drive letter"));
		assertTrue(EntryNames.unwritable("tab\there", false).orElseThrow().contains("\\u0009"));
		assertTrue(EntryNames.unwritable("bad\ud800surrogate", false).orElseThrow().contains("Unicode"));
		String longest = "a/" + "b".repeat(EntryNames.MAX_PATH_BYTES - 2);
		assertTrue(EntryNames.unwritable(longest, false).isEmpty());
		assertTrue(EntryNames.unwritable(longest, true).orElseThrow().contains("65535"), "the directory slash counts");
		assertTrue(EntryNames.unwritable(longest + "b", false).isPresent());
		assertFalse(EntryNames.unwritable("é".repeat(EntryNames.MAX_PATH_BYTES / 2 + 1), false).isEmpty(),
				"bytes, not characters, count");
	}

	@Test
	void pathHelpers() {
		assertEquals("", EntryNames.parentOf("a"));
		assertEquals("a/b", EntryNames.parentOf("a/b/c"));
		assertEquals("c", EntryNames.nameOf("a/b/c"));
	}

	@Test
	void locations() throws ConnectorException {
		ZipLocation whole = ZipLocation.parse("zip:/data/a.zip");
		assertEquals(Path.of("/data/a.zip"), whole.archive());
		assertTrue(whole.inner().isRoot());
		ZipLocation inner = ZipLocation.parse("zip:/data/a.zip!/in/ner/");
		assertEquals(Path.of("/data/a.zip"), inner.archive());
		assertEquals(RelPath.of("in/ner"), inner.inner());
		assertEquals("zip:/data/a.zip!/in/ner", inner.toString());
		assertEquals(Path.of("/data/a.zip"), ZipLocation.parse("zip:///data/x/../a.zip!/").archive());
		assertTrue(ZipLocation.parse("ZIP:/data/a!b.zip!").inner().isRoot());
		assertEquals(Path.of("/data/a!b.zip"), ZipLocation.parse("zip:/data/a!b.zip").archive());
		for (String bad : List.of("/data/a.zip", "file:/a.zip", "zip:a.zip", "zip://host/a.zip", "zip:/data/",
				"zip:", "zip:/a.zip!/../b", "zip:/a.zip!/x//y")) {
			ConnectorException e = assertThrows(ConnectorException.class, () -> ZipLocation.parse(bad), bad);
			assertEquals(Reason.FATAL, e.reason(), bad);
		}
	}
}
