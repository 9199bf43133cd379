package no.ankomst.schooling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.ankomst.schooling.SchoolingRecords.ImportProblem;
import no.ankomst.schooling.SchoolingRecords.SchoolDraft;
import no.ankomst.schooling.SchoolingRecords.SchoolImportPreview;

/**
 * Reads a school list: a header line naming the columns {@code municipality_code}, {@code name}, {@code levels}
 * ({@code 1-7}, {@code 8-10} or {@code 1-10}) and optionally {@code org_number}, separated by {@code ;} or
 * {@code ,}; a field may be quoted with {@code "}. Every problem is reported with its row (1 = first data row) and
 * field; the checks against the database are the service's.
 */
final class SchoolCsv {

    static final int MAX_ROWS = 5000;
    private static final List<String> REQUIRED = List.of("municipality_code", "name", "levels");

    private SchoolCsv() {
    }

    /** The parsed rows with their row numbers; problems of form only. */
    static SchoolImportPreview parse(String text, List<Integer> rowNumbers) {
        List<SchoolDraft> schools = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        String[] lines = text.strip().split("\\r?\\n");
        if (text.isBlank()) {
            problems.add(new ImportProblem(0, "file", "schooling.import.empty", List.of()));
            return new SchoolImportPreview(schools, problems);
        }
        char separator = lines[0].indexOf(';') >= 0 ? ';' : ',';
        List<String> header = split(lines[0], separator).stream()
                .map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            column.put(header.get(i), i);
        }
        for (String required : REQUIRED) {
            if (!column.containsKey(required)) {
                problems.add(new ImportProblem(0, required, "schooling.import.missingColumn", List.of(required)));
            }
        }
        if (!problems.isEmpty()) {
            return new SchoolImportPreview(schools, problems);
        }
        if (lines.length - 1 > MAX_ROWS) {
            problems.add(new ImportProblem(0, "file", "schooling.import.tooManyRows", List.of(MAX_ROWS)));
            return new SchoolImportPreview(schools, problems);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            int row = i;
            List<String> cells = split(lines[i], separator);
            String municipality = cell(cells, column.get("municipality_code"));
            String name = cell(cells, column.get("name"));
            String levels = cell(cells, column.get("levels"));
            String orgNumber = column.containsKey("org_number") ? cell(cells, column.get("org_number")) : "";
            int before = problems.size();
            if (!municipality.matches("[0-9]{4}")) {
                problems.add(new ImportProblem(row, "municipality_code", "schooling.import.badMunicipality",
                        List.of(municipality)));
            }
            if (name.isBlank()) {
                problems.add(new ImportProblem(row, "name", "validation.required", List.of()));
            } else if (name.length() > 150) {
                problems.add(new ImportProblem(row, "name", "validation.maxLength", List.of(150)));
            } else if (!seen.add(municipality + "|" + name.toLowerCase(Locale.ROOT))) {
                problems.add(new ImportProblem(row, "name", "schooling.import.duplicateInFile", List.of(name)));
            }
            boolean primary = levels.equals("1-7") || levels.equals("1-10");
            boolean lower = levels.equals("8-10") || levels.equals("1-10");
            if (!primary && !lower) {
                problems.add(new ImportProblem(row, "levels", "schooling.import.badLevels", List.of(levels)));
            }
            if (!orgNumber.isEmpty() && !orgNumber.replace(" ", "").matches("[0-9]{9}")) {
                problems.add(new ImportProblem(row, "org_number", "schooling.import.badOrgNumber",
                        List.of(orgNumber)));
            }
            if (problems.size() == before) {
                schools.add(new SchoolDraft(municipality, name, orgNumber.isEmpty() ? null : orgNumber.replace(" ", ""),
                        primary, lower, true));
                rowNumbers.add(row);
            }
        }
        if (schools.isEmpty() && problems.isEmpty()) {
            problems.add(new ImportProblem(0, "file", "schooling.import.empty", List.of()));
        }
        return new SchoolImportPreview(schools, problems);
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index).strip() : "";
    }

    /** Splits one line at the separator, honouring double quotes ({@code ""} inside quotes is one quote). */
    static List<String> split(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
