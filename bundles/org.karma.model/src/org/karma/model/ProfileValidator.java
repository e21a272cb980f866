package org.karma.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.karma.model.profile.Comparison;
import org.karma.model.profile.ConnectorOption;
import org.karma.model.profile.Endpoint;
import org.karma.model.profile.Filter;
import org.karma.model.profile.Integrity;
import org.karma.model.profile.ProfilePackage;
import org.karma.model.profile.Schedule;
import org.karma.model.profile.ScheduleKind;
import org.karma.model.profile.SyncProfile;
import org.karma.model.profile.VersioningPolicy;

/**
 * The {@link EValidator} of sync profiles. Every message says which profile, which field, what
 * is wrong and what is allowed, e.g. {@code profile 'docs': parallelTransfers: 0 is out of range
 * (allowed: 1 to 64)}. Connector options are checked against an {@link OptionCatalog} passed in
 * the validation context under {@link #CATALOG}.
 *
 * <p>Use {@link #validate(SyncProfile, OptionCatalog)}; the validator is not put in EMF's global
 * registry (callers decide which catalog applies).
 */
public final class ProfileValidator extends EObjectValidator {

	/** Diagnostic source of all problems reported here. */
	public static final String SOURCE = "org.karma.model";

	/** Context key of the {@link OptionCatalog}. */
	public static final Object CATALOG = OptionCatalog.class;

	private static final int MAX_BLACKLIST_NAME = 255;

	@Override
	protected EPackage getEPackage() {
		return ProfilePackage.eINSTANCE;
	}

	/** Validates a profile and everything in it; the result's children are the problems found. */
	public static Diagnostic validate(SyncProfile profile, OptionCatalog catalog) {
		EValidator.Registry registry = new EValidatorRegistryImpl();
		registry.put(ProfilePackage.eINSTANCE, new ProfileValidator());
		Diagnostician diagnostician = new Diagnostician(registry);
		Map<Object, Object> context = diagnostician.createDefaultContext();
		context.put(CATALOG, catalog);
		return diagnostician.validate(profile, context);
	}

	/** The messages of a validation result, one line each, errors first. */
	public static List<String> messages(Diagnostic diagnostic) {
		List<String> errors = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		for (Diagnostic child : diagnostic.getChildren()) {
			(child.getSeverity() >= Diagnostic.ERROR ? errors : warnings).add(child.getMessage());
		}
		errors.addAll(warnings);
		return errors;
	}

