package org.latih.search.index.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

  @Test
  void keepsWordsAndDropsMarkup() {
    String markdown =
        """
        # Pelayanan **Prima** #

        Baca [pedoman _resmi_](https://jdih.go.id/pedoman.pdf) dan ![logo KemenPAN](logo.png).

        - butir *satu*
        * butir `dua`
        1. langkah ~~lama~~ baru

        > kutipan penting

        | Kolom | Nilai |
        |:------|------:|
        | JP    | 8     |

        ```java
        var x = 1;
        ```
        nama_berkas tetap &amp; utuh\\*
        """;
    assertEquals(
        """
        Pelayanan Prima

        Baca pedoman resmi dan logo KemenPAN.

        butir satu
        butir dua
        langkah lama baru

        kutipan penting

        Kolom Nilai
        JP 8

        var x = 1;
        nama_berkas tetap & utuh*""",
        MarkdownText.plain(markdown));
  }

  @Test
  void referenceLinksAndHtmlKeepOnlyTheirText() {
    assertEquals(
        "lihat panduan di sini",
        MarkdownText.plain("lihat [panduan][1] <b>di</b> sini\n\n[1]: https://x.go.id")
            .strip()
            .replaceAll("\\s+", " "));
  }

  @Test
  void nullAndEmptyGiveEmptyText() {
    assertEquals("", MarkdownText.plain(null));
    assertEquals("", MarkdownText.plain(""));
  }
}
