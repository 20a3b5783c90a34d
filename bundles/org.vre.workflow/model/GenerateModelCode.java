import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates src/gen/java of org.vre.workflow from model/workflow.genmodel with EMF's own generator, headless and
 * outside Eclipse. It generates into a scratch copy (the generator also writes plugin.xml and build.properties,
 * which the build owns) and then replaces src/gen/java. Run from the bundle folder, with EMF's generator on the
 * class path (see docs/user-guide/workflows.md, "Regenerating the model code"):
 *
 *   java -cp "$EMF_CODEGEN_CLASSPATH" model/GenerateModelCode.java
 */
public final class GenerateModelCode {

    public static void main(String[] args) throws Exception {
        Path bundle = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path scratch = Files.createTempDirectory("vre-emf-gen");
        Path copy = scratch.resolve("org.vre.workflow");
        Files.createDirectories(copy.resolve("model"));
        for (String name : new String[] {"workflow.ecore", "workflow.genmodel"}) {
            Files.copy(bundle.resolve("model").resolve(name), copy.resolve("model").resolve(name));
        }
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        ResourceSet set = new ResourceSetImpl();
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        URI base = URI.createFileURI(copy.toString() + "/");
        set.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/org.vre.workflow/", true), base);
        EcorePlugin.getPlatformResourceMap().put("org.vre.workflow", base);
        GenModel genModel = (GenModel) set.getResource(URI.createFileURI(copy.resolve("model/workflow.genmodel")
                .toString()), true).getContents().get(0);
        genModel.reconcile();
        genModel.setCanGenerate(true);
        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.setInput(genModel);
        Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                new BasicMonitor.Printing(System.out));
        if (result.getSeverity() > Diagnostic.WARNING) {
            System.err.println("generation failed: " + result);
            System.exit(1);
        }
        Path target = bundle.resolve("src/gen/java");
        deleteTree(target);
        copyTree(copy.resolve("src/gen/java"), target);
        deleteTree(scratch);
        System.out.println("regenerated " + target);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
