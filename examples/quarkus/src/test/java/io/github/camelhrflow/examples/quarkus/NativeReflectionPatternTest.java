package io.github.camelhrflow.examples.quarkus;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.camelhrflow.model.Job;
import org.apache.camel.util.AntPathMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A native image only reflects on what it was told about, and Jackson binds HrFlow's JSON by reflection. This test
 * holds the documented {@code quarkus.camel.native.reflection.*} patterns against the classes of the component as
 * Camel Quarkus sees them: a class added to the model that the patterns miss fails here, not in a native run.
 */
class NativeReflectionPatternTest {

    private static final String INCLUDE = "quarkus.camel.native.reflection.include-patterns";
    private static final String EXCLUDE = "quarkus.camel.native.reflection.exclude-patterns";
    private static final String MODEL_PACKAGE = "io/github/camelhrflow/model/";

    private static Properties applicationProperties;

    @BeforeAll
    static void readApplicationProperties() throws IOException {
        applicationProperties = new Properties();
        try (InputStream in = NativeReflectionPatternTest.class.getResourceAsStream("/application.properties")) {
            applicationProperties.load(in);
        }
    }

    @Test
    void everyClassJacksonBindsIsIncluded() throws IOException, URISyntaxException {
        List<String> includes = patterns(INCLUDE);
        List<String> excludes = patterns(EXCLUDE);
        AntPathMatcher matcher = new AntPathMatcher();

        List<String> bound = jacksonBoundClasses();
        assertTrue(bound.contains("io/github/camelhrflow/model/Job"), "the scan sees the model: " + bound);

        // as Camel Quarkus' PathFilter: dots become slashes, an exclude wins over an include
        List<String> missed = bound.stream()
                .filter(name -> excludes.stream().anyMatch(p -> matcher.match(p, name))
                                || includes.stream().noneMatch(p -> matcher.match(p, name)))
                .map(name -> name.replace('/', '.'))
                .collect(Collectors.toList());
        assertEquals(List.of(), missed, "classes Jackson binds that " + INCLUDE + " misses");
    }

    @Test
    void theReadmeDocumentsThePatternsInUse() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String line = INCLUDE + "=" + applicationProperties.getProperty(INCLUDE);
        assertTrue(readme.contains(line), "README.md shows " + line);
    }

    /**
     * Camel Quarkus registers classes of the application archives only: a jar is one when it carries a Jandex index
     * (or is named by {@code quarkus.index-dependency.*}).
     */
    @Test
    void theComponentJarIsAnApplicationArchive() throws IOException, URISyntaxException {
        try (Archive archive = Archive.of(Job.class)) {
            assertTrue(Files.isRegularFile(archive.root().resolve("META-INF/jandex.idx")),
                    "META-INF/jandex.idx in " + archive.location());
        }
    }

    private static List<String> patterns(String property) {
        String value = applicationProperties.getProperty(property, "");
        return Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(p -> !p.isEmpty())
                .map(p -> p.replace('.', '/'))
                .collect(Collectors.toList());
    }

    /** The component's classes Jackson may bind, as paths: the model package, and any with a Jackson annotation. */
    private static List<String> jacksonBoundClasses() throws IOException, URISyntaxException {
        try (Archive archive = Archive.of(Job.class); Stream<Path> files = Files.walk(archive.root())) {
            return files.map(file -> archive.root().relativize(file).toString())
                    .filter(name -> name.endsWith(".class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()))
                    .filter(name -> name.startsWith(MODEL_PACKAGE) || hasJacksonAnnotation(name))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    private static boolean hasJacksonAnnotation(String path) {
        try {
            Class<?> type = Class.forName(path.replace('/', '.'), false, Job.class.getClassLoader());
            Stream<AnnotatedElement> elements = Stream.of(Stream.<AnnotatedElement>of(type),
                    Arrays.stream(type.getDeclaredFields()), Arrays.stream(type.getDeclaredMethods()))
                    .flatMap(s -> s);
            return elements.flatMap(element -> Arrays.stream(element.getDeclaredAnnotations()))
                    .map(Annotation::annotationType)
                    .anyMatch(annotation -> annotation.getName().startsWith("com.fasterxml.jackson."));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("listed in its own archive but not loadable: " + path, e);
        }
    }

    /** The jar (or, in a reactor build, the classes directory) a class was loaded from, browsable as a tree. */
    private record Archive(Path location, Path root, FileSystem fileSystem) implements AutoCloseable {

        static Archive of(Class<?> type) throws IOException, URISyntaxException {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                return new Archive(location, location, null);
            }
            FileSystem jar = FileSystems.newFileSystem(location);
            return new Archive(location, jar.getPath("/"), jar);
        }

        @Override
        public void close() throws IOException {
            if (fileSystem != null) {
                fileSystem.close();
            }
        }
    }
}
