package org.latih.app.it;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The concrete request the authorisation matrix sends for an endpoint: its path template filled
 * with region A's objects, a query where the endpoint needs one, and a body. Bodies are valid where
 * a valid one is harmless to repeat (so a region rule further in is reached), and {@code {}}
 * elsewhere: an allowed caller then gets a 400 for its input, a refused one its 401/403/404.
 */
final class MatrixRequests {

  /** A request as sent: method, path under the deployment and a JSON body. */
  record Call(String method, String path, String body) {

    @Override
    public String toString() {
      return method + " " + path + (body.isEmpty() ? "" : " " + body);
    }
  }

  /**
   * Endpoints whose success consumes the object they act on: an allowed caller gets an object of
   * its own, so the next caller still finds one and the shared objects stay for other rows.
   */
  private final Map<String, Supplier<String>> throwaway;

  private final MatrixFixture f;

  MatrixRequests(MatrixFixture f) {
    this.f = f;
    this.throwaway =
        Map.of(
            "DELETE api/v1/attendance/sessions/{id}",
                () -> "api/v1/attendance/sessions/" + f.throwawaySession(),
            "DELETE api/v1/evaluation/custom-forms/{key}",
                () -> "api/v1/evaluation/custom-forms/" + f.throwawayForm(),
            "DELETE api/v1/evaluation/assignments/{source}/{form}/{id}",
                () -> {
                  String form = f.throwawayForm();
                  return "api/v1/evaluation/assignments/local/"
                      + form
                      + "/"
                      + f.throwawayAssignment(form);
                },
            "DELETE api/v1/indicators/{id}", () -> "api/v1/indicators/" + f.throwawayIndicator(),
            "DELETE api/v1/questions/{id}", () -> "api/v1/questions/" + f.throwawayQuestion(),
            "DELETE api/v1/courses/{code}", () -> "api/v1/courses/" + f.throwawayCourse(),
            "DELETE api/v1/plugins/{id}",
                () -> "api/v1/plugins/" + f.throwawayPlugin() + "?region=" + MatrixFixture.REGION_A,
            "DELETE api/v1/plugin-uploads/{key}",
                () -> "api/v1/plugin-uploads/" + f.throwawayUpload(),
            "POST api/v1/plugin-uploads/{key}/approve",
                () -> "api/v1/plugin-uploads/" + f.throwawayUpload() + "/approve");
  }

  /** Endpoints the matrix calls only after all others: they end the caller's session. */
  static final Set<String> LAST = Set.of("POST api/v1/auth/logout");

  Call call(String endpoint, boolean expectedToSucceed) {
    String method = endpoint.substring(0, endpoint.indexOf(' '));
    String template = endpoint.substring(endpoint.indexOf(' ') + 1);
    String path =
        expectedToSucceed && throwaway.containsKey(endpoint)
            ? throwaway.get(endpoint).get()
            : fill(template) + query(template);
    String body = method.equals("GET") || method.equals("DELETE") ? "" : body(endpoint);
    return new Call(method, path, body);
  }

  /** Fills each placeholder by the segment before it, as the template names them. */
  private String fill(String template) {
    String[] segments = template.split("/");
    StringBuilder path = new StringBuilder(segments[0]);
    for (int i = 1; i < segments.length; i++) {
      boolean placeholder = segments[i].startsWith("{");
      String key = segments[i - 1] + "/" + segments[i];
      path.append('/').append(placeholder ? value(key, template) : segments[i]);
    }
    return path.toString();
  }

  private String value(String key, String template) {
    return switch (key) {
      case "cohorts/{id}" -> String.valueOf(f.cohort);
      case "sessions/{id}" -> String.valueOf(f.session);
      case "mine/{course}", "courses/{code}" -> f.course;
      case "action-plans/{id}" -> String.valueOf(f.plan);
      case "custom-forms/{key}" -> f.form;
      case "assignments/{source}" -> "local";
      case "{source}/{form}" -> f.form;
      case "{form}/{id}" -> String.valueOf(f.assignment);
      case "forms/{plugin}", "reports/{plugin}" -> f.plugin;
      case "{plugin}/{form}" -> "kepuasan-peserta";
      case "{plugin}/{report}" -> "ringkasan";
      case "indicators/{id}" -> String.valueOf(f.indicator);
      case "questions/{id}" -> String.valueOf(f.question);
      case "quizzes/{id}" -> String.valueOf(f.quiz);
      case "attempts/{id}" -> String.valueOf(f.attempt);
      case "answers/{position}", "flags/{position}" -> "1";
      case "attachments/{name}" -> "lembar.pdf";
      case "lessons/{key}" -> "01-satu";
      case "messages/{language}" -> "id";
      case "users/{id}" -> String.valueOf(f.subjectAId);
      case "plugins/{id}" -> f.plugin;
      case "plugin-uploads/{key}" -> String.valueOf(f.upload);
      case "approval-regions/{region}" -> f.approvalRegion;
      case "certificates/{id}" -> String.valueOf(f.certificate);
      case "verify/{code}" -> f.certificateCode;
      case "course/{code}" -> f.course;
      case "people/{userId}" -> String.valueOf(f.subjectAId);
      case "exports/{id}" -> f.exportJob;
      default ->
          throw new AssertionError(
              "no value for " + key + " in " + template + ": add one to MatrixRequests.value");
    };
  }

