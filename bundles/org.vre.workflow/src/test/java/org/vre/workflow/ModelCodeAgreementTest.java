package org.vre.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.vre.workflow.model.WorkflowPackage;

/**
 * Fails when model/workflow.ecore and the generated code (src/gen/java) disagree, i.e. when someone changed one
 * without regenerating: classes, supertypes, features, types, multiplicities, flags, annotations, enum literals.
 */
class ModelCodeAgreementTest {

    @Test
    void ecoreFileAndGeneratedPackageDescribeTheSameModel() {
        java.net.URL url = ModelCodeAgreementTest.class.getResource("/model/workflow.ecore");
        assertNotNull(url, "model/workflow.ecore must be on the test class path (bin.includes: model/)");
        ResourceSet set = new ResourceSetImpl();
        set.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        Resource resource = set.getResource(URI.createURI(url.toString()), true);
        EPackage fromFile = (EPackage) resource.getContents().get(0);
        assertEquals(describe(fromFile), describe(WorkflowPackage.eINSTANCE));
    }

    /** A line per model element, so a mismatch shows exactly what differs. */
    private static List<String> describe(EPackage p) {
        List<String> lines = new ArrayList<>();
        lines.add("package " + p.getName() + " " + p.getNsURI() + " " + p.getNsPrefix());
        for (EClassifier c : p.getEClassifiers()) {
            if (c instanceof EEnum e) {
                for (EEnumLiteral l : e.getELiterals()) {
                    lines.add("enum " + e.getName() + " " + l.getName() + "=" + l.getValue() + " '" + l.getLiteral() + "'");
                }
                continue;
            }
            EClass k = (EClass) c;
            lines.add("class " + k.getName() + " abstract=" + k.isAbstract() + " super="
                    + k.getESuperTypes().stream().map(EClass::getName).toList());
            for (EStructuralFeature f : k.getEStructuralFeatures()) {
                String kind = f instanceof EAttribute ? "attribute" : "reference containment="
                        + ((EReference) f).isContainment();
                lines.add("  " + kind + " " + k.getName() + "." + f.getName() + " : " + f.getEType().getName()
                        + " [" + f.getLowerBound() + ".." + f.getUpperBound() + "] transient=" + f.isTransient()
                        + " unsettable=" + f.isUnsettable() + " changeable=" + f.isChangeable() + " default="
                        + f.getDefaultValueLiteral() + " yaml=" + annotation(f.getEAnnotation(
                                "http://www.vre.org/workflow/yaml")));
            }
        }
        return lines;
    }

    private static String annotation(EAnnotation a) {
        return a == null ? "-" : a.getDetails().stream().map(e -> e.getKey() + "=" + e.getValue()).toList().toString();
    }
}
