package org.latih.report.letterhead.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.latih.kernel.document.Letterhead;

/** A region's kop surat and signatory, one per region (keyed by the region's id). */
@Entity
@Table(name = "report_letterheads")
public class RegionLetterhead {

  @Id
  @Column(name = "region_id")
  private Long regionId;

  @Column(nullable = false, length = 200)
  private String agency;

  @Column(nullable = false, length = 1000)
  private String address;

  private byte[] logo;

  @Column(name = "logo_type", length = 32)
  private String logoType;

  @Column(name = "signatory_name", length = 200)
  private String signatoryName;

  @Column(name = "signatory_nip", length = 18)
  private String signatoryNip;

  @Column(name = "signatory_jabatan", length = 200)
  private String signatoryJabatan;

  @Column(name = "signatory_place", length = 100)
  private String signatoryPlace;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected RegionLetterhead() {}

  public RegionLetterhead(Long regionId, LetterheadDetails details, Instant now) {
    this.regionId = regionId;
    change(details, now);
  }

  public void change(LetterheadDetails details, Instant now) {
    agency = details.agency();
    address = String.join("\n", details.addressLines());
    signatoryName = details.signatoryName();
    signatoryNip = details.signatoryNip();
    signatoryJabatan = details.signatoryJabatan();
    signatoryPlace = details.signatoryPlace();
    updatedAt = now;
  }

  public void logo(LogoImage image, Instant now) {
    logo = image.bytes();
    logoType = image.mediaType();
    updatedAt = now;
  }

  public Long regionId() {
    return regionId;
  }

  public LetterheadDetails details() {
    return new LetterheadDetails(
        agency, addressLines(), signatoryName, signatoryNip, signatoryJabatan, signatoryPlace);
  }

  public List<String> addressLines() {
    return address.isEmpty() ? List.of() : Arrays.asList(address.split("\n"));
  }

  public boolean hasLogo() {
    return logo != null;
  }

  public byte[] logoBytes() {
    return logo == null ? null : logo.clone();
  }

  public String logoType() {
    return logoType;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  /** As the kernel hands it to every module that prints. */
  public Letterhead letterhead() {
    Letterhead.Signatory signatory =
        signatoryName == null
            ? null
            : new Letterhead.Signatory(
                signatoryName, signatoryNip, signatoryJabatan, signatoryPlace);
    return new Letterhead(agency, addressLines(), logoBytes(), signatory);
  }
}
