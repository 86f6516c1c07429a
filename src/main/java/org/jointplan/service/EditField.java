package org.jointplan.service;

import java.util.function.BiFunction;

/**
 * One field of a record as a user sets it: what it is called in words ("due date") and how a value is put into the
 * record. A view captures the value on the UI thread; the edit puts it into the record as the plan has it when the
 * edit is saved, so edits of other fields made meanwhile are kept.
 *
 * @param <R> the record
 * @param <T> the field's value: immutable, never a control
 */
public record EditField<R, T>(String words, BiFunction<R, T, R> setter) {

    /** The record with this field set; the record's own rules are checked again. */
    public R set(R record, T value) {
        return setter.apply(record, value);
    }
}
