package org.casework.web.form;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The decision on a request to make representations orally (Sch 16 para 3(5)) and the record of the
 * hearing, as representation-service takes them. Attendees are typed one on each line.
 */
public final class HearingBodies {

    public static final List<Option> DECISIONS = List.of(
            new Option("grant", "Grant", "Set the date, time and place or video link"),
            new Option("refuse", "Refuse", "Give the reasons"));

    private HearingBodies() {
    }

    public static Map<String, Object> decision(Form form) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (form.blank("hearing-decision")) {
            form.error("hearing-decision", "Select whether to grant or refuse the request");
            return body;
        }
        boolean granted = "grant".equals(form.value("hearing-decision"));
        body.put("granted", granted);
        if (granted) {
            LocalDate day = Dates.read(form, "hearing-date", "the day of the hearing", true);
            LocalTime time = time(form);
            body.put("heldAt", day == null || time == null ? null : day.atTime(time).toString());
            body.put("place", FieldChecks.text(form, "hearing-place", null, 500, "The place"));
            body.put("videoLink", FieldChecks.text(form, "hearing-link", null, 500, "The video link"));
            if (form.blank("hearing-place") && form.blank("hearing-link")) {
                form.error("hearing-place", "Enter the place of the hearing or a video link");
            }
            body.put("attendees", lines(form.value("hearing-attendees")));
        }
        body.put("reason", FieldChecks.text(form, "hearing-reason", granted ? null : "Enter the reasons for refusing",
                20_000, "The reasons"));
        return body;
    }

    /** The record's text parts, sent as multipart fields beside the documents. */
    public static Map<String, String> record(Form form, LocalDate today) {
        Map<String, String> parts = new LinkedHashMap<>();
        LocalDate heldOn = Dates.past(form, "held-on", "the day it was held", today);
        parts.put("heldOn", PenaltyBodies.iso(heldOn, form, "held-on", "Enter the day the hearing was held"));
        parts.put("attendees", String.join("\n", lines(form.value("held-attendees"))));
        parts.put("note", form.value("held-note"));
        return parts;
    }

    static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static LocalTime time(Form form) {
        String raw = form.value("hearing-time").replace('.', ':');
        if (raw.isBlank()) {
            form.error("hearing-time", "Enter the time of the hearing, for example 10:00");
            return null;
        }
        try {
            return LocalTime.parse(raw.length() == 4 ? "0" + raw : raw);
        } catch (DateTimeParseException e) {
            form.error("hearing-time", "Enter the time as hours and minutes on the 24-hour clock, for example 14:30");
            return null;
        }
    }
}
