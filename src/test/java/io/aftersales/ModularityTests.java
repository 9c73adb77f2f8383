package io.aftersales;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
    void writesModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeDocumentation();
        assertThat(Path.of("docs/modules/module-workorder.adoc")).exists();
        assertThat(Path.of("docs/modules/components.puml")).exists();
    }
}
