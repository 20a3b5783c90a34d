package org.vre.workflow.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Reads the YAML mapping of the model from its Ecore annotations (source {@value #SOURCE}): {@code key} names the
 * YAML key of a feature, {@code map} marks a list written as a YAML mapping, {@code mapKey}/{@code mapValue} mark
 * the features that hold such an entry's key and value. Features without annotation are not saved.
 */
public final class YamlKeys {

    public static final String SOURCE = "http://www.vre.org/workflow/yaml";

    private YamlKeys() {
    }

    /** The YAML key of {@code feature}, or null when it is not saved. */
    public static String keyOf(EStructuralFeature feature) {
        return detail(feature, "key");
    }

    public static boolean isMap(EStructuralFeature feature) {
        return "true".equals(detail(feature, "map"));
    }

    /** Model metadata does not change at run time: the saved features of each class are looked up once. */
    private static final java.util.Map<EClass, List<EStructuralFeature>> SAVED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The saved features of {@code eClass}, in model order. */
    public static List<EStructuralFeature> savedFeatures(EClass eClass) {
        return SAVED.computeIfAbsent(eClass, YamlKeys::computeSavedFeatures);
    }

    private static List<EStructuralFeature> computeSavedFeatures(EClass eClass) {
        List<EStructuralFeature> result = new ArrayList<>();
        for (EStructuralFeature f : eClass.getEAllStructuralFeatures()) {
            if (keyOf(f) != null) {
                result.add(f);
            }
        }
        return List.copyOf(result);
    }

    /** The feature of {@code eClass} saved under {@code key}, or null. */
    public static EStructuralFeature featureFor(EClass eClass, String key) {
        for (EStructuralFeature f : eClass.getEAllStructuralFeatures()) {
            if (key.equals(keyOf(f))) {
                return f;
            }
        }
        return null;
    }

    /** For a class whose instances are mapping entries: the feature holding the key. */
    public static EStructuralFeature mapKeyFeature(EClass eClass) {
        return marked(eClass, "mapKey");
    }

    /** For a class whose instances are mapping entries: the feature holding the value. */
    public static EStructuralFeature mapValueFeature(EClass eClass) {
        return marked(eClass, "mapValue");
    }

    private static EStructuralFeature marked(EClass eClass, String mark) {
        for (EStructuralFeature f : eClass.getEAllStructuralFeatures()) {
            if ("true".equals(detail(f, mark))) {
                return f;
            }
        }
        return null;
    }

    private static String detail(EStructuralFeature feature, String key) {
        EAnnotation annotation = feature.getEAnnotation(SOURCE);
        return annotation == null ? null : annotation.getDetails().get(key);
    }
}
