package io.crosscheck.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The figure engine is plain Java (house style): no CDI, no Quarkus, no database, no HTTP, and no
 * other Crosscheck package. The application's hooks (start-up validation, REST) live outside it.
 */
class FigureEnginePurityTest {

    private static final Pattern FORBIDDEN = Pattern.compile(
            "^import (static )?(jakarta\\.|javax\\.|io\\.quarkus\\.|org\\.hibernate\\.|io\\.vertx\\."
            + "|java\\.sql\\.|java\\.net\\.http\\.|io\\.crosscheck\\.(?!figure\\.))", Pattern.MULTILINE);

    @Test
    void theEngineImportsNoFrameworkAndNoOtherPackage() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/crosscheck/figure"))) {
            offenders = files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    return FORBIDDEN.matcher(Files.readString(p)).results().map(m -> p.getFileName() + ": " + m.group());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
        assertEquals(List.of(), offenders);
    }
}
