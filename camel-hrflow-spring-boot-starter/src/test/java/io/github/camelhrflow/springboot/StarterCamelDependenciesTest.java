package io.github.camelhrflow.springboot;

import java.io.File;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The starter takes the component without its Camel artifacts (they are pinned to the Camel the component is
 * compiled against) and declares them itself, at its own Camel version. A Camel artifact added to the component's
 * POM must be added here too, or Spring Boot applications lose it.
 */
class StarterCamelDependenciesTest {

    @Test
    void declaresEveryCamelArtifactOfTheComponent() throws Exception {
        Set<String> component = camelCompileDependencies(new File("../camel-hrflow-component/pom.xml"));
        Set<String> starter = camelCompileDependencies(new File("pom.xml"));
        assertTrue(component.contains("camel-support"), component.toString());
        assertTrue(starter.containsAll(component),
                "starter " + starter + " lacks some of the component's " + component);
        assertEquals(Set.of("*"), componentExclusions(new File("pom.xml")), "the starter excludes org.apache.camel:*");
    }

    private static Set<String> camelCompileDependencies(File pom) throws Exception {
        Set<String> artifacts = new TreeSet<>();
        NodeList dependencies = dependenciesOf(pom);
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            String scope = text(dependency, "scope");
            if ("org.apache.camel".equals(text(dependency, "groupId")) && (scope == null || "compile".equals(scope))) {
                artifacts.add(text(dependency, "artifactId"));
            }
        }
        return artifacts;
    }

    private static Set<String> componentExclusions(File pom) throws Exception {
        Set<String> excluded = new TreeSet<>();
        NodeList dependencies = dependenciesOf(pom);
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            if ("camel-hrflow-component".equals(text(dependency, "artifactId"))) {
                NodeList exclusions = dependency.getElementsByTagName("exclusion");
                for (int j = 0; j < exclusions.getLength(); j++) {
                    Element exclusion = (Element) exclusions.item(j);
                    if ("org.apache.camel".equals(text(exclusion, "groupId"))) {
                        excluded.add(text(exclusion, "artifactId"));
                    }
                }
            }
        }
        return excluded;
    }

    /** The project's own dependencies, not those of dependencyManagement or of profiles. */
    private static NodeList dependenciesOf(File pom) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom);
        NodeList children = document.getDocumentElement().getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element && element.getTagName().equals("dependencies")) {
                return element.getElementsByTagName("dependency");
            }
        }
        throw new IllegalStateException(pom + " has no dependencies");
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(tag)) {
                return element.getTextContent().trim();
            }
        }
        return null;
    }
}