	@Override
	public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Checker check = new Checker(object, diagnostics);
		if (object instanceof SyncProfile profile) {
			validateProfile(profile, check);
		} else if (object instanceof Endpoint endpoint) {
			validateEndpoint(endpoint, check, (OptionCatalog) context.get(CATALOG));
		} else if (object instanceof Comparison comparison) {
			check.range(ProfilePackage.Literals.COMPARISON__MTIME_TOLERANCE_SECONDS, comparison.getMtimeToleranceSeconds(), 0, 3600);
		} else if (object instanceof Filter filter) {
			validateFilter(filter, check);
		} else if (object instanceof VersioningPolicy versioning) {
			validateVersioning(versioning, check);
		} else if (object instanceof Schedule schedule) {
			validateSchedule(schedule, check);
		} else if (object instanceof Integrity integrity) {
			check.range(ProfilePackage.Literals.INTEGRITY__SCRUB_INTERVAL_DAYS, integrity.getScrubIntervalDays(), 0, 3650);
			check.range(ProfilePackage.Literals.INTEGRITY__MANIFESTS_TO_KEEP, integrity.getManifestsToKeep(), 1, 1000);
		}
		return check.ok;
	}

	private static void validateProfile(SyncProfile profile, Checker check) {
		String name = profile.getName();
		if (name == null || name.isEmpty()) {
			check.error(ProfilePackage.Literals.SYNC_PROFILE__NAME, "is missing (1 to 64 letters, digits, '.', '_', '-')");
		} else if (!Profiles.NAME.matcher(name).matches()) {
			check.error(ProfilePackage.Literals.SYNC_PROFILE__NAME, "'" + name
					+ "' is not a valid profile name (1 to 64 letters, digits, '.', '_', '-', starting with a letter or digit)");
		}
		if (profile.getLeft() == null) {
			check.error(ProfilePackage.Literals.SYNC_PROFILE__LEFT, "is missing");
		}
		if (profile.getRight() == null) {
			check.error(ProfilePackage.Literals.SYNC_PROFILE__RIGHT, "is missing");
		}
		if (profile.getLeft() != null && profile.getRight() != null) {
			Optional<EndpointUri> left = parsed(profile.getLeft());
			Optional<EndpointUri> right = parsed(profile.getRight());
			if (left.isPresent() && right.isPresent() && left.get().overlaps(right.get())) {
				boolean same = left.get().withoutOptions().equals(right.get().withoutOptions());
				check.error(ProfilePackage.Literals.SYNC_PROFILE__RIGHT, same
						? "is the same location as left (" + left.get() + "); a sync needs two different places"
						: "'" + right.get() + "' and left '" + left.get()
								+ "' lie one inside the other; a sync would copy into its own source");
			}
		}
		check.range(ProfilePackage.Literals.SYNC_PROFILE__PARALLEL_TRANSFERS, profile.getParallelTransfers(), 1, 64);
		check.range(ProfilePackage.Literals.SYNC_PROFILE__DELETE_GUARD_PERCENT, profile.getDeleteGuardPercent(), 0, 100);
		check.range(ProfilePackage.Literals.SYNC_PROFILE__CLOCK_SKEW_SECONDS, profile.getClockSkewSeconds(), -86400, 86400);
	}

	private static Optional<EndpointUri> parsed(Endpoint endpoint) {
		try {
			return Optional.of(EndpointUri.parse(endpoint.getUri()));
		} catch (EndpointUri.InvalidUriException e) {
			return Optional.empty();
		}
	}

	private static void validateEndpoint(Endpoint endpoint, Checker check, OptionCatalog catalog) {
		EndpointUri uri;
		try {
			uri = EndpointUri.parse(endpoint.getUri());
		} catch (EndpointUri.InvalidUriException e) {
			check.error(ProfilePackage.Literals.ENDPOINT__URI, e.getMessage());
			return;
		}
		if (!uri.options().isEmpty()) {
			check.error(ProfilePackage.Literals.ENDPOINT__URI, "'" + EndpointUri.redact(endpoint.getUri())
					+ "' carries options; a stored profile keeps them as options (karma profile add moves them there)");
		}
		String credential = endpoint.getCredentialRef();
		if (credential != null && (credential.isBlank() || !credential.strip().equals(credential))) {
			check.error(ProfilePackage.Literals.ENDPOINT__CREDENTIAL_REF, "'" + credential
					+ "' is not a credential id (no leading or trailing spaces; see 'karma credentials list')");
		}
		Optional<List<OptionSpec>> declared = catalog == null ? Optional.empty() : catalog.optionsFor(uri.scheme());
		Set<String> seen = new HashSet<>();
		for (ConnectorOption option : endpoint.getOptions()) {
			String key = option.getKey();
			if (key == null || key.isBlank()) {
				check.error(ProfilePackage.Literals.ENDPOINT__OPTIONS, "an option has no key");
				continue;
			}
			if (!seen.add(key)) {
				check.error(ProfilePackage.Literals.ENDPOINT__OPTIONS, "option '" + key + "' is given twice");
			}
			if (declared.isEmpty()) {
				continue; // no catalog for this scheme: cannot judge, the connector will
			}
			Optional<OptionSpec> spec = declared.get().stream().filter(o -> o.key().equals(key)).findFirst();
			if (spec.isEmpty()) {
				List<String> known = declared.get().stream().filter(o -> !o.secret()).map(OptionSpec::key).toList();
				check.error(ProfilePackage.Literals.ENDPOINT__OPTIONS, "unknown option '" + key + "' for " + uri.scheme()
						+ " (allowed: " + (known.isEmpty() ? "none" : String.join(", ", known)) + ")");
				continue;
			}
			if (spec.get().secret()) {
				check.error(ProfilePackage.Literals.ENDPOINT__OPTIONS, "option '" + key
						+ "' is a secret and is never stored in a profile; store it with 'karma credentials set "
						+ uri.withoutOptions() + "'");
				continue;
			}
			if (option.getType() != spec.get().type()) {
				check.error(ProfilePackage.Literals.ENDPOINT__OPTIONS, "option '" + key + "' must be of type "
						+ spec.get().type() + ", not " + option.getType());
				continue;
			}
			try {
				spec.get().canonical(option.getValue());
			} catch (IllegalArgumentException e) {
				check.error(ProfilePackage.Literals.ENDPOINT__OPTIONS, e.getMessage());
			}
		}
	}

	private static void validateFilter(Filter filter, Checker check) {
		for (EStructuralFeature feature : List.of(ProfilePackage.Literals.FILTER__INCLUDES,
				ProfilePackage.Literals.FILTER__EXCLUDES)) {
			@SuppressWarnings("unchecked")
			List<String> globs = (List<String>) filter.eGet(feature);
			for (String glob : globs) {
				try {
					Glob.compile(glob);
				} catch (Glob.GlobSyntaxException e) {
					check.error(feature, e.getMessage());
				}
			}
		}
		for (EStructuralFeature feature : List.of(ProfilePackage.Literals.FILTER__FILE_BLACKLIST,
				ProfilePackage.Literals.FILTER__DIRECTORY_BLACKLIST)) {
			@SuppressWarnings("unchecked")
			List<String> names = (List<String>) filter.eGet(feature);
			for (String name : names) {
				if (name == null || name.isEmpty() || name.contains("/") || name.equals(".") || name.equals("..")
						|| name.length() > MAX_BLACKLIST_NAME) {
					check.error(feature, "'" + name + "' is not a plain file or folder name (no '/', not empty)");
				}
			}
		}
		if (filter.isSetMinSizeBytes() && filter.getMinSizeBytes() < 0) {
			check.error(ProfilePackage.Literals.FILTER__MIN_SIZE_BYTES, filter.getMinSizeBytes() + " is negative");
		}
		if (filter.isSetMaxSizeBytes() && filter.getMaxSizeBytes() < 0) {
			check.error(ProfilePackage.Literals.FILTER__MAX_SIZE_BYTES, filter.getMaxSizeBytes() + " is negative");
		}
		if (filter.isSetMinSizeBytes() && filter.isSetMaxSizeBytes()
				&& filter.getMinSizeBytes() > filter.getMaxSizeBytes()) {
			check.error(ProfilePackage.Literals.FILTER__MAX_SIZE_BYTES, filter.getMaxSizeBytes()
					+ " is smaller than minSizeBytes " + filter.getMinSizeBytes() + "; no file could pass");
		}
		if (filter.isSetMaxAgeDays()) {
			check.range(ProfilePackage.Literals.FILTER__MAX_AGE_DAYS, filter.getMaxAgeDays(), 1, 36500);
		}
	}

	private static void validateVersioning(VersioningPolicy versioning, Checker check) {
		check.range(ProfilePackage.Literals.VERSIONING_POLICY__COUNT, versioning.getCount(), 1, 10000);
		check.range(ProfilePackage.Literals.VERSIONING_POLICY__MAX_AGE_DAYS, versioning.getMaxAgeDays(), 1, 36500);
		if (versioning.isSetMaxTotalSizeBytes() && versioning.getMaxTotalSizeBytes() < 1) {
			check.error(ProfilePackage.Literals.VERSIONING_POLICY__MAX_TOTAL_SIZE_BYTES,
					versioning.getMaxTotalSizeBytes() + " is out of range (allowed: 1 byte or more, or unset for no limit)");
		}
		String location = versioning.getLocation();
		if (location != null && !location.isEmpty()) {
			try {
				EndpointUri.parse(location);
			} catch (EndpointUri.InvalidUriException e) {
				check.error(ProfilePackage.Literals.VERSIONING_POLICY__LOCATION, e.getMessage());
			}
		}
	}

	private static void validateSchedule(Schedule schedule, Checker check) {
		check.range(ProfilePackage.Literals.SCHEDULE__INTERVAL, schedule.getInterval(), 1, 10000);
		check.range(ProfilePackage.Literals.SCHEDULE__DEBOUNCE_MILLIS, schedule.getDebounceMillis(), 100, 600000);
		check.range(ProfilePackage.Literals.SCHEDULE__POLL_INTERVAL_SECONDS, schedule.getPollIntervalSeconds(), 5, 86400);
		check.range(ProfilePackage.Literals.SCHEDULE__RESCAN_INTERVAL_MINUTES, schedule.getRescanIntervalMinutes(), 0, 10080);
		String cron = schedule.getCronExpression();
		if (schedule.getKind() == ScheduleKind.CRON && (cron == null || cron.isBlank())) {
			check.error(ProfilePackage.Literals.SCHEDULE__CRON_EXPRESSION,
					"is missing; a CRON schedule needs an expression such as '0 2 * * *' or @daily");
		} else if (cron != null && !cron.isBlank()) {
			try {
				CronExpression.parse(cron);
			} catch (CronExpression.CronSyntaxException e) {
				check.error(ProfilePackage.Literals.SCHEDULE__CRON_EXPRESSION, e.getMessage());
			}
		}
	}

	/** Collects problems for one object, naming its profile and field path. */
	private static final class Checker {
		private final EObject object;
		private final DiagnosticChain diagnostics;
		boolean ok = true;

		Checker(EObject object, DiagnosticChain diagnostics) {
			this.object = object;
			this.diagnostics = diagnostics;
		}

		void range(EStructuralFeature feature, long value, long min, long max) {
			if (value < min || value > max) {
				error(feature, value + " is out of range (allowed: " + min + " to " + max + ")");
			}
		}

		void error(EStructuralFeature feature, String problem) {
			ok = false;
			if (diagnostics != null) {
				diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, SOURCE, 0,
						"profile '" + profileName() + "': " + path(feature) + ": " + problem, new Object[] { object, feature }));
			}
		}

		private String profileName() {
			EObject root = object;
			while (root.eContainer() != null) {
				root = root.eContainer();
			}
			String name = root instanceof SyncProfile p ? p.getName() : null;
			return name == null || name.isEmpty() ? "(unnamed)" : name;
		}

		private String path(EStructuralFeature feature) {
			List<String> parts = new ArrayList<>();
			parts.add(feature.getName());
			for (EObject o = object; o.eContainer() != null; o = o.eContainer()) {
				parts.add(0, o.eContainingFeature().getName());
			}
			return String.join(".", parts);
		}
	}

	/** A catalog that knows no connector (only URIs, ranges, globs and cron are checked). */
	public static final OptionCatalog NO_CATALOG = scheme -> Optional.empty();

	/** A catalog over a fixed map from scheme to options (tests, tools). */
	public static OptionCatalog catalogOf(Map<String, List<OptionSpec>> options) {
		Map<String, List<OptionSpec>> copy = new HashMap<>(options);
		return scheme -> Optional.ofNullable(copy.get(scheme));
	}
}
