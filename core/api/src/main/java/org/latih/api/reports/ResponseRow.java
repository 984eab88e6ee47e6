package org.latih.api.reports;

import java.util.Map;

/** One submitted form: item id to answer text or number. */
public record ResponseRow(
    String formId, String course, String cohort, String unitKerja, Map<String, String> answers) {}
