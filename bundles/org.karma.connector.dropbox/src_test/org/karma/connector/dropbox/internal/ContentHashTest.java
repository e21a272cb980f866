package org.karma.connector.dropbox.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class ContentHashTest {

	@Test
	void emptyContentIsTheHashOfNoBlocks() {
		assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ContentHash.of(new byte[0]));
	}

	@Test
	void oneBlockIsSha256OfSha256() throws Exception {
		byte[] content = "hello".getBytes(StandardCharsets.US_ASCII);
		byte[] inner = MessageDigest.getInstance("SHA-256").digest(content);
		assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inner)), ContentHash.of(content));
	}

	@Test
	void blocksAreFourMebibytesWhateverTheFeedingSteps() throws Exception {
		byte[] content = new byte[ContentHash.BLOCK * 2 + 17];
		for (int i = 0; i < content.length; i++) {
			content[i] = (byte) (i * 31 + 7);
		}
		MessageDigest all = MessageDigest.getInstance("SHA-256");
		all.update(MessageDigest.getInstance("SHA-256").digest(Arrays.copyOfRange(content, 0, ContentHash.BLOCK)));
		all.update(MessageDigest.getInstance("SHA-256").digest(Arrays.copyOfRange(content, ContentHash.BLOCK, 2 * ContentHash.BLOCK)));
		all.update(MessageDigest.getInstance("SHA-256").digest(Arrays.copyOfRange(content, 2 * ContentHash.BLOCK, content.length)));
		String expected = HexFormat.of().formatHex(all.digest());
		assertEquals(expected, ContentHash.of(content));
		ContentHash odd = new ContentHash();
		for (int off = 0; off < content.length; off += 999_983) {
			odd.update(content, off, Math.min(999_983, content.length - off));
		}
		assertEquals(expected, odd.hex());
	}

	@Test
	void exactlyOneBlockHasNoEmptySecondBlock() throws Exception {
		byte[] content = new byte[ContentHash.BLOCK];
		byte[] inner = MessageDigest.getInstance("SHA-256").digest(content);
		assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(inner)), ContentHash.of(content));
	}
}
