package org.latih.worker;

import java.io.IOException;
import java.io.OutputStream;
import org.latih.worker.protocol.Answer;
import org.latih.worker.protocol.Protocol;

/** The protocol channel to the host: one whole line per answer, whichever call thread sends it. */
final class Answers {

  private final OutputStream channel;

  Answers(OutputStream channel) {
    this.channel = channel;
  }

  synchronized void send(Answer answer) {
    try {
      Protocol.writeLine(answer, channel);
    } catch (IOException e) {
      // The host has gone: nobody is left to answer.
      Runtime.getRuntime().halt(0);
    }
  }
}
