package io.aftersales.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.aftersales.shared.Identifier;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OpenAPI document names each body's schema by the type's simple name (or its {@code @Schema(name)}); two types
 * of one name would silently share one schema, and clients would get the wrong shape for one of them. Every type a
 * REST endpoint reads or answers, down to the types of its fields, has a schema name of its own.
 */
@Tag("static")
class ApiSchemaNamesTests {

    @Test
    void everyTypeTheApiReadsOrAnswersHasASchemaNameOfItsOwn() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        Map<String, Set<String>> typesByName = new TreeMap<>();
        Set<Class<?>> seen = new HashSet<>();
        int controllers = 0;
        for (BeanDefinition candidate : scanner.findCandidateComponents("io.aftersales")) {
            Class<?> controller =
                    ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
            controllers++;
            for (Method method : controller.getDeclaredMethods()) {
                if (!AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)) {
                    continue;
                }
                walk(method.getGenericReturnType(), typesByName, seen);
                for (int i = 0; i < method.getParameterCount(); i++) {
                    if (method.getParameters()[i].isAnnotationPresent(RequestBody.class)) {
                        walk(method.getGenericParameterTypes()[i], typesByName, seen);
                    }
                }
            }
        }
        assertThat(controllers).isGreaterThan(30);
        assertThat(typesByName).as("schemas found").hasSizeGreaterThan(100);
        Map<String, Set<String>> shared = new TreeMap<>();
        typesByName.forEach((name, types) -> {
            if (types.size() > 1) {
                shared.put(name, types);
            }
        });
        assertThat(shared).as("schema names shared by different types").isEmpty();
    }

    private static void walk(Type type, Map<String, Set<String>> typesByName, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType parameterized) {
            walk(parameterized.getRawType(), typesByName, seen);
            for (Type argument : parameterized.getActualTypeArguments()) {
                walk(argument, typesByName, seen);
            }
        } else if (type instanceof GenericArrayType array) {
            walk(array.getGenericComponentType(), typesByName, seen);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                walk(bound, typesByName, seen);
            }
        } else if (type instanceof Class<?> cls) {
            if (cls.isArray()) {
                walk(cls.getComponentType(), typesByName, seen);
                return;
            }
            if (!cls.getName().startsWith("io.aftersales.")
                    || cls.isEnum()
                    || Identifier.class.isAssignableFrom(cls)
                    || !seen.add(cls)) {
                return;
            }
            // A generic wrapper (a page of items) is named after what it holds, so it cannot clash by itself.
            if (cls.getTypeParameters().length == 0) {
                typesByName
                        .computeIfAbsent(schemaName(cls), name -> new TreeSet<>())
                        .add(cls.getName());
            }
            if (cls.isRecord()) {
                for (RecordComponent component : cls.getRecordComponents()) {
                    walk(component.getGenericType(), typesByName, seen);
                }
            } else {
                for (Field field : cls.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers())) {
                        walk(field.getGenericType(), typesByName, seen);
                    }
                }
            }
        }
    }

    private static String schemaName(Class<?> cls) {
        Schema schema = cls.getAnnotation(Schema.class);
        return schema != null && !schema.name().isEmpty() ? schema.name() : cls.getSimpleName();
    }
}
