package org.latih.report.transcript.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.latih.kernel.document.Letterhead;
import org.latih.kernel.i18n.Messages;
import org.latih.report.letterhead.control.StoredLetterheads;
import org.latih.report.transcript.control.Transcript;
import org.latih.report.transcript.control.TranscriptPdf;

/** A transcript as a PDF download under the person's region's letterhead. */
@ApplicationScoped
public class TranscriptDownloads {

  @Inject StoredLetterheads letterheads;
  @Inject Clock clock;

  Response pdf(Transcript transcript, HttpHeaders headers) {
    Transcript.Person person = transcript.person();
    Letterhead letterhead =
        person.regionId() == null
            ? Letterhead.fallback(null)
            : letterheads.orFallback(person.regionId(), person.region());
    byte[] pdf =
        TranscriptPdf.render(
            transcript,
            letterhead,
            LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta"))),
            Messages.pick(headers.getAcceptableLanguages()));
    String name = "transkrip-" + (person.nip() == null ? person.id() : person.nip()) + ".pdf";
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }
}
