package org.karma.connector.ftp.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Calendar;
import java.util.Locale;

import org.apache.commons.net.ftp.FTPFile;
import org.apache.commons.net.ftp.parser.NTFTPEntryParser;
import org.apache.commons.net.ftp.parser.UnixFTPEntryParser;
import org.karma.connector.api.EntryKind;

/**
 * Parses what servers send: MLSD/MLST fact lines (RFC 3659) and, for servers without MLSD, LIST
 * lines in the Unix ({@code ls -l}) and Windows/IIS ({@code 01-02-24  03:04PM  <DIR>  name})
 * formats. Not thread-safe (the LIST parsers keep state): one per listing.
 */
final class ListParser {

	private static final DateTimeFormatter MLSX_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

	private final UnixFTPEntryParser unix = new UnixFTPEntryParser();
	private final NTFTPEntryParser windows = new NTFTPEntryParser();

	/**
	 * One MLSD line or the entry line of an MLST reply: {@code fact=value;fact=value; name}. Returns
	 * null for lines that are not an entry and for the {@code cdir}/{@code pdir} entries.
	 */
	static RemoteFile parseMlsx(String line) {
		int space = line.indexOf(' ');
		if (space < 0) {
			return null;
		}
		String facts = line.substring(0, space);
		String name = line.substring(space + 1);
		int slash = name.lastIndexOf('/');
		if (slash >= 0 && slash < name.length() - 1) {
			name = name.substring(slash + 1); // MLST answers with the path
		}
		EntryKind kind = EntryKind.OTHER;
		long size = 0;
		String time = null;
		for (String fact : facts.split(";")) {
			int eq = fact.indexOf('=');
			if (eq < 0) {
				continue;
			}
			String key = fact.substring(0, eq).toLowerCase(Locale.ROOT);
			String value = fact.substring(eq + 1);
			switch (key) {
			case "type" -> {
				String type = value.toLowerCase(Locale.ROOT);
				if (type.equals("cdir") || type.equals("pdir")) {
					return null;
				}
				kind = switch (type) {
				case "file" -> EntryKind.FILE;
				case "dir" -> EntryKind.DIRECTORY;
				default -> type.contains("slink") || type.contains("symlink") ? EntryKind.SYMLINK : EntryKind.OTHER;
				};
			}
			case "size" -> size = parseSize(value);
			case "modify" -> time = value;
			default -> {
				// other facts are not used
			}
			}
		}
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			return null;
		}
		return new RemoteFile(name, kind, kind == EntryKind.DIRECTORY ? 0 : size, parseTime(time), time);
	}

	/**
	 * The entry of an MLST reply: the line between the first and the last, which RFC 3659 starts
	 * with a space (MINA FtpServer leaves the space out).
	 */
	static RemoteFile mlstEntry(String[] replyLines) {
		for (int i = 1; i < replyLines.length; i++) {
			String line = replyLines[i];
			if (line.startsWith(" ")) {
				line = line.substring(1);
			} else if (line.length() >= 4 && Character.isDigit(line.charAt(0)) && Character.isDigit(line.charAt(1))
					&& Character.isDigit(line.charAt(2)) && (line.charAt(3) == ' ' || line.charAt(3) == '-')) {
				continue;
			}
			if (line.indexOf('=') > 0) {
				RemoteFile f = parseMlsx(line);
				if (f != null) {
					return f;
				}
			}
		}
		return null;
	}

	/** An RFC 3659 time value ({@code YYYYMMDDHHMMSS[.sss…]}, UTC), or null when it is not one. */
	static Instant parseTime(String value) {
		if (value == null || value.length() < 14) {
			return null;
		}
		try {
			Instant whole = LocalDateTime.parse(value.substring(0, 14), MLSX_TIME).toInstant(ZoneOffset.UTC);
			if (value.length() > 15 && value.charAt(14) == '.') {
				String digits = value.substring(15);
				if (!digits.chars().allMatch(Character::isDigit) || digits.length() > 9) {
					return null;
				}
				long nanos = Long.parseLong((digits + "000000000").substring(0, 9));
				return whole.plusNanos(nanos);
			}
			return value.length() == 14 ? whole : null;
		} catch (DateTimeParseException | NumberFormatException e) {
			return null;
		}
	}

	/** The RFC 3659 text of a time, with milliseconds when {@code fraction}. */
	static String formatTime(Instant time, boolean fraction) {
		LocalDateTime t = LocalDateTime.ofInstant(time, ZoneOffset.UTC);
		String whole = t.format(MLSX_TIME);
		return fraction ? whole + String.format(Locale.ROOT, ".%03d", t.getNano() / 1_000_000) : whole;
	}

	/** Whether a time value carries fractions of a second. */
	static boolean hasFraction(String value) {
		return value != null && value.length() > 15 && value.charAt(14) == '.';
	}

	/**
	 * One LIST line in the Unix or the Windows format, or null for lines that are no entry
	 * ({@code total 12}, blank lines) and for {@code .} and {@code ..}.
	 */
	RemoteFile parseList(String line) {
		if (line == null || line.isBlank() || line.startsWith("total ")) {
			return null;
		}
		boolean windowsLine = Character.isDigit(line.charAt(0));
		FTPFile file = windowsLine ? windows.parseFTPEntry(line) : unix.parseFTPEntry(line);
		if (file == null && !windowsLine) {
			file = windows.parseFTPEntry(line);
		}
		if (file == null || file.getName() == null || file.getName().equals(".") || file.getName().equals("..")) {
			return null;
		}
		EntryKind kind = switch (file.getType()) {
		case FTPFile.FILE_TYPE -> EntryKind.FILE;
		case FTPFile.DIRECTORY_TYPE -> EntryKind.DIRECTORY;
		case FTPFile.SYMBOLIC_LINK_TYPE -> EntryKind.SYMLINK;
		default -> EntryKind.OTHER;
		};
		Calendar when = file.getTimestamp();
		Instant mtime = when == null ? null : when.toInstant();
		return new RemoteFile(file.getName(), kind, kind == EntryKind.DIRECTORY ? 0 : Math.max(0, file.getSize()), mtime,
				mtime == null ? null : String.valueOf(mtime.toEpochMilli()));
	}

	private static long parseSize(String value) {
		try {
			return Math.max(0, Long.parseLong(value.trim()));
		} catch (NumberFormatException e) {
			return 0;
		}
	}
}
