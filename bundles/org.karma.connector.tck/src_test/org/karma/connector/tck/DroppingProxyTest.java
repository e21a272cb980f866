package org.karma.connector.tck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fault proxy forwards faithfully until told to cut, then cuts exactly where told. */
class DroppingProxyTest {

	private ServerSocket echo;
	private DroppingProxy proxy;

	@BeforeEach
	void startEcho() throws IOException {
		echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread t = new Thread(() -> {
			while (!echo.isClosed()) {
				try {
					Socket s = echo.accept();
					Thread c = new Thread(() -> {
						try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
							in.transferTo(out);
						} catch (IOException e) {
							// cut by the proxy
						}
					});
					c.setDaemon(true);
					c.start();
				} catch (IOException e) {
					return;
				}
			}
		});
		t.setDaemon(true);
		t.start();
		proxy = DroppingProxy.to(new InetSocketAddress(InetAddress.getLoopbackAddress(), echo.getLocalPort()));
	}

	@AfterEach
	void stop() throws IOException {
		proxy.close();
		echo.close();
	}

	private Socket connect() throws IOException {
		Socket s = new Socket(InetAddress.getLoopbackAddress(), proxy.port());
		s.setSoTimeout(10_000);
		return s;
	}

	private static byte[] pattern(int n) {
		byte[] b = new byte[n];
		for (int i = 0; i < n; i++) {
			b[i] = (byte) (i * 31 + 7);
		}
		return b;
	}

	/** Reads until end of stream or reset; returns how many bytes arrived. */
	private static int readAll(InputStream in) {
		int total = 0;
		byte[] buffer = new byte[4096];
		try {
			int n;
			while ((n = in.read(buffer)) >= 0) {
				total += n;
			}
		} catch (IOException e) {
			// reset
		}
		return total;
	}

	@Test
	void forwardsBothWaysUntouched() throws IOException {
		echoesThrough();
		assertEquals(0, proxy.cuts());
	}

	private void echoesThrough() throws IOException {
		byte[] data = pattern(300_000);
		try (Socket s = connect()) {
			Thread writer = new Thread(() -> {
				try {
					s.getOutputStream().write(data);
					s.shutdownOutput();
				} catch (IOException e) {
					throw new RuntimeException(e);
				}
			});
			writer.start();
			byte[] back = s.getInputStream().readAllBytes();
			assertArrayEquals(data, back);
		}
	}

	@Test
	void cutsAfterTheArmedNumberOfBytesThenLetsTheNextConnectionPass() throws Exception {
		proxy.cutAfter(1000);
		try (Socket s = connect()) {
			Thread writer = new Thread(() -> {
				try {
					s.getOutputStream().write(pattern(50_000));
				} catch (IOException e) {
					// cut while writing
				}
			});
			writer.start();
			int got = readAll(s.getInputStream());
			// the budget counts both directions: at most 1000 bytes went up, fewer came back
			assertTrue(got <= 1000, "read " + got + " bytes through a proxy armed to cut after 1000");
		}
		assertTrue(proxy.awaitCuts(1, 10, TimeUnit.SECONDS));
		assertEquals(1, proxy.cuts());
		echoesThrough();
		assertEquals(1, proxy.cuts());
	}

	@Test
	void cutAllResetsOpenConnections() throws Exception {
		try (Socket s = connect()) {
			s.getOutputStream().write(pattern(10));
			assertEquals(10, s.getInputStream().readNBytes(10).length);
			proxy.cutAll();
			assertEquals(0, readAll(s.getInputStream()));
		}
		assertEquals(1, proxy.cuts());
	}

	@Test
	void refusesNewConnectionsWhileDown() throws Exception {
		proxy.refuseNew(true);
		try (Socket s = connect()) {
			try {
				s.getOutputStream().write(pattern(10));
			} catch (IOException e) {
				// reset before the write
			}
			assertEquals(0, readAll(s.getInputStream()));
		}
		proxy.refuseNew(false);
		echoesThrough();
		assertEquals(2, proxy.accepted());
	}
}
