package org.latih.kernel.rest;

import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Puts the problem types into the OpenAPI document (registered by {@code mp.openapi.filter}): a
 * {@code Problem} schema whose {@code type} lists every URI of {@link ProblemTypes#all()}, with a
 * table of status and meaning, and a {@code default} response of that schema on every operation
 * that does not declare one. Generated from the registry, so the document cannot drift from it.
 */
public class ProblemDocumentation implements OASFilter {

  static final String SCHEMA = "Problem";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    Components components = openAPI.getComponents();
    components.addSchema(SCHEMA, problemSchema(ProblemTypes.all()));
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    openAPI.getPaths().getPathItems().values().stream()
        .filter(item -> item.getOperations() != null)
        .flatMap(item -> item.getOperations().values().stream())
        .forEach(ProblemDocumentation::addDefaultResponse);
  }

  static Schema problemSchema(List<ProblemType> types) {
    Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
    Schema fieldError =
        OASFactory.createSchema()
            .type(Schema.SchemaType.OBJECT)
            .addProperty("field", text)
            .addProperty("message", text);
    return OASFactory.createSchema()
        .type(Schema.SchemaType.OBJECT)
        .description(
            "An RFC 9457 problem detail; `title` and `detail` are in the language of"
                + " Accept-Language (Bahasa Indonesia by default, or English).")
        .addProperty(
            "type",
            OASFactory.createSchema()
                .type(Schema.SchemaType.STRING)
                .enumeration(types.stream().<Object>map(ProblemType::uri).toList())
                .description(table(types)))
        .addProperty("title", text)
        .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
        .addProperty("detail", text)
        .addProperty("instance", text)
        .addProperty(
            "errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(fieldError))
        .addProperty(
            "savedSequence",
            OASFactory.createSchema()
                .type(Schema.SchemaType.INTEGER)
                .description("Only with answer-stale: the sequence number of the saved answer."))
        .required(List.of("type", "title", "status"));
  }

  /** A Markdown table of every type: what a client switches on, its status and its meaning. */
  static String table(List<ProblemType> types) {
    return "What a client can switch on, with the HTTP status each type answers with"
        + " (request-refused passes on the status the framework chose).\n\n"
        + "| type | status | meaning |\n|---|---|---|\n"
        + types.stream()
            .map(t -> "| `" + t.uri() + "` | " + t.status() + " | " + t.meaning() + " |")
            .collect(Collectors.joining("\n"));
  }

  private static void addDefaultResponse(Operation operation) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    if (operation.getResponses().getDefaultValue() != null) {
      return;
    }
    APIResponse problem =
        OASFactory.createAPIResponse()
            .description("A problem detail; see the Problem schema for every type.")
            .content(
                OASFactory.createContent()
                    .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                            .schema(
                                OASFactory.createSchema().ref("#/components/schemas/" + SCHEMA))));
    operation.getResponses().setDefaultValue(problem);
  }
}
