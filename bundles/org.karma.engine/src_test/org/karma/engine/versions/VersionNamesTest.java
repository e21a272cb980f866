package org.karma.engine.versions;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Naming versions and parsing the names back, table-driven. */
class VersionNamesTest {

	private static final Instant T = Instant.parse("2025-01-02T03:04:05.678Z");

	/** One row: a file name, a counter and the version name expected. */
	private record Row(String file, int counter, String expected) {
	}

	private static final List<Row> ROWS = List.of(
			new Row("report.pdf", 0, "report~20250102-030405.678.pdf"),
			new Row("report.pdf", 1, "report~20250102-030405.678-1.pdf"),
			new Row("report.pdf", 12, "report~20250102-030405.678-12.pdf"),
			new Row("archive.tar.gz", 0, "archive.tar~20250102-030405.678.gz"),
			new Row("Makefile", 0, "Makefile~20250102-030405.678"),
			new Row("Makefile", 3, "Makefile~20250102-030405.678-3"),
			new Row(".bashrc", 0, ".bashrc~20250102-030405.678"),
			new Row(".config.json", 0, ".config~20250102-030405.678.json"),
			new Row("trailing.", 0, "trailing.~20250102-030405.678"),
			new Row("x..", 0, "x..~20250102-030405.678"),
			new Row("Grüße – été.ödt", 0, "Grüße – été~20250102-030405.678.ödt"),
			new Row("日本語.テキスト", 2, "日本語~20250102-030405.678-2.テキスト"),
			new Row("emoji 😀.png", 0, "emoji 😀~20250102-030405.678.png"),
			new Row("a~20240101-000000.000.txt", 0, "a~20240101-000000.000~20250102-030405.678.txt"),
			new Row("backup.txt~", 0, "backup~20250102-030405.678.txt~"),
			new Row("v-1", 0, "v-1~20250102-030405.678"),
			new Row("data.123", 0, "data~20250102-030405.678.123"),
			new Row("a.-5", 0, "a~20250102-030405.678.-5"),
			new Row("spaces in name .txt", 0, "spaces in name ~20250102-030405.678.txt"));

	@Test
	void namesKeepTheExtensionLastAndParseBack() {
		List<Executable> checks = new ArrayList<>();
		for (Row row : ROWS) {
			checks.add(() -> {
				String name = VersionNames.name(row.file(), T, row.counter());
				assertEquals(row.expected(), name, row.file());
				assertEquals(Optional.of(new VersionNames.Parsed(row.file(), T, row.counter())), VersionNames.parse(name),
						"round trip of " + row.file());
			});
		}
		assertAll(checks);
	}

	@Test
	void timestampsAreUtcMillisecondsTruncated() {
		assertEquals("20251231-235959.999", VersionNames.stamp(Instant.parse("2025-12-31T23:59:59.999999999Z")));
		assertEquals("19700101-000000.000", VersionNames.stamp(Instant.EPOCH));
		Instant nanos = Instant.parse("2025-01-02T03:04:05.678912Z");
		assertEquals(T, VersionNames.parse(VersionNames.name("a.txt", nanos, 0)).orElseThrow().timestamp());
	}

	@Test
	void otherNamesAreNotVersions() {
		List<String> notVersions = List.of("report.pdf", "report~.pdf", "report~2025-01-02.pdf",
				"report~20250102-030405.pdf", "report~20250102-030405.67.pdf", "~20250102-030405.678.pdf",
				"report~20250102-030405.678-0.pdf", "report~20250102-030405.678-01.pdf",
				"report~20250102-030405.678-x.pdf", "report~20251302-030405.678.pdf", "report~20250230-030405.678.pdf",
				"report~20250102-250405.678.pdf", "report~20250102-030405.678.a.b",
				// what name() never makes: the extension is not the one it would split off
				"a.b~20250102-030405.678");
		List<Executable> checks = new ArrayList<>();
		for (String name : notVersions) {
			checks.add(() -> assertEquals(Optional.empty(), VersionNames.parse(name), name));
		}
		assertAll(checks);
	}

	@Test
	void sameMillisecondVersionsSortByCounter() {
		List<String> names = List.of(VersionNames.name("a.txt", T, 0), VersionNames.name("a.txt", T, 1),
				VersionNames.name("a.txt", T, 2), VersionNames.name("a.txt", T.plusMillis(1), 0));
		List<Integer> counters = names.stream().map(n -> VersionNames.parse(n).orElseThrow().counter()).toList();
		assertEquals(List.of(0, 1, 2, 0), counters);
		assertTrue(VersionNames.parse(names.get(3)).orElseThrow().timestamp().isAfter(T));
	}

	@Test
	void badArguments() {
		assertThrows(IllegalArgumentException.class, () -> VersionNames.name("", T, 0));
		assertThrows(IllegalArgumentException.class, () -> VersionNames.name("a", T, -1));
	}
}
