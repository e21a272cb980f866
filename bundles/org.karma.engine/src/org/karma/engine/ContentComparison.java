package org.karma.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.karma.connector.api.Connection;
import org.karma.connector.api.ConnectorException;
import org.karma.connector.api.RelPath;

/**
 * Reads a file on both sides and compares the bytes: the proof that two files which look alike
 * by size and time are alike ({@link Planner#unconfirmedPseudoConflicts}).
 */
public final class ContentComparison {

	private static final int CHUNK = 64 * 1024;

	private ContentComparison() {
	}

	/**
	 * The paths whose contents differ, or could not be read on a side (then they are not known to
	 * be alike, and a conflict, which keeps both, is the safe answer).
	 *
	 * @throws ConnectorException CANCELLED when the monitor is cancelled
	 */
	public static Set<RelPath> differing(Connection left, Connection right, Collection<RelPath> paths,
			IProgressMonitor monitor) throws ConnectorException {
		SubMonitor m = SubMonitor.convert(monitor, "Comparing contents", paths.size());
		Set<RelPath> differ = new TreeSet<>();
		for (RelPath path : paths) {
			ConnectorException.checkCancelled(m, path);
			m.subTask(path.toString());
			try {
				if (!same(left, right, path, m.newChild(1))) {
					differ.add(path);
				}
			} catch (ConnectorException e) {
				if (e.reason() == ConnectorException.Reason.CANCELLED) {
					throw e;
				}
				differ.add(path);
			} catch (IOException e) {
				differ.add(path);
			}
		}
		return differ;
	}

	private static boolean same(Connection left, Connection right, RelPath path, IProgressMonitor monitor)
			throws ConnectorException, IOException {
		try (InputStream l = left.read(path, monitor); InputStream r = right.read(path, monitor)) {
			byte[] a = new byte[CHUNK];
			byte[] b = new byte[CHUNK];
			while (true) {
				int n = l.readNBytes(a, 0, CHUNK);
				int k = r.readNBytes(b, 0, CHUNK);
				if (n != k || !Arrays.equals(a, 0, n, b, 0, k)) {
					return false;
				}
				if (n < CHUNK) {
					return true;
				}
				ConnectorException.checkCancelled(monitor, path);
			}
		}
	}
}
