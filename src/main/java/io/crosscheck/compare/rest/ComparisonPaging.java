package io.crosscheck.compare.rest;

import io.crosscheck.common.ApiConfig;
import io.crosscheck.common.PageRequest;
import io.crosscheck.compare.AxisPage;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The paging query parameters every comparison takes ({@code @BeanParam}): a page of claims ({@code
 * limit}, {@code cursor}) within a page of axes ({@code axisLimit}, {@code axisCursor}). Read raw, so a
 * bad value is a 400 problem naming the parameter, from {@link #axes} and {@link #page}.
 */
public class ComparisonPaging {

    @Parameter(description = "Claims per page, 1 to 100 (default 20)")
    @QueryParam("limit")
    public String limit;

    @Parameter(description = "The next cursor of the previous page (of the same axis page)")
    @QueryParam("cursor")
    public String cursor;

    @Parameter(description = "Axes per page, 1 to crosscheck.comparisons.max-axes (default: that cap, 50)")
    @QueryParam("axisLimit")
    public String axisLimit;

    @Parameter(description = "The axesNext cursor of the previous axis page")
    @QueryParam("axisCursor")
    public String axisCursor;

    /** The page of axes asked for, at most {@code maxAxes} of them. */
    AxisPage axes(int maxAxes) {
        return AxisPage.of(axisLimit, axisCursor, maxAxes);
    }

    /** The page of claims asked for, within the configured page sizes. */
    PageRequest page(ApiConfig config) {
        return PageRequest.of(limit, cursor, config);
    }
}
