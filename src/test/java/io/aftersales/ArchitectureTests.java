package io.aftersales;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.aftersales.shared.Identifier;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** House rules of ARCHITECTURE.md that the compiler does not check. */
@Tag("static")
class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.aftersales");

    @Test
    void controllersArePackagePrivate() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .notBePublic()
                .check(classes);
    }

    @Test
    void controllersDoNotOpenTransactions() {
        methods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Controller.class)
                .or()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(RestController.class)
                .should()
                .notBeAnnotatedWith(Transactional.class)
                .check(classes);
        noClasses()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .beAnnotatedWith(Transactional.class)
                .check(classes);
    }

    @Test
    void entitiesAreNotBoundToHttp() {
        noClasses()
                .that()
                .resideInAPackage("..web..")
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(Entity.class)
                .check(classes);
    }

    /** {@code now()} and {@code now(ZoneId)} read the system clock; only {@code now(Clock)} is allowed. */
    @Test
    void timeComesFromTheInjectedClock() {
        noClasses()
                .should()
                .callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.name("now"))
                        .and(JavaCall.Predicates.target(
                                HasOwner.Predicates.With.owner(JavaClass.Predicates.resideInAPackage("java.time"))))
                        .and(DescribedPredicate.describe(
                                "without a Clock",
                                (JavaCall<?> call) -> call.getTarget().getRawParameterTypes().stream()
                                        .noneMatch(type -> type.isEquivalentTo(Clock.class)))))
                .check(classes);
    }

    /** Each step has its own handler with a typed form; no handler switches over an action name or a raw map. */
    @Test
    void noStringDispatchedActionHandlers() {
        noMethods()
                .that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Controller.class)
                .or()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(RestController.class)
                .should()
                .haveRawParameterTypes(DescribedPredicate.describe(
                        "a MultiValueMap or Map of request parameters",
                        (List<JavaClass> types) ->
                                types.stream().anyMatch(type -> type.isAssignableTo(MultiValueMap.class))))
                .check(classes);
        methods()
                .that()
                .areAnnotatedWith(PostMapping.class)
                .should(new ArchCondition<JavaMethod>("map a path without an {action} variable") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        for (String path :
                                method.getAnnotationOfType(PostMapping.class).value()) {
                            if (path.matches(".*\\{(action|step|kind)}.*")) {
                                events.add(
                                        SimpleConditionEvent.violated(method, method.getFullName() + " maps " + path));
                            }
                        }
                    }
                })
                .check(classes);
    }

    /**
     * A module's API (the public types of its base package: facades, views, requests and events) names what an ID is
     * of: a {@code StoreId}, a {@code WorkOrderId}, never a bare {@link UUID}, also not inside a list or a map.
     * Only the typed IDs themselves wrap the UUID.
     */
    @Test
    void noRawUuidInModuleApiSignatures() {
        codeUnits()
                .that()
                .areDeclaredInClassesThat()
                .resideInAnyPackage(
                        "io.aftersales.organization",
                        "io.aftersales.customer",
                        "io.aftersales.asset",
                        "io.aftersales.workorder",
                        "io.aftersales.inventory",
                        "io.aftersales.feedback")
                .and()
                .areDeclaredInClassesThat()
                .arePublic()
                .and()
                .areDeclaredInClassesThat()
                .doNotImplement(Identifier.class)
                .and()
                .arePublic()
                .should(new ArchCondition<JavaCodeUnit>("not take or return a raw UUID") {
                    @Override
                    public void check(JavaCodeUnit unit, ConditionEvents events) {
                        boolean raw = Stream.concat(
                                        unit.getParameters().stream().map(p -> p.getType()),
                                        Stream.of(unit.getReturnType()))
                                .flatMap(type -> type.getAllInvolvedRawTypes().stream())
                                .anyMatch(type -> type.isEquivalentTo(UUID.class));
                        if (raw) {
                            events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " uses a raw UUID"));
                        }
                    }
                })
                .check(classes);
    }

    /** Time zones come from the store (or configuration), never from a literal in code or templates. */
    @Test
    void noFixedTimeZoneOutsideConfiguration() throws IOException {
        List<Path> offenders;
        try (Stream<Path> files = Stream.concat(
                Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/main/resources/templates")))) {
            offenders = files.filter(Files::isRegularFile)
                    .filter(file -> {
                        try {
                            return Files.readString(file).contains("Asia/Shanghai");
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void demoDataLivesInTheDemoModuleAndNoBusinessModuleUsesIt() {
        noClasses()
                .that()
                .resideOutsideOfPackage("io.aftersales.demo..")
                .should()
                .haveSimpleNameContaining("Demo")
                .check(classes);
        noClasses()
                .that()
                .resideOutsideOfPackage("io.aftersales.demo..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.aftersales.demo..")
                .check(classes);
    }

    @Test
    void noFieldInjection() {
        noFields().should().beAnnotatedWith(Autowired.class).check(classes);
    }

    @Test
    void entityFieldsAreNotPublic() {
        fields().that()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Entity.class)
                .and()
                .areNotStatic()
                .should()
                .notHaveModifier(JavaModifier.PUBLIC)
                .check(classes);
    }
}
