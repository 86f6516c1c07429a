-- Schema version 4: the records now refuse control characters in text and dates outside 1900-2999 (issue 12).
-- A store of an earlier version may hold them (from a partner's package, or `update --due 31/12/9999`); it would
-- then no longer open. This makes such values obey the rules once: a control character becomes a space
-- (jp_line and jp_paragraph are Text.asOneLine and Text.asParagraph, registered by Migrations), and a date is
-- brought into 1900-2999 (ISO dates compare as text, and clamping keeps every start before its due date).

UPDATE plan SET title = jp_line(title), strategy = jp_paragraph(strategy),
    changed_by_org = jp_line(changed_by_org), changed_by = jp_line(changed_by),
    period_start = max('1900-01-01', min('2999-12-31', period_start)),
    period_end = max('1900-01-01', min('2999-12-31', period_end));
UPDATE governance_group SET name = jp_line(name);
UPDATE partner SET name = jp_line(name), short_name = jp_line(short_name),
    changed_by_org = jp_line(changed_by_org), changed_by = jp_line(changed_by);
UPDATE priority SET name = jp_line(name), short_name = jp_line(short_name), rationale = jp_paragraph(rationale),
    lead_officer = jp_line(lead_officer), changed_by_org = jp_line(changed_by_org), changed_by = jp_line(changed_by);
UPDATE action SET title = jp_line(title), description = jp_paragraph(description), owner = jp_line(owner),
    status_reason = jp_paragraph(status_reason), notes = jp_paragraph(notes),
    changed_by_org = jp_line(changed_by_org), changed_by = jp_line(changed_by),
    start_date = max('1900-01-01', min('2999-12-31', start_date)),
    due_date = max('1900-01-01', min('2999-12-31', due_date));
UPDATE milestone SET title = jp_line(title), revision_reason = jp_paragraph(revision_reason),
    changed_by_org = jp_line(changed_by_org), changed_by = jp_line(changed_by),
    baseline_date = max('1900-01-01', min('2999-12-31', baseline_date)),
    due_date = max('1900-01-01', min('2999-12-31', due_date));
UPDATE dependency SET changed_by_org = jp_line(changed_by_org), changed_by = jp_line(changed_by);
UPDATE progress_update SET text = jp_paragraph(text), author = jp_line(author),
    changed_by_org = jp_line(changed_by_org), changed_by = jp_line(changed_by),
    update_date = max('1900-01-01', min('2999-12-31', update_date));
UPDATE measure SET name = jp_line(name), unit = jp_line(unit), source = jp_line(source),
    changed_by_org = jp_line(changed_by_org), changed_by = jp_line(changed_by),
    target_date = max('1900-01-01', min('2999-12-31', target_date));
UPDATE measure_value SET changed_by_org = jp_line(changed_by_org), changed_by = jp_line(changed_by),
    value_date = max('1900-01-01', min('2999-12-31', value_date));
UPDATE tombstone SET changed_by_org = jp_line(changed_by_org), changed_by = jp_line(changed_by);
UPDATE exchange SET organisation = jp_line(organisation), person = jp_line(person), summary = jp_paragraph(summary);
UPDATE exchange_recipient SET organisation = jp_line(organisation);
UPDATE plan_tombstone SET title = jp_line(title), changed_by_org = jp_line(changed_by_org),
    changed_by = jp_line(changed_by);
