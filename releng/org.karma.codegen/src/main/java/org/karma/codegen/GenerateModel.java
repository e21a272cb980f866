package org.karma.codegen;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.codegen.merge.java.JControlModel;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Monitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Headless EMF model code generation (what "Generate Model Code" does in the Eclipse GenModel editor),
 * as plain Java: no Eclipse IDE, no OSGi, no JDT.
 *
 * <pre>
 * java -Dfile.encoding=UTF-8 -jar org.karma.codegen.jar [--clean] &lt;path/to/x.genmodel&gt; &lt;bundle-dir&gt;
 * </pre>
 *
 * <p>{@code bundle-dir} is the project that {@code platform:/resource/<bundle-name>/} stands for, where
 * {@code bundle-name} is the Bundle-SymbolicName of {@code bundle-dir/META-INF/MANIFEST.MF} (or the directory's name
 * when there is no manifest). The genmodel's {@code modelDirectory} must be {@code /<bundle-name>/<folder>} (e.g.
 * {@code /org.karma.model/src-gen}); only model code is generated (no edit, editor or test code) and only into that
 * folder: MANIFEST.MF, plugin.xml, plugin.properties and build.properties of the bundle are never written, and any
 * other attempt to write outside the folder fails the run.
 *
 * <p>{@code --clean} deletes the modelDirectory folder before generating (once the model has been loaded and
 * validated without errors), so that classes removed from the model disappear.
 *
 * <p>With {@code -Dorg.karma.codegen.modelDirectory=src-gen} the genmodel's modelDirectory must be exactly
 * {@code /<bundle-name>/src-gen} (the folder the regenerate script cleans).
 *
 * <p>Exit codes: 0 generated, 1 the model has errors or generation failed, 2 usage error.
 */
public final class GenerateModel
{
  /** Optional system property: the folder (relative to the bundle) that modelDirectory must name, e.g. src-gen. */
  static final String EXPECTED_MODEL_DIRECTORY_PROPERTY = "org.karma.codegen.modelDirectory";

  private static final PrintStream OUT = System.out;
  private static final PrintStream ERR = System.err;

  private GenerateModel()
  {
  }

  /** Thrown for problems that should end the run with a message but without a stack trace. */
  static final class Failure extends Exception
  {
    private static final long serialVersionUID = 1L;

    final int exitCode;

    Failure(int exitCode, String message)
    {
      super(message);
      this.exitCode = exitCode;
    }
  }

  public static void main(String[] args)
  {
    int exitCode;
    try
    {
      exitCode = run(args);
    }
    catch (Failure failure)
    {
      ERR.println("generate-model: ERROR: " + failure.getMessage());
      exitCode = failure.exitCode;
    }
    catch (Throwable throwable)
    {
      ERR.println("generate-model: ERROR: unexpected failure: " + throwable);
      throwable.printStackTrace(ERR);
      exitCode = 1;
    }
    OUT.flush();
    ERR.flush();
    System.exit(exitCode);
  }

