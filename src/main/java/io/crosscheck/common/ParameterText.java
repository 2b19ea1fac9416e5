package io.crosscheck.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Applies {@link TextRules} to the decoded query and path parameters and form fields of every
 * request, before any resource reads them: a 400 naming the parameter, the same answer as for a JSON
 * string ({@link StrictStrings}). Without it a {@code %00} in a search reached the database.
 */
public class ParameterText {

    @ServerRequestFilter(priority = jakarta.ws.rs.Priorities.USER)
    public void check(ResteasyReactiveContainerRequestContext request) {
        check(request.getUriInfo().getPathParameters());
        check(request.getUriInfo().getQueryParameters());
        if (request.getServerRequestContext() instanceof ResteasyReactiveRequestContext context
                && context.getFormData() != null) {
            FormData form = context.getFormData();
            for (String name : form) {
                for (FormValue value : form.get(name)) {
                    if (!value.isFileItem()) {
                        reject(name, value.getValue());
                    }
                }
            }
        }
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            reject(parameter.getKey(), parameter.getKey());
            for (String value : parameter.getValue()) {
                reject(parameter.getKey(), value);
            }
        }
    }

    private static void reject(String field, String value) {
        String problem = TextRules.problem(value);
        if (problem != null) {
            throw ApiException.invalid(TextRules.problem(field) == null ? field : "parameter", problem);
        }
    }
}
