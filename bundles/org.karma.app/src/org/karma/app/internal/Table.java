package org.karma.app.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain text table: columns padded to their widest cell, two spaces apart, no trailing blanks. */
final class Table {

	private final List<String[]> rows = new ArrayList<>();
	private final boolean[] rightAligned;

	/** @param header the column titles; a title starting with '>' is right-aligned (the '>' is dropped) */
	Table(String... header) {
		rightAligned = new boolean[header.length];
		String[] titles = new String[header.length];
		for (int i = 0; i < header.length; i++) {
			rightAligned[i] = header[i].startsWith(">");
			titles[i] = rightAligned[i] ? header[i].substring(1) : header[i];
		}
		rows.add(titles);
	}

	void add(Object... cells) {
		String[] row = new String[rightAligned.length];
		for (int i = 0; i < row.length; i++) {
			row[i] = i < cells.length && cells[i] != null ? String.valueOf(cells[i]) : "";
		}
		rows.add(row);
	}

	void print(PrintStream out) {
		int[] widths = new int[rightAligned.length];
		for (String[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				widths[i] = Math.max(widths[i], row[i].codePointCount(0, row[i].length()));
			}
		}
		for (String[] row : rows) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < row.length; i++) {
				String pad = " ".repeat(widths[i] - row[i].codePointCount(0, row[i].length()));
				if (i > 0) {
					line.append("  ");
				}
				line.append(rightAligned[i] ? pad + row[i] : row[i] + pad);
			}
			out.println(line.toString().stripTrailing());
		}
	}
}
