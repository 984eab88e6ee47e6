package org.latih.kernel.document;

import java.util.List;

/**
 * A region's kop surat: the agency's logo, name and address above a rule, and who signs its
 * documents.
 *
 * @param agency the issuing agency ("Badan Kepegawaian dan Pengembangan SDM Kota Kupang")
 * @param addressLines the address under it, one line each (street, phone, e-mail)
 * @param logo a PNG or JPEG, or null for none
 * @param signatory who signs, or null when none is configured (the block is then left out)
 */
public record Letterhead(
    String agency, List<String> addressLines, byte[] logo, Signatory signatory) {

  public Letterhead {
    addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
  }

  /**
   * The signatory block: place and date, jabatan, room for the signature, name and NIP.
   *
   * @param place where the document is signed ("Kupang")
   */
  public record Signatory(String name, String nip, String jabatan, String place) {}

  /** What a region prints before its admins configure a letterhead: its name, nothing else. */
  public static Letterhead fallback(String regionName) {
    return new Letterhead(regionName == null ? "Latih" : regionName, List.of(), null, null);
  }
}
