package io.crosscheck;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Sends the test profile's admin key with every REST Assured request that names no key itself, so
 * tests written before access control existed keep working unchanged. {@link Fixtures#anonymous()}
 * marks a request that must go without any key.
 */
public class AuthenticatedRequests implements QuarkusTestBeforeEachCallback {

    static final String ANONYMOUS = "X-Test-Anonymous";
    private static final Filter ADMIN_KEY = new AdminKeyFilter();

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(ADMIN_KEY)) {
            RestAssured.filters(ADMIN_KEY);
        }
    }

    private static final class AdminKeyFilter implements Filter {
        @Override
        public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
                FilterContext context) {
            if (request.getHeaders().hasHeaderWithName(ANONYMOUS)) {
                request.removeHeader(ANONYMOUS);
            } else if (!request.getHeaders().hasHeaderWithName("Authorization")
                    && !request.getHeaders().hasHeaderWithName("X-API-Key")) {
                request.header("Authorization", "Bearer " + Fixtures.ADMIN_KEY);
            }
            return context.next(request, response);
        }
    }
}
