package org.karma.core.oauth;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The redirect target of a loopback OAuth login (RFC 8252 section 7.3): an HTTP listener on
 * {@code 127.0.0.1} at a free port that waits for the browser to come back with {@code code} and
 * {@code state} (or {@code error}), answers it with a short page, and hands the parameters over.
 * Only loopback can reach it; it takes the first answer and stops when closed.
 */
public final class LoopbackReceiver implements AutoCloseable {

	private final HttpServer server;
	private final ExecutorService executor;
	private final CompletableFuture<Map<String, String>> result = new CompletableFuture<>();

	private LoopbackReceiver(HttpServer server, ExecutorService executor) {
		this.server = server;
		this.executor = executor;
	}

	/** Starts listening on {@code 127.0.0.1} at a port the system picks. */
	public static LoopbackReceiver start() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 4);
		ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
			Thread t = new Thread(r, "karma-oauth-loopback");
			t.setDaemon(true);
			return t;
		});
		LoopbackReceiver receiver = new LoopbackReceiver(server, executor);
		server.setExecutor(executor);
		server.createContext("/", receiver::handle);
		server.start();
		return receiver;
	}

	/** {@code http://127.0.0.1:PORT/}: the redirect URI to send in the authorization request. */
	public String redirectUri() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
	}

	/** Completes with the query parameters of the first request that carries {@code code} or {@code error}. */
	public CompletableFuture<Map<String, String>> result() {
		return result;
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
			boolean answer = "/".equals(exchange.getRequestURI().getPath())
					&& (query.containsKey("code") || query.containsKey("error"));
			String page;
			int status;
			if (!answer) {
				status = 404;
				page = "Not an OAuth answer.";
			} else if (query.containsKey("code")) {
				status = 200;
				page = "KARMA received the authorization. You can close this tab and return to KARMA.";
			} else {
				status = 200;
				page = "The authorization was not given. You can close this tab; KARMA stored nothing.";
			}
			byte[] body = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>KARMA</title></head><body><p>"
					+ page + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
			exchange.getResponseHeaders().set("Connection", "close");
			exchange.sendResponseHeaders(status, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
			if (answer) {
				result.complete(query);
			}
		}
	}

	/** The decoded parameters of a query string (the first value of each name). */
	static Map<String, String> query(String raw) {
		Map<String, String> map = new LinkedHashMap<>();
		if (raw == null || raw.isEmpty()) {
			return map;
		}
		for (String pair : raw.split("&")) {
			int eq = pair.indexOf('=');
			String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
			String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
			map.putIfAbsent(name, value);
		}
		return map;
	}

	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
		result.cancel(false);
	}
}
