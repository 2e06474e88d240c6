package io.github.camelumf;

import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.error.UmfException;
import io.github.camelumf.http.UmfResponse;

/**
 * Follows the {@code pagination} of a paged answer (3.20, 3.22) from the page asked for to the last one and merges the
 * pages into one answer: the arrays of the result member ({@code payment_summaries}, {@code refund_summaries}) are
 * concatenated in page order. The pagination is read where UMF puts it: beside the member (3.20) or inside it (3.22).
 * A page UMF refuses ends the walk with that refusal; nothing half-merged is returned.
 */
final class PageFollower {

    /** A bound against a pagination that never ends. */
    static final int MAX_PAGES = 10_000;

    private PageFollower() {
    }

    /**
     * @param first      the answer of the first page fetched
     * @param firstPage  its page number
     * @param member     the result member ({@code reconciliations}, {@code transactions})
     * @param fetch      fetches a page by number
     */
    static UmfResponse allPages(UmfResponse first, int firstPage, String member, IntFunction<UmfResponse> fetch) {
        if (!first.isSuccess() || first.json() == null || !first.json().path(member).isObject()) {
            return first;
        }
        ObjectNode merged = first.json().deepCopy();
        ObjectNode mergedMember = (ObjectNode) merged.get(member);
        JsonNode last = first.json();
        int page = firstPage;
        while (hasMore(last, member, page)) {
            if (page - firstPage >= MAX_PAGES) {
                throw new UmfException("UMF's pagination of " + member + " did not end after " + MAX_PAGES + " pages");
            }
            page++;
            UmfResponse next = fetch.apply(page);
            if (!next.isSuccess() || next.json() == null) {
                return next;
            }
            last = next.json();
            JsonNode nextMember = last.path(member);
            nextMember.fields().forEachRemaining(field -> {
                if (field.getValue().isArray()) {
                    JsonNode existing = mergedMember.get(field.getKey());
                    if (existing instanceof ArrayNode array) {
                        array.addAll((ArrayNode) field.getValue());
                    } else {
                        mergedMember.set(field.getKey(), field.getValue().deepCopy());
                    }
                }
            });
        }
        return new UmfResponse(first.status(), merged, first.retCode(), first.retMsg());
    }

    private static boolean hasMore(JsonNode answer, String member, int page) {
        JsonNode pagination = answer.has("pagination") ? answer.get("pagination") : answer.path(member).get("pagination");
        if (pagination == null || !pagination.isObject()) {
            return false;
        }
        int size = pagination.path("page_size").asInt(0);
        int total = pagination.path("total_count").asInt(0);
        int items = 0;
        for (JsonNode value : answer.path(member)) {
            if (value.isArray()) {
                items += value.size();
            }
        }
        return size > 0 && items > 0 && (long) page * size < total;
    }
}
