package org.karma.connector.s3.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay in front of S3Proxy that answers the next {@link #failNext(int)} connections with
 * {@code 503 Slow Down} (S3's throttling answer, with {@code Retry-After: 1}) and closes them; all
 * other connections are relayed byte for byte.
 */
final class FaultProxy implements AutoCloseable {

	private final ServerSocket listener;
	private final int target;
	private final AtomicInteger failures = new AtomicInteger();
	final AtomicInteger failed = new AtomicInteger();
	private final java.util.List<Socket> relayed = new java.util.ArrayList<>();

	FaultProxy(int target) throws IOException {
		this.target = target;
		this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread accept = new Thread(this::acceptLoop, "s3-fault-proxy");
		accept.setDaemon(true);
		accept.start();
	}

	String endpoint() {
		return "http://127.0.0.1:" + listener.getLocalPort();
	}

	/** Fails the next n connections; relayed connections are cut, so that kept-alive ones are not reused. */
	void failNext(int n) {
		failures.set(n);
		synchronized (relayed) {
			for (Socket socket : relayed) {
				try {
					socket.close();
				} catch (IOException e) {
					// already closed
				}
			}
			relayed.clear();
		}
	}

	private void acceptLoop() {
		while (!listener.isClosed()) {
			try {
				Socket client = listener.accept();
				if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
					failed.incrementAndGet();
					answerSlowDown(client);
				} else {
					Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
					synchronized (relayed) {
						relayed.add(client);
						relayed.add(server);
					}
					pipe(client, server);
					pipe(server, client);
				}
			} catch (IOException e) {
				// closed, or one connection failed
			}
		}
	}

	private static void answerSlowDown(Socket client) {
		Thread t = new Thread(() -> {
			try (client) {
				InputStream in = client.getInputStream();
				// read the request head (the body, if any, waits for 100-continue or is dropped)
				int state = 0;
				while (state < 4) {
					int b = in.read();
					if (b < 0) {
						return;
					}
					state = (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3)) ? state + 1
							: 0;
				}
				String body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>SlowDown</Code>"
						+ "<Message>Please reduce your request rate.</Message></Error>";
				byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
				OutputStream out = client.getOutputStream();
				out.write(("HTTP/1.1 503 Slow Down\r\nRetry-After: 1\r\nContent-Type: application/xml\r\nContent-Length: "
						+ bytes.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
				out.write(bytes);
				out.flush();
			} catch (IOException e) {
				// the client went away
			}
		}, "s3-fault-proxy-503");
		t.setDaemon(true);
		t.start();
	}

	private static void pipe(Socket from, Socket to) {
		Thread t = new Thread(() -> {
			try {
				from.getInputStream().transferTo(to.getOutputStream());
			} catch (IOException e) {
				// one side closed
			} finally {
				try {
					to.shutdownOutput();
				} catch (IOException e) {
					// already closed
				}
			}
		}, "s3-fault-proxy-pipe");
		t.setDaemon(true);
		t.start();
	}

	@Override
	public void close() throws IOException {
		listener.close();
	}
}
