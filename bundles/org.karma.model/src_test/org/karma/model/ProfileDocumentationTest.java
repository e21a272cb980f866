package org.karma.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.karma.model.profile.ProfilePackage;

/** docs/profiles.md documents every attribute with the model's own documentation text. */
class ProfileDocumentationTest {

	@Test
	void everyFeatureIsDocumentedInTheModelAndInDocsProfiles() throws Exception {
		String docs = Files.readString(Path.of("../../docs/profiles.md"));
		for (EClassifier classifier : ProfilePackage.eINSTANCE.getEClassifiers()) {
			String classDoc = EcoreUtil.getDocumentation(classifier);
			assertTrue(classDoc != null && !classDoc.isBlank(), classifier.getName() + " has documentation");
			if (classifier instanceof EClass eClass) {
				assertTrue(docs.contains("### " + eClass.getName() + "\n\n" + classDoc), eClass.getName() + " in docs/profiles.md");
				for (EStructuralFeature feature : eClass.getEStructuralFeatures()) {
					String doc = EcoreUtil.getDocumentation(feature);
					assertFalse(doc == null || doc.isBlank(), eClass.getName() + "." + feature.getName() + " has documentation");
					assertTrue(docs.contains("| `" + feature.getName() + "` |") && docs.contains(doc.replace("|", "\\|") + " |"),
							eClass.getName() + "." + feature.getName() + " is documented in docs/profiles.md with the model's text");
				}
			}
		}
	}
}
