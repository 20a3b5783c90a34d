package org.vre.lake.catalog;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that runs twice: on an embedded H2 lake and on a real PostgreSQL server the suite starts itself.
 * The method takes a {@link Lake} parameter: a fresh, empty catalogue whose admin is {@code admin}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(StoreProvider.class)
public @interface StoreTest {
}
