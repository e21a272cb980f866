package org.karma.connector.ftp.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.karma.connector.api.EntryKind;

/** The listing parsers, with lines as real servers send them. */
class ListParserTest {

	// ------------------------------------------------------------------ MLSD / MLST (RFC 3659)

	@Test
	void mlsdFileWithMilliseconds() {
		// Apache MINA FtpServer 1.2
		RemoteFile f = ListParser.parseMlsx("Size=5;Modify=20210304050607.123;Type=file; a.txt");
		assertEquals("a.txt", f.name());
		assertEquals(EntryKind.FILE, f.kind());
		assertEquals(5, f.size());
		assertEquals(Instant.parse("2021-03-04T05:06:07.123Z"), f.mtime());
		assertEquals("5@20210304050607.123", f.version());
	}

	@Test
	void mlsdDirectoryLowerCaseFactsSecondsOnly() {
		// vsftpd does not do MLSD; pure-ftpd and proftpd write facts in lower case
		RemoteFile f = ListParser.parseMlsx("type=dir;modify=20240115101112;UNIX.mode=0755;UNIX.uid=1000;UNIX.gid=1000;unique=803g1a2; photos");
		assertEquals(EntryKind.DIRECTORY, f.kind());
		assertEquals(0, f.size());
		assertEquals(Instant.parse("2024-01-15T10:11:12Z"), f.mtime());
		assertFalse(ListParser.hasFraction(f.timeText()));
	}

	@Test
	void mlsdNamesKeepSpacesAndSemicolons() {
		RemoteFile f = ListParser.parseMlsx("type=file;size=0;modify=20240115101112; lead and; trail ");
		assertEquals(" lead and; trail ".substring(1), f.name());
	}

	@Test
	void mlsdCurrentAndParentAreNoEntries() {
		assertNull(ListParser.parseMlsx("type=cdir;modify=20240115101112;perm=flcdmpe; ."));
		assertNull(ListParser.parseMlsx("type=pdir;modify=20240115101112;perm=flcdmpe; .."));
		assertNull(ListParser.parseMlsx("garbage-without-space"));
	}

	@Test
	void mlsdLinksAsProftpdReportsThem() {
		RemoteFile f = ListParser.parseMlsx("modify=20240201000000;perm=adfr;size=7;type=OS.unix=slink:/usr/bin;unique=FD01U2; bin");
		assertEquals(EntryKind.SYMLINK, f.kind());
		assertEquals("bin", f.name());
	}

	@Test
	void mlstAnswersWithTheWholePath() {
		RemoteFile f = ListParser.parseMlsx("Size=11;Modify=20260101000000.000;Type=file; /t1/sub dir/x y.txt");
		assertEquals("x y.txt", f.name());
	}

	@Test
	void times() {
		assertEquals(Instant.parse("2021-03-04T05:06:07.5Z"), ListParser.parseTime("20210304050607.5"));
		assertNull(ListParser.parseTime("2021"));
		assertNull(ListParser.parseTime("20210304050607.x"));
		assertEquals("20210304050607.123", ListParser.formatTime(Instant.parse("2021-03-04T05:06:07.123456789Z"), true));
		assertEquals("20210304050607", ListParser.formatTime(Instant.parse("2021-03-04T05:06:07.999Z"), false));
	}

	// ------------------------------------------------------------------ LIST, Unix format

	@Test
	void unixListOfVsftpd() {
		ListParser parser = new ListParser();
		assertNull(parser.parseList("total 12"));
		RemoteFile file = parser.parseList("-rw-r--r--    1 1000     1000         1234 Mar 04  2021 notes.txt");
		assertEquals("notes.txt", file.name());
		assertEquals(EntryKind.FILE, file.kind());
		assertEquals(1234, file.size());
		assertEquals(LocalDateTime.of(2021, 3, 4, 0, 0), LocalDateTime.ofInstant(file.mtime(), ZoneId.systemDefault()).withHour(0));
		RemoteFile dir = parser.parseList("drwxr-xr-x    2 1000     1000         4096 Jan 15  2023 photos");
		assertEquals(EntryKind.DIRECTORY, dir.kind());
		assertEquals(0, dir.size());
		RemoteFile link = parser.parseList("lrwxrwxrwx    1 0        0               7 Feb 01  2024 bin -> usr/bin");
		assertEquals(EntryKind.SYMLINK, link.kind());
		assertEquals("bin", link.name());
	}

	@Test
	void unixListWithSpacesInNamesAndTimeOfDay() {
		ListParser parser = new ListParser();
		RemoteFile f = parser.parseList("-rw-r--r--   1 ftp      ftp        123456 Dec 31 23:59 with space.txt");
		assertEquals("with space.txt", f.name());
		assertEquals(123456, f.size());
		assertNotNull(f.mtime());
		// proftpd with user names containing digits and a group of the same name
		RemoteFile g = parser.parseList("-rw-rw-r--   1 web01    web01           0 Nov  3 07:05 empty");
		assertEquals("empty", g.name());
		assertEquals(0, g.size());
	}

	@Test
	void unixListDotEntriesAreSkipped() {
		ListParser parser = new ListParser();
		assertNull(parser.parseList("drwxr-xr-x    2 0        0            4096 Jan 15  2023 ."));
		assertNull(parser.parseList("drwxr-xr-x    2 0        0            4096 Jan 15  2023 .."));
		assertNull(parser.parseList(""));
	}

	// ------------------------------------------------------------------ LIST, Windows (IIS) format

	@Test
	void windowsListOfIis() {
		ListParser parser = new ListParser();
		RemoteFile dir = parser.parseList("03-04-21  05:06AM       <DIR>          Reports");
		assertEquals("Reports", dir.name());
		assertEquals(EntryKind.DIRECTORY, dir.kind());
		RemoteFile file = parser.parseList("11-20-2023  10:15PM                 5120 budget 2024.xlsx");
		assertEquals("budget 2024.xlsx", file.name());
		assertEquals(EntryKind.FILE, file.kind());
		assertEquals(5120, file.size());
		LocalDateTime t = LocalDateTime.ofInstant(file.mtime(), ZoneId.systemDefault());
		assertEquals(LocalDateTime.of(2023, 11, 20, 22, 15), t);
		RemoteFile empty = parser.parseList("01-02-24  03:04PM                    0 empty.txt");
		assertEquals(0, empty.size());
		assertNotEquals(empty.version(), file.version());
	}
}
