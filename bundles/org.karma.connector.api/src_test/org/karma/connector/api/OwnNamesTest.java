package org.karma.connector.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** KARMA's own names (temporary files, lock folders) and remote path joins. */
class OwnNamesTest {

	@Test
	void temporaryAndLockNamesAreRecognisedAndNothingElse() {
		String temp = TempNames.forWrite("report.txt");
		String lock = TempNames.forLock("report.txt");
		assertEquals(".report.txt.karma-lock", lock);
		assertTrue(TempNames.isTemporary(temp) && TempNames.isOwn(temp));
		assertTrue(TempNames.isLock(lock) && TempNames.isOwn(lock));
		assertFalse(TempNames.isLock(temp));
		for (String user : new String[] { "report.txt", ".hidden", "report.txt.karma-lock", ".karma-lock.txt",
				".x.karma-tmp-123" }) {
			assertFalse(TempNames.isOwn(user), user);
		}
	}

	@Test
	void aLockNameOfALongNameStaysWithinTheNameLimit() {
		String name = "é".repeat(200); // 400 bytes
		String lock = TempNames.forLock(name);
		int bytes = lock.getBytes(StandardCharsets.UTF_8).length;
		// "é" is 2 bytes: the prefix fills the limit, or stops one byte short of it
		assertTrue(bytes <= TempNames.MAX_NAME_BYTES && bytes >= TempNames.MAX_NAME_BYTES - 1, bytes + " bytes");
		assertTrue(TempNames.isLock(lock));
	}

	@Test
	void remotePathsJoinWithOneSlash() {
		assertEquals("/", RemotePaths.join("/", RelPath.ROOT));
		assertEquals("/a/b.txt", RemotePaths.join("/", RelPath.of("a/b.txt")));
		assertEquals("/home/me/a/b.txt", RemotePaths.join("/home/me", RelPath.of("a/b.txt")));
		assertEquals("/home/me", RemotePaths.join("/home/me", RelPath.ROOT));
		assertEquals("/x", RemotePaths.child("/", "x"));
		assertEquals("/d/x", RemotePaths.child("/d", "x"));
	}
}
