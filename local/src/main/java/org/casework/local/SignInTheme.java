package org.casework.local;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The GOV.UK sign-in theme (module keycloak-theme) as a folder Keycloak reads its themes from. The theme is a
 * jar on this class path (or its classes folder, in the IDE); Keycloak is pointed at a folder of this server's own
 * with {@code --spi-theme--folder--dir}, so the shared distribution is never changed and needs no rebuild.
 */
final class SignInTheme {

    static final String NAME = "casework";
    private static final String MARKER = "theme/" + NAME + "/login/theme.properties";

    private SignInTheme() {
    }

    /** Copies the theme to {@code themes/casework} (replacing what was there) and answers {@code themes}. */
    static Path install(Path themes) throws IOException {
        Path target = themes.resolve(NAME);
        Directories.delete(target);
        URL marker = SignInTheme.class.getClassLoader().getResource(MARKER);
        if (marker == null) {
            throw new IllegalStateException("the sign-in theme is not on the class path (" + MARKER + "); build the "
                    + "keycloak-theme module");
        }
        URI uri = toUri(marker);
        if ("jar".equals(uri.getScheme())) {
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                copy(jar.getPath("/theme", NAME), target);
            }
        } else {
            copy(Path.of(uri).getParent().getParent(), target);
        }
        return themes;
    }

    private static URI toUri(URL url) {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("an unreadable class path entry: " + url, e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            // resolve by string: the source may be a path inside a jar, another file system
            Path copy = to.resolve(from.relativize(file).toString());
            Files.createDirectories(copy.getParent());
            Files.copy(file, copy);
        }
    }
}
