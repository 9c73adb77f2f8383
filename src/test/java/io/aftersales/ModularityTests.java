package io.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

@Tag("static")
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(AfterSalesApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
        assertThat(modules.getModuleByName("organization")).isPresent();
        assertThat(modules.getModuleByName("shared")).isPresent();
    }

    /**
     * Writes the module documentation into {@code docs/modules}: the component diagrams (with the events each module
     * listens to) and a canvas per module listing its API, the events it publishes and those it listens to.
     */
    @Test
    void writesModuleDocumentation() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeDocumentation();
        assertThat(Path.of("docs/modules/module-workorder.adoc")).exists();
        assertThat(Path.of("docs/modules/components.puml")).exists();
        try (Stream<Path> diagrams = Files.list(Path.of("docs/modules"))) {
            for (Path diagram :
                    diagrams.filter(p -> p.toString().endsWith(".puml")).toList()) {
                sortRelations(diagram);
            }
        }
    }

    /**
     * The documenter writes a diagram's relations in an order that changes from run to run; sorted, a diagram changes
     * in git only when the modules do.
     */
    private static void sortRelations(Path diagram) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(diagram));
        int start = 0;
        while (start < lines.size()) {
            if (!lines.get(start).startsWith("Rel(")) {
                start++;
                continue;
            }
            int end = start;
            while (end < lines.size() && lines.get(end).startsWith("Rel(")) {
                end++;
            }
            Collections.sort(lines.subList(start, end));
            start = end;
        }
        Files.write(diagram, lines);
    }
}
