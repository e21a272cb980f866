package org.karma.app.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.karma.connector.api.ConnectorFactory;
import org.karma.connector.api.ConnectorOption;
import org.karma.core.Json;
import org.karma.core.connectors.ConnectorRegistry;
import org.karma.model.EndpointUri;

/** {@code karma connectors [--json]}: the connectors installed in this build and their options. */
final class ConnectorsCommand {

	private final ConnectorRegistry registry;
	private final PrintStream out;

	ConnectorsCommand(ConnectorRegistry registry, PrintStream out) {
		this.registry = registry;
		this.out = out;
	}

	ExitCode run(List<String> raw) throws UsageException {
		Args args = Args.parse("connectors", raw, Set.of(), Set.of("json"));
		args.expectPositionals(0, 0, "");
		List<Object> json = new ArrayList<>();
		for (String scheme : EndpointUri.SCHEMES) {
			ConnectorFactory factory = registry.factory(scheme).orElse(null);
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("scheme", scheme);
			item.put("installed", factory != null);
			if (factory == null) {
				json.add(item);
				if (!args.flag("json")) {
					out.printf("%-8s (not available in this build)%n", scheme);
				}
				continue;
			}
			item.put("name", factory.displayName());
			List<Object> options = new ArrayList<>();
			if (!args.flag("json")) {
				out.printf("%-8s %s%n", scheme, factory.displayName());
			}
			for (ConnectorOption option : factory.options()) {
				Map<String, Object> o = new LinkedHashMap<>();
				o.put("key", option.key());
				o.put("type", option.type().name().toLowerCase(java.util.Locale.ROOT));
				o.put("required", option.required());
				o.put("secret", option.secret());
				o.put("default", option.defaultValue());
				o.put("allowed", option.allowedValues());
				o.put("help", option.help());
				options.add(o);
				if (!args.flag("json")) {
					String type = option.allowedValues().isEmpty() ? option.type().name().toLowerCase(java.util.Locale.ROOT)
							: String.join("|", option.allowedValues());
					out.printf("  %-22s %-10s %s%s%s%n", option.key(), type, option.help(),
							option.defaultValue() == null ? "" : " (default " + option.defaultValue() + ")",
							option.secret() ? " [secret: karma credentials]" : "");
				}
			}
			item.put("options", options);
			json.add(item);
		}
		if (args.flag("json")) {
			out.println(Json.write(json));
		}
		return ExitCode.OK;
	}
}
