package org.latih.report.export.control;

import java.util.Locale;
import org.latih.report.export.api.TableFormat;
import org.latih.report.export.entity.RawKind;

/** What an export is to hold, in which format and language: checked, ready to run. */
public record ExportOrder(RawKind kind, RawFilter filter, TableFormat format, Locale locale) {}
