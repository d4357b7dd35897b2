package io.github.camelhrflow.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * HrFlow's answer: {@code {"code": 200, "message": "...", "data": ...}}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class HrFlowEnvelope<T> {

    private Integer code;
    private String message;
    private T data;
    private HrFlowPageMeta meta;

    public Integer getCode() {
        return code;
    }

    public void setCode(Integer code) {
        this.code = code;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public T getData() {
        return data;
    }

    public void setData(T data) {
        this.data = data;
    }

    /** Paging facts of a list answer; {@code null} on single-object answers. */
    public HrFlowPageMeta getMeta() {
        return meta;
    }

    public void setMeta(HrFlowPageMeta meta) {
        this.meta = meta;
    }
}
