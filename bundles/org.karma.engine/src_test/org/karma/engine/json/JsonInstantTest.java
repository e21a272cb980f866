package org.karma.engine.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The fast instant writer of manifests writes exactly what {@link Instant#toString()} writes. */
class JsonInstantTest {

	private static String fast(Instant t) {
		StringBuilder b = new StringBuilder();
		Json.appendInstant(b, t);
		return b.toString();
	}

	@Test
	void edgesAreWrittenAsInstantWritesThem() {
		for (String text : List.of("1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999999999Z", "2000-02-29T12:00:00.5Z",
				"1900-02-28T23:59:59Z", "1900-03-01T00:00:00Z", "2024-02-29T00:00:00.000001Z", "2100-03-01T00:00:00.120Z",
				"0000-01-01T00:00:00Z", "0001-12-31T23:59:59.000000001Z", "9999-12-31T23:59:59.999Z", "+10000-01-01T00:00:00Z",
				"-0001-06-15T10:00:00Z", "1600-01-01T00:00:00Z")) {
			Instant t = Instant.parse(text);
			assertEquals(t.toString(), fast(t), text);
		}
	}

	@Test
	void randomInstantsOverTenThousandYears() {
		Random random = new Random(20261122);
		long min = Instant.parse("0000-01-01T00:00:00Z").getEpochSecond();
		long max = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
		for (int i = 0; i < 200_000; i++) {
			long seconds = min + (long) (random.nextDouble() * (max - min));
			int nano = switch (i % 4) {
			case 0 -> 0;
			case 1 -> random.nextInt(1000) * 1_000_000;
			case 2 -> random.nextInt(1_000_000) * 1000;
			default -> random.nextInt(1_000_000_000);
			};
			Instant t = Instant.ofEpochSecond(seconds, nano);
			assertEquals(t.toString(), fast(t));
		}
	}
}