  static int run(String[] args) throws Exception
  {
    List<String> arguments = new ArrayList<>(Arrays.asList(args));
    boolean clean = arguments.remove("--clean");
    if (arguments.size() != 2 || arguments.get(0).startsWith("-") || arguments.get(1).startsWith("-"))
    {
      throw new Failure(2, "usage: GenerateModel [--clean] <path/to/model.genmodel> <bundle-dir>");
    }
    File genModelFile = new File(arguments.get(0)).getCanonicalFile();
    File bundleDir = new File(arguments.get(1)).getCanonicalFile();
    if (!genModelFile.isFile())
    {
      throw new Failure(2, "no such genmodel file: " + genModelFile);
    }
    if (!bundleDir.isDirectory())
    {
      throw new Failure(2, "no such bundle directory: " + bundleDir);
    }

    // Determinism: the generator writes files in the platform default charset (headless it has no project
    // encoding) and uses the line.separator system property for new files.
    if (!StandardCharsets.UTF_8.equals(Charset.defaultCharset()))
    {
      throw new Failure(2, "the default charset is " + Charset.defaultCharset() + ": run the JVM with -Dfile.encoding=UTF-8");
    }
    System.setProperty("line.separator", "\n");

    String bundleName = bundleName(bundleDir);

    // --- resource set, standalone ------------------------------------------------------------------------
    URI bundleURI = URI.createFileURI(bundleDir.getPath()).appendSegment("");
    GuardedURIConverter uriConverter = new GuardedURIConverter();
    ResourceSet resourceSet = new ResourceSetImpl();
    resourceSet.setURIConverter(uriConverter);
    resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
    resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
    Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
    factories.put("ecore", new EcoreResourceFactoryImpl());
    factories.put("genmodel", new EcoreResourceFactoryImpl());
    factories.put(Resource.Factory.Registry.DEFAULT_EXTENSION, new XMIResourceFactoryImpl());

    // platform:/resource/<bundle>/ -> the bundle directory; its sibling bundles too, so that a genmodel can
    // refer to the models of other bundles (they are only read).
    File parent = bundleDir.getParentFile();
    File[] siblings = parent == null ? null : parent.listFiles(File::isDirectory);
    if (siblings != null)
    {
      for (File sibling : siblings)
      {
        if (!sibling.equals(bundleDir) && new File(sibling, "META-INF/MANIFEST.MF").isFile())
        {
          mapPlatformResource(uriConverter, bundleName(sibling), URI.createFileURI(sibling.getPath()).appendSegment(""));
        }
      }
    }
    mapPlatformResource(uriConverter, bundleName, bundleURI);

    // platform:/plugin/<bsn>/ -> the EMF jars (e.g. usedGenPackages="platform:/plugin/org.eclipse.emf.ecore/model/Ecore.genmodel#//ecore")
    for (Class<?> type : new Class<?>[] { EcorePackage.class, GenModelPackage.class, EcoreResourceFactoryImpl.class, URI.class, Generator.class })
    {
      mapPlatformPlugin(uriConverter, type);
    }

    // --- load and check -------------------------------------------------------------------------------------
    URI genModelURI = URI.createFileURI(genModelFile.getPath());
    String relative = relativePath(bundleDir, genModelFile);
    if (relative != null)
    {
      // as the IDE does: relative references then resolve exactly as in the workspace
      genModelURI = URI.createPlatformResourceURI(bundleName + "/" + relative, true);
    }
    OUT.println("generate-model: loading " + genModelFile);
    Resource genModelResource;
    try
    {
      genModelResource = resourceSet.getResource(genModelURI, true);
    }
    catch (RuntimeException exception)
    {
      throw new Failure(1, "cannot load " + genModelFile + ": " + rootMessage(exception));
    }
    if (genModelResource.getContents().isEmpty() || !(genModelResource.getContents().get(0) instanceof GenModel))
    {
      throw new Failure(1, genModelFile + " does not contain a GenModel");
    }
    GenModel genModel = (GenModel)genModelResource.getContents().get(0);

    EcoreUtil.resolveAll(resourceSet);
    List<String> loadErrors = new ArrayList<>();
    for (Resource resource : resourceSet.getResources())
    {
      for (Resource.Diagnostic error : resource.getErrors())
      {
        loadErrors.add(resource.getURI() + ": " + error.getMessage());
      }
      for (Resource.Diagnostic warning : resource.getWarnings())
      {
        warn(resource.getURI() + ": " + warning.getMessage());
      }
    }
    if (!loadErrors.isEmpty())
    {
      throw new Failure(1, "cannot load the model:\n  " + String.join("\n  ", loadErrors));
    }

    byte[] before = serialize(genModelResource);
    genModel.reconcile();
    if (genModel.getGenPackages().isEmpty())
    {
      throw new Failure(1, "the genmodel has no (reconcilable) genPackages: is its ecorePackage/foreignModel reference right?");
    }
    if (!Arrays.equals(before, serialize(genModelResource)))
    {
      warn("the genmodel is not in sync with its .ecore (reconcile() changed it); generating from the reconciled model."
        + " Open the .genmodel in the Eclipse GenModel editor (or use Reload) and save it to make this explicit.");
    }
    genModel.setCanGenerate(true);
    genModel.setUpdateClasspath(false);

    checkHeadlessSettings(genModel, bundleName);

    int errors = 0;
    errors += report("genmodel", genModel.diagnose());
    errors += report("genmodel", Diagnostician.INSTANCE.validate(genModel));
    for (GenPackage genPackage : genModel.getGenPackages())
    {
      EPackage ePackage = genPackage.getEcorePackage();
      if (ePackage != null && ePackage.getESuperPackage() == null)
      {
        errors += report("ecore package '" + ePackage.getName() + "'", Diagnostician.INSTANCE.validate(ePackage));
      }
    }
    if (errors > 0)
    {
      throw new Failure(1, errors + " error(s) in the model: nothing generated");
    }

    // --- generate -------------------------------------------------------------------------------------------
    String modelDirectory = genModel.getModelDirectory();
    URI outputRoot = uriConverter.normalize(URI.createPlatformResourceURI(trimSlashes(modelDirectory), true).appendSegment(""));
    uriConverter.allowWritesUnder(outputRoot);
    File outputDir = new File(outputRoot.toFileString());
    if (clean && outputDir.exists())
    {
      // only now that the model is known to be fine: so that classes removed from the model disappear
      OUT.println("generate-model: deleting " + outputDir);
      deleteRecursively(outputDir.toPath());
    }

    // Standalone there is no plugin.xml processing: register the GenModel generator adapters ourselves (ours
    // only differ in not writing MANIFEST.MF/plugin.xml/plugin.properties/build.properties).
    GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI, ModelCodeOnlyAdapterFactory.DESCRIPTOR);

