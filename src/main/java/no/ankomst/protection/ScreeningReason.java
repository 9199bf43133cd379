package no.ankomst.protection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One reason of an advice: an i18n key and its arguments, so the screen shows it in the reader's language.
 * Arguments are dates, whole numbers, or {@link Key}s (words the screen translates too, such as an oblast).
 */
public record ScreeningReason(String key, List<Object> args) {

    private static final char SEPARATOR = '|';

    public ScreeningReason {
        if (key.isBlank() || key.indexOf(SEPARATOR) >= 0) {
            throw new IllegalArgumentException("bad reason key " + key);
        }
        for (Object arg : args) {
            if (!(arg instanceof LocalDate || arg instanceof Integer || arg instanceof Key)) {
                throw new IllegalArgumentException("reason arguments are dates, integers or keys, not " + arg);
            }
        }
        args = List.copyOf(args);
    }

    public static ScreeningReason of(String key, Object... args) {
        return new ScreeningReason(key, List.of(args));
    }

    /** An argument that is itself an i18n key, e.g. {@code oblast.LVIV}. */
    public record Key(String key) {
        public Key {
            if (key.isBlank() || key.indexOf(SEPARATOR) >= 0) {
                throw new IllegalArgumentException("bad key " + key);
            }
        }
    }

    /** One line of text for storage: {@code key|d:2022-02-24|n:90|k:oblast.LVIV}. */
    public String encode() {
        StringBuilder text = new StringBuilder(key);
        for (Object arg : args) {
            text.append(SEPARATOR).append(switch (arg) {
                case LocalDate date -> "d:" + date;
                case Integer number -> "n:" + number;
                case Key nested -> "k:" + nested.key();
                default -> throw new IllegalStateException("checked in the constructor");
            });
        }
        return text.toString();
    }

    public static ScreeningReason decode(String text) {
        String[] parts = text.split("\\|", -1);
        List<Object> args = new ArrayList<>(parts.length - 1);
        for (int i = 1; i < parts.length; i++) {
            String value = parts[i].substring(2);
            args.add(switch (parts[i].substring(0, 2)) {
                case "d:" -> LocalDate.parse(value);
                case "n:" -> Integer.valueOf(value);
                case "k:" -> new Key(value);
                default -> throw new IllegalArgumentException("unreadable reason " + text);
            });
        }
        return new ScreeningReason(parts[0], args);
    }
}
