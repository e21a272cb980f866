package org.karma.core.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;

import org.junit.jupiter.api.Test;

class PkceTest {

	@Test
	void s256MatchesTheVectorOfRfc7636AppendixB() {
		assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
				Pkce.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
	}

	@Test
	void verifiersAreLongRandomAndUnreserved() {
		SecureRandom random = new SecureRandom();
		String a = Pkce.newVerifier(random);
		String b = Pkce.newVerifier(random);
		assertNotEquals(a, b);
		assertTrue(a.length() >= 43 && a.length() <= 128, a);
		assertTrue(Pkce.isValidVerifier(a), a);
		assertTrue(a.matches("[A-Za-z0-9_-]+"), a);
		assertEquals(43, Pkce.challenge(a).length());
		assertNotEquals(Pkce.newState(random), Pkce.newState(random));
	}

	@Test
	void malformedVerifiersAreRefused() {
		assertFalse(Pkce.isValidVerifier("short"));
		assertFalse(Pkce.isValidVerifier("x".repeat(129)));
		assertFalse(Pkce.isValidVerifier("a".repeat(42) + "+"));
		assertTrue(Pkce.isValidVerifier("a".repeat(42) + "~"));
		assertThrows(IllegalArgumentException.class, () -> Pkce.challenge("a b".repeat(20)));
	}
}
