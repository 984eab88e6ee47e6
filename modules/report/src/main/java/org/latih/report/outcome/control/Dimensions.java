package org.latih.report.outcome.control;

/**
 * Where an enrolment or an answer belongs: its course, cohort, the learner's unit kerja, rank,
 * position and region, and its year. Any of them may be null where unknown (an anonymous answer has
 * no rank or position).
 */
public record Dimensions(
    Long courseId,
    String courseCode,
    String courseTitle,
    Long cohortId,
    String cohortName,
    String unitKerja,
    String golongan,
    String jabatan,
    String regionCode,
    String regionName,
    int year) {}
