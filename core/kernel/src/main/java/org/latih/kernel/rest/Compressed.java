package org.latih.kernel.rest;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method whose answers are large and read often (the UI's texts, a lesson), so
 * they go out gzip-compressed to clients that accept it ({@link GzipWriter}). Small answers, such
 * as the exam's saves, are left alone: compressing them would cost more than it saves.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Compressed {}
