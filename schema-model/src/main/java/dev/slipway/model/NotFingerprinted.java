package dev.slipway.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record component that is not part of the schema's identity: size estimates change with every
 * insert and rename hints describe a migration, not a schema. {@link Schema#fingerprint()} skips it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface NotFingerprinted {}
