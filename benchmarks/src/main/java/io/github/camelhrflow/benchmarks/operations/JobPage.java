package io.github.camelhrflow.benchmarks.operations;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.camelhrflow.model.Job;

/**
 * A page of {@code GET /storing/jobs}, {@code {"meta":{"page":1,"maxPage":N,...},"data":[jobs]}}, as a user without
 * camel-hrflow writes it for Jackson.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class JobPage {

    private Meta meta;
    private List<Job> data;

    public Meta getMeta() {
        return meta;
    }

    public void setMeta(Meta meta) {
        this.meta = meta;
    }

    public List<Job> getData() {
        return data;
    }

    public void setData(List<Job> data) {
        this.data = data;
    }

    /** The paging part of the answer. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static class Meta {

        private int page;
        private int maxPage;

        public int getPage() {
            return page;
        }

        public void setPage(int page) {
            this.page = page;
        }

        public int getMaxPage() {
            return maxPage;
        }

        public void setMaxPage(int maxPage) {
            this.maxPage = maxPage;
        }
    }
}
