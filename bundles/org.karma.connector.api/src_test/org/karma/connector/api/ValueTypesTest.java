package org.karma.connector.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ValueTypesTest {

	@Test
	void relPathCannotLeaveTheRoot() {
		for (String bad : List.of("/etc", "a/../b", "..", ".", "a//b", "a/", "a/./b", "a\0b")) {
			assertThrows(IllegalArgumentException.class, () -> RelPath.of(bad), bad);
		}
		assertThrows(IllegalArgumentException.class, () -> RelPath.ROOT.child(".."));
		assertThrows(IllegalArgumentException.class, () -> RelPath.ROOT.child("a/b"));
		assertThrows(IllegalArgumentException.class, () -> RelPath.of(List.of("a", "")));
	}

	@Test
	void relPathOperations() {
		RelPath p = RelPath.of("a/b/c.txt");
		assertEquals(List.of("a", "b", "c.txt"), p.segments());
		assertEquals("c.txt", p.name());
		assertEquals(RelPath.of("a/b"), p.parent());
		assertEquals(p, RelPath.of("a").resolve(RelPath.of("b/c.txt")));
		assertEquals(p, RelPath.of("a/b").child("c.txt"));
		assertTrue(p.startsWith(RelPath.of("a")));
		assertFalse(RelPath.of("ab").startsWith(RelPath.of("a")));
		assertTrue(RelPath.ROOT.isRoot());
		assertEquals("", RelPath.of("").toString());
		assertEquals("with space/ünï #%?", RelPath.of("with space/ünï #%?").toString());
		List<RelPath> sorted = new ArrayList<>(List.of(RelPath.of("b"), RelPath.of("a/z"), RelPath.of("a"), RelPath.ROOT));
		sorted.sort(null);
		assertEquals(List.of(RelPath.ROOT, RelPath.of("a"), RelPath.of("a/z"), RelPath.of("b")), sorted);
	}

	@Test
	void relPathOrderIsSegmentBySegmentAlsoForNamesWithCharactersBelowTheSlash() {
		// '-', '.', '!' and ' ' sort before '/': the joined strings alone would order "a-b" before "a/b"
		String[] names = { "a", "b", "a-b", "a.b", "a!", "a b", "\u00fc", "a\u00fc", "ab", "~", "A", "\uD83D\uDE00" };
		java.util.Random random = new java.util.Random(11);
		List<RelPath> paths = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			List<String> segments = new ArrayList<>();
			for (int d = random.nextInt(4); d >= 0; d--) {
				segments.add(names[random.nextInt(names.length)]);
			}
			paths.add(RelPath.of(segments));
		}
		for (RelPath x : paths) {
			for (RelPath y : paths) {
				assertEquals(Integer.signum(bySegments(x, y)), Integer.signum(x.compareTo(y)), x + " vs " + y);
				assertEquals(x.equals(y), x.compareTo(y) == 0);
				assertEquals(x.equals(y), x.toString().equals(y.toString()));
			}
			assertEquals(x, RelPath.of(x.toString()));
			assertEquals(x.segments().size(), x.depth());
			for (int i = 0; i < x.depth(); i++) {
				assertEquals(x.segments().get(i), x.segment(i));
			}
			if (!x.isRoot()) {
				assertEquals(x, x.parent().child(x.name()));
				assertTrue(x.startsWith(x.parent()));
			}
		}
		assertTrue(RelPath.of("a/b").compareTo(RelPath.of("a-b")) < 0);
		assertTrue(RelPath.of("a/b").startsWith(RelPath.ROOT));
	}

	/** The order as documented: segment by segment, each as Java strings, shorter first on a tie. */
	private static int bySegments(RelPath x, RelPath y) {
		List<String> a = x.segments();
		List<String> b = y.segments();
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			int c = a.get(i).compareTo(b.get(i));
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(a.size(), b.size());
	}

	@Test
	void nameRules() {
		assertEquals(Optional.empty(), NameRules.POSIX.problem("a:b?c*"));
		assertTrue(NameRules.POSIX.problem("x".repeat(256)).isPresent());
		assertEquals(Optional.of("character ':' is not allowed"), NameRules.WINDOWS.problem("a:b"));
		assertEquals(Optional.of("'con' is a reserved name"), NameRules.WINDOWS.problem("con.txt"));
		assertEquals(Optional.of("names may not end with a dot or a space"), NameRules.WINDOWS.problem("name."));
		assertEquals(Optional.empty(), NameRules.WINDOWS.problem("console.txt"));
	}

	@Test
	void exceptionCarriesReasonAndRetryable() {
		ConnectorException transientError = new ConnectorException(ConnectorException.Reason.TRANSIENT, RelPath.of("a"), "timeout");
		assertTrue(transientError.isRetryable());
		assertFalse(new ConnectorException(ConnectorException.Reason.NOT_FOUND, null, "x").isRetryable());
		assertEquals(RelPath.of("a"), transientError.path());
	}
}
