package io.github.camelumf.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a Maven Central release needs from the POMs, and camel-umf-bom kept in step with the build: the BOM has no
 * parent (so it imposes none of the parent's test libraries), carries the project's version and the Camel and Bouncy
 * Castle versions the build uses, and manages every published module; every published POM has a name, a description,
 * and (itself or through the parent) URL, license, SCM and developers; builds are reproducible.
 */
class PublishedModulesTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void bomManagesEveryPublishedModuleWithTheBuildsVersions() throws Exception {
        Element parent = pom(ROOT.resolve("pom.xml"));
        Element bom = pom(ROOT.resolve("camel-umf-bom").resolve("pom.xml"));

        assertThat(child(bom, "parent")).as("the BOM has no parent").isNull();
        assertThat(text(bom, "version")).isEqualTo(text(parent, "version"));
        for (String property : List.of("camel.version", "bouncycastle.version", "project.build.outputTimestamp")) {
            assertThat(text(child(bom, "properties"), property)).as(property)
                    .isEqualTo(text(child(parent, "properties"), property));
        }
        List<String> managed = new ArrayList<>();
        for (Element dependency : children(child(child(bom, "dependencyManagement"), "dependencies"), "dependency")) {
            if (text(dependency, "groupId").equals("io.github.camelumf")) {
                assertThat(text(dependency, "version")).isEqualTo("${project.version}");
                managed.add(text(dependency, "artifactId"));
            }
        }
        assertThat(managed).containsExactlyInAnyOrderElementsOf(publishedJarModules(parent));
    }

    @Test
    void everyPublishedPomCarriesTheMetadataCentralRequires() throws Exception {
        Element parent = pom(ROOT.resolve("pom.xml"));
        for (Element pom : List.of(parent, pom(ROOT.resolve("camel-umf-bom").resolve("pom.xml")))) {
            String name = text(pom, "artifactId");
            assertThat(text(pom, "url")).as("url of %s", name).startsWith("https://");
            assertThat(text(child(child(pom, "licenses"), "license"), "name")).as("license of %s", name)
                    .isEqualTo("Apache-2.0");
            assertThat(text(child(pom, "scm"), "connection")).as("scm of %s", name).startsWith("scm:git:");
            assertThat(child(child(pom, "developers"), "developer")).as("developers of %s", name).isNotNull();
        }
        for (String module : publishedJarModules(parent)) {
            Element pom = pom(ROOT.resolve(module).resolve("pom.xml"));
            assertThat(text(pom, "name")).as("name of %s", module).isNotBlank();
            assertThat(text(pom, "description")).as("description of %s", module).isNotBlank();
        }
        assertThat(text(child(parent, "properties"), "project.build.outputTimestamp"))
                .as("reproducible archive timestamps").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    }

    /** The jar modules of the reactor that are deployed (not examples or benchmarks, which skip deployment). */
    private static List<String> publishedJarModules(Element parent) throws Exception {
        List<String> published = new ArrayList<>();
        for (Element module : children(child(parent, "modules"), "module")) {
            Path pomFile = ROOT.resolve(module.getTextContent().trim()).resolve("pom.xml");
            Element pom = pom(pomFile);
            String packaging = text(pom, "packaging");
            boolean jar = packaging == null || packaging.equals("jar");
            boolean deploySkipped = child(pom, "properties") != null
                                    && "true".equals(text(child(pom, "properties"), "maven.deploy.skip"));
            if (jar && !deploySkipped) {
                published.add(text(pom, "artifactId"));
            }
        }
        assertThat(published).contains("camel-umf", "camel-umf-sandbox");
        return published;
    }

    private static Element pom(Path file) throws Exception {
        assertThat(file).exists();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(Files.newInputStream(file));
        return document.getDocumentElement();
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? null : element.getTextContent().trim();
    }
}