    JavaLayout layout = JavaLayout.of(bundleDir);
    Generator generator = new HeadlessGenerator(layout);
    generator.setInput(genModel);
    OUT.println("generate-model: generating model code into " + outputDir + " (" + layout + ")");
    long start = System.nanoTime();
    // Some generator failures (e.g. writing a non-Java file) are only logged, which standalone means printed to
    // System.err: count anything printed there during generation as a failure.
    FlaggingPrintStream flaggingErr = new FlaggingPrintStream(ERR);
    Diagnostic result;
    System.setErr(flaggingErr);
    try
    {
      result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, "model code", quietMonitor());
    }
    finally
    {
      System.setErr(ERR);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    int generationErrors = report("generator", result);
    if (uriConverter.refused != null)
    {
      throw new Failure(1, "the generator tried to write outside " + modelDirectory + ": " + uriConverter.refused
        + " (check the genmodel: publicationLocation, generateSchema, ...)");
    }
    if (generationErrors > 0 || result.getSeverity() == Diagnostic.CANCEL)
    {
      throw new Failure(1, "code generation failed");
    }
    if (flaggingErr.used)
    {
      throw new Failure(1, "the code generator logged problems (see above)");
    }
    if (uriConverter.written.isEmpty())
    {
      throw new Failure(1, "the generator wrote nothing (is modelDirectory right? are the genPackages generated?)");
    }
    OUT.println("generate-model: wrote " + uriConverter.written.size() + " file(s) in " + millis + " ms:");
    String root = outputRoot.toFileString();
    for (String written : uriConverter.written)
    {
      OUT.println("  " + (written.startsWith(root) ? written.substring(root.length()) : written));
    }

    checkPluginXml(genModel, bundleDir, relative != null ? relative : genModelFile.getPath());
    return 0;
  }

  // --- checks ----------------------------------------------------------------------------------------------------

  private static void checkHeadlessSettings(GenModel genModel, String bundleName) throws Failure
  {
    String modelDirectory = genModel.getModelDirectory();
    if (modelDirectory == null || modelDirectory.isBlank())
    {
      throw new Failure(1, "the genmodel has no modelDirectory (expected modelDirectory=\"/" + bundleName + "/src-gen\")");
    }
    String[] segments = trimSlashes(modelDirectory).split("/");
    if (!modelDirectory.startsWith("/") || segments.length < 2 || !segments[0].equals(bundleName))
    {
      throw new Failure(1, "modelDirectory=\"" + modelDirectory + "\" must be a folder of bundle " + bundleName
        + " (e.g. modelDirectory=\"/" + bundleName + "/src-gen\")");
    }
    String expected = System.getProperty(EXPECTED_MODEL_DIRECTORY_PROPERTY);
    if (expected != null && !trimSlashes(modelDirectory).equals(bundleName + "/" + trimSlashes(expected)))
    {
      throw new Failure(1, "modelDirectory=\"" + modelDirectory + "\" but the generated code of this bundle belongs in "
        + trimSlashes(expected) + "/: set modelDirectory=\"/" + bundleName + "/" + trimSlashes(expected) + "\" in the genmodel");
    }
    if (genModel.isDynamicTemplates())
    {
      throw new Failure(1, "dynamicTemplates=\"true\" needs the JET compiler and JDT, which the headless generator does not have:"
        + " set dynamicTemplates=\"false\" (the default) in the genmodel");
    }
    if (genModel.isGenerateSchema())
    {
      throw new Failure(1, "generateSchema=\"true\" writes an XML schema outside modelDirectory: remove it from the genmodel");
    }
    for (GenPackage genPackage : allGenPackages(genModel.getGenPackages(), new ArrayList<>()))
    {
      if (genPackage.getPublicationLocation() != null && !genPackage.getPublicationLocation().isBlank())
      {
        throw new Failure(1, "genPackage " + genPackage.getPackageName() + " has publicationLocation=\""
          + genPackage.getPublicationLocation() + "\", which writes a copy of the .ecore outside modelDirectory: remove it from the genmodel");
      }
    }
    if (genModel.isCodeFormatting())
    {
      warn("codeFormatting=\"true\" is ignored headless (there is no JDT formatter), so the IDE would generate different code:"
        + " set codeFormatting=\"false\" in the genmodel");
    }
    if (genModel.isCleanup())
    {
      warn("cleanup=\"true\" is ignored headless (no JDT UI): set cleanup=\"false\" in the genmodel");
    }
  }

  /**
   * The model code registers its packages with {@code org.eclipse.emf.ecore.generated_package} in plugin.xml, which
   * this generator does not write: warn when the bundle's plugin.xml lacks a registration.
   */
  private static void checkPluginXml(GenModel genModel, File bundleDir, String genModelPath) throws IOException
  {
    if (!genModel.hasPluginSupport())
    {
      return;
    }
    File pluginXml = new File(bundleDir, "plugin.xml");
    String contents = pluginXml.isFile() ? new String(readAll(pluginXml), StandardCharsets.UTF_8) : "";
    for (GenPackage genPackage : allGenPackages(genModel.getGenPackages(), new ArrayList<>()))
    {
      if (!genPackage.hasClassifiers())
      {
        continue;
      }
      String nsURI = genPackage.getNSURI();
      if (!contents.contains("\"" + nsURI + "\""))
      {
        warn(pluginXml + " does not register package " + nsURI + "; the IDE generator would add:\n"
          + "   <extension point=\"org.eclipse.emf.ecore.generated_package\">\n"
          + "      <package uri=\"" + nsURI + "\" class=\"" + genPackage.getQualifiedPackageInterfaceName()
          + "\" genModel=\"" + genModelPath + "\"/>\n"
          + "   </extension>");
      }
    }
  }

  private static List<GenPackage> allGenPackages(List<GenPackage> genPackages, List<GenPackage> result)
  {
    for (GenPackage genPackage : genPackages)
    {
      result.add(genPackage);
      allGenPackages(genPackage.getNestedGenPackages(), result);
    }
    return result;
  }

  /** Prints the problems of a diagnostic (as a tree); returns the number of errors. */
  private static int report(String what, Diagnostic diagnostic)
  {
    if (diagnostic.getSeverity() == Diagnostic.OK || diagnostic.getSeverity() == Diagnostic.INFO)
    {
      return 0;
    }
    List<Diagnostic> problems = diagnostic.getChildren().isEmpty() ? List.of(diagnostic) : diagnostic.getChildren();
    int errors = 0;
    for (Diagnostic problem : problems)
    {
      if (problem.getSeverity() >= Diagnostic.ERROR)
      {
        errors++;
      }
      print(what, problem, "");
    }
    return errors;
  }

  private static void print(String what, Diagnostic diagnostic, String indent)
  {
    String severity;
    switch (diagnostic.getSeverity())
    {
      case Diagnostic.ERROR:
        severity = "ERROR";
        break;
      case Diagnostic.CANCEL:
        severity = "CANCELLED";
        break;
      case Diagnostic.WARNING:
        severity = "WARNING";
        break;
      default:
        return;
    }
    String where = "";
    if (!diagnostic.getData().isEmpty() && diagnostic.getData().get(0) instanceof EObject eObject && eObject.eResource() != null)
    {
      where = " [" + eObject.eResource().getURI().lastSegment() + "#" + eObject.eResource().getURIFragment(eObject) + "]";
    }
    ERR.println("generate-model: " + indent + severity + " (" + what + "): " + diagnostic.getMessage() + where);
    if (diagnostic.getException() != null)
    {
      diagnostic.getException().printStackTrace(ERR);
    }
    for (Diagnostic child : diagnostic.getChildren())
    {
      print(what, child, indent + "  ");
    }
  }

  private static void warn(String message)
  {
    ERR.println("generate-model: WARNING: " + message);
  }

  // --- model code only -----------------------------------------------------------------------------------------

  /** The standard GenModel generator adapters, except that the bundle's metadata files are left alone. */
  static final class ModelCodeOnlyAdapterFactory extends GenModelGeneratorAdapterFactory
  {
    static final GeneratorAdapterFactory.Descriptor DESCRIPTOR = ModelCodeOnlyAdapterFactory::new;

    @Override
    public Adapter createGenModelAdapter()
    {
      if (genModelGeneratorAdapter == null)
      {
        genModelGeneratorAdapter = new GenModelGeneratorAdapter(this)
          {
            @Override
            protected void generateModelPluginProperties(GenModel genModel, Monitor monitor)
            {
              monitor.worked(1);
            }

            @Override
            protected void generateModelBuildProperties(GenModel genModel, Monitor monitor)
            {
              monitor.worked(1);
            }

            @Override
            protected void generateModelManifest(GenModel genModel, Monitor monitor)
            {
              // MANIFEST.MF and plugin.xml
              monitor.worked(2);
            }
          };
      }
      return genModelGeneratorAdapter;
    }
  }

  /**
   * How the IDE lays out generated Java when codeFormatting="false": the templates' output (tab indented, braces on
   * their own lines) gets its leading tabs replaced and its braces moved to the end of line according to the
   * project's JDT formatter settings (GenModelUtil.getJavaOptions, applied in Generator.getJControlModel()). Headless
   * there is no JDT, so the same settings are read from {@code bundle/.settings/org.eclipse.jdt.core.prefs}, with
   * JDT's defaults (tab, size 4, end_of_line) for what is not there: the output then equals the IDE's.
   */
  record JavaLayout(String leadingTabReplacement, boolean standardBraceStyle, String source)
  {
    static final String PREFIX = "org.eclipse.jdt.core.formatter.";

    static JavaLayout of(File bundleDir) throws IOException
    {
      Properties prefs = new Properties();
      File prefsFile = new File(bundleDir, ".settings/org.eclipse.jdt.core.prefs");
      String source = "JDT default formatter settings";
      if (prefsFile.isFile())
      {
        try (InputStream in = new FileInputStream(prefsFile))
        {
          prefs.load(in);
        }
        source = "formatter settings of .settings/org.eclipse.jdt.core.prefs";
      }
      String tabChar = prefs.getProperty(PREFIX + "tabulation.char", "tab");
      String tabSize = prefs.getProperty(PREFIX + "tabulation.size", "4");
      String bracePosition = prefs.getProperty(PREFIX + "brace_position_for_type_declaration", "end_of_line");
      String replacement = "tab".equals(tabChar) ? "\t" : " ".repeat(Integer.parseInt(tabSize.trim()));
      return new JavaLayout(replacement, "end_of_line".equals(bracePosition), source);
    }

    @Override
    public String toString()
    {
      return ("\t".equals(leadingTabReplacement) ? "tab" : leadingTabReplacement.length() + " spaces") + " indentation, "
        + (standardBraceStyle ? "braces at end of line" : "braces on their own line") + ": " + source;
    }
  }

  /**
   * The standard generator, with a fixed {@link JControlModel} instead of one built around JDT's AST facade: nothing
   * is merged (src-gen is deleted before generating), and no JDT class is ever loaded.
   */
  static final class HeadlessGenerator extends Generator
  {
    private final JControlModel jControlModel = new JControlModel();

    HeadlessGenerator(JavaLayout layout)
    {
      jControlModel.setLeadingTabReplacement(layout.leadingTabReplacement());
      jControlModel.setConvertToStandardBraceStyle(layout.standardBraceStyle());
    }

    @Override
    public JControlModel getJControlModel()
    {
      return jControlModel;
    }
  }

  /**
   * A URI converter that records every file written and refuses writes outside the allowed folder (nothing may be
   * written before {@link #allowWritesUnder(URI)}).
   */
  static final class GuardedURIConverter extends ExtensibleURIConverterImpl
  {
    private String allowedPrefix;
    final TreeSet<String> written = new TreeSet<>();
    String refused;

    void allowWritesUnder(URI folder)
    {
      if (!folder.isFile())
      {
        throw new IllegalStateException("not a file URI: " + folder);
      }
      allowedPrefix = folder.toFileString();
      if (!allowedPrefix.endsWith(File.separator))
      {
        allowedPrefix += File.separator;
      }
    }

    @Override
    public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException
    {
      URI normalized = normalize(uri);
      String path = normalized.isFile() ? new File(normalized.toFileString()).getAbsolutePath() : null;
      if (allowedPrefix == null || path == null || !path.startsWith(allowedPrefix) || path.contains(File.separator + ".." + File.separator))
      {
        if (refused == null)
        {
          refused = String.valueOf(path != null ? path : normalized);
        }
        throw new IOException("refusing to write " + normalized + " (outside the model directory)");
      }
      written.add(path);
      return super.createOutputStream(uri, options);
    }

    @Override
    public void delete(URI uri, Map<?, ?> options) throws IOException
    {
      throw new IOException("refusing to delete " + normalize(uri));
    }
  }

  /** A print stream that remembers whether anything was printed. */
  static final class FlaggingPrintStream extends PrintStream
  {
    volatile boolean used;

    FlaggingPrintStream(PrintStream out)
    {
      super(out, true);
    }

    @Override
    public void write(int b)
    {
      used = true;
      super.write(b);
    }

    @Override
    public void write(byte[] buf, int off, int len)
    {
      if (len > 0)
      {
        used = true;
      }
      super.write(buf, off, len);
    }
  }

  private static void mapPlatformResource(GuardedURIConverter uriConverter, String name, URI location)
  {
    URI platformURI = URI.createPlatformResourceURI(name, true).appendSegment("");
    // Only in this resource set's converter, deliberately not in EcorePlugin.getPlatformResourceMap(): code that
    // writes through another resource set (e.g. a genPackage's publicationLocation) then cannot write into the bundle.
    uriConverter.getURIMap().put(platformURI, location);
  }

  private static void mapPlatformPlugin(GuardedURIConverter uriConverter, Class<?> type) throws IOException, URISyntaxException
  {
    CodeSource codeSource = type.getProtectionDomain().getCodeSource();
    if (codeSource == null || codeSource.getLocation() == null)
    {
      return;
    }
    File jar = new File(codeSource.getLocation().toURI());
    if (!jar.isFile())
    {
      return;
    }
    try (JarFile jarFile = new JarFile(jar))
    {
      Manifest manifest = jarFile.getManifest();
      String bsn = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
      if (bsn != null)
      {
        URI platformURI = URI.createPlatformPluginURI(bsn.split(";")[0].trim(), true).appendSegment("");
        uriConverter.getURIMap().put(platformURI, URI.createURI("archive:" + URI.createFileURI(jar.getPath()) + "!/"));
      }
    }
  }

  // --- helpers ---------------------------------------------------------------------------------------------------

  private static String bundleName(File bundleDir) throws IOException
  {
    File manifestFile = new File(bundleDir, "META-INF/MANIFEST.MF");
    if (manifestFile.isFile())
    {
      try (InputStream in = new FileInputStream(manifestFile))
      {
        String bsn = new Manifest(in).getMainAttributes().getValue("Bundle-SymbolicName");
        if (bsn != null && !bsn.isBlank())
        {
          return bsn.split(";")[0].trim();
        }
      }
    }
    return bundleDir.getName();
  }

  private static String relativePath(File dir, File file)
  {
    String dirPath = dir.getPath() + File.separator;
    String filePath = file.getPath();
    return filePath.startsWith(dirPath) ? filePath.substring(dirPath.length()).replace(File.separatorChar, '/') : null;
  }

  private static String trimSlashes(String path)
  {
    String result = path;
    while (result.startsWith("/"))
    {
      result = result.substring(1);
    }
    while (result.endsWith("/"))
    {
      result = result.substring(0, result.length() - 1);
    }
    return result;
  }

  private static void deleteRecursively(Path root) throws IOException
  {
    try (Stream<Path> paths = Files.walk(root))
    {
      for (Path path : (Iterable<Path>)paths.sorted(Comparator.reverseOrder())::iterator)
      {
        Files.delete(path);
      }
    }
  }

  private static byte[] serialize(Resource resource) throws IOException
  {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    resource.save(out, null);
    return out.toByteArray();
  }

  private static byte[] readAll(File file) throws IOException
  {
    try (InputStream in = new FileInputStream(file))
    {
      return in.readAllBytes();
    }
  }

  private static String rootMessage(Throwable throwable)
  {
    Throwable cause = throwable;
    while (cause.getCause() != null && cause.getCause() != cause)
    {
      cause = cause.getCause();
    }
    return cause.getMessage() != null ? cause.getMessage() : cause.toString();
  }

  private static Monitor quietMonitor()
  {
    return new BasicMonitor();
  }
}
