package org.latih.plugin.template;

import java.util.List;
import org.latih.api.forms.Audience;
import org.latih.api.forms.EvaluationForms;
import org.latih.api.forms.FormDefinition;
import org.latih.api.forms.Section;
import org.latih.api.forms.Timing;
import org.latih.api.forms.TimingKind;
import org.latih.plugin.support.Items;
import org.pf4j.Extension;

/**
 * The region's evaluation forms.
 *
 * <p>{@code @Extension} is what makes PF4J find this class: the pf4j annotation processor
 * (configured in plugins/pom.xml) lists it in META-INF/extensions.idx at compile time. Keep the
 * class stateless and free of host classes: the host creates it and may call it from any thread.
 *
 * <p>To start your own plugin: copy this folder to plugins/&lt;region&gt;, rename the package and
 * classes, set plugin.id and plugin.provider in pom.xml, add the module to plugins/pom.xml and
 * replace the form below with your own. Ids are kebab-case and never change once data has been
 * collected; raise {@code version} when you change the questions.
 */
@Extension
public class TemplateForms implements EvaluationForms {

  /** Form ids double as the key the report asks the host for: keep them in one place. */
  static final String FEEDBACK = "contoh-umpan-balik";

  @Override
  public List<FormDefinition> forms() {
    return List.of(
        new FormDefinition(
            FEEDBACK,
            1,
            "Contoh Umpan Balik Peserta",
            "Diisi peserta tanpa nama pada akhir pelatihan.",
            Audience.PARTICIPANT,
            new Timing(TimingKind.COURSE_END, 0), // AFTER_COMPLETION uses daysAfter
            true,
            List.of(
                new Section(
                    "Penilaian umum",
                    List.of(
                        Items.likert(
                            "materi-bermanfaat",
                            "materi",
                            "Materi pelatihan bermanfaat bagi pekerjaan saya."),
                        Items.rating(
                            "nilai-keseluruhan",
                            "umum",
                            "Nilai pelatihan secara keseluruhan (1-5).",
                            1,
                            5),
                        Items.single(
                            "metode",
                            "metode",
                            "Metode yang paling membantu",
                            "Ceramah",
                            "Diskusi",
                            "Praktik"))),
                new Section(
                    "Saran",
                    List.of(
                        Items.text(
                            "saran", "umum", "Saran untuk pelatihan berikutnya.", false))))));
  }
}
