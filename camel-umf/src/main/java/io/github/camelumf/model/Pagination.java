package io.github.camelumf.model;

/**
 * The page of a paged answer (3.20, 3.22): page_number (from 1), page_size and total_count.
 */
public class Pagination extends UmfObject {

    /** The page number, from 1. */
    private Integer pageNumber;

    /** The maximum number of objects of a page. */
    private Integer pageSize;

    /** The number of objects of all pages. */
    private Integer totalCount;

    /** The page number, from 1. */
    public Integer getPageNumber() {
        return pageNumber;
    }

    public void setPageNumber(Integer pageNumber) {
        this.pageNumber = pageNumber;
    }

    /** The maximum number of objects of a page. */
    public Integer getPageSize() {
        return pageSize;
    }

    public void setPageSize(Integer pageSize) {
        this.pageSize = pageSize;
    }

    /** The number of objects of all pages. */
    public Integer getTotalCount() {
        return totalCount;
    }

    public void setTotalCount(Integer totalCount) {
        this.totalCount = totalCount;
    }


    @Override
    public String toString() {
        return describe()
                .add("pageNumber", pageNumber)
                .add("pageSize", pageSize)
                .add("totalCount", totalCount)
                .toString();
    }
}
