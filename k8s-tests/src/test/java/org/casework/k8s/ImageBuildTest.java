package org.casework.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * The release builds each image with Jib (profile {@code release-images} of the parent pom): the same image its
 * Dockerfile.jvm describes, which is what the other k8s-tests model ({@link ContainerImage}): the same base, user 185,
 * port 8080, environment, and the fast-jar under /deployments run by run-java.sh; reproducible (no build timestamps);
 * named as the manifests name it, with every module's CycloneDX SBOM. The default build makes no image and needs no registry.
 */
class ImageBuildTest {

    private static final String PREFIX = "quarkus.jib.environment-variables.";

    @Test
    void theReleaseProfileBuildsWhatEachDockerfileDescribes() throws Exception {
        Map<String, String> release = profileProperties("release-images");
        Map<String, String> defaults = properties(pom().getDocumentElement());
        String base = defaults.get("casework.image.base");

        assertThat(release).containsEntry("quarkus.container-image.build", "true").containsEntry("quarkus.container-image.push", "true")
                .containsEntry("quarkus.jib.use-current-timestamp", "false")
                .containsEntry("quarkus.jib.use-current-timestamp-file-modification", "false")
                .containsEntry("skipE2eBuild", "true");
        for (String module : Manifests.SERVICES) {
            Path dockerfile = Manifests.ROOT.resolve(module + "/src/main/docker/Dockerfile.jvm");
            ContainerImage image = ContainerImage.of(Manifests.ROOT.resolve(module));
            assertThat(Files.readAllLines(dockerfile)).as(module).contains("FROM " + base);
            assertThat(release.get("quarkus.jib.user")).as(module).isEqualTo(image.user());
            assertThat(release.get("quarkus.jib.ports")).as(module).isEqualTo(image.exposedPorts().get(0).toString());
            Map<String, String> env = new LinkedHashMap<>(image.env());
            // Jib sets JAVA_APP_JAR itself, from its working directory, for this base image's run-java.sh
            assertThat(env.remove("JAVA_APP_JAR")).isEqualTo(release.get("quarkus.jib.working-directory") + "/quarkus-run.jar");
            Map<String, String> jibEnv = new LinkedHashMap<>();
            release.forEach((k, v) -> {
                if (k.startsWith(PREFIX)) {
                    jibEnv.put(k.substring(PREFIX.length()), v);
                }
            });
            assertThat(jibEnv).as(module + ": the image's environment").isEqualTo(env);
            String pom = Files.readString(Manifests.ROOT.resolve(module + "/pom.xml"));
            assertThat(pom).as(module + " has the Jib extension").contains("<artifactId>quarkus-container-image-jib</artifactId>");
        }
    }

    @Test
    void theReleaseNamesEachImageAsTheManifestsDo() throws Exception {
        Map<String, String> release = profileProperties("release-images");
        Map<String, String> defaults = properties(pom().getDocumentElement());
        String prefix = defaults.get("casework.image.registry") + "/" + release.get("quarkus.container-image.group") + "/";
        for (Deployment d : Manifests.of("dev").all(Deployment.class)) {
            String image = d.getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
            // quarkus.container-image.name defaults to the application's name, which is its module's
            assertThat(image).isEqualTo(prefix + d.getMetadata().getName() + ":" + defaults.get("casework.image.tag"));
        }
    }

    @Test
    void theDefaultBuildMakesNoImageAndTheReleaseMakesEveryModulesSbom() throws Exception {
        Element project = pom().getDocumentElement();
        assertThat(properties(project)).doesNotContainKeys("quarkus.container-image.build", "quarkus.container-image.push");
        String parent = Files.readString(Manifests.ROOT.resolve("pom.xml"));
        // the module SBOM (target/bom.json), made at package from what ships (no test scope), in the release build
        String release = parent.substring(parent.indexOf("<id>release-images</id>"), parent.indexOf("</profile>", parent.indexOf("<id>release-images</id>")));
        assertThat(release).contains("<artifactId>cyclonedx-maven-plugin</artifactId>", "<phase>package</phase>",
                "<goal>makeBom</goal>", "<outputName>bom</outputName>", "<includeTestScope>false</includeTestScope>");
    }

    private static org.w3c.dom.Document pom() throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Manifests.ROOT.resolve("pom.xml").toFile());
    }

    private static Map<String, String> profileProperties(String id) throws Exception {
        NodeList profiles = pom().getElementsByTagName("profile");
        for (int i = 0; i < profiles.getLength(); i++) {
            Element profile = (Element) profiles.item(i);
            if (id.equals(child(profile, "id").getTextContent().trim())) {
                return properties(profile);
            }
        }
        throw new AssertionError("no profile " + id);
    }

    /** The {@code <properties>} directly under {@code parent}. */
    private static Map<String, String> properties(Element parent) {
        Map<String, String> found = new LinkedHashMap<>();
        Element properties = child(parent, "properties");
        for (Node n = properties.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                found.put(e.getTagName(), e.getTextContent().trim());
            }
        }
        return found;
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        throw new AssertionError(parent.getTagName() + " has no " + name);
    }
}
