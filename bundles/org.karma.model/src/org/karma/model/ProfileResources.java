package org.karma.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.karma.model.profile.Direction;
import org.karma.model.profile.ProfilePackage;
import org.karma.model.profile.SyncProfile;

/**
 * Reading and writing profile files (XMI, one {@link SyncProfile} per file), with migration of
 * files written in older versions of the format.
 *
 * <p>Format versions are told apart by the nsURI of the root element:
 * <ul>
 * <li>{@value #NS_URI_1_0} — the 1.0 draft format: the direction was stored as {@code mode} and
 * the delete guard as {@code maxDeletePercent}. Read and migrated; never written.</li>
 * <li>{@link ProfilePackage#eNS_URI} — the current format, the only one written.</li>
 * </ul>
 * Values a file leaves out take the defaults of the current format; parts it leaves out are
 * created with defaults. Anything the format does not know is an error, so a typo in a
 * hand-edited file is reported instead of silently ignored.
 */
public final class ProfileResources {

	/** File extension of profile files. */
	public static final String FILE_EXTENSION = "karma";

	/** nsURI of the 1.0 draft format. */
	public static final String NS_URI_1_0 = "http://karma.org/model/profile/1.0";

	private ProfileResources() {
	}

	/**
	 * Reads a profile from the bytes of a file.
	 *
	 * @param source how to name the file in messages
	 * @throws ProfileFormatException with a one-line message saying what is wrong (and where, for XML errors)
	 */
	public static SyncProfile read(byte[] data, String source) throws ProfileFormatException {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(ProfilePackage.eNS_URI, ProfilePackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(NS_URI_1_0, ProfilePackage.eINSTANCE);
		XMIResourceImpl resource = new XMIResourceImpl(URI.createURI("karma-profile:/" + URI.encodeSegment(source, false)));
		resourceSet.getResources().add(resource);
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.TRUE);
		try {
			resource.load(new ByteArrayInputStream(data), options);
		} catch (IOException e) {
			Throwable cause = e.getCause() != null ? e.getCause() : e;
			throw new ProfileFormatException(source + ": not a readable profile file: " + oneLine(cause), e);
		} catch (RuntimeException e) {
			throw new ProfileFormatException(source + ": not a readable profile file: " + oneLine(e), e);
		}
		if (!resource.getErrors().isEmpty()) {
			throw new ProfileFormatException(source + ": " + oneLine(resource.getErrors().get(0)));
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof SyncProfile profile)) {
			throw new ProfileFormatException(source + ": does not hold a sync profile");
		}
		boolean draft = new String(data, StandardCharsets.UTF_8).contains(NS_URI_1_0);
		migrate(resource, draft, source);
		resource.getContents().clear();
		Profiles.completeDefaults(profile);
		return profile;
	}

	/** Features the 1.0 draft stored under other names. */
	private static EStructuralFeature renamedIn10(String name) {
		return switch (name) {
		case "mode" -> ProfilePackage.Literals.SYNC_PROFILE__DIRECTION;
		case "maxDeletePercent" -> ProfilePackage.Literals.SYNC_PROFILE__DELETE_GUARD_PERCENT;
		default -> null;
		};
	}

	private static void migrate(XMLResource resource, boolean draft, String source) throws ProfileFormatException {
		List<String> unknown = new ArrayList<>();
		for (Map.Entry<EObject, AnyType> entry : resource.getEObjectToExtensionMap().entrySet()) {
			EObject object = entry.getKey();
			AnyType extension = entry.getValue();
			for (FeatureMap.Entry attribute : extension.getAnyAttribute()) {
				String name = attribute.getEStructuralFeature().getName();
				EStructuralFeature renamed = draft && object instanceof SyncProfile ? renamedIn10(name) : null;
				if (renamed == null) {
					unknown.add("attribute '" + name + "' of " + object.eClass().getName());
					continue;
				}
				String value = String.valueOf(attribute.getValue());
				try {
					object.eSet(renamed, EcoreUtil.createFromString(((org.eclipse.emf.ecore.EAttribute) renamed).getEAttributeType(), value));
				} catch (RuntimeException e) {
					throw new ProfileFormatException(source + ": " + name + "='" + value + "' is not a valid value for "
							+ renamed.getName() + (renamed == ProfilePackage.Literals.SYNC_PROFILE__DIRECTION
									? " (allowed: " + Direction.VALUES + ")" : ""));
				}
			}
			for (FeatureMap.Entry element : extension.getMixed()) {
				EStructuralFeature feature = element.getEStructuralFeature();
				if (!feature.getName().equals("text") && !feature.getName().equals("comment")) {
					unknown.add("element '" + feature.getName() + "' in " + object.eClass().getName());
				}
			}
			for (FeatureMap.Entry element : extension.getAny()) {
				unknown.add("element '" + element.getEStructuralFeature().getName() + "' in " + object.eClass().getName());
			}
		}
		if (!unknown.isEmpty()) {
			throw new ProfileFormatException(source + ": unknown " + String.join(", ", unknown)
					+ " (written by a newer KARMA, or mistyped?)");
		}
	}

	/** Writes a profile in the current format (UTF-8 XMI); the profile itself is not moved or changed. */
	public static byte[] write(SyncProfile profile) throws IOException {
		SyncProfile copy = EcoreUtil.copy(profile);
		XMIResourceImpl resource = new XMIResourceImpl(URI.createURI("karma-profile:/write." + FILE_EXTENSION));
		resource.getContents().add(copy);
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_WIDTH, 100);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, options);
		return out.toByteArray();
	}

	private static String oneLine(Object problem) {
		String text = problem instanceof Resource.Diagnostic d
				? d.getMessage() + (d.getLine() > 0 ? " (line " + d.getLine() + ")" : "")
				: problem instanceof Throwable t && t.getMessage() != null ? t.getMessage() : String.valueOf(problem);
		return text.replaceAll("\\s+", " ").strip();
	}
}
