package org.latih.course.course.api;

/** A file attached to a course, as other modules read it; its bytes are loaded when asked for. */
public interface AttachedFile {

  String name();

  String contentType();

  byte[] bytes();
}
