package org.karma.ui.internal.versions;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.compare.IEncodedStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.swt.graphics.Image;

/**
 * One side of a comparison: bytes already read from an endpoint (through core), named like the
 * file. Text shows in Compare's text merge viewer, anything with a NUL byte in its first 8 KiB in
 * the binary viewer.
 */
public final class ContentElement implements ITypedElement, IEncodedStreamContentAccessor {

	/** Compare's type for the binary viewer (its creator is registered for this extension). */
	public static final String BINARY_TYPE = "binary";

	private final String name;
	private final byte[] bytes;
	private final String type;

	public ContentElement(String name, byte[] bytes) {
		this.name = name;
		this.bytes = bytes.clone();
		this.type = isBinary(bytes) ? BINARY_TYPE : ITypedElement.TEXT_TYPE;
	}

	/** Whether the content looks binary: a NUL byte in the first 8 KiB (as Git decides). */
	public static boolean isBinary(byte[] bytes) {
		for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
			if (bytes[i] == 0) {
				return true;
			}
		}
		return false;
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public String getType() {
		return type;
	}

	@Override
	public InputStream getContents() {
		return new ByteArrayInputStream(bytes);
	}

	@Override
	public String getCharset() {
		return StandardCharsets.UTF_8.name();
	}

	/** The content (a copy). */
	public byte[] bytes() {
		return bytes.clone();
	}

	/** The content as UTF-8 text. */
	public String text() {
		return new String(bytes, StandardCharsets.UTF_8);
	}
}
