package org.karma.core.profiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.karma.model.profile.SyncProfile;

/**
 * A profile as JSON data, field names as in the model and the profile file; every value is
 * present (defaults included, unset limits as null), enums by their literal.
 */
public final class ProfileJson {

	private ProfileJson() {
	}

	public static Map<String, Object> toMap(SyncProfile profile) {
		return object(profile);
	}

	private static Map<String, Object> object(EObject object) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			Object value = object.eGet(feature);
			if (feature instanceof EAttribute attribute && attribute.isUnsettable() && !object.eIsSet(feature)) {
				map.put(feature.getName(), null);
			} else if (feature instanceof EReference) {
				if (feature.isMany()) {
					List<Object> list = new ArrayList<>();
					for (Object child : (List<?>) value) {
						list.add(object((EObject) child));
					}
					map.put(feature.getName(), list);
				} else {
					map.put(feature.getName(), value == null ? null : object((EObject) value));
				}
			} else if (feature.isMany()) {
				List<Object> list = new ArrayList<>();
				for (Object item : (List<?>) value) {
					list.add(scalar(item));
				}
				map.put(feature.getName(), list);
			} else {
				map.put(feature.getName(), scalar(value));
			}
		}
		return map;
	}

	private static Object scalar(Object value) {
		return value instanceof Enumerator e ? e.getLiteral() : value;
	}
}
