package io.crosscheck.extraction.rest;

import io.crosscheck.claim.FigureView;
import io.crosscheck.extraction.Extraction;
import io.crosscheck.extraction.ExtractionService;
import io.crosscheck.extraction.FigureRequest;
import io.crosscheck.security.ComputeOnly;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP for the figure engine: read one figure, or every figure in a text. */
@Path("/api/figures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Figures", description = "Parse and extract figures in French, English and Spanish")
public class FigureResource {

    private final ExtractionService service;

    FigureResource(ExtractionService service) {
        this.service = service;
    }

    @RolesAllowed("reader")
    @ComputeOnly
    @POST
    @Path("parse")
    @Operation(summary = "Parse one figure", description = "e.g. {\"text\": \"entre 60 et 80 millions de dollars\", \"lang\": \"fr\"}")
    @APIResponse(responseCode = "200", description = "The figure: kind, dimension, normalised interval, rendered fr/en")
    @APIResponse(responseCode = "400", description = "A language the engine has no pack for (field lang)")
    @APIResponse(responseCode = "422", description = "Not a figure; detail says why (e.g. H800 is a model name)")
    public FigureView parse(@Valid @NotNull FigureRequest request) {
        return service.parse(request);
    }

    @RolesAllowed("reader")
    @ComputeOnly
    @POST
    @Path("extract")
    @Operation(summary = "Find every figure in a text", description = "Offsets are Java char offsets into the text "
            + "sent. Without lang, each paragraph is read in its own detected language (fr, en or es).")
    @APIResponse(responseCode = "200", description = "The figures, in text order, and the language used")
    @APIResponse(responseCode = "400", description = "A language the engine has no pack for (field lang)")
    public Extraction extract(@Valid @NotNull FigureRequest request) {
        return service.extract(request);
    }
}