  private String query(String template) {
    if (template.startsWith("api/v1/plugins/{id}")) {
      return "?region=" + MatrixFixture.REGION_A;
    }
    return switch (template) {
      case "api/v1/cohorts", "api/v1/action-plans" -> "?course=" + f.course;
      case "api/v1/search" -> "?q=pelayanan";
      case "api/v1/evaluation/reports/{plugin}/{report}/export" -> "?format=csv";
      case "api/v1/courses/{code}/gain" -> "?cohort=" + f.cohort;
      case "api/v1/report/letterhead", "api/v1/report/letterhead/logo" ->
          "?region=" + MatrixFixture.REGION_A;
      default -> "";
    };
  }

  private String body(String endpoint) {
    return switch (endpoint) {
      case "POST api/v1/users" ->
          "{\"nip\":\"%s\",\"name\":\"Matriks\",\"region\":\"%s\",\"roles\":[\"LEARNER\"]}"
              .formatted(Api.newNip(), MatrixFixture.REGION_A);
      case "POST api/v1/cohorts" ->
          "{\"course\":\"%s\",\"name\":\"Angkatan Matriks Lain\",\"startsOn\":\"2030-01-01\",\"endsOn\":\"2030-01-31\",\"capacity\":5,\"selfEnrolment\":false,\"instructors\":[]}"
              .formatted(f.course);
      case "POST api/v1/cohorts/{id}/enrolments" -> "{\"nip\":\"" + f.learnerA + "\"}";
      case "POST api/v1/attendance/cohorts/{id}/sessions", "PUT api/v1/attendance/sessions/{id}" ->
          "{\"title\":\"Sesi matriks\",\"date\":\"2030-01-02\",\"startsAt\":\"08:30\",\"deliveryMode\":\"classroom\",\"place\":\"Aula\"}";
      case "PUT api/v1/attendance/sessions/{id}/records" ->
          "{\"records\":[{\"nip\":\"" + f.learnerA + "\",\"present\":true}]}";
      case "PUT api/v1/action-plans/mine/{course}" -> f.planBody();
      case "PUT api/v1/action-plans/{id}/supervisor" ->
          "{\"supervisorNip\":\"" + f.evaluatorA + "\"}";
      case "PUT api/v1/evaluation/custom-forms/{key}/archived" -> "{\"archived\":false}";
      case "POST api/v1/evaluation/assignments/{source}/{form}" ->
          "{\"course\":\"" + f.course + "\"}";
      case "PATCH api/v1/courses/{code}" -> "{\"published\":true}";
      case "PUT api/v1/report/letterhead" ->
          "{\"agency\":\"BKPSDM Kota Kupang\",\"addressLines\":[\"Jl. Matriks 1\"]}";
      case "POST api/v1/report/exports" ->
          "{\"kind\":\"attendance\",\"format\":\"csv\",\"course\":\"%s\",\"region\":\"%s\"}"
              .formatted(f.course, MatrixFixture.REGION_A);
      case "PATCH api/v1/users/{id}" -> "{\"name\":\"Subjek Matriks\"}";
      case "POST api/v1/users/activation-codes" -> "{\"users\":[" + f.subjectAId + "]}";
      case "PUT api/v1/attempts/{id}/answers/{position}" ->
          "{\"sequence\":99,\"response\":{\"choices\":[]}}";
      case "POST api/v1/quizzes/{id}/attempts",
          "POST api/v1/attempts/{id}/submit",
          "POST api/v1/courses/{code}/lessons/{key}/completion",
          "POST api/v1/plugins/{id}/disable",
          "POST api/v1/plugins/{id}/enable",
          "POST api/v1/plugin-uploads/{key}/approve",
          "PUT api/v1/plugin-uploads/approval-regions/{region}",
          "POST api/v1/auth/logout" ->
          "";
      default -> "{}";
    };
  }
}
