package io.sourcemark.ui.dialogs;

import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * A date picker's date as the analyst typed it, written as dates are everywhere in the window and the reports
 * (2024-05-31) whatever the system's locale. The typed text is what counts, not the picker's value: the picker
 * takes the text only when it loses the focus, so Enter straight from the field would save the date shown before.
 * Text that is not a date stays in the field, for the form to say what is wrong, instead of the picker throwing
 * it away (or throwing an exception on the FX thread, as the JDK's converter does).
 */
final class TypedDate {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private TypedDate() {
    }

    /** Makes {@code picker} read and write ISO dates and keep text it cannot read. */
    static void use(DatePicker picker) {
        picker.setConverter(new KeepingConverter());
    }

    /** The date typed; empty when the field is blank or its text is not a date ({@link #readable}). */
    static Optional<LocalDate> of(DatePicker picker) {
        return Optional.ofNullable(parse(text(picker)));
    }

    /** Whether the field is blank or holds a date. */
    static boolean readable(DatePicker picker) {
        return text(picker).isEmpty() || parse(text(picker)) != null;
    }

    private static String text(DatePicker picker) {
        return picker.getEditor().getText() == null ? "" : picker.getEditor().getText().strip();
    }

    private static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text, ISO);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Text that is not a date becomes a value that stands for it and is written back as that text: the picker
     * shows what was typed, and {@link #of} reports it as no date.
     */
    private static final class KeepingConverter extends StringConverter<LocalDate> {

        private static final LocalDate UNREAD = LocalDate.MIN;
        private String unread = "";

        @Override
        public String toString(LocalDate date) {
            if (date == null) {
                return "";
            }
            return date.equals(UNREAD) ? unread : ISO.format(date);
        }

        @Override
        public LocalDate fromString(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            LocalDate date = parse(text.strip());
            if (date == null) {
                unread = text;
                return UNREAD;
            }
            return date;
        }
    }
}
