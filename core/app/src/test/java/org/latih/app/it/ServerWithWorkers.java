package org.latih.app.it;

/** Total memory of a production server with a worker per region. */
final class ServerWithWorkers {

  private ServerWithWorkers() {}

  static void measure() {
    throw new UnsupportedOperationException("not yet");
  }
}
