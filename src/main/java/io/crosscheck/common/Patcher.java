package io.crosscheck.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Turns a merge patch into the same validated input record a PUT takes, so PATCH and PUT share one
 * update path: current input → JSON → merge → bind (unknown properties refused) → validate.
 */
@ApplicationScoped
public class Patcher {

    private final ObjectMapper mapper;
    private final Validator validator;

    Patcher(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw ApiException.badRequest("A merge patch must be a JSON object.");
        }
        JsonNode merged = MergePatch.apply(mapper.valueToTree(current), patch);
        T input;
        try {
            input = mapper.treeToValue(merged, type);
        } catch (JsonProcessingException e) {
            throw JsonProblems.toApiException(e);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return input;
    }
}
