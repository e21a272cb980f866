package org.karma.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GlobAndCronTest {

	private static boolean m(String glob, String path) throws Exception {
		return Glob.compile(glob).matches(path);
	}

	@Test
	void globSemantics() throws Exception {
		assertTrue(m("*.tmp", "a.tmp"));
		assertTrue(m("*.tmp", "deep/down/a.tmp"), "no slash: any depth");
		assertFalse(m("/*.tmp", "deep/a.tmp"), "leading slash: anchored");
		assertTrue(m("/*.tmp", "a.tmp"));
		assertTrue(m("docs/*.md", "docs/a.md"));
		assertFalse(m("docs/*.md", "docs/sub/a.md"), "* stays in one segment");
		assertTrue(m("docs/**/*.md", "docs/a.md"), "**/ matches zero folders");
		assertTrue(m("docs/**/*.md", "docs/x/y/a.md"));
		assertTrue(m("**", "anything/at/all"));
		assertTrue(m("file?.txt", "file1.txt"));
		assertFalse(m("file?.txt", "file/.txt"));
		assertTrue(m("*.{jpg,png}", "x/photo.png"));
		assertFalse(m("*.{jpg,png}", "photo.gif"));
		assertTrue(m("[a-c]*", "beta"));
		assertFalse(m("[!a-c]*", "beta"));
		assertTrue(m("build/", "x/build"), "trailing slash names a folder at any depth");
		assertTrue(m("a\\*b", "a*b"));
		assertFalse(m("a\\*b", "axb"));
		assertTrue(m("a+b(1).txt", "a+b(1).txt"), "regex characters are literal");
	}

	@Test
	void globErrors() {
		assertEquals("invalid glob '[abc': '[' is never closed at position 1",
				assertThrows(Glob.GlobSyntaxException.class, () -> Glob.compile("[abc")).getMessage());
		assertEquals("invalid glob 'a}': '}' without '{' at position 2",
				assertThrows(Glob.GlobSyntaxException.class, () -> Glob.compile("a}")).getMessage());
		assertEquals("invalid glob '{a,{b}}': '{' cannot be nested at position 4",
				assertThrows(Glob.GlobSyntaxException.class, () -> Glob.compile("{a,{b}}")).getMessage());
		assertEquals("invalid glob '[z-a]': range 'z-a' is backwards at position 3",
				assertThrows(Glob.GlobSyntaxException.class, () -> Glob.compile("[z-a]")).getMessage());
		assertEquals("invalid glob 'a\\': '\\' at the end escapes nothing at position 2",
				assertThrows(Glob.GlobSyntaxException.class, () -> Glob.compile("a\\")).getMessage());
		assertThrows(Glob.GlobSyntaxException.class, () -> Glob.compile(""));
	}

	@Test
	void cronParsesAndMatches() throws Exception {
		CronExpression weekdays = CronExpression.parse("30 2 * * 1-5");
		assertTrue(weekdays.matches(30, 2, 17, 11, 1));
		assertFalse(weekdays.matches(30, 2, 17, 11, 0));
		assertFalse(weekdays.matches(31, 2, 17, 11, 1));
		CronExpression steps = CronExpression.parse("*/15 */6 * JAN-MAR sun");
		assertTrue(steps.matches(45, 18, 1, 2, 0));
		assertFalse(steps.matches(45, 18, 1, 4, 0));
		assertTrue(CronExpression.parse("0 0 * * 7").matches(0, 0, 3, 3, 0), "7 is Sunday");
		assertTrue(CronExpression.parse("@daily").matches(0, 0, 9, 9, 3));
		CronExpression either = CronExpression.parse("0 12 1 * MON");
		assertTrue(either.matches(0, 12, 1, 5, 4), "day of month matches");
		assertTrue(either.matches(0, 12, 9, 5, 1), "day of week matches");
		assertFalse(either.matches(0, 12, 9, 5, 2));
	}

	@Test
	void cronErrorsNameTheFieldAndTheAllowedValues() {
		assertEquals("cron expression '* * *' has 3 fields; expected 5: minute hour day-of-month month day-of-week",
				assertThrows(CronExpression.CronSyntaxException.class, () -> CronExpression.parse("* * *")).getMessage());
		assertEquals("cron expression '0 24 * * *': hour '24' out of range (allowed: 0-23)",
				assertThrows(CronExpression.CronSyntaxException.class, () -> CronExpression.parse("0 24 * * *")).getMessage());
		assertEquals("cron expression '0 0 * FOO *': month 'FOO' not a number (allowed: 1-12 or JAN-DEC)",
				assertThrows(CronExpression.CronSyntaxException.class, () -> CronExpression.parse("0 0 * FOO *")).getMessage());
		assertEquals("cron expression '*/0 * * * *': minute '*/0' step must be at least 1 (allowed: 0-59)",
				assertThrows(CronExpression.CronSyntaxException.class, () -> CronExpression.parse("*/0 * * * *")).getMessage());
		assertEquals("cron expression '5-1 * * * *': minute '5-1' range goes backwards (allowed: 0-59)",
				assertThrows(CronExpression.CronSyntaxException.class, () -> CronExpression.parse("5-1 * * * *")).getMessage());
		assertEquals("unknown cron macro '@sometimes'; known: @hourly, @daily, @midnight, @weekly, @monthly, @yearly, @annually",
				assertThrows(CronExpression.CronSyntaxException.class, () -> CronExpression.parse("@sometimes")).getMessage());
	}
}
